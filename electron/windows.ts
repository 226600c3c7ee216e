// Window options (Electron's shapes) from the display layout and the remembered state; the
// layout rules themselves are src/shell/displays.ts.
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { centredIn, clampToDisplays, type DisplayInfo, type Layout, type Rect } from '../src/shell/displays.js';

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
