// The presenter's panel of what is wrong with the deck, never shown on the audience
// screen. Three sources, listed in this order:
//  - save:   a save that broke the deck; the audience keeps the last good version. It
//            opens the panel, and the next good save closes it again;
//  - deck:   what loading the deck on screen reported (warnings such as an unclosed code
//            fence, errors that did not stop it), from its deck.json;
//  - layout: slides that run past their frame, measured in this browser (layout-check.ts).
// A badge in the top bar counts errors and warnings and opens or closes the panel, so a
// warning is never silent and never covers the notes unasked.
import type { Diagnostic } from '../deck/model.js';

export type DiagnosticsSource = 'save' | 'deck' | 'layout';

export interface DiagnosticsParts {
  panel: HTMLElement;
  title: HTMLElement;
  list: HTMLElement;
  badge: HTMLButtonElement;
}

const sources: readonly DiagnosticsSource[] = ['save', 'deck', 'layout'];

/** A diagnostic as it arrives from a page or the host, checked before it is shown. */
export function isDiagnostic(value: unknown): value is Diagnostic {
  if (typeof value !== 'object' || value === null) return false;
  const d = value as Record<string, unknown>;
  return (
    typeof d.file === 'string' && Number.isInteger(d.line) && Number.isInteger(d.column) && (d.severity === 'error' || d.severity === 'warning') &&
    typeof d.code === 'string' && typeof d.message === 'string' && typeof d.hint === 'string'
  );
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export class DiagnosticsView {
  private readonly lists = new Map<DiagnosticsSource, readonly Diagnostic[]>();
  private open = false;

  constructor(private readonly parts: DiagnosticsParts) {}

  /** Replaces what one source reports; anything that is not a diagnostic is left out. */
  set(source: DiagnosticsSource, diagnostics: readonly unknown[]): void {
    const checked = diagnostics.filter(isDiagnostic);
    const broke = source === 'save' && checked.length > 0;
    const fixed = source === 'save' && checked.length === 0 && (this.lists.get('save')?.length ?? 0) > 0;
    this.lists.set(source, checked);
    if (broke) this.open = true;
    if (fixed) this.open = false;
    this.render();
  }

  /** The badge (or the panel's Hide button) was pressed. */
  toggle(): void {
    this.open = !this.open;
    this.render();
  }

  private render(): void {
    const { panel, title, list, badge } = this.parts;
    const all = sources.flatMap((s) => this.lists.get(s) ?? []);
    const errors = all.filter((d) => d.severity === 'error').length;
    const warnings = all.length - errors;
    badge.hidden = all.length === 0;
    badge.textContent = [...(errors ? [plural(errors, 'error')] : []), ...(warnings ? [plural(warnings, 'warning')] : [])].join(' · ');
    badge.dataset.severity = errors > 0 ? 'error' : 'warning';
    badge.setAttribute('aria-expanded', String(this.open && all.length > 0));
    panel.hidden = !this.open || all.length === 0;
    panel.dataset.severity = badge.dataset.severity;
    title.textContent = (this.lists.get('save')?.length ?? 0) > 0 ? 'The last save has errors — the audience still sees the last good version' : 'What to fix in this deck — the audience does not see this';
    list.replaceChildren(...all.map(item));
  }
}

function item(d: Diagnostic): HTMLLIElement {
  const li = document.createElement('li');
  li.className = d.severity;
  const place = document.createElement('span');
  place.className = 'place';
  place.textContent = `${d.file}:${d.line}:${d.column}`;
  const message = document.createElement('span');
  message.className = 'message';
  message.textContent = `: ${d.message}`;
  const hint = document.createElement('div');
  hint.className = 'hint';
  hint.textContent = d.hint;
  li.append(place, message, hint);
  return li;
}
