// Text from a deck (file names, titles, a slide's words quoted in a diagnostic) printed to
// a terminal as it is could move the cursor, rewrite earlier lines, change the window
// title or reverse the order of what follows. Every such character is shown escaped
// instead, so the user sees what the deck holds and the terminal does only what we print.

// C0 controls but tab and newline, DEL, C1 controls (ESC and CSI start every escape
// sequence), and the bidirectional overrides, embeddings and isolates (plus the marks).
const unprintable = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]/g;

/** `text` with every terminal control and bidi override shown as `\xHH` / `\uHHHH`. */
export function printable(text: string): string {
  return text.replace(unprintable, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
