// Server-sent events to every open page: the browser-mode transport of host events
// (src/present/host.ts) and of the presenting windows' sync messages. A page that
// connects while the deck is broken is told at once.
import type { ServerResponse } from 'node:http';
import type { HostEvent } from '../contract.js';
import { syncEventName } from '../present/sync-channels.js';

export class EventHub<E extends { type: string } = HostEvent> {
  private readonly clients = new Set<ServerResponse>();
  private standing: E | null = null;
  /**
   * The last new deck, told again to each page that connects: a page served before it
   * and connected after it (a page loads between the two) would miss it. A page knows
   * its own version (RuntimeSettings.version) and ignores one it already shows.
   */
  private lastDeck: E | null = null;

  connect(res: ServerResponse): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    res.socket?.setNoDelay(true);
    res.write('retry: 500\n\n');
    if (this.lastDeck) res.write(frame(this.lastDeck));
    if (this.standing) res.write(frame(this.standing));
    this.clients.add(res);
    res.on('close', () => this.clients.delete(res));
  }

  send(event: E): void {
    // Diagnostics stand until the next good deck; a good deck needs no replay.
    this.standing = event.type === 'diagnostics' ? event : null;
    if (event.type === 'deck-updated') this.lastDeck = event;
    const data = frame(event);
    for (const res of this.clients) res.write(data);
  }

  /** Passes a presenting window's sync message to every page (src/present/sync-channels.ts). */
  relay(message: object): void {
    const data = `event: ${syncEventName}\ndata: ${JSON.stringify(message)}\n\n`;
    for (const res of this.clients) res.write(data);
  }

  get size(): number {
    return this.clients.size;
  }

  close(): void {
    for (const res of this.clients) res.end();
    this.clients.clear();
  }
}

function frame(event: { type: string }): string {
  return `data: ${JSON.stringify(event)}\n\n`;
}
