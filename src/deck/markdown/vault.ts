// HTML the app made itself and has already made safe (KaTeX formulas, cleaned <style>
// blocks) is held out of the slide sanitizer, which would take its <svg> strokes or
// style text away: it stands in as an empty placeholder element while the slide is
// sanitised, then is put back. A placeholder typed into a slide by hand finds nothing.

export const vaultAttribute = 'data-deck-vault';

export interface Vault {
  /** The placeholder for `html`; `tag` is span inside text, div for a block. */
  hold(html: string, tag?: 'span' | 'div'): string;
  /** Puts the held HTML back into the sanitised slide. */
  release(html: string): string;
  /** Starts a new slide. */
  clear(): void;
}

export function createVault(): Vault {
  let held: string[] = [];
  const placeholder = new RegExp(`<(span|div) ${vaultAttribute}="(\\d+)"></\\1>`, 'g');
  return {
    hold(html, tag = 'span') {
      held.push(html);
      return `<${tag} ${vaultAttribute}="${held.length - 1}"></${tag}>`;
    },
    release(html) {
      if (held.length === 0) return html;
      return html.replace(placeholder, (_whole, _tag: string, i: string) => held[Number(i)] ?? '');
    },
    clear() {
      held = [];
    },
  };
}
