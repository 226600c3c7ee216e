// What the deck page and presenter page can ask of whatever hosts them. In Electron the
// preload script provides it (window.deckHost, through contextBridge); in browser mode
// (`deck serve`) src/present/browser-host.ts provides it over server-sent events; a
// deck opened from disk has no host at all, and the runtime must work without one.
import type { HostEvent } from '../contract.js';

export type { HostEvent };

export interface DeckHost {
  /** Subscribes to host events; returns the unsubscribe function. */
  subscribe(listener: (event: HostEvent) => void): () => void;
  /** Opens (or focuses) the presenter view. */
  openPresenter(): void;
  /** Toggles full screen of the window the call comes from. */
  toggleFullscreen(): void;
}

declare global {
  interface Window {
    /** Present only when hosted by the Electron shell. */
    deckHost?: DeckHost;
  }
}
