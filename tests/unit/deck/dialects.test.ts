// The three dialects a stranger's deck may be written in, each read by its own rules:
// reveal-md's front-matter separators and revealOptions, Marp's directives and comment
// notes, Slidev's per-slide front matter, last-comment notes and v-click; themes by
// reveal.js's names; the language told from the text.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { loadDeck } from '../../../src/deck/load.js';
import { userRegexProblem } from '../../../src/deck/user-regex.js';
import { runtimeSettings } from '../../../src/html/page.js';
import { tempDir } from '../../helpers/decks.js';
import type { Slide } from '../../../src/deck/model.js';

/** A PNG's first bytes: enough for the loader to take a.png and b.png for pictures. */
const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4a10000000049454e44ae426082', 'hex');

function load(markdown: string) {
  const dir = tempDir('dialect');
  const file = join(dir, 'talk.md');
  writeFileSync(file, markdown);
  for (const name of ['a.png', 'b.png', 'pic.png']) writeFileSync(join(dir, name), png);
  const result = loadDeck(file);
  const slides = result.deck?.stacks.flatMap((s) => s.slides) ?? [];
  return { ...result, slides, where: result.diagnostics.map((d) => `${d.line} ${d.severity} ${d.code}`) };
}

test('reveal-md separators from the front matter split the deck; an early Note: ends at the next slide', () => {
  const r = load('---\nseparator: <!--s-->\nverticalSeparator: <!--v-->\n---\n# One\n\nNote: say hello\n\n<!--s-->\n\n# Two\n\n<!--v-->\n\n# Two below\n\n<!--s-->\n\n# Three\n');
  expect(r.deck!.stacks.map((s) => s.slides.map((x) => x.title))).toEqual([['One'], ['Two', 'Two below'], ['Three']]);
  expect(r.slides[0]!.notesText).toBe('say hello');
  expect(r.slides[1]!.notesText).toBe('');
  expect(r.slides[3]!.startLine).toBe(19);
});

test('a separator inside fenced code is code; a custom notesSeparator is honoured', () => {
  const r = load('---\nseparator: "^\\\\*\\\\*\\\\*$"\nnotesSeparator: "^Speaker:"\n---\n# A\n\n```\n***\n```\n\nSpeaker: psst\n\n***\n\n# B\n');
  expect(r.slides.map((s) => s.title)).toEqual(['A', 'B']);
  expect(r.slides[0]!.notesText).toBe('psst');
});

test('a separator that cannot be used is an error at its line and the default applies', () => {
  const r = load('---\ntitle: x\nseparator: "(a+)+$"\n---\n# A\n\n---\n\n# B\n');
  expect(r.where).toContain('3 error config-separator-invalid');
  expect(r.slides.map((s) => s.title)).toEqual(['A', 'B']);
  expect(userRegexProblem('([')).toMatch(/not a valid regular expression/);
  expect(userRegexProblem('(\\s*\\n)*')).toMatch(/repeated group/);
  expect(userRegexProblem('(.)\\1')).toMatch(/back-reference/);
  expect(userRegexProblem('^\\r?\\n---\\r?\\n$')).toBeNull();
});

test('vscode-reveal: `--` between blank lines is its vertical separator, and its own settings and top-level reveal.js settings are read', () => {
  // `---` right under a heading is no separator for vscode-reveal (it wants blank lines around it).
  const text = '# One\n\n--\n\n# One below\n\n---\n\n# Two\n---\n\n```\n\n--\n\n```\n';
  const r = load(text);
  expect(r.deck!.stacks.map((s) => s.slides.map((x) => x.title))).toEqual([['One', 'One below'], ['Two']]);
  expect(r.slides[2]!.html).toContain('<hr />');
  const settings = load(`---\nenableMenu: false\ncontrols: false\nslideNumber: true\n---\n${text}`);
  expect(settings.slides).toHaveLength(3);
  expect(settings.deck!.config.reveal).toMatchObject({ controls: false, slideNumber: true });
  expect(settings.where).toEqual(['2 warning config-unsupported']);
  // Without vscode-reveal's marks the deck is reveal-md's: `--` is text, `---` under text still splits.
  expect(load('# One\n\n-- a dash\n\n# One more\n---\n\n# Two\n').deck!.stacks).toHaveLength(2);
});

test('notes as reveal.js reads them: every <aside class="notes"> then the Note: line; several Note: lines are no notes, and warn', () => {
  const r = load('# A\n\nShown.\n\n<aside class="notes">From the <em>aside</em>.</aside>\n\nNote: from the line\n\n---\n\n# B\n\nNote: one\nNote: two\n');
  expect(r.slides[0]!.notesText).toBe('From the aside.\nfrom the line');
  expect(r.slides[0]!.html).not.toContain('aside');
  expect(r.slides[1]!.notesText).toBe('');
  expect(r.slides[1]!.html).toContain('Note: two');
  expect(r.where).toEqual(['14 warning notes-several']);
});

