import { existsSync, mkdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { findRemoteUrls } from '../../../src/build/remote-urls.js';
import { assertOffline, assertSelfContained } from '../../../src/build/offline.js';
import { findDanglingReferences } from '../../../src/build/local-references.js';
import { buildMarkerName, writeSiteFolder } from '../../../src/build/write-folder.js';
import { DeckError } from '../../../src/errors.js';
import type { SiteFiles } from '../../../src/site/site.js';
import { tempDir } from '../../helpers/decks.js';

const site = (entries: Record<string, string>): SiteFiles => new Map(Object.entries(entries));

test('writes a new folder, with a marker naming its files', () => {
  const out = join(tempDir('out'), 'dist');
  writeSiteFolder(site({ 'index.html': 'page', 'media/a.png': 'png' }), out);
  expect(readFileSync(join(out, 'media/a.png'), 'utf8')).toBe('png');
  expect(Object.keys(JSON.parse(readFileSync(join(out, buildMarkerName), 'utf8')).files)).toEqual(['index.html', 'media/a.png']);
});

test('a rebuild removes its own stale files and keeps the user’s', () => {
  const out = tempDir('out');
  writeSiteFolder(site({ 'index.html': 'v1', 'media/old.png': 'old' }), out);
  writeFileSync(join(out, 'my-notes.txt'), 'mine');
  writeSiteFolder(site({ 'index.html': 'v2', 'media/new.png': 'new' }), out);
  expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('v2');
  expect(existsSync(join(out, 'media/old.png'))).toBe(false);
  expect(existsSync(join(out, 'media/new.png'))).toBe(true);
  expect(readFileSync(join(out, 'my-notes.txt'), 'utf8')).toBe('mine');
});

test('refuses a folder holding files it did not write, and touches nothing', () => {
  const out = tempDir('out');
  writeFileSync(join(out, 'thesis.docx'), 'precious');
  expect(() => writeSiteFolder(site({ 'index.html': 'x' }), out)).toThrow(DeckError);
  expect(() => writeSiteFolder(site({ 'index.html': 'x' }), out)).toThrow(/did not write/);
  expect(readFileSync(join(out, 'thesis.docx'), 'utf8')).toBe('precious');
  expect(existsSync(join(out, 'index.html'))).toBe(false);
});

test('a marker cannot make it delete outside the folder', () => {
  const parent = tempDir('out');
  const out = join(parent, 'dist');
  mkdirSync(out);
  writeFileSync(join(parent, 'outside.txt'), 'keep');
  writeFileSync(join(out, buildMarkerName), JSON.stringify({ generator: 'deck-presenter', files: { '../outside.txt': [], '/etc/hostname': [] } }));
  expect(() => writeSiteFolder(site({ 'index.html': 'x' }), out)).toThrow(/outside the folder/);
  expect(readFileSync(join(parent, 'outside.txt'), 'utf8')).toBe('keep');
});

test('refuses an output path that is a file', () => {
  const file = join(tempDir('out'), 'file');
  writeFileSync(file, 'x');
  expect(() => writeSiteFolder(site({ 'index.html': 'x' }), file)).toThrow(/is a file/);
});

test('finds URLs that could be fetched, not namespaces or slide text', () => {
  const files = site({
    'index.html': '<p>官网 https://example.com 见文字</p><svg xmlns="http://www.w3.org/2000/svg"></svg><img src="https://cdn.test/a.png">',
    'deck.json': JSON.stringify({ stacks: [{ slides: [{ html: '<a href="http://docs.test/">a link is not a load</a><img src="http://evil.test/">', notesHtml: '' }] }] }),
    'theme/t.css': 'a{background:url(https://fonts.test/f.woff2)}',
    'app/deck.js': 'fetch("https://api.test")',
    'media/a.svg': '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><image href="https://img.test/x.png"/></svg>',
    'media/b.png': 'https://not.text/',
  });
  expect(findRemoteUrls(files).map((r) => `${r.path} ${r.url}`).sort()).toEqual([
    'app/deck.js https://api.test',
    'deck.json http://evil.test/',
    'index.html https://cdn.test/a.png',
    'media/a.svg https://img.test/x.png',
    'theme/t.css https://fonts.test/f.woff2',
  ]);
});

test('a URL in the page stops the build with the file and URL named', () => {
  expect(() => assertOffline(site({ 'index.html': '<img src="https://cdn.test/a.png">' }))).toThrow(/index\.html: https:\/\/cdn\.test\/a\.png/);
});

test('a page referring to a file the site does not hold stops the build', () => {
  const files = site({
    'index.html': '<link rel="stylesheet" href="theme/t.css"><img src="diagrams/a.svg"><a href="#/2">x</a><section data-background-image="media/bg.png"></section><script src="app/deck.js"></script>',
    'theme/t.css': 'a{background:url("../media/bg.png")} b{background:url(data:image/png;base64,xx)} c{background:url(missing.png)}',
    'app/deck.js': '',
    'media/bg.png': 'png',
  });
  expect(findDanglingReferences(files)).toEqual([
    { from: 'index.html', ref: 'diagrams/a.svg' },
    { from: 'theme/t.css', ref: 'missing.png' },
  ]);
  expect(() => assertSelfContained(files)).toThrow(/diagrams\/a\.svg \(from index\.html\)/);
});

test('a rebuild leaves files that did not change untouched and rewrites the ones that did', () => {
  const out = tempDir('out');
  writeSiteFolder(site({ 'same.css': 'a{}', 'page.html': 'v1', 'grown.txt': 'ab' }), out);
  const before = (name: string) => statSync(join(out, name)).mtimeMs;
  const sameTime = before('same.css');
  utimesSync(join(out, 'same.css'), new Date(0), new Date(0));
  writeSiteFolder(site({ 'same.css': 'a{}', 'page.html': 'v2', 'grown.txt': 'abc' }), out);
  expect(statSync(join(out, 'same.css')).mtimeMs).toBe(0);
  expect(sameTime).toBeGreaterThan(0);
  expect(readFileSync(join(out, 'page.html'), 'utf8')).toBe('v2');
  expect(readFileSync(join(out, 'grown.txt'), 'utf8')).toBe('abc');
});
