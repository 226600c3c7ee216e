// `deck new <dir>` and File → New deck…: a small deck to start from, with the parts a new
// user needs to see once (a title slide, a content slide, speaker notes, deck.yaml).
import { mkdirSync, readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { DeckError } from '../errors.js';
import { writeDeckFile } from './deck-write.js';

export const starterFiles = (title: string): Record<string, string> => ({
  'deck.yaml': `# Settings for the whole deck; see the README for every key.
title: ${JSON.stringify(title)}
lang: en
aspect: "16:9"
`,
  '01-start.md': `<!-- .slide: class="title" -->

# ${title}

Your name · ${new Date().getFullYear()}

Note:
Speaker notes go after "Note:" on a slide. Only the presenter view shows them.

---

## A slide with points

- Slides are separated by a line with three dashes
- Press S while presenting for the presenter view
- Save, and the slide on screen changes at once

Note:
Each slide can have its own notes.
`,
});

/** Writes the starter deck into `dir` (created when missing). Refuses a folder that already holds files. */
export function createStarterDeck(dir: string): string[] {
  const abs = resolve(dir);
  mkdirSync(abs, { recursive: true });
  const present = readdirSync(abs).filter((n) => !n.startsWith('.'));
  if (present.length > 0) {
    throw new DeckError('io', `${dir} is not empty (it holds ${present.slice(0, 3).join(', ')}${present.length > 3 ? ', …' : ''})`, 'Choose a new or empty folder; deck new never writes over files.', { file: dir });
  }
  const files = starterFiles(titleFromFolder(abs));
  for (const [name, text] of Object.entries(files)) writeDeckFile(abs, name, text);
  return Object.keys(files);
}

function titleFromFolder(abs: string): string {
  const name = basename(abs).replace(/[-_]+/g, ' ').trim();
  return name ? name[0]!.toUpperCase() + name.slice(1) : 'My deck';
}
