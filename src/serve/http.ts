// Browser mode's HTTP plumbing: a server on 127.0.0.1 that lets through only the user's
// browser on this machine (access.ts), answers site files with the shared site request
// handler (src/site/request.ts), and hands the event stream to whoever feeds it. What is
// served and when it changes is the caller's business (server.ts: watch, build, reload).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { DeckError } from '../errors.js';
import { answerSiteRequest, refusal, siteHeaders, type SiteLookup, type SiteResponse } from '../site/request.js';
import { checkAccess, newSecret } from './access.js';

// required, not imported: an ES-module import of node:http builds its export facade,
// reading every export, and one of them loads Node's fetch implementation (undici):
// ~50 ms of CPU before `deck serve` can answer.
const { createServer } = createRequire(import.meta.url)('node:http') as typeof import('node:http');

/** The event stream's path below the secret; the pages ask for it relative to themselves. */
export const eventsPath = 'events';

export interface SiteServerOptions {
  /** 0 picks a free port. */
  port: number;
  /** Seam for tests: a fixed secret. */
  secret?: string;
  /** The files to serve now; a rejected promise is answered 503 with `unavailable`. */
  site: () => Promise<SiteLookup>;
  /** Why the site is unavailable, for the 503 page. */
  unavailable: string;
  /** An event-stream client connected (GET <secret>/events). */
  onEvents: (response: ServerResponse) => void;
  /** Routes of the caller's own below the secret (the editor's API and pages), tried before the site; true when answered. */
  routes?: (path: string, request: IncomingMessage, response: ServerResponse) => Promise<boolean>;
}

export interface SiteServer {
  port: number;
  secret: string;
  /** Full URL of a site path, e.g. url('presenter.html'). */
  url(path?: string): string;
  close(): Promise<void>;
}

function send(res: ServerResponse, answer: SiteResponse): void {
  res.writeHead(answer.status, answer.headers);
  res.end(answer.body ?? undefined);
}

/** Why the port cannot be had, as the user can act on it. */
function listenError(error: NodeJS.ErrnoException, port: number): DeckError {
  if (error.code === 'EADDRINUSE') return new DeckError('usage', `Port ${port} on 127.0.0.1 is already in use by another program.`, 'Choose another port with --port <n>, or leave --port out to pick a free one.');
  if (error.code === 'EACCES') return new DeckError('usage', `Port ${port} on 127.0.0.1 may not be used by this user.`, 'Choose a port above 1023 with --port <n>, or leave --port out to pick a free one.');
  return new DeckError('io', `Cannot listen on 127.0.0.1:${port}: ${error.message}.`, 'Choose another port with --port <n>, or leave --port out to pick a free one.');
}

/** Listens on 127.0.0.1 and returns once the port is bound; a port that cannot be had is a DeckError. */
export async function listenSite(options: SiteServerOptions): Promise<SiteServer> {
  const secret = options.secret ?? newSecret();
  let port = 0;
  const server = createServer({ noDelay: true }, (req, res) => {
    void answer(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  async function answer(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const access = checkAccess({ host: req.headers.host, url: req.url ?? '/' }, { secret, port });
    if (access.allowed === false) return send(res, refusal(access.status, access.reason));
    if (access.allowed === 'redirect') return send(res, refusal(308, 'Moved', { Location: access.location }));
    if (access.path === eventsPath && method === 'GET') {
      for (const [name, value] of Object.entries(siteHeaders(''))) res.setHeader(name, value);
      return options.onEvents(res);
    }
    if (options.routes && (await options.routes(access.path, req, res))) return;
    let site: SiteLookup;
    try {
      site = await options.site();
    } catch {
      return send(res, refusal(503, options.unavailable));
    }
    send(res, answerSiteRequest(site, { method, path: access.path }));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(listenError(error, options.port)));
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    port,
    secret,
    url: (path = '') => `http://127.0.0.1:${port}/${secret}/${path}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
