// Keeps every presenting window of one deck on the same slide: the audience window and
// the presenter view (either can drive), over a BroadcastChannel, which only reaches
// windows of the same origin and browser profile, and in browser mode also through the
// server (sync-channels.ts), which reaches any window on the machine. The presenter's
// preview iframes are not on the channel; their parent drives them (preview-link.ts).
//
// The protocol, version 1:
//  1. Each presenting window opens the channel `deck-sync` and makes up a random id.
//  2. When it is ready it posts {type:'hello'}; it does not post its own state, so a
//     window that opens late (or reloads) joins the talk where it is instead of pulling
//     everyone back to its first slide.
//  3. A window that knows where the talk is answers a hello with {type:'state'}.
//  4. When the user moves in a window (slide, fragment, overview, black screen), that
//     window posts {type:'state', state} — only if the state differs from the last state
//     seen on the channel (sent or received).
//  5. A window that receives a state records it as the last state seen, then applies it:
//     it goes to the slide the state names (state.slide, its source identity) and, when
//     its deck has no such slide, to the indices. Two windows a live reload apart (one
//     has the new deck, one not yet) so still show the same slide.
//     The events its own reveal.js fires while applying produce that same state, so step 4
//     posts nothing back: there is no echo loop.
//  6. Every incoming message is checked field by field; anything else (another version,
//     a malformed state, its own id) is ignored.
//  7. Each window numbers its messages (`seq`); a message that arrives by a second path,
//     or after a later one from the same window, is ignored.
import { isDeckState, sameState, type DeckState } from './state.js';

export const syncProtocolVersion = 1;
export const syncChannelName = 'deck-sync';

export type SyncMessage =
  | { version: typeof syncProtocolVersion; type: 'hello'; from: string; seq?: number }
  | { version: typeof syncProtocolVersion; type: 'state'; from: string; seq?: number; state: DeckState };

export function parseSyncMessage(data: unknown): SyncMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.version !== syncProtocolVersion || typeof m.from !== 'string' || m.from.length === 0 || m.from.length > 64) return null;
  if (m.seq !== undefined && !(typeof m.seq === 'number' && Number.isSafeInteger(m.seq) && m.seq >= 0)) return null;
  const seq = m.seq === undefined ? {} : { seq: m.seq };
  if (m.type === 'hello') return { version: syncProtocolVersion, type: 'hello', from: m.from, ...seq };
  if (m.type === 'state' && isDeckState(m.state)) {
    const { indices, overview, paused, slide } = m.state;
    const state: DeckState = { indices: { ...indices }, overview, paused };
    if (slide) state.slide = { file: slide.file, ordinal: slide.ordinal, label: slide.label };
    return { version: syncProtocolVersion, type: 'state', from: m.from, ...seq, state };
  }
  return null;
}

/** The subset of BroadcastChannel the controller uses (a seam for tests). */
export interface Channel {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent) => void) | null;
  close(): void;
}

/** The widest channel the host offers, else a BroadcastChannel (the app's windows, a deck opened from disk). */
export function openSyncChannel(host: { openSyncChannel?(): Channel } | null): () => Channel {
  return () => host?.openSyncChannel?.() ?? new BroadcastChannel(syncChannelName);
}

export class SyncController {
  private readonly id = Math.random().toString(36).slice(2, 12);
  private lastSeen: DeckState | null = null;
  private channel: Channel | null = null;
  private seq = 0;
  /** The last message number seen from each other window (-1: one without numbers). */
  private readonly seen = new Map<string, number>();

  /**
   * @param current where this window is now, or null while it does not know yet
   * @param apply moves this window to a state received from another window
   */
  constructor(
    private readonly current: () => DeckState | null,
    private readonly apply: (state: DeckState) => void,
    private readonly openChannel: () => Channel = () => new BroadcastChannel(syncChannelName),
  ) {}

  start(): void {
    this.channel = this.openChannel();
    this.channel.onmessage = (event) => this.receive(event.data);
    this.post({ version: syncProtocolVersion, type: 'hello', from: this.id, seq: this.seq++ });
  }

  stop(): void {
    this.channel?.close();
    this.channel = null;
  }

  /** Whether another presenting window has been heard from. */
  get connected(): boolean {
    return this.seen.size > 0;
  }

  /** Step 4: call after any local change. */
  changed(): void {
    const state = this.current();
    if (state === null || sameState(state, this.lastSeen)) return;
    this.lastSeen = state;
    this.post({ version: syncProtocolVersion, type: 'state', from: this.id, seq: this.seq++, state });
  }

  private receive(data: unknown): void {
    const message = parseSyncMessage(data);
    if (!message || message.from === this.id) return;
    if (message.seq !== undefined && message.seq <= (this.seen.get(message.from) ?? -1)) return;
    this.seen.set(message.from, message.seq ?? -1);
    if (message.type === 'hello') {
      const state = this.current();
      if (state) this.post({ version: syncProtocolVersion, type: 'state', from: this.id, seq: this.seq++, state });
      return;
    }
    this.lastSeen = message.state;
    if (!sameState(message.state, this.current())) this.apply(message.state);
  }

  private post(message: SyncMessage): void {
    this.channel?.postMessage(message);
  }
}
