// The default name of an exported file: the deck's title, or its folder's name when the
// title is empty, made safe for Windows, macOS and Linux file systems.
import { basename } from 'node:path';

/** Characters in a file name, before " (handout).pdf" or the like: well within every file system's 255 bytes. */
const maxLength = 120;

/** Dots, spaces and dashes a name must not start or end with (Windows drops trailing dots and spaces). */
const edge = /[.\s-]/;

/** What is exported: a PDF of one of the print layouts, a PowerPoint file or a single HTML file. */
export type ExportKind = 'slides' | 'handout' | 'script' | 'pptx' | 'html';

const endings: Record<ExportKind, string> = { slides: '.pdf', handout: ' (handout).pdf', script: ' (notes).pdf', pptx: '.pptx', html: '.html' };

export function defaultOutputName(title: string, deckRoot: string, kind: ExportKind): string {
  // Every step is one pass over the title, however long: a trailing-junk pattern such as
  // /[.\s-]+$/ is retried from every space of a long run and takes seconds on 150k spaces.
  const safe = (title.trim() || basename(deckRoot))
    // Characters Windows refuses and path separators; control characters.
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-');
  let start = 0;
  while (start < safe.length && edge.test(safe[start]!)) start++;
  let end = Math.min(safe.length, start + maxLength);
  // Not between the two halves of a character outside the BMP.
  if (end < safe.length && /[\ud800-\udbff]/.test(safe[end - 1]!)) end--;
  while (end > start && edge.test(safe[end - 1]!)) end--;
  return `${safe.slice(start, end) || 'deck'}${endings[kind]}`;
}
