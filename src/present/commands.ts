// What a key (or a presenter button) asks for, independent of which window runs it.
export type Command =
  | { type: 'next' }
  | { type: 'prev' }
  | { type: 'left' }
  | { type: 'right' }
  | { type: 'up' }
  | { type: 'down' }
  | { type: 'first' }
  | { type: 'last' }
  /** Slide n, 1-based, counting every slide (vertical ones too) as the presenter shows n / N. */
  | { type: 'goto'; n: number }
  /** Enter with no number typed: leaves the overview on the selected slide. */
  | { type: 'enter' }
  | { type: 'overview' }
  /** Black screen on/off. */
  | { type: 'pause' }
  | { type: 'fullscreen' }
  | { type: 'presenter' };

export type NavigationCommand = Extract<Command, { type: 'next' | 'prev' | 'left' | 'right' | 'up' | 'down' | 'first' | 'last' | 'goto' | 'enter' | 'overview' }>;

const navigationTypes = new Set(['next', 'prev', 'left', 'right', 'up', 'down', 'first', 'last', 'goto', 'enter', 'overview']);

export function isNavigationCommand(value: unknown): value is NavigationCommand {
  if (typeof value !== 'object' || value === null) return false;
  const { type, n } = value as Record<string, unknown>;
  if (typeof type !== 'string' || !navigationTypes.has(type)) return false;
  return type !== 'goto' || (typeof n === 'number' && Number.isInteger(n) && n >= 1);
}
