// The import rules of src/, read from the sources: each folder (and the root modules)
// sits in a layer and imports only from its own layer or below, so folders form no cycle;
// nothing in src/ reaches into the Electron shell.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { expect, test } from 'vitest';
import { packageRoot } from '../../src/paths.js';

const src = join(packageRoot, 'src');

/** Lowest first. `base` is the root modules with no project imports (paths, errors, escape). */
const layers = ['base', 'deck', 'contract', 'present', 'editor', 'html', 'site', 'watch', 'live', 'build', 'edit', 'export', 'serve', 'cli', 'shell'] as const;
type Layer = (typeof layers)[number];

/** The layer of a path relative to src/ ('deck/load.ts' → deck, 'contract.ts' → contract, 'paths.ts' → base). */
function layerOf(path: string): Layer {
  const [first, ...rest] = path.split('/');
  const name = rest.length === 0 ? (first === 'contract.ts' ? 'contract' : 'base') : first!;
  if (!(layers as readonly string[]).includes(name)) throw new Error(`src/${path}: folder "${name}" has no layer; add it to the list in tests/unit/architecture.test.ts`);
  return name as Layer;
}

interface Edge {
  from: string;
  to: string;
  specifier: string;
}

function sourceFiles(): string[] {
  return readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => relative(src, join(e.parentPath, e.name)).split(sep).join('/'));
}

/** Static imports, re-exports, side-effect imports and import() of every file under src/. */
function imports(): Edge[] {
  const edges: Edge[] = [];
  for (const file of sourceFiles()) {
    const text = readFileSync(join(src, file), 'utf8');
    for (const match of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"`;]*?\bfrom\s*'([^']+)'|(?:^|\n)\s*import\s*'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/g)) {
      const specifier = match[1] ?? match[2] ?? match[3]!;
      if (!specifier.startsWith('.')) {
        if (specifier === 'electron') edges.push({ from: file, to: 'electron', specifier });
        continue;
      }
      const target = relative(src, resolve(dirname(join(src, file)), specifier)).split(sep).join('/');
      edges.push({ from: file, to: target, specifier });
    }
  }
  return edges;
}

const edges = imports();

test('the import scan sees the project (so the rules below mean something)', () => {
  expect(edges.length).toBeGreaterThan(100);
  expect(edges).toContainEqual(expect.objectContaining({ from: 'cli/commands/build.ts' }));
});

test('no module in src/ imports from a layer above its own', () => {
  const upward = edges
    .filter((e) => !e.to.startsWith('..') && e.to !== 'electron')
    .filter((e) => layers.indexOf(layerOf(e.to)) > layers.indexOf(layerOf(e.from)))
    .map((e) => `src/${e.from} (${layerOf(e.from)}) imports ${e.specifier} (${layerOf(e.to)})`);
  expect(upward).toEqual([]);
});

test('folders of src/ import each other without a cycle', () => {
  const graph = new Map<Layer, Set<Layer>>();
  for (const e of edges.filter((e) => !e.to.startsWith('..') && e.to !== 'electron')) {
    const [a, b] = [layerOf(e.from), layerOf(e.to)];
    if (a !== b) graph.set(a, (graph.get(a) ?? new Set()).add(b));
  }
  const cycles: string[] = [];
  const visit = (node: Layer, path: Layer[]) => {
    if (path.includes(node)) return void cycles.push([...path.slice(path.indexOf(node)), node].join(' → '));
    for (const next of graph.get(node) ?? []) visit(next, [...path, node]);
  };
  for (const node of graph.keys()) visit(node, []);
  expect(cycles).toEqual([]);
});

test('src/ needs neither Electron nor the shell: those live in electron/', () => {
  expect(edges.filter((e) => e.to === 'electron' || e.to.startsWith('../electron')).map((e) => `src/${e.from}: ${e.specifier}`)).toEqual([]);
});

test('electron/ holds only what needs Electron: every module there uses the electron package', () => {
  const shell = join(packageRoot, 'electron');
  const files = readdirSync(shell, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => relative(packageRoot, join(e.parentPath, e.name)).split(sep).join('/'));
  expect(files.length).toBeGreaterThan(5);
  const pure = files.filter((file) => !/\bfrom\s*'electron'/.test(readFileSync(join(packageRoot, file), 'utf8')));
  expect(pure, 'move logic that runs without Electron to src/shell/ (tested in Node)').toEqual([]);
});

test('html/ turns a deck into pages and reads no files (the site builder adds the files they name)', () => {
  const html = sourceFiles().filter((file) => file.startsWith('html/'));
  expect(html.length).toBeGreaterThan(1);
  const reads = html.filter((file) => /\bfrom\s*'(?:node:)?fs(?:\/promises)?'/.test(readFileSync(join(src, file), 'utf8')));
  expect(reads).toEqual([]);
});
