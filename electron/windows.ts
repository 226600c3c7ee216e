// Window options as pure functions of the displays and the remembered state, so the
// layout rules (projector vs laptop, single-screen mode, swap) are tested without Electron.
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The part of Electron's Display the layout needs. */
export interface DisplayInfo {
  id: number;
  bounds: Rect;
  workArea: Rect;
}

export interface Layout {
  /** Where the deck is shown: the external display when there is one. */
  audience: DisplayInfo;
  /** Where the presenter view is shown: the primary (laptop) display. */
  presenter: DisplayInfo;
  /** True when audience and presenter are on different displays. */
  external: boolean;
}

/**
 * The audience goes to the largest display that is not the primary one (the projector);
 * the presenter stays on the primary. `swapped` exchanges them, for the setups where the
 * OS made the projector primary.
 */
export function chooseDisplays(displays: readonly DisplayInfo[], primaryId: number, swapped: boolean): Layout {
  const primary = displays.find((d) => d.id === primaryId) ?? displays[0];
  if (!primary) throw new Error('no display reported by the system');
  const area = (d: DisplayInfo): number => d.bounds.width * d.bounds.height;
  const others = displays.filter((d) => d.id !== primary.id).sort((a, b) => area(b) - area(a));
  const external = others[0];
  if (!external) return { audience: primary, presenter: primary, external: false };
  return swapped ? { audience: primary, presenter: external, external: true } : { audience: external, presenter: primary, external: true };
}

/**
 * The same three settings, stated in every window, whatever Electron's defaults: a page
 * gets no Node, its preload runs isolated and sandboxed.
 */
export function secureWebPreferences(preload: string | undefined): WebPreferences {
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // Middle-click would otherwise try to open links in new windows (denied anyway).
    disableBlinkFeatures: 'Auxclick',
    spellcheck: false,
    ...(preload ? { preload } : {}),
  };
}

function area(r: Rect): number {
  return Math.max(0, r.width) * Math.max(0, r.height);
}

function intersection(a: Rect, b: Rect): Rect {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  return { x, y, width: Math.min(a.x + a.width, b.x + b.width) - x, height: Math.min(a.y + a.height, b.y + b.height) - y };
}

/**
 * A remembered window rectangle moved and shrunk to fit the display it mostly lies on.
 * null when it lies on no current display (the monitor it was on is gone).
 */
export function clampToDisplays(rect: Rect, displays: readonly DisplayInfo[]): Rect | null {
  let best: DisplayInfo | undefined;
  let bestArea = 0;
  for (const d of displays) {
    const overlap = area(intersection(rect, d.workArea));
    if (overlap > bestArea) {
      bestArea = overlap;
      best = d;
    }
  }
  if (!best) return null;
  const wa = best.workArea;
  const width = Math.min(rect.width, wa.width);
  const height = Math.min(rect.height, wa.height);
  const x = Math.min(Math.max(rect.x, wa.x), wa.x + wa.width - width);
  const y = Math.min(Math.max(rect.y, wa.y), wa.y + wa.height - height);
  return { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) };
}

/** A window of `size` centred in the display's work area (shrunk if it does not fit). */
export function centredIn(display: DisplayInfo, size: { width: number; height: number }): Rect {
  const wa = display.workArea;
  const width = Math.min(size.width, wa.width);
  const height = Math.min(size.height, wa.height);
  return { x: Math.round(wa.x + (wa.width - width) / 2), y: Math.round(wa.y + (wa.height - height) / 2), width, height };
}

export interface WindowPlan {
  layout: Layout;
  displays: readonly DisplayInfo[];
  /** Presenter view in its own window and the audience as a normal window, for video calls. */
  singleScreen: boolean;
  /** Remembered bounds of this window, if any (validated by state.ts, clamped here). */
  saved: Rect | undefined;
  preload: string;
  title: string;
}

const audienceSize = { width: 1280, height: 760 };
const presenterSize = { width: 1280, height: 800 };

/** True when the audience window should cover the projector. */
export function audienceIsFullScreen(plan: Pick<WindowPlan, 'layout' | 'singleScreen'>): boolean {
  return plan.layout.external && !plan.singleScreen;
}

export function audienceWindowOptions(plan: WindowPlan): BrowserWindowConstructorOptions {
  const fullscreen = audienceIsFullScreen(plan);
  const bounds = fullscreen
    ? plan.layout.audience.bounds
    : (plan.saved && clampToDisplays(plan.saved, plan.displays)) ?? centredIn(plan.layout.audience, audienceSize);
  return {
    ...bounds,
    title: plan.title,
    fullscreen,
    backgroundColor: '#000000',
    show: false,
    autoHideMenuBar: fullscreen,
    webPreferences: secureWebPreferences(plan.preload),
  };
}

export function presenterWindowOptions(plan: WindowPlan): BrowserWindowConstructorOptions {
  const bounds = (plan.saved && clampToDisplays(plan.saved, plan.displays)) ?? centredIn(plan.layout.presenter, presenterSize);
  return {
    ...bounds,
    title: `${plan.title} — Presenter`,
    fullscreen: false,
    backgroundColor: '#111111',
    show: false,
    webPreferences: secureWebPreferences(plan.preload),
  };
}

/** The hidden window that prints PDF pages: no preload, the page needs no host. */
export function printWindowOptions(size: { width: number; height: number }): BrowserWindowConstructorOptions {
  return { width: size.width, height: size.height, show: false, webPreferences: secureWebPreferences(undefined) };
}
