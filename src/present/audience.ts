// The deck page's runtime (app/deck.js): boots reveal.js with the settings the page
// carries, then starts the controllers of the page's role:
//  - audience: keyboard, window sync, live reload, presenter and full-screen keys;
//  - preview:  an iframe of the presenter view, no controls, driven by its parent;
//  - print:    the PDF exporter's view (print.ts); nothing interactive. Framed by the
//              presenter view as the layout check, it reports how far each slide runs
//              past its frame (layout-check.ts) to the presenter once it is laid out.
import Reveal from 'reveal.js';
import type { RevealApi } from 'reveal.js';
import { layoutCheckParam, printReadyProperty, type PrintReadyWindow, type SourcePosition } from '../contract.js';
import { openPresenterWindow, resolveHost, toggleDocumentFullscreen } from './browser-host.js';
import { prepareSlides } from './prepare.js';
import type { Command } from './commands.js';
import { KeyboardController } from './keyboard.js';
import { measureSlides } from './layout-check.js';
import { fromPreview, isFrom, parseToPreview, postTo, type FromPreview } from './preview-link.js';
import './print.js';
import { ReloadController } from './reload.js';
import { applyState, onMove, position, runNavigation, stateOf } from './reveal-driver.js';
import { readSettings, roleOf } from './settings.js';
import { ShrinkToFit } from './shrink-to-fit.js';
import { servedSlides } from './slide-patch.js';
import { sameState } from './state.js';
import { openSyncChannel, SyncController } from './sync.js';

const settings = readSettings();
const role = roleOf(settings);
// As served, before reveal.js adds its classes: live reload patches only what changed since.
const served = servedSlides(document.querySelector('.reveal .slides'), settings.slideHashes);

const previewConfig = {
  controls: false,
  progress: false,
  keyboard: false,
  hash: false,
  history: false,
  slideNumber: false,
  touch: false,
  mouseWheel: false,
  autoPlayMedia: false,
  transition: 'none',
  backgroundTransition: 'none',
} as const;

const deck = new Reveal({
  ...settings.reveal,
  ...(role === 'audience' ? { keyboard: false } : {}),
  // Print pages show no controls and take no input either: skipping them (and the URL
  // hash, which print never reads) is start-up work the PDF export no longer waits for.
  ...(role === 'preview' || role === 'print' ? previewConfig : {}),
});
const fitter = new ShrinkToFit(deck, settings.shrinkToFit);
// Before reveal.js lays out its print view (on the window's load), which is what it waits for.
if (role === 'print') fitter.startPrint();
// Diagrams and fitted headings first: reveal.js then lays out (and the print view copies) finished slides.
void prepareSlides(document, settings.reveal)
  .catch((error: unknown) => console.error('preparing slides:', error))
  .then(() => deck.initialize())
  .then(() => {
    if (role !== 'print') fitter.startScreen();
    if (role === 'audience') startAudience(deck);
    if (role === 'preview') startPreview(deck);
  });
if (role === 'print' && new URLSearchParams(location.search).has(layoutCheckParam) && window.parent !== window) {
  // Once laid out, with its fonts loaded (print.ts): the sizes are then the final ones.
  void (window as PrintReadyWindow)[printReadyProperty]?.then(() => postTo(window.parent, fromPreview({ type: 'layout', extents: measureSlides() })));
}

function startAudience(reveal: RevealApi): void {
  const host = resolveHost(settings.liveReload);
  const sync = new SyncController(
    () => stateOf(reveal),
    (state) => applyState(reveal, state),
    openSyncChannel(host),
  );
  const reload = new ReloadController(reveal, served, () => fitter.fit());
  const run = (command: Command): void => {
    if (command.type === 'pause') reveal.togglePause();
    else if (command.type === 'fullscreen') (host ? host.toggleFullscreen() : toggleDocumentFullscreen());
    else if (command.type === 'presenter') (host ? host.openPresenter() : settings.presenter === false ? sayNoPresenter() : openPresenterWindow());
    else runNavigation(reveal, command);
  };
  // Black means black: the projector shows no "Resume presentation" button; B resumes.
  reveal.getRevealElement()?.querySelector('.pause-overlay .resume-button')?.remove();
  onMove(reveal, () => sync.changed());
  new KeyboardController(run).start();
  sync.start();
  // Diagnostics are for the presenter only: the audience keeps the last good deck.
  host?.subscribe((event) => {
    if (event.type === 'deck-updated' && event.version > (settings.version ?? 0)) void reload.reload();
  });
}

/** A single-file deck has no presenter page to open: a note for a few seconds says where to find one. */
function sayNoPresenter(): void {
  const note = document.createElement('div');
  note.setAttribute('role', 'status');
  note.textContent = 'This single-file deck has no presenter view: present the folder from `deck build`, or `deck serve`, for one.';
  Object.assign(note.style, { position: 'fixed', left: '50%', bottom: '24px', transform: 'translateX(-50%)', zIndex: '100', padding: '10px 16px', borderRadius: '6px', background: 'rgba(20, 20, 20, 0.88)', color: '#fff', font: '15px/1.4 sans-serif' });
  document.body.append(note);
  setTimeout(() => note.remove(), 4000);
}

/** The slide's source position, from the attributes src/html/page.ts writes. */
function sourceOf(slide: HTMLElement | undefined): SourcePosition | null {
  const file = slide?.dataset.sourceFile;
  const line = Number(slide?.dataset.sourceLine);
  return file !== undefined && Number.isInteger(line) && line >= 1 ? { file, line } : null;
}

function startPreview(reveal: RevealApi): void {
  const parentWindow = window.parent;
  const post = (message: FromPreview) => postTo(parentWindow, message);
  let lastEnd = false;
  const report = (end = lastEnd) => {
    lastEnd = end;
    const current = reveal.getCurrentSlide();
    const { n, total } = position(reveal);
    post(
      fromPreview({
        type: 'state',
        state: stateOf(reveal),
        end,
        slide: {
          n,
          total,
          notesHtml: current?.querySelector('aside.notes')?.innerHTML ?? '',
          source: sourceOf(current),
          extent: current ? (measureSlides([current])[0] ?? null) : null,
        },
      }),
    );
  };
  const reload = new ReloadController(reveal, served, () => {
    fitter.fit();
    report();
  });
  window.addEventListener('message', (event) => {
    if (!isFrom(event, parentWindow)) return;
    const message = parseToPreview(event.data);
    if (!message) return;
    if (message.type === 'reload') return void reload.reload();
    if (message.type === 'patch') return void reload.patch(message.slides, message.fonts);
    if (message.type === 'command') {
      runNavigation(reveal, message.command);
      return report(false);
    }
    applyState(reveal, message.state, false);
    if (message.step === 0) return report(false);
    const before = stateOf(reveal);
    reveal.next();
    report(sameState(before, stateOf(reveal)));
  });
  // A font that arrives late changes how the slide fits: measured again.
  document.fonts.addEventListener('loadingdone', () => report());
  post(fromPreview({ type: 'ready' }));
}
