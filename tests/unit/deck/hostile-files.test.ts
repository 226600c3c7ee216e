// A deck is someone else's folder (a cloned repo): its markdown files and deck.yaml may
// be links out of it, FIFOs or devices, huge, or in another encoding; its images may be
// pages, scripts or random bytes. Each is a diagnostic with the file and what to do,
// and the rest of the deck still loads.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { createAssetResolver } from '../../../src/deck/assets.js';
import { formatDiagnostic } from '../../../src/deck/diagnostics.js';
import { readDeckFile } from '../../../src/deck/deck-file.js';
import { loadDeck } from '../../../src/deck/load.js';
import type { Diagnostic } from '../../../src/deck/model.js';
import { tempDir } from '../../helpers/decks.js';
import { fakeRenderer } from './fake-renderer.js';
import { where } from './helpers.js';

const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a1d6f1500000000049454e44ae426082', 'hex');

function deckWith(files: Record<string, string | Buffer>): string {
  const dir = join(tempDir('hostile'), 'deck');
  mkdirSync(dir);
  writeFileSync(join(dir, '01-ok.md'), '# 还在\n');
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const stillLoads = (result: ReturnType<typeof loadDeck>) => expect(result.deck!.stacks[0]!.slides[0]!.title).toBe('还在');

test('a markdown file linked to a file outside the deck is not read (its text appears nowhere)', () => {
  const dir = deckWith({});
  writeFileSync(join(dir, '..', 'passwd'), 'root:x:0:0:SECRET\n');
  symlinkSync(join(dir, '..', 'passwd'), join(dir, '02-appendix.md'));
  const result = loadDeck(dir, { render: fakeRenderer });
  expect(where(result.diagnostics)).toEqual(['02-appendix.md:1:1 error file-outside-deck']);
  expect(result.diagnostics[0]!.hint).toMatch(/Copy the file into the deck folder/);
  expect(JSON.stringify(result.deck)).not.toContain('SECRET');
  stillLoads(result);
});

test('deck.yaml linked outside the deck is not read', () => {
  const dir = deckWith({});
  writeFileSync(join(dir, '..', 'other.yaml'), 'title: SECRET\n');
  symlinkSync(join(dir, '..', 'other.yaml'), join(dir, 'deck.yaml'));
  const result = loadDeck(dir, { render: fakeRenderer });
  expect(where(result.diagnostics)).toEqual(['deck.yaml:1:1 error file-outside-deck']);
  expect(result.deck!.config.title).toBe('');
});

test('a link inside the deck to another file of the deck is fine', () => {
  const dir = deckWith({ 'real.markdown': '# 链接\n' });
  symlinkSync('real.markdown', join(dir, '02-link.md'));
  expect(loadDeck(dir, { render: fakeRenderer }).diagnostics).toEqual([]);
});

test('a FIFO named x.md does not hang the loader', () => {
  const dir = deckWith({});
  execFileSync('mkfifo', [join(dir, 'x.md')]);
  const result = loadDeck(dir, { render: fakeRenderer });
  expect(where(result.diagnostics)).toEqual(['x.md:1:1 error file-not-regular']);
  expect(result.diagnostics[0]!.message).toMatch(/named pipe/);
  stillLoads(result);
});

test('a link to /dev/zero is never read', () => {
  const dir = deckWith({});
  symlinkSync('/dev/zero', join(dir, 'zero.md'));
  const result = loadDeck(dir, { render: fakeRenderer });
  expect(where(result.diagnostics)).toEqual(['zero.md:1:1 error file-outside-deck']);
  // Even inside the deck's own folder a device is refused by type.
  expect(readDeckFile('/dev', '/dev/zero', 100)).toEqual({ ok: false, problem: { kind: 'special', type: 'a device' } });
});

test('a huge markdown file is refused by its size, not read', () => {
  const dir = deckWith({ 'big.md': '' });
  truncateSync(join(dir, 'big.md'), 40 * 1024 * 1024 * 1024); // sparse: 40 GB on paper
  const result = loadDeck(dir, { render: fakeRenderer });
  expect(where(result.diagnostics)).toEqual(['big.md:1:1 error file-too-large']);
  expect(result.diagnostics[0]!.message).toMatch(/40\.0 GB, more than the 32 MB/);
  stillLoads(result);
});

test('UTF-16 files are named as UTF-16 with how to convert them', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# 标题\n', 'utf16le')]);
  const noBom = Buffer.from('# Title\nsome text\n', 'utf16le');
  const result = loadDeck(deckWith({ '02-le.md': le, '03-nobom.md': noBom }), { render: fakeRenderer });
  expect(where(result.diagnostics)).toEqual(['02-le.md:1:1 error file-utf16', '03-nobom.md:1:1 error file-utf16']);
  expect(result.diagnostics[0]!.message).toBe('02-le.md is saved as UTF-16 LE, not UTF-8');
  expect(result.diagnostics[0]!.hint).toContain('iconv -f UTF-16LE -t UTF-8');
});