test('raw <section>s in a slide are slides of one stack, as in reveal.js, their attributes under the slide rules', () => {
  const r = load(
    '# Intro\n\n---\n\n<section data-auto-animate onclick="x()">\n\n## A\n\n<div data-id="box">box</div>\n\n</section>\n<section data-auto-animate data-background-image="https://example.com/x.png">\n\n## B\n\n<aside class="notes">said on B</aside>\n\n</section>\n\nNote: after the sections\n\n---\n\n<div><section class="inner" data-state="x">nested</section></div>\n',
  );
  expect(r.deck!.stacks.map((s) => s.slides.map((x) => x.title))).toEqual([['Intro'], ['A', 'B'], ['']]);
  const [a, b] = r.deck!.stacks[1]!.slides;
  expect(a!.attributes).toEqual({ 'data-auto-animate': '' });
  expect(a!.html).toContain('data-id="box"');
  expect(a!.startLine).toBe(5);
  expect([a!.endLine, b!.startLine]).toEqual([11, 12]);
  expect(b!.attributes).toEqual({ 'data-auto-animate': '' });
  expect(b!.notesText).toBe('said on B\nafter the sections');
  expect(r.deck!.stacks[2]!.slides[0]!.html).toBe('<div><div class="inner">nested</div></div>');
  expect(r.where).toEqual(['5 warning attribute-not-allowed', '12 warning remote-url-refused']);
});

test('revealOptions: allowlisted settings reach reveal.js, size and transition the deck; the rest warn', () => {
  const r = load('---\nrevealOptions:\n  transition: default\n  slideNumber: c/t\n  controls: false\n  width: 1000\n  plugins: [evil]\n  center: maybe\n---\n# A\n');
  expect(r.deck!.config).toMatchObject({ transition: 'slide', width: 1000 });
  expect(runtimeSettings(r.deck!, {}, true).reveal).toMatchObject({ slideNumber: 'c/t', controls: false, width: 1000, transition: 'slide' });
  expect(r.where).toEqual(['7 warning config-reveal-option-unknown', '8 warning config-reveal-option-value']);
});

test('reveal.js themes and highlight.js styles by name; an unknown theme warns and the default is used', () => {
  expect(load('---\ntheme: league\nhighlightTheme: base16/zenburn\ntransition: default\n---\n# A\n').deck!.config).toMatchObject({ theme: 'league', highlightTheme: 'base16/zenburn', transition: 'slide' });
  const r = load('---\ntheme: leage\nhighlightTheme: nope\n---\n# A\n');
  expect(r.deck!.config.theme).toBe('projector');
  expect(r.where).toEqual(['2 warning config-theme-unknown', '3 warning config-highlight-theme-unknown']);
});

test('the language comes from the text when the settings give none', () => {
  expect(load('# Hello\n\nAn English talk about markdown.\n').deck!.config.lang).toBe('en');
  expect(load('# Привет\n\nДоклад о презентациях.\n').deck!.config.lang).toBe('ru');
  expect(load('# 企业微信\n\n连接人和企业 with WeChat\n').deck!.config.lang).toBe('zh-CN');
  expect(load('# スライド\n\nマークダウンで発表する\n').deck!.config.lang).toBe('ja');
  expect(load('---\nlang: de\n---\n# Hello\n').deck!.config.lang).toBe('de');
});

