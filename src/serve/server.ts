// `deck serve`: the deck's site served from memory on 127.0.0.1 (random port, token,
// Host check: access.ts), kept current by the live deck (src/live) and every change
// announced to open pages over server-sent events, the same host events the Electron
// shell sends (src/present/host.ts).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Diagnostic } from '../deck/model.js';
import { DeckError } from '../errors.js';
import { contentSecurityPolicy } from '../html/page.js';
import { LiveDeck } from '../live/live-deck.js';
import type { DeckWatcherOptions } from '../watch/deck-watcher.js';
import { checkAccess, newToken } from './access.js';
import { contentType } from '../site/content-type.js';
import { EventHub } from './events.js';

export interface ServeOptions {
  /** Deck folder or single-file deck. */
  path: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Seam for tests: a fixed token. */
  token?: string;
  watch?: DeckWatcherOptions;
  /** Diagnostics of every load, first one included (the CLI prints them). */
  onDiagnostics?: (diagnostics: Diagnostic[]) => void;
}

export interface DeckServer {
  port: number;
  token: string;
  /** The audience page, token included. */
  url: string;
  presenterUrl: string;
  /** Settles when the first deck is built; rejects (DeckError) when there is nothing to present. */
  ready: Promise<void>;
  close(): Promise<void>;
}

const eventsPath = '/events';

export async function startDeckServer(options: ServeOptions): Promise<DeckServer> {
  const token = options.token ?? newToken();
  const live = new LiveDeck({ site: { fonts: 'chunks', runtime: { liveReload: `events?token=${encodeURIComponent(token)}` } }, watch: options.watch });
  const hub = new EventHub();
  // Requests wait for the first build: the server listens (and the URL is printed)
  // while the deck loads, so a browser opened at once is not refused.
  let announceFirst!: (opened: boolean) => void;
  const first = new Promise<boolean>((resolve) => (announceFirst = resolve));

  async function loadFirst(): Promise<void> {
    live.on((event) => {
      if (event.type === 'opened') return;
      options.onDiagnostics?.(event.diagnostics);
      if (event.type === 'updated') hub.send({ type: 'deck-updated', version: event.version });
      // Warnings of a good deck, and the errors of a broken save, are the presenter's to show.
      if (event.diagnostics.length > 0 || event.type === 'diagnostics') hub.send({ type: 'diagnostics', version: event.version, diagnostics: event.diagnostics });
    });
    const opened = await live.open(options.path);
    options.onDiagnostics?.(opened.diagnostics);
    announceFirst(opened.ok);
    if (!opened.ok) throw new DeckError('deckErrors', 'The deck has errors and nothing to present.', 'Fix the errors above and run `deck serve` again.', { file: options.path });
  }

  let port = 0;
  const server = createServer({ noDelay: true }, (req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const access = checkAccess({ host: req.headers.host, url: req.url ?? '/', cookie: req.headers.cookie }, { token, port });
    if (!access.allowed) {
      res.writeHead(access.status, { 'Content-Type': 'text/plain; charset=utf-8' });
      return void res.end(`${access.reason}\n`);
    }
    const pathname = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    if (pathname === eventsPath && req.method === 'POST') return relaySync(req, res, hub);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' });
      return void res.end();
    }
    const headers: Record<string, string> = {
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Content-Security-Policy': contentSecurityPolicy,
    };
    if (access.setCookie) headers['Set-Cookie'] = access.setCookie;
    if (pathname === eventsPath) {
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      return hub.connect(res);
    }
    let path: string;
    try {
      path = decodeURIComponent(pathname).replace(/^\/+/, '') || 'index.html';
    } catch {
      path = '';
    }
    const files = (await first) ? live.site : null;
    if (!files) {
      res.writeHead(503, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      return void res.end('The deck has errors and nothing to present; see the terminal.\n');
    }
    const body = files.get(path);
    if (body === undefined) {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      return void res.end('Not found\n');
    }
    res.writeHead(200, { ...headers, 'Content-Type': contentType(path), 'Content-Length': String(Buffer.byteLength(body)) });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  // The deck loads after this returns, while the URL is printed and a browser connects.
  const ready = new Promise((resolve) => setImmediate(resolve)).then(loadFirst);
  ready.catch(() => undefined);
  const origin = `http://127.0.0.1:${port}`;
  const query = `?token=${encodeURIComponent(token)}`;
  return {
    port,
    token,
    url: `${origin}/${query}`,
    presenterUrl: `${origin}/presenter.html${query}`,
    ready,
    close: async () => {
      live.close();
      hub.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A sync message is a few hundred bytes; anything much larger is not one. */
const maxSyncBytes = 8192;

/**
 * A presenting window's sync message (src/present/sync.ts), passed on to every page on
 * the event stream: so windows of different browser profiles, or browsers, follow each
 * other. Only the pages' own requests: same origin (a page elsewhere cannot send its
 * Origin as ours), JSON, small. The message itself is checked by the pages that get it.
 */
function relaySync(req: IncomingMessage, res: ServerResponse, hub: EventHub): void {
  const refuse = (status: number) => {
    res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end();
  };
  if (req.headers.origin !== `http://${req.headers.host}` || !/^application\/json\b/.test(req.headers['content-type'] ?? '')) return refuse(403);
  const chunks: Buffer[] = [];
  let size = 0;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size > maxSyncBytes) {
      refuse(413);
      req.destroy();
    } else chunks.push(chunk);
  });
  req.on('end', () => {
    if (res.headersSent) return;
    let message: unknown;
    try {
      message = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch {
      return refuse(400);
    }
    if (typeof message !== 'object' || message === null || Array.isArray(message)) return refuse(400);
    hub.relay(message);
    res.writeHead(204, { 'Cache-Control': 'no-store' });
    res.end();
  });
}
