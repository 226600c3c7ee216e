import { expect, test } from 'vitest';
import { checkAccess, cookieName, newToken } from '../../src/serve/access.js';

const policy = { token: 'secret-token-123', port: 4321 };

test('the token in the URL is accepted once and handed over as an HttpOnly SameSite=Strict cookie', () => {
  const access = checkAccess({ host: '127.0.0.1:4321', url: '/?token=secret-token-123', cookie: undefined }, policy);
  expect(access).toEqual({ allowed: true, setCookie: `${cookieName(4321)}=secret-token-123; HttpOnly; SameSite=Strict; Path=/` });
});

test('the cookie alone opens relative URLs; no cookie and no token is 403', () => {
  const cookie = `other=1; ${cookieName(4321)}=secret-token-123`;
  expect(checkAccess({ host: 'localhost:4321', url: '/app/deck.js', cookie }, policy)).toEqual({ allowed: true, setCookie: null });
  expect(checkAccess({ host: '127.0.0.1:4321', url: '/app/deck.js', cookie: undefined }, policy)).toMatchObject({ allowed: false, status: 403 });
});

test('a wrong token, a wrong cookie or another port\'s cookie is 403', () => {
  expect(checkAccess({ host: '127.0.0.1:4321', url: '/?token=secret-token-124', cookie: undefined }, policy)).toMatchObject({ status: 403 });
  expect(checkAccess({ host: '127.0.0.1:4321', url: '/', cookie: `${cookieName(4321)}=nope` }, policy)).toMatchObject({ status: 403 });
  expect(checkAccess({ host: '127.0.0.1:4321', url: '/', cookie: `${cookieName(9999)}=secret-token-123` }, policy)).toMatchObject({ status: 403 });
});

test('any Host but 127.0.0.1:port or localhost:port is refused, token or not (DNS rebinding)', () => {
  for (const host of ['evil.example', 'evil.example:4321', '127.0.0.1', '127.0.0.1:80', '0.0.0.0:4321', undefined]) {
    expect(checkAccess({ host, url: '/?token=secret-token-123', cookie: undefined }, policy)).toMatchObject({ allowed: false, status: 421 });
  }
});

test('tokens are long and random', () => {
  const a = newToken();
  expect(a.length).toBeGreaterThanOrEqual(24);
  expect(newToken()).not.toBe(a);
});