test('Marp: directives become attributes, other comments notes, ![bg] a background; --- under text is a heading', () => {
  const r = load(
    '---\nmarp: true\ntheme: gaia\npaginate: true\n_paginate: false\nclass: invert\n---\n<!-- _class: lead -->\n# Title\n\n<!-- Say who you are -->\n\n---\n\n![bg contain](pic.png)\nSetext\n---\n\n<!-- footer: Acme **Inc** -->\nText\n',
  );
  expect(r.deck!.config).toMatchObject({ dialect: 'marp', theme: 'beige' });
  expect(r.slides).toHaveLength(2);
  expect(r.slides[0]!.attributes.class).toBe('marp-slide marp-theme-gaia lead');
  expect(r.slides[0]!.notesText).toBe('Say who you are');
  expect(r.slides[0]!.html).not.toContain('Say who');
  // Pages are counted from the first slide, whose number is not shown.
  expect(r.slides.map((s) => s.attributes['data-marpit-pagination'])).toEqual([undefined, '2']);
  // `class: invert` carries on; on Marp's gaia theme it is its dark colours.
  expect(r.slides[1]!.attributes).toMatchObject({ class: 'marp-slide marp-theme-gaia invert', 'data-background-color': '#455a64', 'data-background-size': 'contain' });
  expect(r.slides[1]!.html).toContain('<h2');
  expect(r.slides[1]!.html).toMatch(/<div class="marp-footer">\s*<p>Acme <strong>Inc<\/strong><\/p>\s*<\/div>/);
  expect(r.slides[1]!.html).toMatch(/<style>@scope \{\n:scope \{ color: #fff8e1;/);
  expect(r.diagnostics.filter((d) => d.code === 'dialect-unsupported' || d.code === 'config-unsupported')).toEqual([]);
});

test('Marp: split, several and filtered backgrounds are a layer beside the content; pictures take their size keywords; <!--fit--> marks the heading', () => {
  const r = load(
    '---\nmarp: true\nheader: Talk\n---\n![bg left:40% fit](a.png)\n\n# <!--fit--> Big\n\n![w:200 sepia](b.png)\n\n---\n\n![bg](a.png)\n![bg blur](b.png)\n\n---\n\n<!-- _header: "" -->\n![bg opacity:.3](a.png)\n',
  );
  const [split, two, faded] = r.slides as [Slide, Slide, Slide];
  expect(split.html).toContain('<h1 class="marp-fit"> Big</h1>');
  expect(split.html).toMatch(/<div class="marp-bg marp-bg-left" style="width:40%"><div class="marp-bg-cell"><img src="media\/a-[0-9a-f]+\.png" alt="" style="object-fit:contain" \/><\/div><\/div>/);
  expect(split.html).toContain('--marp-pad-left: calc(40% + var(--marp-padding-x))');
  expect(split.html).toMatch(/<img src="media\/b-[0-9a-f]+\.png" alt="" style="width:200px;filter:sepia\(1\)" \/>/);
  expect(split.html).toMatch(/<div class="marp-header">\s*<p>Talk<\/p>\s*<\/div>/);
  expect(two.html.match(/class="marp-bg-cell"/g)).toHaveLength(2);
  expect(two.html).toContain('filter:blur(10px)');
  expect(faded.attributes).toMatchObject({ 'data-background-opacity': '.3', 'data-background-size': 'cover' });
  expect(faded.attributes['data-background-image']).toMatch(/^media\/a-/);
  expect(faded.html).not.toContain('marp-header');
  // Marp's syntax shown as code stays code.
  const shown = load('---\nmarp: true\n---\n`![bg](a.png)` and\n\n```\n![bg left](a.png)\n<style>h1 { color: red }</style>\n```\n');
  expect(shown.slides[0]!.attributes['data-background-image']).toBeUndefined();
  expect(shown.slides[0]!.html).toContain('<code>![bg](a.png)</code>');
  expect(shown.slides[0]!.html).toContain('![bg left](a.png)\n&lt;style&gt;h1 { color: red }&lt;/style&gt;');
});

test('Marp: a deck whose settings are in a first comment is Marp\'s; headingDivider starts a slide at each heading of its levels', () => {
  const r = load('<!--\ntheme: uncover\nheadingDivider: 2\npaginate: true\n-->\n\n<!-- _class: lead -->\n\n# Title\n\n## One\n\n```\n# code\n```\n\n### Not split\n\n## Two\n');
  expect(r.deck!.config).toMatchObject({ dialect: 'marp', theme: 'simple' });
  expect(r.slides.map((s) => s.title)).toEqual(['Title', 'One', 'Two']);
  expect(r.slides[0]!.attributes.class).toBe('marp-slide marp-theme-uncover lead');
  expect(r.slides[1]!.html).toContain('<h3>Not split</h3>');
  expect(r.diagnostics).toEqual([]);
});

test('Slidev: per-slide front matter is consumed, the last comment is the notes, v-clicks are fragments, components warn', () => {
  const r = load(
    '---\ntheme: seriph\nlayout: cover\nduration: 20min\n---\n# Cover\n\n<!-- opening words -->\n\n---\nlayout: center\nclass: text-center\n---\n\n# Middle\n\n<v-clicks>\n\n- one\n- two\n\n</v-clicks>\n\n<Counter :count="10" />\n\n---\nhide: true\n---\n\n# Hidden\n',
  );
  expect(r.deck!.config).toMatchObject({ dialect: 'slidev', theme: 'serif', durationMinutes: 20 });
  expect(r.slides.map((s) => s.title)).toEqual(['Cover', 'Middle']);
  expect(r.slides[0]!.attributes.class).toBe('layout-cover');
  expect(r.slides[0]!.notesText).toBe('opening words');
  expect(r.slides[1]!.attributes.class).toBe('layout-center text-center');
  expect(r.slides[1]!.fragments).toBe(2);
  expect(r.slides[1]!.html).not.toMatch(/layout:/);
  expect(r.slides[1]!.html).toContain('&lt;Counter');
  expect(r.diagnostics.map((d) => d.message)).toContain('Slidev component <Counter> is not supported; shown as text');
  // Icons are left out (named in a warning), not shown as markup.
  const icons = load('---\nlayout: cover\n---\n# A <carbon:arrow-right class="inline"/> <mdi-github />\n\n<img data-src="pic.png" alt="lazy">\n');
  expect(icons.slides[0]!.html).toMatch(/^\s*<h1>A\s*<\/h1>/);
  expect(icons.diagnostics.map((d) => d.message)).toEqual(['Slidev icon <carbon:arrow-right> is not supported; it is left out', 'Slidev icon <mdi-github> is not supported; it is left out']);
  // reveal.js's lazy `data-src` is the picture's source.
  expect(icons.slides[0]!.html).toMatch(/<img alt="lazy" src="media\/pic-[0-9a-f]+\.png" \/>/);
});
