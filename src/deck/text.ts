// Small text helpers shared by the loader's modules.
import { remembered } from '../remember.js';

// A Map: `&constructor;` in a note is text, not a key of Object.prototype.
const entities = new Map(Object.entries({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" }));

/**
 * Rendered (sanitised) HTML → plain text, one line per block, for notes search, PDF
 * scripts and the presenter's plain view. Not a general HTML parser: its input is our
 * own renderer's output. Remembered: each load (every live-reload save) asks again for
 * the text of every slide's notes, nearly all unchanged.
 */
export const htmlToText: (html: string) => string = remembered((html) => plainText(html), 20_000);

function plainText(html: string): string {
  return html
    // Newlines between tags are source formatting, except inside <pre> where they are text.
    .split(/(<pre\b[\s\S]*?<\/pre>)/i)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/>[ \t]*\n\s*</g, '><')))
    .join('')
    .replace(/<(\/p|\/h[1-6]|\/pre|\/blockquote|\/ul|\/ol|\/table|\/div)\b[^>]*>/gi, '\n\n')
    .replace(/<(br|\/li|\/tr)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+\d*);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
      }
      return entities.get(name.toLowerCase()) ?? whole;
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
