// The presenting keys, the same in the audience window and the presenter view.
// reveal.js's own keyboard is off: one map, documented in the README, so that B means
// black screen and S means presenter view in every window, and a number + Enter jumps.
import type { Command } from './commands.js';

/** Shown in the README and the Help menu; the order is the order people learn them. */
export const shortcuts: readonly { keys: string; action: string }[] = [
  { keys: '→ ↓ Space PageDown', action: 'next step (fragment, then slide); clickers send PageDown' },
  { keys: '← ↑ Shift+Space PageUp', action: 'previous step' },
  { keys: 'Home / End', action: 'first / last slide' },
  { keys: 'number, then Enter', action: 'jump to slide n' },
  { keys: 'O or Esc', action: 'overview on/off (Enter picks the slide)' },
  { keys: 'B or .', action: 'black screen on/off' },
  { keys: 'F', action: 'full screen' },
  { keys: 'S', action: 'open the presenter view' },
];

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
    switch (key) {
      case 'Enter':
        return typed && Number(typed) >= 1 ? { type: 'goto', n: Number(typed) } : { type: 'enter' };
      case 'ArrowRight':
        return { type: 'right' };
      case 'ArrowLeft':
        return { type: 'left' };
      case 'ArrowDown':
        return { type: 'down' };
      case 'ArrowUp':
        return { type: 'up' };
      case ' ':
        return event.shiftKey ? { type: 'prev' } : { type: 'next' };
      case 'PageDown':
        return { type: 'next' };
      case 'PageUp':
        return { type: 'prev' };
      case 'Home':
        return { type: 'first' };
      case 'End':
        return { type: 'last' };
      case 'o':
      case 'O':
      case 'Escape':
        return { type: 'overview' };
      case 'b':
      case 'B':
      case '.':
        return { type: 'pause' };
      case 'f':
      case 'F':
        return { type: 'fullscreen' };
      case 's':
      case 'S':
        return { type: 'presenter' };
      default:
        return null;
    }
  }
}
