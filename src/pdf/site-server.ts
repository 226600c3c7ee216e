// Serves a deck's site files from memory on 127.0.0.1 for the print browser: a random
// port and a random path prefix, so no other page on this machine can guess the URL
// while an export runs. Read-only, GET only, nothing outside the map.
import { randomBytes } from 'node:crypto';
import { Worker } from 'node:worker_threads';
import { contentTypes } from '../content-type.js';
import type { SiteFiles } from '../site/site.js';

export interface ServedSite {
  /** URL of the site's root folder, ending in '/'. */
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * The server, run on a thread of its own (plain JavaScript, as a worker evaluates it):
 * the export's main thread spends a few hundred milliseconds loading playwright-core in
 * one synchronous go while the browser, already started, asks for the page, its scripts
 * and its fonts; here those requests are answered at once all the same.
 */
const serverThread = `
const { createServer } = require('node:http');
const { parentPort, workerData } = require('node:worker_threads');
const { prefix, contentTypes } = workerData;
// The files may come after the server is up: requests wait for them.
let files;
const waiting = [];
parentPort.on('message', (message) => {
  files = message;
  for (const answer of waiting.splice(0)) answer();
});
const server = createServer(function answer(request, response) {
  if (!files) {
    waiting.push(() => answer(request, response));
    return;
  }
  let path;
  try {
    path = decodeURIComponent(new URL(request.url || '/', 'http://x').pathname);
  } catch {
    path = '';
  }
  const body = request.method === 'GET' && path.startsWith(prefix) ? files.get(path.slice(prefix.length)) : undefined;
  if (body === undefined) {
    response.writeHead(404).end();
    return;
  }
  const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  response.writeHead(200, { 'content-type': contentTypes[ext] || 'application/octet-stream', 'cache-control': 'no-store' }).end(body);
});
server.once('error', (error) => { throw error; });
server.listen(0, '127.0.0.1', () => parentPort.postMessage(server.address().port));
`;

export async function serveSite(files: SiteFiles): Promise<ServedSite> {
  const site = await startSiteServer();
  site.provide(files);
  return site;
}

export interface PendingSite extends ServedSite {
  /** The files to serve; requests made before they are given wait for them. */
  provide(files: SiteFiles): void;
}

/** A server listening now, for a site whose files are built later (see prepareExport). */
export async function startSiteServer(): Promise<PendingSite> {
  const prefix = `/${randomBytes(12).toString('hex')}/`;
  const worker = new Worker(serverThread, { eval: true, workerData: { prefix, contentTypes } });
  const port = await new Promise<number>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The print server stopped before it listened (exit code ${code}).`)));
  });
  let closing: Promise<void> | undefined;
  return {
    baseUrl: `http://127.0.0.1:${port}${prefix}`,
    provide: (files) => worker.postMessage(files),
    // Ending the thread closes its server and every connection with it.
    close: () => (closing ??= worker.terminate().then(() => undefined)),
  };
}
