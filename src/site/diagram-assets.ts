// mermaid for a deck whose slides have diagrams: its browser bundle, which the page's
// runtime loads when it finds a diagram block (src/present/diagrams.ts), and the few
// rules that place a drawn diagram on the slide. Decks without diagrams carry neither.
import { readFileSync } from 'node:fs';
import { sitePaths } from '../contract.js';
import { diagramClass } from '../deck/markdown/mermaid.js';
import { DeckError } from '../errors.js';
import { diagramsCssFile, mermaidBundleFile } from '../paths.js';

export const diagramsCssPath = 'diagrams/diagrams.css';

/** True when rendered slide HTML holds a mermaid block. */
export function usesDiagrams(html: string): boolean {
  return html.includes(`class="${diagramClass}"`);
}

// Read once per process: 5 MB, the same for every deck.
let bundle: Buffer | undefined;

/** Path relative to the deck page → content. */
export function diagramAssets(): Map<string, Uint8Array | string> {
  try {
    bundle ??= readFileSync(mermaidBundleFile);
  } catch {
    throw new DeckError('internal', `mermaid's browser bundle ${mermaidBundleFile} is missing.`, 'Run `npm run compile` in the app folder (npm start, npm test and npm run deck do it for you).');
  }
  return new Map<string, Uint8Array | string>([
    [sitePaths.mermaid, bundle],
    [diagramsCssPath, readFileSync(diagramsCssFile, 'utf8')],
  ]);
}
