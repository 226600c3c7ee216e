// deck.json: the deck's slides and settings as data, served beside index.html so a page
// that is already open (live reload, presenter view) can fetch a new version of the deck
// and swap the slides in place instead of reloading the whole page.
import { createHash } from 'node:crypto';
import { sitePaths, type DeckJson, type DeckJsonSlide, type OutlineSlide } from '../contract.js';
import type { Deck, Diagnostic, Slide } from '../deck/model.js';
import { slideSections } from '../html/page.js';
import { remembered } from '../remember.js';

export type { DeckJson };
export const deckJsonPath = sitePaths.deckJson;

const hashOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

// A rebuild on every save hashes every section again; most are unchanged since the last.
const contentHash = remembered(hashOf, 20_000);

/** A slide section's hash: of what follows its opening tag (DeckJsonSlide.hash). */
export function sectionHash(html: string): string {
  return contentHash(html.slice(html.indexOf('>') + 1));
}

/** Each slide section's hash (DeckJsonSlide.hash: of what follows its opening tag), stack by stack. */
export function sectionHashes(sections: readonly string[][]): string[][] {
  return sections.map((stack) => stack.map(sectionHash));
}

/** A slide as the editor's outline lists it. */
export const outlineSlide = ({ title, notesHtml, notesText, file, startLine, endLine }: Slide): OutlineSlide => ({ title, notesHtml, notesText, source: { file, line: startLine }, endLine });

/** A slide as deck.json lists it: `html`, its <section>; `hash`, that section's (see sectionHash). */
export const deckJsonSlide = (slide: Slide, html: string, hash: string): DeckJsonSlide => ({ ...outlineSlide(slide), html, hash });

export function deckJson(
  deck: Deck,
  sections: string[][] = slideSections(deck),
  fonts: string[] = [],
  hashes: string[][] = sectionHashes(sections),
  diagnostics: Diagnostic[] = [],
): DeckJson {
  const body = {
    title: deck.config.title,
    lang: deck.config.lang,
    stacks: deck.stacks.map((stack, h) => ({
      slides: stack.slides.map((slide, v) => deckJsonSlide(slide, sections[h]![v]!, hashes[h]![v]!)),
    })),
    config: deck.config,
    fonts,
    diagnostics,
  };
  // The slides' HTML stands in by its hashes (and its opening tag): hashing all of it
  // again would cost as much as writing it (a megabyte at 1,000 slides, on every
  // live-reload rebuild).
  const slides = body.stacks.map((stack) => stack.slides.map(({ html, ...slide }) => [html.slice(0, html.indexOf('>') + 1), slide]));
  const version = hashOf(JSON.stringify([body.title, body.lang, body.config, body.fonts, body.diagnostics, slides]));
  return { version, ...body };
}
