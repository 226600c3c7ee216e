import { describe, expect, test, vi } from 'vitest';

vi.mock('electron', () => ({ protocol: { registerSchemesAsPrivileged: vi.fn() } }));

const { protocol } = await import('electron');
const { createSiteHandler, registerSchemePrivileges, sitePathOf } = await import('../../electron/protocol.js');
const { SiteMounts } = await import('../../src/shell/site-mounts.js');

describe('deck:// URLs', () => {
  test.each([
    ['deck://app/index.html', '/index.html'],
    ['deck://app/', '/'],
    ['deck://app', ''],
    ['deck://app/app/deck.js?v=3#x', '/app/deck.js'],
    ['deck://app/media/a%20b.svg', '/media/a%20b.svg'],
  ])('%s is handed on as %s, raw', (url, path) => {
    expect(sitePathOf(url)).toEqual({ ok: true, path });
  });

  const everything = { get: () => 'secret' };
  test.each([
    'deck://app/../../etc/passwd',
    'deck://app/app/../../secret',
    'deck://app/%2e%2e/%2e%2e/etc/passwd',
    'deck://app/..%2f..%2fetc%2fpasswd',
    'deck://app/media/..%5c..%5cwindows',
    'deck://app/media%2f..%2f..%2fx',
    'deck://app/index.html%00.png',
    'deck://app/%E0%A4%A',
  ])('refuses the traversal %s, whatever the site holds', async (url) => {
    // A plain object: new Request() would normalise the dots away, and the handler must
    // not rely on its caller having done so.
    const response = createSiteHandler(everything)({ url, method: 'GET' } as Request);
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('secret');
  });

  test.each([
    'deck://evil/index.html',
    'deck://app.evil/index.html',
    'deck://app:8080/index.html',
    'deck://user:pw@app/index.html',
    'https://app/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('refuses another origin: %s', (url) => {
    expect(sitePathOf(url).ok).toBe(false);
    expect(createSiteHandler(everything)({ url, method: 'GET' } as Request).status).toBe(403);
  });

  test('a file the site does not have is 404', () => {
    expect(createSiteHandler(new Map())(new Request('deck://app/missing.css')).status).toBe(404);
  });
});

describe('the site handler', () => {
  const mounts = new SiteMounts();
  mounts.setRoot(new Map<string, string | Uint8Array>([['index.html', '<p>deck</p>'], ['fonts/a.woff2', new Uint8Array([1, 2, 3])]]));
  const handle = createSiteHandler(mounts);

  test('serves the page with its type and a CSP header that allows no network', async () => {
    const response = handle(new Request('deck://app/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/https?:/);
    expect(await response.text()).toBe('<p>deck</p>');
  });

  test('serves binary files byte for byte', async () => {
    const response = handle(new Request('deck://app/fonts/a.woff2'));
    expect(response.headers.get('content-type')).toBe('font/woff2');
    expect([...new Uint8Array(await response.arrayBuffer())]).toEqual([1, 2, 3]);
  });

  test('media are sandboxed and the deck page may be framed only by its own origin (the presenter)', () => {
    mounts.setRoot(new Map([['index.html', 'x'], ['media/p.svg', '<svg/>']]));
    expect(handle(new Request('deck://app/media/p.svg')).headers.get('content-security-policy')).toMatch(/^sandbox; /);
    expect(handle(new Request('deck://app/index.html')).headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
  });

  test('errors carry the CSP header too, and writes are refused', () => {
    const missing = handle(new Request('deck://app/nope.js'));
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(handle(new Request('deck://app/index.html', { method: 'POST', body: 'x' })).status).toBe(405);
  });

  test('a live-reload swap is served on the next request', async () => {
    mounts.setRoot(new Map([['index.html', '<p>new</p>']]));
    expect(await handle(new Request('deck://app/index.html')).text()).toBe('<p>new</p>');
  });

  test('a mounted print site is served under its folder until unmounted', async () => {
    const { prefix, unmount } = mounts.mount(new Map([['index.html', 'print']]), 'abc');
    expect(await handle(new Request(`deck://app/${prefix}index.html`)).text()).toBe('print');
    unmount();
    expect(handle(new Request(`deck://app/${prefix}index.html`)).status).toBe(404);
  });
});

test('the scheme is registered as standard, secure and fetch-capable', () => {
  registerSchemePrivileges();
  expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
    { scheme: 'deck', privileges: expect.objectContaining({ standard: true, secure: true, supportFetchAPI: true }) },
  ]);
  const privileges = vi.mocked(protocol.registerSchemesAsPrivileged).mock.calls[0]![0][0]!.privileges!;
  expect(privileges.bypassCSP).toBeUndefined();
});
