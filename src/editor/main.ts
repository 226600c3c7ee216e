// The editor page's runtime (app/editor.js): one CodeMirror view whose document is the
// open tab's buffer; every change goes to the server's draft (preview and diagnostics)
// and recovery journal; saves are explicit (Ctrl/Cmd+S) or after a short idle. The
// outline moves slides and files; the preview, a frame of the draft, follows the cursor
// and sends a click on a slide's element back to that element's source line.
import { markdown } from '@codemirror/lang-markdown';
import { yaml } from '@codemirror/lang-yaml';
import { setDiagnostics, type Diagnostic as LintDiagnostic } from '@codemirror/lint';
import { indentWithTab, isolateHistory } from '@codemirror/commands';
import type { EditorState, Extension, Transaction, TransactionSpec } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import { editorOpeningElementId, type DiskText, type DraftBuild, type EditorEvent, type EditorOpening } from '../contract.js';
import type { Diagnostic } from '../deck/model.js';
import { sourceLineAttribute } from '../deck/markdown/source-line-attribute.js';
import { NotesView } from '../present/notes-view.js';
import { api } from './api-client.js';
import { askName, showDiff } from './dialogs.js';
import { DraftPreview } from './draft-preview.js';
import { LinkedHistory } from './linked-undo.js';
import { notesLines, setNotesLines } from './notes-lines.js';
import { Outline } from './outline.js';
import { planSlideMove, type MoveTarget } from './slide-move.js';
import { Tabs, type Tab } from './tabs.js';

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const configFile = 'deck.yaml';
const isConfig = (file: string) => file === configFile;

let current: Tab | null = null;
let diagnostics: Diagnostic[] = [];
let idleSave: ReturnType<typeof setTimeout> | undefined;
const autosave = byId<HTMLInputElement>('autosave');
autosave.checked = localStorage.getItem('deck-editor-autosave') !== 'off';
autosave.addEventListener('change', () => localStorage.setItem('deck-editor-autosave', autosave.checked ? 'on' : 'off'));
const status = (text: string) => (byId('status').textContent = text);

const language = (file: string): Extension => (/\.ya?ml$/i.test(file) ? yaml() : markdown());

const tabs: Tabs = new Tabs((file): Extension => [
  basicSetup,
  EditorView.lineWrapping,
  language(file),
  linked.keys(() => current),
  keymap.of([indentWithTab]),
  notesLines,
  EditorView.updateListener.of((update) => {
    if (update.docChanged) changed(current!);
    if (update.selectionSet || update.docChanged) follow();
  }),
  EditorView.domEventHandlers({
    paste: (e) => addImages(e.clipboardData?.files, e),
    drop: (e) => addImages(e.dataTransfer?.files, e),
    // A committed word usually arrives as a change of its own; one committed as composed does not.
    compositionend: () => void setTimeout(() => current && !view.compositionStarted && tabs.text(current) !== lastSent(current) && changed(current), 0),
  }),
]);
const view = new EditorView({ parent: byId('code') });

// Any tab's buffer takes transactions: through the view when it is on screen.
const stateOf = (tab: Tab): EditorState => (tab === current ? view.state : tabs.state(tab));
function dispatchTo(tab: Tab, tr: Transaction): void {
  if (tab === current) return view.dispatch(tr);
  tabs.setState(tab, tr.state);
  if (tr.docChanged) changed(tab);
}
const change = (tab: Tab, spec: TransactionSpec) => dispatchTo(tab, stateOf(tab).update(spec));

const linked: LinkedHistory<Tab> = new LinkedHistory<Tab>({ state: stateOf, dispatch: dispatchTo });

const draft = new DraftPreview(byId<HTMLIFrameElement>('preview-frame'), () => renderSoon(), status);
const outline = new Outline(byId<HTMLOListElement>('outline'), {
  jump: (index) => {
    const at = draft.slides[index];
    if (at) jumpTo(at.slide.source.file, at.slide.source.line);
  },
  moveSlide: (index, target) => moveSlide(index, target),
  moveFile: (file, before) => void moveFile(file, before),
  openFile: (file) => open(file),
});
const notes = new NotesView(byId('notes'));
notes.start();

function open(file: string): void {
  const tab = tabs.find(file);
  if (!tab) return;
  if (current) tabs.setState(current, view.state);
  current = tab;
  view.setState(tabs.state(tab));
  // A new state: its marks are drawn again.
  drawn.diagnostics = drawn.notes = '';
  render();
}

