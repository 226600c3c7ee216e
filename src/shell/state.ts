// The shell's small persistent state (window positions, display choice, recent decks) in
// one JSON file under app.getPath('userData'). The file is user-editable and may be from
// an older version or half-written: everything read is validated, and anything invalid
// falls back to its default instead of stopping the app.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { maxRecent } from './recent.js';
import type { Rect } from './displays.js';

export interface ShellState {
  windows: { audience?: Rect; presenter?: Rect };
  /** Audience on the primary display, presenter on the other. */
  swapped: boolean;
  singleScreen: boolean;
  /** Absolute deck paths, most recent first. */
  recent: string[];
}

export const defaultState: ShellState = { windows: {}, swapped: false, singleScreen: false, recent: [] };

const maxCoordinate = 100_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseRect(value: unknown): Rect | undefined {
  if (!isRecord(value)) return undefined;
  const { x, y, width, height } = value;
  const finite = [x, y, width, height].every((n) => typeof n === 'number' && Number.isFinite(n) && Math.abs(n) <= maxCoordinate);
  if (!finite) return undefined;
  if ((width as number) < 200 || (height as number) < 150) return undefined;
  return { x: Math.round(x as number), y: Math.round(y as number), width: Math.round(width as number), height: Math.round(height as number) };
}

/** Any JSON text → a valid state; unknown keys are dropped, bad values take their defaults. */
export function parseState(text: string): ShellState {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return structuredClone(defaultState);
  }
  if (!isRecord(raw)) return structuredClone(defaultState);
  const windows = isRecord(raw.windows) ? raw.windows : {};
  const audience = parseRect(windows.audience);
  const presenter = parseRect(windows.presenter);
  const recent = Array.isArray(raw.recent) ? raw.recent.filter((p): p is string => typeof p === 'string' && p.length > 0 && p.length < 4096) : [];
  return {
    windows: { ...(audience ? { audience } : {}), ...(presenter ? { presenter } : {}) },
    swapped: raw.swapped === true,
    singleScreen: raw.singleScreen === true,
    recent: [...new Set(recent)].slice(0, maxRecent),
  };
}

export function loadState(file: string): ShellState {
  try {
    return parseState(readFileSync(file, 'utf8'));
  } catch {
    return structuredClone(defaultState);
  }
}

/** Written to a temporary file and renamed over, so a crash mid-write leaves the old state. */
export function saveState(file: string, state: ShellState): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(temporary, file);
}
