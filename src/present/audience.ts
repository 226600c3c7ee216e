// Boots reveal.js on the deck page with the settings the page carries as inert JSON.
import Reveal from 'reveal.js';
import type { RuntimeSettings } from '../html/page.js';

const settings = JSON.parse(document.getElementById('deck-runtime')!.textContent!) as RuntimeSettings;
const deck = new Reveal({ ...settings.reveal });
void deck.initialize();
