import { expect, test } from 'vitest';
import { checkAccess, newSecret } from '../../src/serve/access.js';

const policy = { secret: 'secret-path-123', port: 4321 };

test('the secret as the first path segment lets the rest of the path through, still encoded, without the query', () => {
  expect(checkAccess({ host: '127.0.0.1:4321', url: '/secret-path-123/' }, policy)).toEqual({ allowed: true, path: '' });
  expect(checkAccess({ host: 'localhost:4321', url: '/secret-path-123/media/a%20b.png?x=1' }, policy)).toEqual({ allowed: true, path: 'media/a%20b.png' });
  expect(checkAccess({ host: '127.0.0.1:4321', url: '/secret-path-123/index.html?role=preview' }, policy)).toEqual({ allowed: true, path: 'index.html' });
});

test('the secret without its slash is redirected to the folder, query kept, so relative URLs stay below it', () => {
  expect(checkAccess({ host: '127.0.0.1:4321', url: '/secret-path-123?a=1' }, policy)).toEqual({ allowed: 'redirect', location: '/secret-path-123/?a=1' });
});

test('anything outside the secret is 403, however close', () => {
  for (const url of ['/', '/index.html', '/events', '/secret-path-12/', '/secret-path-1234/', '/x/secret-path-123/', '/?token=secret-path-123', '//secret-path-123/', '/SECRET-PATH-123/']) {
    expect(checkAccess({ host: '127.0.0.1:4321', url }, policy)).toMatchObject({ allowed: false, status: 403 });
  }
});

test('any Host but 127.0.0.1:port or localhost:port is refused, secret or not (DNS rebinding)', () => {
  for (const host of ['evil.example', 'evil.example:4321', '127.0.0.1', '127.0.0.1:80', '0.0.0.0:4321', undefined]) {
    expect(checkAccess({ host, url: '/secret-path-123/' }, policy)).toMatchObject({ allowed: false, status: 421 });
  }
});

test('secrets are long, random and safe in a URL path', () => {
  const a = newSecret();
  expect(a).toMatch(/^[A-Za-z0-9_-]{24,}$/);
  expect(newSecret()).not.toBe(a);
});