// Edits reach the server one at a time, the latest text winning: a burst of keystrokes
// costs at most one request in flight and one waiting.
let sending = false;
let queued = new Set<Tab>();
function changed(tab: Tab): void {
  if (tab === current) tabs.setState(tab, view.state);
  // A word an input method is still composing is not sent, journaled or saved (its
  // letters are not the word): the word is, once committed (see compositionend below).
  if (tab === current && view.compositionStarted) return void renderTabs();
  queued.add(tab);
  void flushEdits();
  renderTabs();
  clearTimeout(idleSave);
  if (autosave.checked) idleSave = setTimeout(() => void saveAll(), 1500);
}

/** The text last sent to the server for `tab`. */
const sent = new Map<Tab, string>();
const lastSent = (tab: Tab) => sent.get(tab) ?? tab.saved;

async function flushEdits(): Promise<void> {
  if (sending || queued.size === 0) return;
  sending = true;
  const batch = [...queued];
  queued = new Set();
  try {
    for (const tab of batch) {
      const text = tabs.text(tab);
      sent.set(tab, text);
      applyBuild(await api.edit(tab.file, text !== tab.saved ? text : null));
    }
  } catch (error) {
    status(`Not sent to the preview: ${(error as Error).message}`);
  } finally {
    sending = false;
    if (queued.size > 0) void flushEdits();
  }
}

function applyBuild(build: DraftBuild): void {
  // The slides go to the preview first; the rest of the page follows (renderSoon).
  if (!draft.apply(build)) return;
  diagnostics = build.diagnostics;
  renderSoon();
}

/** The deck's markdown files in deck order (as the draft has them), then any without slides. */
function deckFiles(): string[] {
  const files = [...new Set(draft.slides.map((s) => s.slide.source.file))];
  for (const tab of tabs.all()) if (!isConfig(tab.file) && !files.includes(tab.file)) files.push(tab.file);
  return files;
}

function allDiagnostics(): Diagnostic[] {
  return [...diagnostics, ...draft.overflow()];
}

// The page beside the source, redrawn once per frame at most, and each part only when
// what it shows changed: a keystroke usually changes one title or nothing at all.
let renderQueued = false;
function renderSoon(): void {
  if (renderQueued) return;
  renderQueued = true;
  requestAnimationFrame(() => {
    renderQueued = false;
    render();
  });
}

const drawn = { outline: '', diagnostics: '', notes: '' };
/** True (and remembered) when `value` differs from what `part` last drew. */
function changedPart(part: keyof typeof drawn, value: unknown): boolean {
  const text = JSON.stringify(value);
  if (drawn[part] === text) return false;
  drawn[part] = text;
  return true;
}

function render(): void {
  const files = deckFiles();
  tabs.arrange(files);
  renderTabs();
  const all = allDiagnostics();
  const slides = draft.slides.map(({ index, v, slide }) => ({
    index,
    file: slide.source.file,
    title: slide.title,
    vertical: v > 0,
    notes: slide.notesText !== '',
    warned: all.some((d) => d.file === slide.source.file && d.line >= slide.source.line && d.line <= slide.endLine),
    place: `${slide.source.file}:${slide.source.line}`,
  }));
  if (changedPart('outline', [files, slides])) outline.render(files, slides, slideUnderCursor());
  if (changedPart('diagnostics', [current?.file, all])) renderDiagnostics(all);
  const config = draft.deck?.config;
  const own = current && config?.dialect === 'reveal' ? draft.slides.filter((s) => s.slide.source.file === current!.file) : [];
  const notesSpec = { slides: own.map((s) => ({ start: s.slide.source.line, end: s.slide.endLine })), pattern: config?.separators.notes ?? '' };
  if (changedPart('notes', [current?.file, notesSpec])) view.dispatch({ effects: setNotesLines.of(notesSpec) });
  follow();
}

function slideUnderCursor(): number | null {
  if (!current) return null;
  const line = view.state.doc.lineAt(view.state.selection.main.head).number;
  return draft.slideAt(current.file, line)?.index ?? null;
}

/** The preview, the outline's mark and the notes follow the cursor. (Called during view updates: it dispatches nothing.) */
function follow(): void {
  if (!current) return;
  const index = slideUnderCursor();
  outline.mark(index);
  const head = view.state.selection.main.head;
  const line = view.state.doc.lineAt(head);
  byId('where').textContent = `${current.file} · line ${line.number}, column ${head - line.from + 1}${index === null ? '' : ` · slide ${index + 1} of ${draft.slides.length}`}`;
  if (index === null) return;
  draft.show(index);
  const notesHtml = draft.slides[index]!.slide.notesHtml;
  if (notesHtml !== shownNotes) notes.show((shownNotes = notesHtml));
}
let shownNotes: string | null = null;

