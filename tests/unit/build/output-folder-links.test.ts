// `deck build --out DIR` on a folder planted by someone else (a cloned repo with a
// committed output folder): links to the user's files, a forged marker. Nothing outside
// DIR may change, and a refused build leaves DIR as it was.
import { createHash } from 'node:crypto';
import { existsSync, linkSync, lstatSync, mkdirSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildMarkerName, writeSiteFolder } from '../../../src/build/write-folder.js';
import type { SiteFiles } from '../../../src/site/site.js';
import { tempDir } from '../../helpers/decks.js';

const site = (entries: Record<string, string>): SiteFiles => new Map(Object.entries(entries));
const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const forgedMarker = (files: Record<string, string[]>) => JSON.stringify({ generator: 'deck-presenter', files });

/** A user's home with a precious file, and an output folder next to it. */
function setting() {
  const base = tempDir('attack');
  const home = join(base, 'home');
  mkdirSync(join(home, 'Pictures'), { recursive: true });
  const bashrc = join(home, '.bashrc');
  writeFileSync(bashrc, 'export PATH=precious\n');
  writeFileSync(join(home, 'Pictures', 'a.png'), 'holiday');
  const out = join(base, 'dist');
  mkdirSync(out);
  return { base, home, bashrc, out };
}

test('index.html linked to ~/.bashrc with a forged marker listing it: refused, the file outside is untouched', () => {
  const { bashrc, out } = setting();
  symlinkSync(bashrc, join(out, 'index.html'));
  // The attacker even knows the file's hash.
  writeFileSync(join(out, buildMarkerName), forgedMarker({ 'index.html': [sha('export PATH=precious\n')] }));
  expect(() => writeSiteFolder(site({ 'index.html': 'page' }), out)).toThrow(/symbolic link/);
  expect(readFileSync(bashrc, 'utf8')).toBe('export PATH=precious\n');
  expect(readlinkSync(join(out, 'index.html'))).toBe(bashrc);
});

test('a stale file linked outside is not deleted through the marker', () => {
  const { bashrc, out } = setting();
  symlinkSync(bashrc, join(out, 'old.html'));
  writeFileSync(join(out, buildMarkerName), forgedMarker({ 'old.html': [sha('export PATH=precious\n')] }));
  expect(() => writeSiteFolder(site({ 'index.html': 'page' }), out)).toThrow(/symbolic link/);
  expect(readFileSync(bashrc, 'utf8')).toBe('export PATH=precious\n');
  expect(lstatSync(join(out, 'old.html')).isSymbolicLink()).toBe(true);
});

test('a media folder linked to another folder: nothing written or deleted in it', () => {
  const { home, out } = setting();
  symlinkSync(join(home, 'Pictures'), join(out, 'media'));
  writeFileSync(join(out, buildMarkerName), forgedMarker({ 'media/a.png': [sha('holiday')] }));
  expect(() => writeSiteFolder(site({ 'index.html': 'page', 'media/b.png': 'new' }), out)).toThrow(/media in the output folder is a symbolic link/);
  expect(readFileSync(join(home, 'Pictures', 'a.png'), 'utf8')).toBe('holiday');
  expect(existsSync(join(home, 'Pictures', 'b.png'))).toBe(false);
});

test('a marker listing a file the build did not write (other content) is not trusted', () => {
  const { out } = setting();
  writeFileSync(join(out, 'thesis.docx'), 'precious');
  writeFileSync(join(out, buildMarkerName), forgedMarker({ 'thesis.docx': [sha('something else')] }));
  expect(() => writeSiteFolder(site({ 'index.html': 'page' }), out)).toThrow(/was changed after deck build wrote it/);
  expect(readFileSync(join(out, 'thesis.docx'), 'utf8')).toBe('precious');
  expect(existsSync(join(out, 'index.html'))).toBe(false);
});

test('a file the marker does not list is not overwritten', () => {
  const { out } = setting();
  writeFileSync(join(out, 'index.html'), 'mine');
  writeFileSync(join(out, buildMarkerName), forgedMarker({}));
  expect(() => writeSiteFolder(site({ 'index.html': 'page' }), out)).toThrow(/already holds index\.html/);
  expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('mine');
});

test('an output folder that is itself a link is refused', () => {
  const { home, base } = setting();
  const link = join(base, 'dist-link');
  symlinkSync(home, link);
  expect(() => writeSiteFolder(site({ 'index.html': 'page' }), link)).toThrow(/dist-link in the output folder is a symbolic link/);
  expect(existsSync(join(home, 'index.html'))).toBe(false);
});

test('a marker that is a link is refused', () => {
  const { bashrc, out } = setting();
  symlinkSync(bashrc, join(out, buildMarkerName));
  expect(() => writeSiteFolder(site({ 'index.html': 'page' }), out)).toThrow(/symbolic link/);
  expect(readFileSync(bashrc, 'utf8')).toBe('export PATH=precious\n');
});

test('a hard link to a file outside is replaced, not written through', () => {
  const { out } = setting();
  writeSiteFolder(site({ 'index.html': 'v1' }), out);
  // Same content as the build wrote (so the marker trusts it), but it shares its inode with a file outside.
  const outside = join(out, '..', 'outside.html');
  writeFileSync(outside, 'v1');
  rmSync(join(out, 'index.html'));
  linkSync(outside, join(out, 'index.html'));
  writeSiteFolder(site({ 'index.html': 'v2' }), out);
  expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('v2');
  expect(readFileSync(outside, 'utf8')).toBe('v1');
});

test('rebuilds of its own folder still work: unchanged files kept, stale ones removed', () => {
  const { out } = setting();
  writeSiteFolder(site({ 'index.html': 'v1', 'media/old.png': 'old', 'app/x.js': 'same' }), out);
  writeSiteFolder(site({ 'index.html': 'v2', 'app/x.js': 'same' }), out);
  expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('v2');
  expect(existsSync(join(out, 'media'))).toBe(false);
  expect(JSON.parse(readFileSync(join(out, buildMarkerName), 'utf8')).files).toEqual({ 'app/x.js': [sha('same')], 'index.html': [sha('v2')] });
});
