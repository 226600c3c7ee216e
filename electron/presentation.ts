// The two windows of a presentation (audience and presenter): where they open, moving
// them when displays are swapped or single-screen mode changes, remembering where the
// user put them, and delivering host events to them.
import { BrowserWindow, screen, type WebContents } from 'electron';
import type { MainChannel, MainToRenderer, WindowRole } from '../src/shell/ipc-contract.js';
import { sendEvent } from './ipc/bridge.js';
import { sitePaths } from '../src/contract.js';
import { pageUrl } from '../src/shell/scheme.js';
import type { ShellState } from '../src/shell/state.js';
import { chooseDisplays, type DisplayInfo, type Layout } from '../src/shell/displays.js';
import { audienceIsFullScreen, audienceWindowOptions, presenterWindowOptions, type WindowPlan } from './windows.js';

export interface PresentationOptions {
  preload: string;
  state: ShellState;
  /** Called after the state changed (bounds, swap, single-screen), to persist it. */
  onStateChange(state: ShellState): void;
}

type ScreenRole = Exclude<WindowRole, 'print'>;

export class Presentation {
  private readonly windows: Record<ScreenRole, BrowserWindow | null> = { audience: null, presenter: null };
  private title = 'Deck';

  constructor(private readonly options: PresentationOptions) {}

  /** The role of a page's window, or undefined when it is not one of ours (IPC checks this). */
  roleOf(contents: WebContents): WindowRole | undefined {
    for (const role of ['audience', 'presenter'] as const) {
      const window = this.windows[role];
      if (window && !window.isDestroyed() && window.webContents.id === contents.id) return role;
    }
    return undefined;
  }

  private displays(): { displays: DisplayInfo[]; layout: Layout } {
    const displays = screen.getAllDisplays();
    return { displays, layout: chooseDisplays(displays, screen.getPrimaryDisplay().id, this.options.state.swapped) };
  }

  private plan(role: ScreenRole): WindowPlan {
    const { displays, layout } = this.displays();
    return { layout, displays, singleScreen: this.options.state.singleScreen, saved: this.options.state.windows[role], preload: this.options.preload, title: this.title };
  }

  /** Opens the windows for a (new) deck: the audience always, the presenter when there are two screens or in single-screen mode. */
  show(title: string): void {
    this.title = title;
    for (const window of Object.values(this.windows)) window?.setTitle(title);
    this.open('audience');
    const { layout } = this.displays();
    if (layout.external || this.options.state.singleScreen) this.open('presenter');
  }

  /** Opens a window, or reloads and focuses it when it exists. */
  open(role: ScreenRole): BrowserWindow {
    const existing = this.windows[role];
    if (existing && !existing.isDestroyed()) {
      existing.focus();
      return existing;
    }
    const plan = this.plan(role);
    const window = new BrowserWindow(role === 'audience' ? audienceWindowOptions(plan) : presenterWindowOptions(plan));
    this.windows[role] = window;
    window.once('ready-to-show', () => window.show());
    window.on('close', () => this.remember(role, window));
    window.on('closed', () => {
      if (this.windows[role] === window) this.windows[role] = null;
    });
    void window.loadURL(pageUrl(role === 'audience' ? sitePaths.page : sitePaths.presenter));
    return window;
  }

  private remember(role: ScreenRole, window: BrowserWindow): void {
    // A full-screen audience is placed by the display choice, not by where it was.
    if (window.isFullScreen() || window.isDestroyed()) return;
    this.options.state.windows[role] = window.getNormalBounds();
    this.options.onStateChange(this.options.state);
  }

  toggleFullScreen(contents?: WebContents): void {
    const window = contents ? BrowserWindow.fromWebContents(contents) : BrowserWindow.getFocusedWindow();
    window?.setFullScreen(!window.isFullScreen());
  }

  /** Blacks the audience screen with the deck's own key (B), so the deck knows it is paused. */
  blackScreen(): void {
    const contents = this.windows.audience?.webContents;
    if (!contents || contents.isDestroyed()) return;
    for (const type of ['keyDown', 'char', 'keyUp'] as const) contents.sendInputEvent({ type, keyCode: 'B' });
  }

  swapDisplays(): void {
    this.options.state.swapped = !this.options.state.swapped;
    this.options.onStateChange(this.options.state);
    this.relayout();
  }

  toggleSingleScreen(): boolean {
    this.options.state.singleScreen = !this.options.state.singleScreen;
    this.options.onStateChange(this.options.state);
    if (this.options.state.singleScreen) this.open('presenter');
    this.relayout();
    return this.options.state.singleScreen;
  }

  /** Moves open windows to where the current display choice puts them. */
  private relayout(): void {
    const audience = this.windows.audience;
    if (audience && !audience.isDestroyed()) {
      const plan = this.plan('audience');
      const options = audienceWindowOptions(plan);
      audience.setFullScreen(false);
      audience.setBounds({ x: options.x!, y: options.y!, width: options.width!, height: options.height! });
      if (audienceIsFullScreen(plan)) audience.setFullScreen(true);
    }
    const presenter = this.windows.presenter;
    if (presenter && !presenter.isDestroyed()) {
      const { layout } = this.displays();
      const options = presenterWindowOptions({ ...this.plan('presenter'), saved: undefined });
      // Only move the presenter when it is not already on the display it belongs on.
      const here = screen.getDisplayMatching(presenter.getBounds());
      if (here.id !== layout.presenter.id) presenter.setBounds({ x: options.x!, y: options.y!, width: options.width!, height: options.height! });
    }
  }

  /** Sends a host event to the given windows (both by default). */
  send<C extends MainChannel>(channel: C, payload: MainToRenderer[C], roles: readonly ScreenRole[] = ['audience', 'presenter']): void {
    for (const role of roles) {
      const window = this.windows[role];
      if (window && !window.isDestroyed()) sendEvent(window.webContents, channel, payload);
    }
  }

  /** Reloads both pages (another deck was opened: the old slide position means nothing). */
  reloadPages(): void {
    for (const window of Object.values(this.windows)) if (window && !window.isDestroyed()) window.webContents.reload();
  }

  /** The window a dialog should belong to. */
  focused(): BrowserWindow | undefined {
    return BrowserWindow.getFocusedWindow() ?? this.windows.presenter ?? this.windows.audience ?? undefined;
  }

  /** Saves the bounds of open windows (at quit, when 'close' may not fire for each). */
  rememberAll(): void {
    for (const role of ['audience', 'presenter'] as const) {
      const window = this.windows[role];
      if (window && !window.isDestroyed()) this.remember(role, window);
    }
  }
}