function jumpTo(file: string, line: number): void {
  if (current?.file !== file) open(file);
  if (current?.file !== file) return;
  const pos = view.state.doc.line(Math.max(1, Math.min(line, view.state.doc.lines))).from;
  view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
  view.focus();
}

async function save(tab: Tab): Promise<void> {
  if (tab.conflict) return;
  if (tab === current) tabs.setState(tab, view.state);
  const text = tabs.text(tab);
  if (text === tab.saved && tab.base !== null) return;
  try {
    const outcome = await api.save(tab.file, text, tab.base);
    if (outcome.saved) {
      tab.base = outcome.hash;
      tab.saved = text;
      status(`Saved ${tab.file}`);
    } else {
      tab.conflict = outcome.disk;
      status(`${tab.file} changed on disk: not saved`);
    }
  } catch (error) {
    status(`Not saved: ${(error as Error).message}`);
  }
  renderTabs();
  renderConflict();
}

// Saves run one after another: a second Ctrl+S while one is on its way must not send the
// same text again on a base the first has already replaced (that would read as a conflict).
let saving: Promise<void> = Promise.resolve();
function saveAll(): Promise<void> {
  clearTimeout(idleSave);
  if (view.compositionStarted) {
    idleSave = setTimeout(() => void saveAll(), 500);
    return saving;
  }
  saving = saving.then(async () => {
    for (const tab of tabs.all()) if (tabs.dirty(tab) || tab.base === null) await save(tab);
  });
  return saving;
}

/** Another program changed a file: reload a clean buffer in place; a dirty one waits for the user. */
function diskChanged(disk: DiskText): void {
  const tab = tabs.find(disk.file);
  if (!tab) {
    if (disk.text !== null) tabs.add(disk), render();
    return;
  }
  if (!tabs.dirty(tab) && disk.text !== null) {
    replaceText(tab, disk.text);
    tab.base = disk.hash;
    tab.saved = disk.text;
    void api.accept(disk.file, disk.hash);
    status(`${disk.file} reloaded: changed on disk`);
  } else if (disk.hash !== tab.base) {
    tab.conflict = disk;
    status(disk.text === null ? `${disk.file} was deleted or renamed on disk` : `${disk.file} changed on disk while you edited it`);
  }
  renderTabs();
  renderConflict();
}

/** The tab's whole text becomes `text`, as one change (undoable) touching only what differs. */
function replaceText(tab: Tab, text: string): void {
  // Never in the middle of an input method's composition: the half-typed word would be lost.
  if (tab === current && view.composing) return void setTimeout(() => replaceText(tab, text), 50);
  const old = tabs.text(tab);
  let start = 0;
  while (start < old.length && start < text.length && old[start] === text[start]) start++;
  let end = 0;
  while (end < old.length - start && end < text.length - start && old[old.length - 1 - end] === text[text.length - 1 - end]) end++;
  if (start === old.length && start === text.length) return;
  change(tab, { changes: { from: start, to: old.length - end, insert: text.slice(start, text.length - end) } });
}

function renderConflict(): void {
  const box = byId('conflict');
  const tab = current;
  box.hidden = !tab?.conflict;
  if (!tab?.conflict) return;
  const theirs = tab.conflict;
  box.replaceChildren();
  const say = document.createElement('p');
  say.textContent =
    theirs.text === null
      ? `${tab.file} was deleted or renamed by another program. Your text is still here and in the recovery journal.`
      : `${tab.file} was changed by another program while you had unsaved changes.`;
  const button = (label: string, act: () => void) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.addEventListener('click', act);
    box.append(b);
  };
  box.append(say);
  button(theirs.text === null ? 'Keep mine (save it again)' : 'Keep mine', () => {
    tab.base = theirs.hash;
    tab.conflict = null;
    void api.accept(tab.file, theirs.hash).then(() => save(tab));
  });
  if (theirs.text !== null) {
    button('Take theirs', () => {
      tab.conflict = null;
      replaceText(tab, theirs.text!);
      tab.base = theirs.hash;
      tab.saved = theirs.text!;
      void api.accept(tab.file, theirs.hash);
      renderTabs();
      renderConflict();
    });
    button('See both', () => showDiff(`${tab.file}: on disk (−) and yours (+)`, theirs.text!, tabs.text(tab)));
  }
}

function addImages(files: FileList | undefined, event: Event): boolean {
  const images = [...(files ?? [])].filter((f) => f.type.startsWith('image/'));
  if (images.length === 0 || !current) return false;
  event.preventDefault();
  void (async () => {
    for (const file of images) {
      try {
        const { path } = await api.image(file);
        view.dispatch(view.state.replaceSelection(`![](${path})`));
      } catch (error) {
        status(`Image not added: ${(error as Error).message}`);
      }
    }
  })();
  return true;
}

