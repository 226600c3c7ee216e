// deck.json: the deck's slides and settings as data, served beside index.html so a page
// that is already open (live reload, presenter view) can fetch a new version of the deck
// and swap the slides in place instead of reloading the whole page.
import { createHash } from 'node:crypto';
import { sitePaths, type DeckJson, type DeckJsonSlide } from '../contract.js';
import type { Deck, Slide } from '../deck/model.js';
import { renderSlides } from '../html/page.js';

export type { DeckJson };
export const deckJsonPath = sitePaths.deckJson;

/** A slide as deck.json lists it. */
export const deckJsonSlide = ({ title, notesHtml, notesText, file, startLine, endLine }: Slide): DeckJsonSlide => ({ title, notesHtml, notesText, source: { file, line: startLine }, endLine });

export function deckJson(deck: Deck, slidesHtml: string = renderSlides(deck), fonts: string[] = []): DeckJson {
  const body = {
    title: deck.config.title,
    lang: deck.config.lang,
    slidesHtml,
    stacks: deck.stacks.map((stack) => ({ slides: stack.slides.map(deckJsonSlide) })),
    config: deck.config,
    fonts,
  };
  const version = createHash('sha256').update(JSON.stringify(body)).digest('hex').slice(0, 16);
  return { version, ...body };
}
