// The default name of an exported PDF: the deck's title, or its folder's name when the
// title is empty, made safe for Windows, macOS and Linux file systems.
import { basename } from 'node:path';

export function defaultPdfName(title: string, deckRoot: string, layout: 'slides' | 'handout' | 'script'): string {
  const base = (title.trim() || basename(deckRoot))
    // Characters Windows refuses and path separators; control characters.
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-')
    .replace(/^[.\s-]+|[.\s-]+$/g, '')
    .slice(0, 120) || 'deck';
  const suffix = layout === 'handout' ? ' (handout)' : layout === 'script' ? ' (notes)' : '';
  return `${base}${suffix}.pdf`;
}
