// The paths a sync message (sync.ts) can take between presenting windows. A
// BroadcastChannel reaches the windows of one browser profile; in browser mode the
// server relays messages to every window connected to it (a second profile, another
// browser, another screen's window), posted to the live-reload URL and received on its
// event stream as `sync` events. Both are used there: the channel keeps working if
// the server stops, and the protocol's message numbers drop what arrives twice.
import type { Channel } from './sync.js';

export const syncEventName = 'sync';

/**
 * Messages in and out through the server; `subscribe` hands over the event stream's sync
 * events, `connected` settles once that stream is open: a window's first message (its
 * hello) waits for it, or the answers would pass before it listens.
 */
export function serverChannel(url: string, subscribe: (listener: (data: string) => void) => () => void, connected: Promise<void>): Channel {
  let sending = connected;
  const send = (body: string) => fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body, cache: 'no-store' }).then(() => undefined, () => undefined);
  const channel: Channel = {
    onmessage: null,
    postMessage(message) {
      const body = JSON.stringify(message);
      // In order: a later move must not overtake an earlier one on its way to the server.
      sending = sending.then(() => send(body));
    },
    close() {
      unsubscribe();
    },
  };
  const unsubscribe = subscribe((data) => {
    let message: unknown;
    try {
      message = JSON.parse(data);
    } catch {
      return;
    }
    channel.onmessage?.({ data: message } as MessageEvent);
  });
  return channel;
}

/** One channel over several paths: posts go out on each, messages come in from each. */
export function allChannels(channels: Channel[]): Channel {
  const all: Channel = {
    onmessage: null,
    postMessage(message) {
      for (const c of channels) c.postMessage(message);
    },
    close() {
      for (const c of channels) c.close();
    },
  };
  for (const c of channels) c.onmessage = (event) => all.onmessage?.(event);
  return all;
}