function renderTabs(): void {
  byId('tabs').replaceChildren(
    ...tabs.all().map((tab) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = `${tab.file}${tabs.dirty(tab) ? ' •' : ''}${tab.conflict ? ' ⚠' : ''}`;
      b.className = tab === current ? 'tab current' : 'tab';
      b.title = `${tab.file}${tabs.dirty(tab) ? ': not saved yet' : ''}`;
      b.addEventListener('click', () => open(tab.file));
      return b;
    }),
  );
}

function renderDiagnostics(all: Diagnostic[]): void {
  const list = byId('diagnostics');
  list.replaceChildren(
    ...all.map((d) => {
      const li = document.createElement('li');
      li.className = d.severity;
      const where = document.createElement('span');
      where.className = 'where';
      where.textContent = `${d.file}:${d.line}:${d.column}`;
      const what = document.createElement('span');
      what.className = 'what';
      what.textContent = d.message;
      const hint = document.createElement('span');
      hint.className = 'hint';
      hint.textContent = d.hint;
      li.append(where, what, hint);
      li.addEventListener('click', () => tabs.find(d.file) && jumpTo(d.file, d.line));
      return li;
    }),
  );
  byId('diagnostics-count').textContent = all.length === 0 ? 'No problems' : `${all.length} problem${all.length > 1 ? 's' : ''}`;
  if (!current) return;
  const doc = view.state.doc;
  const marks: LintDiagnostic[] = all
    .filter((d) => d.file === current!.file && d.line <= doc.lines)
    .map((d) => {
      const line = doc.line(d.line);
      const from = Math.min(line.from + Math.max(0, d.column - 1), line.to);
      return { from, to: Math.max(from, line.to), severity: d.severity, message: `${d.message}\n${d.hint}` };
    });
  view.dispatch(setDiagnostics(view.state, marks));
}

// A click on the slide puts the cursor on the line of the element clicked (else the slide's first line).
byId<HTMLIFrameElement>('preview-frame').addEventListener('load', () => {
  byId<HTMLIFrameElement>('preview-frame').contentDocument?.addEventListener('click', (event) => {
    const target = event.target as Element;
    const section = target.closest?.('section[data-source-file]');
    const file = section?.getAttribute('data-source-file');
    if (!file) return;
    const element = target.closest(`[${sourceLineAttribute}]`);
    const offset = element && section!.contains(element) ? Number(element.getAttribute(sourceLineAttribute)) - 1 : 0;
    jumpTo(file, Number(section!.getAttribute('data-source-line')) + offset);
  });
});

// --- Files and slides, moved and named -------------------------------------------------

/** deck.yaml's buffer with `order` set to `files` (a deck.yaml is made when there is none). */
async function writeOrder(files: string[]): Promise<void> {
  const tab = tabs.find(configFile);
  const { text } = await api.order(tab ? tabs.text(tab) : null, files);
  const target = tab ?? tabs.add({ file: configFile, text: '', hash: null });
  replaceText(target, text);
  render();
}

async function moveFile(file: string, before: string | null): Promise<void> {
  const files = deckFiles().filter((f) => f !== file);
  files.splice(before === null ? files.length : files.indexOf(before), 0, file);
  try {
    await writeOrder(files);
    status(`${file} moved: the order is in ${configFile}`);
  } catch (error) {
    status(`Not moved: ${(error as Error).message}`);
  }
}

function moveSlide(index: number, target: MoveTarget): void {
  if (!draft.settled || queued.size > 0 || sending) return void status('The preview is catching up with your typing: move the slide again in a moment.');
  if (draft.deck?.config.dialect === 'slidev') return void status('Moving slides is not available for Slidev decks yet: cut the slide’s text and paste it where it belongs.');
  const spans = draft.slides.map(({ v, slide }) => ({ file: slide.source.file, start: slide.source.line, end: slide.endLine, startsStack: v === 0 }));
  let plan;
  try {
    plan = planSlideMove(spans, index, target, (file) => tabs.text(tabs.find(file)!));
  } catch (error) {
    return void status(`Not moved: ${(error as Error).message}`);
  }
  const touched: Tab[] = [];
  for (const [file, changes] of plan) {
    const tab = tabs.find(file)!;
    change(tab, { changes, annotations: isolateHistory.of('full') });
    touched.push(tab);
  }
  linked.record(touched);
  if (touched.length > 0) status(`Slide moved${touched.length > 1 ? ` from ${touched[0]!.file} to ${touched[1]!.file}` : ''} (Ctrl+Z takes it back)`);
}

