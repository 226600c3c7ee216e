// The presenter view's runtime (app/presenter.js): current and next slide as preview
// iframes of the deck page, speaker notes, n / N, stopwatch, wall clock and pace, and the
// diagnostics panel (a broken save, the deck's warnings, slides that overflow, measured
// by a third frame: the layout check). The current-slide preview is the navigation engine (its
// reveal.js decides what "next" means: fragment, vertical slide, next slide); the
// presenter relays its position to the other windows over the sync channel.
import { resolveHost, toggleDocumentFullscreen } from './browser-host.js';
import type { Command } from './commands.js';
import { DiagnosticsView } from './diagnostics-view.js';
import { ensureFonts } from './fonts.js';
import { KeyboardController } from './keyboard.js';
import { overflowDiagnostics } from './layout-check.js';
import { safeLocalStorage } from './local-storage.js';
import { NotesView } from './notes-view.js';
import { describePace, pace } from './pace.js';
import type { SlideInfo } from './preview-link.js';
import { PreviewFrame } from './preview-frame.js';
import { fetchDeckJson } from './reload.js';
import { readSettings } from './settings.js';
import type { DeckState } from './state.js';
import { openSyncChannel, SyncController } from './sync.js';
import { TalkStopwatch } from './talk-stopwatch.js';
import { formatDuration } from './timer.js';

const settings = readSettings();
// The page's own elements, found once at start: the notes panel later holds a deck's
// HTML, whose ids (a note with id='slide-number') must not stand in for ours.
const ownIds = ['black-badge', 'clock', 'current-frame', 'diagnostics', 'diagnostics-badge', 'diagnostics-hide', 'diagnostics-list', 'diagnostics-title', 'elapsed', 'layout-frame', 'end-badge', 'next-frame', 'notes', 'overview-badge', 'pace', 'slide-number', 'slide-source', 'slide-total', 'timer',
  'timer-start', 'timer-pause', 'timer-reset', 'notes-larger', 'notes-smaller'] as const;
const ownElements = new Map<string, HTMLElement | null>(ownIds.map((id) => [id, document.getElementById(id)]));
const byId = <T extends HTMLElement = HTMLElement>(id: (typeof ownIds)[number]) => ownElements.get(id) as T;

const firstSlide: DeckState = { indices: { h: 0, v: 0, f: -1 }, overview: false, paused: false };
let state: DeckState | null = null;
let slide: SlideInfo | null = null;
let atEnd = false;

const notes = new NotesView(byId('notes'));
const diagnostics = new DiagnosticsView({ panel: byId('diagnostics'), title: byId('diagnostics-title'), list: byId('diagnostics-list'), badge: byId<HTMLButtonElement>('diagnostics-badge') });
// document.title is the deck's ("Presenter · <title>"): one stopwatch per deck.
const talk = new TalkStopwatch(document.title, safeLocalStorage());
const stopwatch = talk.watch;
const host = resolveHost(settings.liveReload);

const sync = new SyncController(
  () => state,
  (remote) => {
    state = remote;
    current.send({ type: 'show', state: remote, step: 0 });
    render();
  },
  openSyncChannel(host),
);

const current = new PreviewFrame(byId<HTMLIFrameElement>('current-frame'), (message) => {
  if (message.type === 'ready') return current.send({ type: 'show', state: state ?? firstSlide, step: 0 });
  if (message.type !== 'state') return;
  // The black screen is the presenter's to keep; the preview never blacks out.
  state = { ...message.state, paused: state?.paused ?? false };
  slide = message.slide;
  talk.moved(message.state);
  notes.show(slide.notesHtml);
  next.send({ type: 'show', state: { ...message.state, overview: false, paused: false }, step: 1 });
  if (!layoutAsked) checkLayout();
  render();
  sync.changed();
});

const next = new PreviewFrame(byId<HTMLIFrameElement>('next-frame'), (message) => {
  if (message.type !== 'state') return;
  atEnd = message.end;
  render();
});

const layoutFrame = byId<HTMLIFrameElement>('layout-frame');
const layout = new PreviewFrame(layoutFrame, (message) => {
  if (message.type === 'layout') diagnostics.set('layout', overflowDiagnostics(message.extents, settings.reveal));
});
/**
 * Lays the whole deck out (a second or so of work for a long deck), so it starts only once
 * the previews show their slides and the page is idle, and again, from scratch, after a save.
 */
