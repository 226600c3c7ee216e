// The editor page's runtime (app/editor.js): one CodeMirror view whose document is the
// open tab's buffer; every change goes to the server's draft (preview and diagnostics)
// and recovery journal; saves are explicit (Ctrl/Cmd+S) or after a short idle.
import { markdown } from '@codemirror/lang-markdown';
import { yaml } from '@codemirror/lang-yaml';
import { setDiagnostics, type Diagnostic as LintDiagnostic } from '@codemirror/lint';
import { EditorState, type Extension } from '@codemirror/state';
import { EditorView, keymap } from '@codemirror/view';
import { basicSetup } from 'codemirror';
import { diffLines } from 'diff';
import { editorOpeningElementId, editorPaths, sitePaths, type DeckJson, type DiskText, type DraftBuild, type DraftPatch, type EditorEvent, type EditorOpening } from '../contract.js';
import type { Diagnostic } from '../deck/model.js';
import { ensureFonts } from '../present/fonts.js';
import { PreviewFrame } from '../present/preview-frame.js';
import { api } from './api-client.js';

interface Tab {
  file: string;
  state: EditorState;
  /** The disk version the buffer is based on (null: not on disk). */
  base: string | null;
  saved: string;
  /** Set when the file changed or vanished on disk while the buffer had unsaved changes. */
  conflict: DiskText | null;
}

const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const tabs = new Map<string, Tab>();
let current: Tab | null = null;
let deckJson: DeckJson | null = null;
let diagnostics: Diagnostic[] = [];
let idleSave: ReturnType<typeof setTimeout> | undefined;
const autosave = byId<HTMLInputElement>('autosave');
autosave.checked = localStorage.getItem('deck-editor-autosave') !== 'off';
autosave.addEventListener('change', () => localStorage.setItem('deck-editor-autosave', autosave.checked ? 'on' : 'off'));

const dirty = (tab: Tab) => tab.state.doc.toString() !== tab.saved;
const status = (text: string) => (byId('status').textContent = text);

const preview = new PreviewFrame(byId<HTMLIFrameElement>('preview-frame'), (message) => {
  if (message.type !== 'ready') return;
  // A new page (first load, or reloaded for new settings) shows the first slide.
  shown = '';
  showSlideUnderCursor();
});
preview.start();

const language = (file: string): Extension => (/\.ya?ml$/i.test(file) ? yaml() : markdown());

function extensions(file: string): Extension[] {
  return [
    basicSetup,
    EditorView.lineWrapping,
    language(file),
    keymap.of([{ key: 'Mod-s', preventDefault: true, run: () => (void save(), true) }]),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) changed();
      if (update.selectionSet || update.docChanged) showSlideUnderCursor();
    }),
    EditorView.domEventHandlers({ paste: (e) => addImages(e.clipboardData?.files, e), drop: (e) => addImages(e.dataTransfer?.files, e) }),
  ];
}

const view = new EditorView({ parent: byId('code') });

function open(file: string): void {
  if (current) current.state = view.state;
  const tab = tabs.get(file);
  if (!tab) return;
  current = tab;
  view.setState(tab.state);
  renderTabs();
  renderDiagnostics();
  renderConflict();
  showSlideUnderCursor();
}

// Edits reach the server one at a time, the latest text winning: a burst of keystrokes
// costs at most one request in flight and one waiting.
let sending = false;
let queued = new Set<string>();
function changed(): void {
  if (!current) return;
  current.state = view.state;
  queued.add(current.file);
  void flushEdits();
  renderTabs();
  clearTimeout(idleSave);
  if (autosave.checked) idleSave = setTimeout(() => void saveAll(), 1500);
}

async function flushEdits(): Promise<void> {
  if (sending || queued.size === 0) return;
  sending = true;
  const files = [...queued];
  queued = new Set();
  try {
    for (const file of files) {
      const tab = tabs.get(file)!;
      const text = tab.state.doc.toString();
      applyBuild(await api.edit(file, dirty(tab) ? text : null));
    }
  } catch (error) {
    status(`Not sent to the preview: ${(error as Error).message}`);
  } finally {
    sending = false;
    if (queued.size > 0) void flushEdits();
  }
}

