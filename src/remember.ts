// Live reload and the editor rebuild the whole site on every save or keystroke, and ask
// the same pure questions of mostly the same text again (a slide's plain text, a
// section's hash, an SVG's clean copy). The answers are kept, by the text asked about, up
// to `limit` of them; past that they are all forgotten at once, so memory stays bounded
// by the deck in use.
export function remembered<T>(answer: (text: string) => T, limit: number): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    const hit = known.get(text);
    if (hit !== undefined) return hit;
    const value = answer(text);
    if (known.size >= limit) known.clear();
    known.set(text, value);
    return value;
  };
}
