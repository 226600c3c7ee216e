// What the finished site fetches, as `deck build` judges it: every kind of load is
// found, and nothing that is only a link, a namespace name or text is.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { buildOfflineFolder } from '../../../src/build/offline.js';
import { findRemoteUrls } from '../../../src/build/remote-urls.js';
import { siteLoads } from '../../../src/build/site-loads.js';
import { joinSlides } from '../../../src/contract.js';
import { loadDeck } from '../../../src/deck/load.js';
import type { SiteFiles } from '../../../src/site/site.js';
import { tempDir } from '../../helpers/decks.js';

const site = (entries: Record<string, string>): SiteFiles => new Map(Object.entries(entries));
const remote = (entries: Record<string, string>) => findRemoteUrls(site(entries)).map((r) => r.url);

test('links, bare URLs, namespace names and text are not loads', () => {
  const page = `<p>see https://text.test/ and <a href="https://docs.test/guide">docs</a> <a href="http://bare.test">http://bare.test</a></p>
    <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><a href="https://svg-link.test/"><text>t</text></a><use href="#local"/></svg>
    <link rel="canonical" href="https://canonical.test/"><form action="https://form.test/"></form>`;
  const notes = '<p>ask <a href="mailto:x@y.test">me</a>, <a href="https://notes-link.test/">more</a></p>';
  expect(remote({
    'index.html': page,
    'presenter.html': page,
    'deck.json': JSON.stringify({ stacks: [{ slides: [{ html: page, notesHtml: notes, notesText: 'see <https://notes-text.test/>' }] }] }),
    'media/a.svg': '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><a href="https://x.test/"><title>https://title.test/</title></a></svg>',
  })).toEqual([]);
});

test.each([
  ['img src', '<img src="https://r.test/1">'],
  ['img srcset, second candidate', '<img srcset="a.png 1x, https://r.test/1 2x">'],
  ['source srcset in picture', '<picture><source srcset="https://r.test/1"></picture>'],
  ['video poster', '<video poster="//r.test/1"></video>'],
  ['audio src', '<audio src="https://r.test/1"></audio>'],
  ['track src', '<video><track src="https://r.test/1"></video>'],
  ['iframe src', '<iframe src="https://r.test/1"></iframe>'],
  ['iframe srcdoc', '<iframe srcdoc="<img src=https://r.test/1>"></iframe>'],
  ['object data', '<object data="https://r.test/1"></object>'],
  ['embed src', '<embed src="https://r.test/1">'],
  ['script src', '<script src="https://r.test/1"></script>'],
  ['link stylesheet', '<link rel="stylesheet" href="https://r.test/1">'],
  ['link icon', '<link rel="icon" href="https://r.test/1">'],
  ['link preload', '<link rel="preload" as="font" href="https://r.test/1">'],
  ['style attribute url()', '<div style="background:url(&quot;https://r.test/1&quot;)"></div>'],
  ['style attribute, escaped url()', '<div style="background:u\\72l(https://r.test/1)"></div>'],
  ['style attribute image-set()', `<div style="background-image:image-set('https://r.test/1' 1x)"></div>`],
  ['<style> @import', '<style>@import "https://r.test/1";</style>'],
  ['<style> font url()', '<style>@font-face{font-family:x;src:url(https://r.test/1)}</style>'],
  ['data-src (reveal.js lazy loading)', '<img data-src="https://r.test/1">'],
  ['data-background-image', '<section data-background-image="https://r.test/1"></section>'],
  ['data-background-image, second of a list', '<section data-background-image="a.png, https://r.test/1"></section>'],
  ['data-background-image, data: smuggling url()', '<section data-background-image="data:image/png;base64,AA), url(https://r.test/1"></section>'],
  ['data-background-video', '<section data-background-video="a.mp4,https://r.test/1"></section>'],
  ['data-background-iframe', '<section data-background-iframe="https://r.test/1"></section>'],
  ['data-background (image)', '<section data-background="https://r.test/1"></section>'],
  ['data-background (CSS)', '<section data-background="url(https://r.test/1)"></section>'],
  ['data-preview-link', '<a data-preview-link="https://r.test/1">x</a>'],
  ['meta refresh', '<meta http-equiv="refresh" content="0; url=https://r.test/1">'],
  ['base href', '<base href="https://r.test/1">'],
  ['svg image', '<svg><image href="https://r.test/1"/></svg>'],
  ['svg use', '<svg><use xlink:href="https://r.test/1#x"/></svg>'],
  ['svg fill url()', '<svg><rect fill="url(https://r.test/1#g)"/></svg>'],
  ['inline script', '<script>fetch("https://r.test/1")</script>'],
])('%s is a load', (_name, html) => {
  expect(remote({ 'index.html': html })[0]).toMatch(/^(https:)?\/\/r\.test\/1/);
  expect(remote({ 'deck.json': JSON.stringify({ stacks: [{ slides: [{ html, notesHtml: '' }] }] }) })[0]).toMatch(/^(https:)?\/\/r\.test\/1/);
});

test('stylesheets and SVG files: url() and @import are loads, other text is not', () => {
  expect(remote({ 'theme/t.css': '.a{background:url(https://r.test/css)}', 'media/a.svg': '<svg xmlns="http://www.w3.org/2000/svg"><image href="https://r.test/svg"/></svg>' }).sort())
    .toEqual(['https://r.test/css', 'https://r.test/svg']);
  expect(siteLoads(site({ 'theme/t.css': '.a::after{content:"https://text.test/"}' }))).toEqual([]);
});

test('a deck full of links to the web checks clean and builds', async () => {
  const dir = tempDir('links-deck');
  writeFileSync(join(dir, 'drawing.svg'), '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>');
  writeFileSync(
    join(dir, 'slides.md'),
    '# Links\n\n[docs](https://docs.example/guide) and https://bare.example/page and <https://angle.example/>\n\n' +
      '<a href="http://html.example/">html link</a>\n\n![drawing](drawing.svg)\n\n[ref link][r]\n\n[r]: https://ref.example/\n\nNote:\nsee [the spec](https://spec.example/) and https://notes.example/\n',
  );
  const { deck, diagnostics } = loadDeck(dir);
  expect(deck).not.toBeNull();
  expect(diagnostics).toEqual([]);
  const result = await buildOfflineFolder(dir, join(tempDir('links-out'), 'dist'));
  expect(result).toMatchObject({ ok: true, diagnostics: [] });
});

test("deck.json's slides, when the page holds them as they are, are read once (with the page); notes it does not hold are read on their own", () => {
  const section = '<section>\n<img src="https://r.test/slide">\n<aside class="notes"><p>n</p></aside>\n</section>';
  const stacks = [{ slides: [{ html: section, notesHtml: '<p>n</p>' }, { html: '<section>\n</section>', notesHtml: '<img src="https://r.test/note">' }] }];
  const loads = siteLoads(site({ 'index.html': `<div class="slides">\n${joinSlides(stacks)}\n</div>`, 'deck.json': JSON.stringify({ stacks }) }));
  expect(loads.map((l) => `${l.path} ${l.url}`)).toEqual(['index.html https://r.test/slide', 'deck.json https://r.test/note']);
});
