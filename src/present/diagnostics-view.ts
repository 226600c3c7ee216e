// The presenter's panel for a save that broke the deck: each problem as
// `file:line:column: message` with what to do. Never shown on the audience screen.
import type { Diagnostic } from '../deck/model.js';

export class DiagnosticsView {
  constructor(
    private readonly panel: HTMLElement,
    private readonly list: HTMLElement,
  ) {}

  show(diagnostics: readonly Diagnostic[]): void {
    this.list.replaceChildren(
      ...diagnostics.map((d) => {
        const item = document.createElement('li');
        item.className = d.severity;
        const place = document.createElement('span');
        place.className = 'place';
        place.textContent = `${d.file}:${d.line}:${d.column}`;
        const message = document.createElement('span');
        message.className = 'message';
        message.textContent = `: ${d.message}`;
        const hint = document.createElement('div');
        hint.className = 'hint';
        hint.textContent = d.hint;
        item.append(place, message, hint);
        return item;
      }),
    );
    this.panel.hidden = diagnostics.length === 0;
  }

  clear(): void {
    this.show([]);
  }
}
