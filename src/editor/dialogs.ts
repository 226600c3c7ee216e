// The editor's dialogs, in the page (window.prompt does not exist in the app's window):
// a file name asked for, and a diff (recovered text, or another program's version)
// with the choices that go with it.
import { diffLines } from 'diff';

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

function button(label: string, act: () => void, primary = false): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.textContent = label;
  if (primary) b.className = 'primary';
  b.addEventListener('click', act);
  return b;
}

/**
 * Asks for a file name; `check` says what is wrong with one ('' when it will do). Resolves
 * to the name, or null when the user cancels.
 */
export function askName(title: string, value: string, check: (name: string) => string): Promise<string | null> {
  const dialog = byId<HTMLDialogElement>('ask');
  return new Promise((resolve) => {
    const form = document.createElement('form');
    form.method = 'dialog';
    const h = document.createElement('h2');
    h.textContent = title;
    const input = document.createElement('input');
    input.type = 'text';
    input.value = value;
    input.spellcheck = false;
    input.setAttribute('aria-label', title);
    const problem = document.createElement('p');
    problem.className = 'problem';
    problem.setAttribute('role', 'alert');
    const ok = button('OK', () => undefined, true);
    ok.type = 'submit';
    const done = (name: string | null) => {
      dialog.close();
      resolve(name);
    };
    const cancel = button('Cancel', () => done(null));
    const row = document.createElement('div');
    row.className = 'buttons';
    row.append(cancel, ok);
    const validate = () => (problem.textContent = check(input.value.trim()));
    input.addEventListener('input', validate);
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      if (!validate()) done(input.value.trim());
    });
    dialog.oncancel = () => resolve(null);
    form.append(h, input, problem, row);
    dialog.replaceChildren(form);
    dialog.showModal();
    // The name without its extension selected, ready to be typed over.
    input.setSelectionRange(0, value.lastIndexOf('.') > 0 ? value.lastIndexOf('.') : value.length);
    input.focus();
  });
}

/**
 * Shows `before` (−) against `after` (+) under `title`, with `actions` as its buttons;
 * with none, a Close button. With choices to make, Escape does not dismiss it.
 */
export function showDiff(title: string, before: string, after: string, actions: [string, () => void][] = []): void {
  const dialog = byId<HTMLDialogElement>('recovery');
  const h = document.createElement('h2');
  h.textContent = title;
  const pre = document.createElement('pre');
  pre.className = 'diff';
  for (const part of diffLines(before, after)) {
    const span = document.createElement('span');
    span.className = part.added ? 'added' : part.removed ? 'removed' : 'same';
    const mark = part.added ? '+ ' : part.removed ? '− ' : '  ';
    // Every line of the part marked, the empty "line" after its last line break not.
    span.textContent = part.value.replace(/\n$/, '').split('\n').map((line) => mark + line).join('\n') + (part.value.endsWith('\n') ? '\n' : '');
    pre.append(span);
  }
  const row = document.createElement('div');
  row.className = 'buttons';
  const choices: [string, () => void][] = actions.length > 0 ? actions : [['Close', () => undefined]];
  choices.forEach(([label, act], i) =>
    row.append(
      button(
        label,
        () => {
          dialog.close();
          act();
        },
        i === 0,
      ),
    ),
  );
  dialog.replaceChildren(h, pre, row);
  dialog.oncancel = actions.length > 0 ? (e) => e.preventDefault() : null;
  dialog.showModal();
}