// Builds arrive twice (the edit's answer and the server's event) and may cross: only the
// newest counts. A build that patches the one on screen is applied slide by slide; any
// other reloads the draft's deck.json.
let newestSeq = -1;
let shownSeq = -1;
let updates: Promise<void> = Promise.resolve();
function applyBuild(build: DraftBuild): void {
  if (build.seq <= newestSeq) return;
  newestSeq = build.seq;
  diagnostics = build.diagnostics;
  renderDiagnostics();
  const patch = build.patch;
  if (patch === undefined) return renderOutline();
  updates = updates
    .then(() => (patch && deckJson && patch.from === shownSeq ? applyPatch(patch) : refreshDeck()))
    .then(() => void (shownSeq = build.seq))
    .catch((error: Error) => void status(`The preview could not be updated: ${error.message}`));
}

function applyPatch(patch: DraftPatch): void {
  const slides = deckJson!.stacks.flatMap((stack) => stack.slides.map((_, v) => ({ stack, v })));
  for (const { index, slide } of patch.slides) {
    const at = slides[index]!;
    at.stack.slides[at.v] = slide;
  }
  preview.send({ type: 'patch', slides: patch.slides.map(({ index, html }) => ({ index, html })), fonts: patch.fonts });
  // A character the deck had not used yet: its font for the source text too.
  void ensureFonts(patch.fonts, editorPaths.draft);
  renderOutline();
  showSlideUnderCursor();
}

async function refreshDeck(): Promise<void> {
  const res = await fetch(`${editorPaths.draft}${sitePaths.deckJson}`, { cache: 'no-store' });
  if (!res.ok) throw new Error(`deck.json: HTTP ${res.status}`);
  const before = deckJson;
  deckJson = (await res.json()) as DeckJson;
  void ensureFonts(deckJson.fonts, editorPaths.draft);
  const { width, height } = deckJson.config;
  byId('preview-frame').parentElement!.style.aspectRatio = `${width} / ${height}`;
  // New settings (theme, size, transition) are in the page itself, not in its slides.
  if (before && JSON.stringify(before.config) !== JSON.stringify(deckJson.config)) byId<HTMLIFrameElement>('preview-frame').contentWindow?.location.reload();
  else preview.send({ type: 'reload' });
  renderOutline();
  showSlideUnderCursor();
}

/** The slide whose source holds the cursor: the last slide of this file starting at or above it. */
function slideAt(file: string, line: number): { h: number; v: number } | null {
  let found: { h: number; v: number } | null = null;
  deckJson?.stacks.forEach((stack, h) =>
    stack.slides.forEach((slide, v) => {
      if (slide.source.file === file && slide.source.line <= line) found = { h, v };
    }),
  );
  return found;
}

let shown = '';
function showSlideUnderCursor(): void {
  if (!current) return;
  const line = view.state.doc.lineAt(view.state.selection.main.head).number;
  const at = slideAt(current.file, line);
  if (!at) return;
  const slide = deckJson!.stacks[at.h]!.slides[at.v]!;
  const notes = byId('notes');
  notes.innerHTML = slide.notesHtml; // sanitised by the deck renderer, as in the presenter
  const key = `${at.h}/${at.v}`;
  if (key === shown) return;
  shown = key;
  preview.send({ type: 'show', state: { indices: { h: at.h, v: at.v, f: -1 }, overview: false, paused: false }, step: 0 });
  for (const li of byId('outline').querySelectorAll('li')) li.classList.toggle('here', li.dataset.key === key);
}

function jumpTo(file: string, line: number): void {
  if (current?.file !== file) open(file);
  const pos = view.state.doc.line(Math.min(line, view.state.doc.lines)).from;
  view.dispatch({ selection: { anchor: pos }, scrollIntoView: true });
  view.focus();
}

