// The one HTML escape of the project, below every layer that writes HTML (deck/, html/,
// site/): entities' escapeUTF8, for a text node or a quoted attribute value (& < > " ').
import { escapeUTF8 } from 'entities';

/** Escapes text for an HTML text node or a double- or single-quoted attribute value. */
export function escapeHtml(text: string): string {
  return escapeUTF8(text);
}