test('only images, audio, video, subtitles and fonts are copied; a page or script is an error at its line', () => {
  const dir = deckWith({ 'p.html': '<script>alert(1)</script>', 'x.js': 'alert(1)', 'ok.png': png, '02.md': '# 二\n\n![](p.html)\n\n![](x.js)\n\n![](ok.png)\n' });
  const result = loadDeck(dir, { render: fakeRenderer });
  expect(where(result.diagnostics)).toEqual(['02.md:3:5 error asset-type-not-copied', '02.md:5:5 error asset-type-not-copied']);
  expect(result.diagnostics[0]!.message).toContain('only images, audio, video, subtitles and fonts are copied');
  expect(result.deck!.assets.map((a) => a.href)).toEqual([expect.stringMatching(/^media\/ok-[0-9a-f]{8}\.png$/)]);
});

test('a random-bytes .png is a warning at its line and is not copied', () => {
  const dir = deckWith({ 'noise.png': Buffer.from('this is not a picture at all, just text'), '02.md': '# 二\n\n\n![图](noise.png)\n' });
  const result = loadDeck(dir, { render: fakeRenderer });
  expect(where(result.diagnostics)).toEqual(['02.md:4:6 warning asset-not-image']);
  expect(result.deck!.assets).toEqual([]);
});

test('an SVG goes into media sanitised, never as the raw file', () => {
  const svg = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><rect width="10" height="10"/></svg>';
  const result = loadDeck(deckWith({ 'd.svg': svg, '02.md': '# 二\n\n![](d.svg)\n' }), { render: fakeRenderer });
  const asset = result.deck!.assets[0]!;
  expect(asset.content).toContain('<rect');
  expect(asset.content).not.toMatch(/script|onload|alert/);
});

test('a FIFO or a folder named like an image is reported at the reference', () => {
  const dir = deckWith({ '02.md': '# 二\n\n![](pipe.png) ![](dir.png)\n' });
  execFileSync('mkfifo', [join(dir, 'pipe.png')]);
  mkdirSync(join(dir, 'dir.png'));
  const result = loadDeck(dir, { render: fakeRenderer });
  expect(where(result.diagnostics)).toEqual(['02.md:3:5 error asset-not-regular', '02.md:3:19 error asset-missing']);
});

test('an unreadable image is reported at its file:line with a hint about the file, not about nesting', () => {
  const diagnostics: Diagnostic[] = [];
  const resolver = createAssetResolver('/deck', { read: () => ({ ok: false, problem: { kind: 'unreadable', reason: 'EACCES: permission denied' } }), list: () => [] }, (d) => diagnostics.push(d));
  expect(resolver.resolve({ fileAbs: '/deck/02.md', file: '02.md', src: 'images/a.png', line: 7, column: 3 })).toBeNull();
  expect(diagnostics).toMatchObject([{ file: '02.md', line: 7, column: 3, code: 'asset-unreadable', message: '"images/a.png" cannot be read: EACCES: permission denied' }]);
  expect(diagnostics[0]!.hint).toContain('images/a.png is readable');
});

test('check and build read the same: a deck whose only problem is a hostile file fails check', () => {
  const dir = deckWith({});
  execFileSync('mkfifo', [join(dir, 'x.md')]);
  expect(loadDeck(dir).diagnostics.some((d) => d.severity === 'error')).toBe(true);
  expect(readFileSync(join(dir, '01-ok.md'), 'utf8')).toBe('# 还在\n');
});

test('a location outside the deck folder prints as itself, never as deck//tmp/…', () => {
  const d: Diagnostic = { file: '/tmp/talk.md', line: 1, column: 1, severity: 'error', code: 'deck-not-found', message: 'm', hint: 'h' };
  expect(formatDiagnostic(d, { prefix: 'deck/' })).toMatch(/^\/tmp\/talk\.md:1:1: error: m\n/);
  expect(formatDiagnostic({ ...d, file: '01.md' }, { prefix: 'deck/' })).toMatch(/^deck\/01\.md:1:1:/);
});
