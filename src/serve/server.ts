// `deck serve`: the deck's site served from memory on 127.0.0.1 (random port, token,
// Host check: access.ts), rebuilt on every good save by the folder watcher and
// announced to open pages over server-sent events, the same host events the Electron
// shell sends (src/present/host.ts).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Diagnostic, Deck } from '../deck/model.js';
import { DeckError } from '../errors.js';
import { contentSecurityPolicy } from '../html/page.js';
import { buildSite, type SiteFiles } from '../site/site.js';
import { DeckWatcher, type DeckWatcherOptions } from '../watch/deck-watcher.js';
import { checkAccess, newToken } from './access.js';
import { contentType } from '../site/content-type.js';
import { EventHub } from './events.js';
import { editorPaths } from '../contract.js';
import { startEditor } from './editor-routes.js';

export interface ServeOptions {
  /** Deck folder or single-file deck. */
  path: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Seam for tests: a fixed token. */
  token?: string;
  watch?: DeckWatcherOptions;
  /** Also serve the editor (editor.html, its API and the draft site): `deck edit`. */
  editor?: { stateDir?: string };
  /** Diagnostics of every load, first one included (the CLI prints them). */
  onDiagnostics?: (diagnostics: Diagnostic[]) => void;
}

export interface DeckServer {
  port: number;
  token: string;
  /** The audience page, token included. */
  url: string;
  presenterUrl: string;
  /** The editor page, when `editor` was asked for. */
  editorUrl?: string;
  /** Settles when the first deck is built; rejects (DeckError) when there is nothing to present. */
  ready: Promise<void>;
  close(): Promise<void>;
}

const eventsPath = '/events';

export async function startDeckServer(options: ServeOptions): Promise<DeckServer> {
  const watcher = new DeckWatcher(options.path, options.watch);
  const token = options.token ?? newToken();
  const runtime = { liveReload: `events?token=${encodeURIComponent(token)}` };
  const build = (deck: Deck) => buildSite(deck, { fonts: 'chunks', runtime });
  const hub = new EventHub();
  let version = 0;
  // Requests wait for the first build: the server listens (and the URL is printed)
  // while the deck loads, so a browser opened at once is not refused.
  let announceFirst!: (site: Promise<SiteFiles>) => void;
  let site = new Promise<SiteFiles>((resolve) => (announceFirst = (first) => resolve(first)));

  function loadFirst(): Promise<void> {
    const first = watcher.start();
    options.onDiagnostics?.(first.diagnostics);
    if (!watcher.deck) {
      watcher.stop();
      const refused = Promise.reject(new DeckError('deckErrors', 'The deck has errors and nothing to present.', 'Fix the errors above and run `deck serve` again.', { file: options.path }));
      refused.catch(() => undefined);
      announceFirst(refused as Promise<SiteFiles>);
      return refused as Promise<never>;
    }
    const built = build(watcher.deck);
    announceFirst(built);
    watcher.on((event) => {
      version += 1;
      const v = version;
      options.onDiagnostics?.(event.diagnostics);
      if (event.type === 'diagnostics') return hub.send({ type: 'diagnostics', version: v, diagnostics: event.diagnostics });
      const next = build(event.deck);
      next.then(
        () => {
          if (v !== version) return; // a newer save is on its way
          site = next;
          hub.send({ type: 'deck-updated', version: v });
        },
        (error: unknown) => hub.send({ type: 'diagnostics', version: v, diagnostics: [buildFailure(error)] }),
      );
    });
    return built.then(() => undefined);
  }

  let port = 0;
  const editor = options.editor ? startEditor(options.path, options.editor, () => `http://127.0.0.1:${port}`, () => ({ title: watcher.deck?.config.title ?? 'Deck', lang: watcher.deck?.config.lang ?? 'en' })) : null;
  if (editor) watcher.on(() => editor.diskChanged());
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
    let path: string;
    try {
      path = decodeURIComponent(pathname).replace(/^\/+/, '') || 'index.html';
    } catch {
      path = '';
    }
    if (editor && (await editor.handle(path, req, res, access.setCookie ? { 'Set-Cookie': access.setCookie } : {}))) return;
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
    let files: SiteFiles;
    try {
      files = await site;
    } catch {
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
    ...(editor ? { editorUrl: `${origin}/${editorPaths.page}${query}` } : {}),
    close: async () => {
      editor?.close();
      watcher.stop();
      hub.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function buildFailure(error: unknown): Diagnostic {
  const place = error instanceof DeckError ? error.place : undefined;
  return {
    file: place?.file ?? '',
    line: place?.line ?? 1,
    column: 1,
    severity: 'error',
    code: 'site-build-failed',
    message: error instanceof Error ? error.message : String(error),
    hint: error instanceof DeckError ? error.hint : 'Save the deck again; the last good version stays on screen.',
  };
}
