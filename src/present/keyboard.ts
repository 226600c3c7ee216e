// The presenting keys, the same in the audience window and the presenter view.
// reveal.js's own keyboard is off: one map, documented in the README, so that B means
// black screen and S means presenter view in every window, and a number + Enter jumps.
import type { Command } from './commands.js';

type KeyCommand = Exclude<Command, { type: 'goto' }>['type'];

/** A key as KeyboardEvent.key names it (letters in lower case, matched in either case). */
interface Binding {
  key: string;
  /** Only with Shift held; a key without a Shift binding ignores Shift. */
  shift?: boolean;
  command: KeyCommand;
}

interface KeyGroup {
  action: string;
  bindings: readonly Binding[];
  /** How the keys are joined in the help ('→ ↓', 'Home / End', 'B or .'). */
  join: string;
  /** Shown instead of the keys, for the one binding that is a sequence. */
  label?: string;
}

/**
 * The one key table: KeyboardController looks keys up in it and the Help list is printed
 * from it, so they cannot disagree. Order is the order people learn them.
 */
export const keyGroups: readonly KeyGroup[] = [
  {
    action: 'next step (fragment, then slide); clickers send PageDown',
    join: ' ',
    bindings: [
      { key: 'ArrowRight', command: 'right' },
      { key: 'ArrowDown', command: 'down' },
      { key: ' ', command: 'next' },
      { key: 'PageDown', command: 'next' },
    ],
  },
  {
    action: 'previous step',
    join: ' ',
    bindings: [
      { key: 'ArrowLeft', command: 'left' },
      { key: 'ArrowUp', command: 'up' },
      { key: ' ', shift: true, command: 'prev' },
      { key: 'PageUp', command: 'prev' },
    ],
  },
  { action: 'first / last slide', join: ' / ', bindings: [{ key: 'Home', command: 'first' }, { key: 'End', command: 'last' }] },
  // Enter with digits typed before it jumps (see commandFor); alone it leaves the overview.
  { action: 'jump to slide n', join: '', label: 'number, then Enter', bindings: [{ key: 'Enter', command: 'enter' }] },
  { action: 'overview on/off (Enter picks the slide)', join: ' or ', bindings: [{ key: 'o', command: 'overview' }, { key: 'Escape', command: 'overview' }] },
  { action: 'black screen on/off', join: ' or ', bindings: [{ key: 'b', command: 'pause' }, { key: '.', command: 'pause' }] },
  { action: 'full screen', join: ' or ', bindings: [{ key: 'f', command: 'fullscreen' }] },
  { action: 'open the presenter view', join: ' or ', bindings: [{ key: 's', command: 'presenter' }] },
];

const keyNames: Record<string, string> = { ArrowRight: '→', ArrowLeft: '←', ArrowDown: '↓', ArrowUp: '↑', ' ': 'Space', Escape: 'Esc' };

function keyName({ key, shift }: Binding): string {
  const name = keyNames[key] ?? (key.length === 1 ? key.toUpperCase() : key);
  return shift ? `Shift+${name}` : name;
}

/** Shown in the Help menu (and the README's table); printed from the key table. */
export const shortcuts: readonly { keys: string; action: string }[] = keyGroups.map((group) => ({
  keys: group.label ?? group.bindings.map(keyName).join(group.join),
  action: group.action,
}));

const bindings = keyGroups.flatMap((group) => group.bindings);

/** The first key bound to a command, as the Help names it (the menu shows it beside the item). */
export function keyFor(command: KeyCommand): string {
  const found = bindings.find((b) => b.command === command);
  if (!found) throw new Error(`no key for ${command}`);
  return keyName(found);
}

/** The command a key asks for, digits aside; Shift matters only where the table says so. */
export function bindingFor(key: string, shift: boolean): KeyCommand | null {
  const name = key.length === 1 ? key.toLowerCase() : key;
  const found = bindings.find((b) => b.key === name && (b.shift ?? false) === shift) ?? bindings.find((b) => b.key === name && !b.shift);
  return found?.command ?? null;
}

export class KeyboardController {
  private digits = '';
  private readonly onKey = (event: KeyboardEvent) => this.handle(event);

  constructor(
    private readonly run: (command: Command) => void,
    private readonly target: Window = window,
  ) {}

  start(): void {
    this.target.addEventListener('keydown', this.onKey);
  }

  stop(): void {
    this.target.removeEventListener('keydown', this.onKey);
  }

  /** The number typed so far (shown by the presenter while typing). */
  get pending(): string {
    return this.digits;
  }

  private handle(event: KeyboardEvent): void {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    const el = event.target as HTMLElement | null;
    if (el && (el.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName))) return;
    const command = this.commandFor(event);
    if (!command) return;
    event.preventDefault();
    this.run(command);
  }

  private commandFor(event: KeyboardEvent): Command | null {
    const { key } = event;
    if (/^[0-9]$/.test(key)) {
      this.digits = (this.digits + key).slice(-4);
      return null;
    }
    const typed = this.digits;
    this.digits = '';
    const command = bindingFor(key, event.shiftKey);
    if (command === 'enter' && typed && Number(typed) >= 1) return { type: 'goto', n: Number(typed) };
    return command ? { type: command } : null;
  }
}