async function save(tab: Tab | null = current): Promise<void> {
  if (!tab || tab.conflict) return;
  if (tab === current) tab.state = view.state;
  const text = tab.state.doc.toString();
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

async function saveAll(): Promise<void> {
  for (const tab of tabs.values()) if (dirty(tab)) await save(tab);
}

/** Another program changed a file: reload a clean buffer in place; a dirty one waits for the user. */
function diskChanged(disk: DiskText): void {
  const tab = tabs.get(disk.file);
  if (!tab) {
    if (disk.text !== null) addTab(disk), renderTabs();
    return;
  }
  if (!dirty(tab) && disk.text !== null) {
    replaceText(tab, disk.text);
    tab.base = disk.hash;
    tab.saved = disk.text;
    void api.accept(disk.file, disk.hash);
    status(`${disk.file} reloaded: changed on disk`);
  } else {
    tab.conflict = disk;
    status(disk.text === null ? `${disk.file} was deleted or renamed on disk` : `${disk.file} changed on disk while you edited it`);
  }
  renderTabs();
  renderConflict();
}

function replaceText(tab: Tab, text: string): void {
  const spec = { changes: { from: 0, to: tab.state.doc.length, insert: text } };
  if (tab === current) {
    // Never in the middle of an input method's composition: the half-typed word would be lost.
    if (view.composing) return void setTimeout(() => replaceText(tab, text), 50);
    view.dispatch(spec);
    tab.state = view.state;
  } else tab.state = tab.state.update(spec).state;
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
      changed();
    });
    button('See both', () => showDiff(`${tab.file}: on disk (−) and yours (+)`, theirs.text!, view.state.doc.toString()));
  }
}

function showDiff(title: string, before: string, after: string, actions: [string, () => void][] = []): void {
  const dialog = byId<HTMLDialogElement>('recovery');
  dialog.replaceChildren();
  const h = document.createElement('h2');
  h.textContent = title;
  const pre = document.createElement('pre');
  pre.className = 'diff';
  for (const part of diffLines(before, after)) {
    const span = document.createElement('span');
    span.className = part.added ? 'added' : part.removed ? 'removed' : 'same';
    span.textContent = part.value.replace(/^/gm, part.added ? '+ ' : part.removed ? '− ' : '  ');
    pre.append(span);
  }
  dialog.append(h, pre);
  // With choices to make, Escape does not dismiss the dialog: one of them must be taken.
  dialog.oncancel = actions.length > 0 ? (e) => e.preventDefault() : null;
  for (const [label, act] of actions.length > 0 ? actions : [['Close', () => undefined] as [string, () => void]]) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.addEventListener('click', () => {
      dialog.close();
      act();
    });
    dialog.append(b);
  }
  dialog.showModal();
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

function addTab(disk: DiskText): Tab {
  const tab: Tab = { file: disk.file, state: EditorState.create({ doc: disk.text ?? '', extensions: extensions(disk.file) }), base: disk.hash, saved: disk.text ?? '', conflict: null };
  tabs.set(disk.file, tab);
  return tab;
}

function renderTabs(): void {
  const nav = byId('tabs');
  nav.replaceChildren(
    ...[...tabs.values()].map((tab) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = `${tab.file}${dirty(tab) ? ' •' : ''}${tab.conflict ? ' ⚠' : ''}`;
      b.className = tab === current ? 'tab current' : 'tab';
      b.addEventListener('click', () => open(tab.file));
      return b;
    }),
  );
}

function renderOutline(): void {
  const list = byId('outline');
  list.replaceChildren(
    ...(deckJson?.stacks ?? []).flatMap((stack, h) =>
      stack.slides.map((slide, v) => {
        const li = document.createElement('li');
        li.dataset.key = `${h}/${v}`;
        li.textContent = `${v > 0 ? '↳ ' : ''}${slide.title || '(untitled)'}`;
        if (slide.notesText) li.classList.add('has-notes');
        if (diagnostics.some((d) => d.file === slide.source.file && d.line >= slide.source.line)) li.classList.add('warned');
        li.title = `${slide.source.file}:${slide.source.line}${slide.notesText ? ' · notes' : ''}`;
        li.addEventListener('click', () => jumpTo(slide.source.file, slide.source.line));
        return li;
      }),
    ),
  );
}

