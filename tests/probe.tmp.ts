import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadDeck } from '../src/deck/load.js';
const root = '/work/wt/corpus/tests/fixtures/corpus';
for (const name of readdirSync(root).sort()) {
  const dir = join(root, name);
  const md = readdirSync(dir).find((f) => f.endsWith('.md') && f !== 'SOURCE.md')!;
  const r = loadDeck(join(dir, md));
  const slides = r.deck ? r.deck.stacks.reduce((n, s) => n + s.slides.length, 0) : 0;
  const notes = r.deck ? r.deck.stacks.flatMap((s) => s.slides).filter((s) => s.notesText).length : 0;
  const codes = [...new Set(r.diagnostics.map((d) => `${d.severity[0]}:${d.code}`))];
  console.log(`${name} ${r.deck?.config.dialect} ${r.deck?.config.lang} theme=${r.deck?.config.theme} stacks=${r.deck?.stacks.length} slides=${slides} notes=${notes} ${codes.join(',')}`);
  if (process.env.V === name) for (const d of r.diagnostics) console.log('   ', d.line, d.severity, d.code, d.message);
}