let layoutAsked = false;
function checkLayout(): void {
  layoutAsked = true;
  requestIdleCallback(() => (layoutFrame.src = layoutFrame.dataset.src ?? ''), { timeout: 2000 });
}

/**
 * What loading the deck on screen reported, from its deck.json. A page opened from disk
 * cannot fetch a file (its build printed these); the layout check works there too.
 */
function showDeckDiagnostics(): void {
  if (location.protocol === 'file:') return;
  fetchDeckJson().then(
    (deck) => diagnostics.set('deck', deck.diagnostics ?? []),
    (error: unknown) => console.error('presenter: deck.json:', error),
  );
}

function run(command: Command): void {
  if (command.type === 'pause') {
    if (!state) return;
    state = { ...state, paused: !state.paused };
    render();
    sync.changed();
  } else if (command.type === 'fullscreen') {
    if (host) host.toggleFullscreen();
    else toggleDocumentFullscreen();
  } else if (command.type !== 'presenter') {
    talk.keyPressed();
    current.send({ type: 'command', command });
  }
}

function render(): void {
  byId('slide-number').textContent = slide ? String(slide.n) : '–';
  byId('slide-total').textContent = slide ? String(slide.total) : '–';
  byId('slide-source').textContent = slide?.source ? `${slide.source.file}:${slide.source.line}` : '';
  byId('black-badge').hidden = !state?.paused;
  byId('end-badge').hidden = !atEnd;
  byId('overview-badge').hidden = !state?.overview;
  tick();
}

// Opened from disk, the presenter reaches only the deck windows of this browser (and
// profile); one opened anywhere else stays alone without a word. Say so when no deck
// window has answered.
const startedAt = Date.now();
const syncNotice = document.createElement('div');
syncNotice.className = 'sync-notice';
syncNotice.setAttribute('role', 'status');
syncNotice.hidden = true;
syncNotice.textContent = 'No deck window answers: this view is not following the audience. Open the deck in this browser and press S in its window to open the presenter view from there.';
document.body.prepend(syncNotice);

function tick(): void {
  talk.keep();
  syncNotice.hidden = location.protocol !== 'file:' || sync.connected || Date.now() - startedAt < 1500;
  const elapsed = stopwatch.elapsed();
  byId('elapsed').textContent = formatDuration(elapsed);
  byId('timer').dataset.running = String(stopwatch.running);
  const p = pace(elapsed, slide?.n ?? 1, slide?.total ?? 1, settings.durationMinutes);
  const paceEl = byId('pace');
  paceEl.textContent = stopwatch.running || elapsed > 0 ? describePace(p) : settings.durationMinutes > 0 ? `planned ${formatDuration(settings.durationMinutes * 60_000)}` : describePace(p);
  paceEl.dataset.pace = p.kind;
  const now = new Date();
  byId('clock').textContent = `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
}

function button(id: (typeof ownIds)[number], action: () => void): void {
  const el = byId<HTMLButtonElement>(id);
  el.addEventListener('click', () => {
    action();
    el.blur(); // Space and Enter belong to the deck, not to the last clicked button.
    tick();
  });
}

button('timer-start', () => talk.start());
button('timer-pause', () => talk.pause());
button('timer-reset', () => talk.reset());
button('notes-larger', () => notes.larger());
button('notes-smaller', () => notes.smaller());
button('diagnostics-badge', () => diagnostics.toggle());
button('diagnostics-hide', () => diagnostics.toggle());

window.addEventListener('keydown', (event) => {
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  if (event.key === '+' || event.key === '=') notes.larger();
  else if (event.key === '-' || event.key === '_') notes.smaller();
});

notes.start();
current.start();
next.start();
layout.start();
new KeyboardController(run).start();
sync.start();
host?.subscribe((event) => {
  if (event.type === 'diagnostics') return diagnostics.set('save', event.diagnostics);
  // A new deck this page was not served with (it may have been, see EventHub's lastDeck).
  if (event.version <= (settings.version ?? 0)) return;
  diagnostics.set('save', []);
  // The notes may bring characters from font chunks this page has not declared yet.
  void ensureFonts(null).catch(() => undefined);
  current.send({ type: 'reload' });
  next.send({ type: 'reload' });
  showDeckDiagnostics();
  checkLayout();
});
showDeckDiagnostics();
render();
setInterval(tick, 250);
