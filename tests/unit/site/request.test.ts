// The one site request handler every server of a deck's site calls (browser mode, deck://,
// the PDF export's print browser): confinement, content types and the headers that keep
// a hostile deck's files from running or being framed.
import { describe, expect, test } from 'vitest';
import { answerSiteRequest, decodeSitePath } from '../../../src/site/request.js';

const site = new Map<string, string | Uint8Array>([
  ['index.html', '<p>deck</p>'],
  ['presenter.html', '<p>presenter</p>'],
  ['app/deck.js', 'run()'],
  ['media/a b.svg', '<svg/>'],
  ['media/p.html', '<script>parent.stolen = 1</script>'],
  ['fonts/a.woff2', new Uint8Array([1, 2, 3])],
  ['notes/index.html', 'folder page'],
]);
const get = (path: string, method = 'GET') => answerSiteRequest(site, { method, path });

describe('paths', () => {
  test.each([
    ['', 'index.html'],
    ['/', 'index.html'],
    ['index.html', 'index.html'],
    ['app//deck.js', 'app/deck.js'],
    ['media/a%20b.svg', 'media/a b.svg'],
    ['notes/', 'notes/index.html'],
  ])('%j is the site file %s', (raw, path) => {
    expect(decodeSitePath(raw.replace(/^\/+/, ''))).toEqual({ ok: true, path });
    expect(get(raw).status).toBe(200);
  });

  test.each(['../etc/passwd', 'app/../../secret', '%2e%2e/%2e%2e/etc/passwd', '..%2f..%2fetc%2fpasswd', 'media/..%5c..%5cwindows', 'media%2f..%2f..%2fx', 'index.html%00.png', '%E0%A4%A', './index.html'])(
    'refuses %s even when the site would have an answer',
    (raw) => {
      const everything = { get: () => 'secret' };
      const answer = answerSiteRequest(everything, { method: 'GET', path: raw });
      expect(answer.status).toBe(403);
      expect(answer.body).not.toContain('secret');
    },
  );

  test('a file the site does not have is 404, a write 405', () => {
    expect(get('missing.css').status).toBe(404);
    expect(get('index.html', 'POST')).toMatchObject({ status: 405, headers: { Allow: 'GET, HEAD' } });
  });
});

describe('answers', () => {
  test('content types and bytes as they are; HEAD has the length but no body', () => {
    expect(get('index.html')).toMatchObject({ status: 200, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': '11' }, body: '<p>deck</p>' });
    expect(get('fonts/a.woff2')).toMatchObject({ headers: { 'Content-Type': 'font/woff2', 'Content-Length': '3' }, body: new Uint8Array([1, 2, 3]) });
    expect(get('app/deck.js', 'HEAD')).toMatchObject({ status: 200, headers: { 'Content-Length': '5' }, body: null });
  });

  test('pages carry the CSP as a header, and only the deck page may be framed, by its own origin', () => {
    const page = get('index.html').headers;
    expect(page['Content-Security-Policy']).toContain("default-src 'none'");
    expect(page['Content-Security-Policy']).toContain("frame-ancestors 'self'");
    expect(page['X-Frame-Options']).toBe('SAMEORIGIN');
    const presenter = get('presenter.html').headers;
    expect(presenter['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(presenter['X-Frame-Options']).toBe('DENY');
  });

  test('every file of media/ is sandboxed: no script, no origin, no loads, no sniffing', () => {
    for (const path of ['media/p.html', 'media/a%20b.svg', 'media/missing.js']) {
      const headers = get(path).headers;
      expect(headers['Content-Security-Policy']).toMatch(/^sandbox; default-src 'none'/);
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
      expect(headers['X-Frame-Options']).toBe('DENY');
    }
  });

  test('errors carry the same protective headers', () => {
    for (const answer of [get('missing.css'), get('../x'), get('index.html', 'PUT')]) {
      expect(answer.headers['Content-Security-Policy']).toContain("frame-ancestors 'none'");
      expect(answer.headers['X-Content-Type-Options']).toBe('nosniff');
      expect(answer.headers['Cache-Control']).toBe('no-store');
    }
  });
});

test('subtitles, audio and video get their types; an unknown file is bytes, never sniffed', () => {
  const files = new Map([['media/a.vtt', 'WEBVTT'], ['media/b.m4a', 'x'], ['media/c.x', 'x']]);
  const type = (path: string) => answerSiteRequest(files, { method: 'GET', path }).headers['Content-Type'];
  expect(type('media/a.vtt')).toBe('text/vtt; charset=utf-8');
  expect(type('media/b.m4a')).toBe('audio/mp4');
  expect(type('media/c.x')).toBe('application/octet-stream');
});
