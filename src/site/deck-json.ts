// deck.json: the deck's slides and settings as data, served beside index.html so a page
// that is already open (live reload, presenter view) can fetch a new version of the deck
// and swap the slides in place instead of reloading the whole page.
import { createHash } from 'node:crypto';
import type { Deck, DeckConfig } from '../deck/model.js';
import { renderSlides } from '../html/page.js';

export const deckJsonPath = 'deck.json';

export interface DeckJsonSlide {
  title: string;
  notesHtml: string;
  notesText: string;
  /** Source file relative to the deck folder, and the slide's first line in it. */
  file: string;
  startLine: number;
}

export interface DeckJson {
  /** Hash of everything below: equal versions mean nothing changed. */
  version: string;
  title: string;
  lang: string;
  /** The <section> elements, exactly as inside `.reveal > .slides` of index.html. */
  slidesHtml: string;
  /** One entry per horizontal position, vertical slides in order, as in the deck model. */
  stacks: { slides: DeckJsonSlide[] }[];
  config: DeckConfig;
  /** The font files fonts/fonts.css declares: a page adds the faces it lacks before showing new text. */
  fonts: string[];
}

export function deckJson(deck: Deck, slidesHtml: string = renderSlides(deck), fonts: string[] = []): DeckJson {
  const body = {
    title: deck.config.title,
    lang: deck.config.lang,
    slidesHtml,
    stacks: deck.stacks.map((stack) => ({
      slides: stack.slides.map(({ title, notesHtml, notesText, file, startLine }) => ({ title, notesHtml, notesText, file, startLine })),
    })),
    config: deck.config,
    fonts,
  };
  const version = createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 16);
  return { version, ...body };
}