/** deck.yaml's `order`, as the draft read it; null when it has none. */
const listedOrder = (): string[] | null => (draft.deck?.config.order.length ? draft.deck.config.order : null);

const fileNameProblem = (name: string, except?: string) =>
  !/^[^/\\]+\.md$/i.test(name) || name.startsWith('.')
    ? 'A markdown file name, ending in .md, without / or \\ and not starting with a dot.'
    : name !== except && tabs.find(name)
      ? `${name} is in the deck already.`
      : '';

byId('new-file').addEventListener('click', () => {
  const files = deckFiles();
  const numbers = files.map((f) => /^(\d+)/.exec(f)?.[1]).filter((n): n is string => n !== undefined);
  const next = numbers.length ? `${String(Math.max(...numbers.map(Number)) + 1).padStart(numbers[0]!.length, '0')}-new.md` : 'new.md';
  void askName('New file', next, (name) => fileNameProblem(name)).then(async (name) => {
    if (!name) return;
    const tab = tabs.add({ file: name, text: '', hash: null });
    await save(tab);
    if (tab.base === null) return;
    // Listed in deck.yaml's order, when it has one: after the file on screen.
    if (listedOrder()) {
      const at = current ? files.indexOf(current.file) + 1 : files.length;
      await writeOrder([...files.slice(0, at), name, ...files.slice(at)]);
    }
    open(name);
    status(`${name} added`);
  });
});

byId('rename-file').addEventListener('click', () => {
  const tab = current;
  if (!tab || isConfig(tab.file)) return void status(`${configFile} keeps its name: the deck's settings are read from it.`);
  const from = tab.file;
  void askName(`Rename ${from}`, from, (name) => fileNameProblem(name, from)).then(async (to) => {
    if (!to || to === from) return;
    try {
      await api.rename(from, to);
    } catch (error) {
      return void status(`Not renamed: ${(error as Error).message}`);
    }
    tabs.rename(tab, to);
    const order = listedOrder();
    if (order?.includes(from)) await writeOrder(order.map((f) => (f === from ? to : f)));
    render();
    status(`${from} renamed to ${to}`);
  });
});

byId('save').addEventListener('click', () => void saveAll());
const showNotes = byId<HTMLButtonElement>('show-notes');
showNotes.addEventListener('click', () => {
  const on = showNotes.getAttribute('aria-pressed') !== 'true';
  showNotes.setAttribute('aria-pressed', String(on));
  byId('notes-panel').hidden = !on;
});
byId('notes-larger').addEventListener('click', () => notes.larger());
byId('notes-smaller').addEventListener('click', () => notes.smaller());
// Ctrl/Cmd+S saves wherever the focus is, never the browser's "save page".
document.addEventListener('keydown', (e) => {
  if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 's') {
    e.preventDefault();
    void saveAll();
  }
});
window.addEventListener('beforeunload', (event) => {
  if (tabs.all().some((tab) => tabs.dirty(tab))) event.preventDefault();
});

function listen(): void {
  const events = new EventSource('api/events');
  events.addEventListener('message', (e: MessageEvent<string>) => {
    const event = JSON.parse(e.data) as EditorEvent;
    if (event.type === 'disk-changed') diskChanged(event.disk);
    if (event.type === 'draft-updated') applyBuild(event.build);
  });
}

async function start(): Promise<void> {
  const opening = JSON.parse(byId(editorOpeningElementId).textContent!) as EditorOpening;
  for (const disk of opening.files) tabs.add(disk);
  const first = opening.files.find((f) => /\.md$/i.test(f.file)) ?? opening.files[0];
  if (first) open(first.file);
  diagnostics = opening.build.diagnostics;
  draft.begin(opening.build, opening.deck);
  listen();
  // What a crash left unsaved comes first, before any other work.
  for (const found of opening.recovered) {
    await new Promise<void>((done) =>
      showDiff(`Unsaved text of ${found.file} from ${new Date(found.at).toLocaleString()} was recovered (− on disk, + recovered)`, found.disk ?? '', found.text, [
        [
          'Restore it',
          () => {
            const tab = tabs.find(found.file) ?? tabs.add({ file: found.file, text: found.disk ?? '', hash: null });
            open(tab.file);
            replaceText(tab, found.text);
            done();
          },
        ],
        ['Discard it', () => void api.edit(found.file, null).then(() => done())],
      ]),
    );
  }
}

void start().catch((error: Error) => status(`The editor could not start: ${error.message}`));