function renderDiagnostics(): void {
  const list = byId('diagnostics');
  list.replaceChildren(
    ...diagnostics.map((d) => {
      const li = document.createElement('li');
      li.className = d.severity;
      li.textContent = `${d.file}:${d.line}:${d.column} ${d.message} — ${d.hint}`;
      li.addEventListener('click', () => tabs.has(d.file) && jumpTo(d.file, d.line));
      return li;
    }),
  );
  if (!current) return;
  const doc = view.state.doc;
  const marks: LintDiagnostic[] = diagnostics
    .filter((d) => d.file === current!.file && d.line <= doc.lines)
    .map((d) => {
      const line = doc.line(d.line);
      const from = Math.min(line.from + Math.max(0, d.column - 1), line.to);
      return { from, to: Math.max(from, line.to), severity: d.severity, message: `${d.message}\n${d.hint}` };
    });
  view.dispatch(setDiagnostics(view.state, marks));
}

// Clicking the slide puts the cursor on its first line.
byId<HTMLIFrameElement>('preview-frame').addEventListener('load', () => {
  const frame = byId<HTMLIFrameElement>('preview-frame');
  frame.contentDocument?.addEventListener('click', (event) => {
    const section = (event.target as Element).closest?.('section[data-source-file]');
    const file = section?.getAttribute('data-source-file');
    if (file) jumpTo(file, Number(section!.getAttribute('data-source-line')));
  });
});

byId('save').addEventListener('click', () => void save());
byId('show-notes').addEventListener('change', (e) => (byId('notes').hidden = !(e.target as HTMLInputElement).checked));
byId('new-file').addEventListener('click', () => {
  const name = prompt('New file name (ends in .md):', `${String(tabs.size).padStart(2, '0')}-new.md`);
  if (!name) return;
  if (tabs.has(name)) return open(name);
  addTab({ file: name, text: '', hash: null });
  open(name);
  void save();
});
byId('rename-file').addEventListener('click', () => {
  if (!current) return;
  const from = current.file;
  const to = prompt(`Rename ${from} to:`, from);
  if (!to || to === from) return;
  void api.rename(from, to).then(
    () => {
      const tab = tabs.get(from)!;
      tabs.delete(from);
      tab.file = to;
      tabs.set(to, tab);
      renderTabs();
      void refreshDeck();
    },
    (error: Error) => status(`Not renamed: ${error.message}`),
  );
});
window.addEventListener('beforeunload', (event) => {
  if ([...tabs.values()].some(dirty)) event.preventDefault();
});

function listen(): void {
  const events = new EventSource(`${editorPaths.api}events`);
  events.addEventListener('message', (e: MessageEvent<string>) => {
    const event = JSON.parse(e.data) as EditorEvent;
    if (event.type === 'disk-changed') diskChanged(event.disk);
    if (event.type === 'draft-updated') applyBuild(event.build);
  });
}

async function start(): Promise<void> {
  const opening = JSON.parse(byId(editorOpeningElementId).textContent!) as EditorOpening;
  for (const disk of opening.files) addTab(disk);
  const first = opening.files.find((f) => /\.md$/i.test(f.file)) ?? opening.files[0];
  if (first) open(first.file);
  applyBuild(opening.build);
  listen();
  // What a crash left unsaved comes first, before any other work.
  for (const found of opening.recovered) {
    await new Promise<void>((done) =>
      showDiff(`Unsaved text of ${found.file} from ${new Date(found.at).toLocaleString()} was recovered (− on disk, + recovered)`, found.disk ?? '', found.text, [
        [
          'Restore it',
          () => {
            const tab = tabs.get(found.file) ?? addTab({ file: found.file, text: found.disk ?? '', hash: null });
            open(tab.file);
            replaceText(tab, found.text);
            changed();
            done();
          },
        ],
        ['Discard it', () => void api.edit(found.file, null).then(() => done())],
      ]),
    );
  }
}

void start().catch((error: Error) => status(`The editor could not start: ${error.message}`));
