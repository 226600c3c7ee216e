// Where windows go, as pure functions of the displays the system reports: the projector
// vs the laptop, swap, and remembered rectangles fitted back onto the displays there are now.

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
