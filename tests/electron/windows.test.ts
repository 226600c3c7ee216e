import { describe, expect, test, vi } from 'vitest';

vi.mock('electron', () => ({}));

const { audienceWindowOptions, presenterWindowOptions, printWindowOptions } = await import('../../electron/windows.js');
const { chooseDisplays, clampToDisplays } = await import('../../src/shell/displays.js');
type DisplayInfo = import('../../src/shell/displays.js').DisplayInfo;
type WindowPlan = import('../../electron/windows.js').WindowPlan;

function display(id: number, x: number, width: number, height: number): DisplayInfo {
  return { id, bounds: { x, y: 0, width, height }, workArea: { x, y: 25, width, height: height - 25 } };
}
const laptop = display(1, 0, 1440, 900);
const projector = display(2, 1440, 1920, 1080);
const smallMonitor = display(3, -1024, 1024, 768);

function plan(displays: DisplayInfo[], overrides: Partial<WindowPlan> = {}): WindowPlan {
  return { layout: chooseDisplays(displays, 1, false), displays, singleScreen: false, saved: undefined, preload: '/app/preload.cjs', title: 'Deck', ...overrides };
}

describe('every window is locked down, stated explicitly', () => {
  const windows = {
    'audience, two screens': audienceWindowOptions(plan([laptop, projector])),
    'audience, one screen': audienceWindowOptions(plan([laptop])),
    'presenter, two screens': presenterWindowOptions(plan([laptop, projector])),
    'presenter, single-screen mode': presenterWindowOptions(plan([laptop], { singleScreen: true })),
    'print (hidden)': printWindowOptions({ width: 1280, height: 720 }),
  };
  test.each(Object.entries(windows))('%s', (_name, options) => {
    expect(options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false, allowRunningInsecureContent: false, disableBlinkFeatures: 'Auxclick' });
    expect(options.webPreferences).toHaveProperty('contextIsolation');
    expect(options.webPreferences).toHaveProperty('sandbox');
    expect(options.webPreferences).toHaveProperty('nodeIntegration');
  });
  test('the print window gets no preload: the print view needs no host', () => {
    expect(windows['print (hidden)'].webPreferences).not.toHaveProperty('preload');
    expect(windows['audience, one screen'].webPreferences?.preload).toBe('/app/preload.cjs');
  });
});

describe('choosing displays', () => {
  test('the audience goes to the projector, the presenter stays on the laptop', () => {
    const layout = chooseDisplays([laptop, projector], 1, false);
    expect(layout).toMatchObject({ audience: { id: 2 }, presenter: { id: 1 }, external: true });
  });
  test('with several externals, the largest one gets the audience', () => {
    expect(chooseDisplays([smallMonitor, laptop, projector], 1, false).audience.id).toBe(2);
  });
  test('swap exchanges them', () => {
    expect(chooseDisplays([laptop, projector], 1, true)).toMatchObject({ audience: { id: 1 }, presenter: { id: 2 }, external: true });
  });
  test('one display: both on it, not external', () => {
    expect(chooseDisplays([laptop], 1, false)).toMatchObject({ audience: { id: 1 }, presenter: { id: 1 }, external: false });
  });
  test('an unknown primary id falls back to the first display', () => {
    expect(chooseDisplays([laptop, projector], 99, false).presenter.id).toBe(1);
  });
});

describe('window placement', () => {
  test('two screens: the audience is full screen on the projector', () => {
    const options = audienceWindowOptions(plan([laptop, projector]));
    expect(options).toMatchObject({ fullscreen: true, x: 1440, y: 0, width: 1920, height: 1080 });
  });
  test('one screen: the audience is a normal window on it', () => {
    const options = audienceWindowOptions(plan([laptop]));
    expect(options.fullscreen).toBe(false);
    expect(options.x! >= 0 && options.x! + options.width! <= 1440).toBe(true);
  });
  test('single-screen mode: the audience is a normal window even with a projector', () => {
    expect(audienceWindowOptions(plan([laptop, projector], { singleScreen: true })).fullscreen).toBe(false);
  });
  test('the presenter opens on the laptop', () => {
    const options = presenterWindowOptions(plan([laptop, projector]));
    expect(options.x! >= 0 && options.x! + options.width! <= 1440).toBe(true);
    expect(options.fullscreen).toBe(false);
  });
  test('a remembered position is used when its display still exists', () => {
    const saved = { x: 100, y: 100, width: 800, height: 600 };
    expect(presenterWindowOptions(plan([laptop, projector], { saved }))).toMatchObject(saved);
  });
  test('a remembered position on a display that is gone is dropped', () => {
    const options = presenterWindowOptions(plan([laptop], { saved: { x: 5000, y: 100, width: 800, height: 600 } }));
    expect(options.x! + options.width!).toBeLessThanOrEqual(1440);
  });
});

describe('clamping remembered bounds', () => {
  test('a window hanging off the edge is moved inside the work area', () => {
    expect(clampToDisplays({ x: 1000, y: -50, width: 800, height: 600 }, [laptop])).toEqual({ x: 640, y: 25, width: 800, height: 600 });
  });
  test('a window larger than the display is shrunk to it', () => {
    expect(clampToDisplays({ x: 0, y: 0, width: 4000, height: 3000 }, [laptop])).toEqual({ x: 0, y: 25, width: 1440, height: 875 });
  });
  test('a window mostly on the projector is kept there', () => {
    expect(clampToDisplays({ x: 1400, y: 100, width: 800, height: 600 }, [laptop, projector])).toEqual({ x: 1440, y: 100, width: 800, height: 600 });
  });
  test('a window on no display is null', () => {
    expect(clampToDisplays({ x: 9000, y: 9000, width: 800, height: 600 }, [laptop, projector])).toBeNull();
  });
});
