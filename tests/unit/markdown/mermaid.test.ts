// ```mermaid fences: kept as their source in a block the page draws, with the line each
// diagram starts on (for `deck check`'s report), and mermaid's bundle shipped only in the
// decks that have one, never counted as a network load or as slide text.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { sitePaths } from '../../../src/contract.js';
import { loadDeck } from '../../../src/deck/load.js';
import { createSlideRenderer } from '../../../src/deck/render.js';
import { findRemoteUrls } from '../../../src/build/remote-urls.js';
import { buildSite } from '../../../src/site/site.js';
import { siteText } from '../../../src/site/page-text.js';
import { tempDir } from '../../helpers/decks.js';
import { stubContext } from './context.js';

const render = createSlideRenderer();

describe('a mermaid fence', () => {
  test('is a block holding its escaped source and the line of its first line', () => {
    const out = render('# A\n\ntext\n\n```mermaid\ngraph TD\n  A[<b>x</b>] --> B\n```\n', stubContext()).html;
    expect(out).toContain('<div class="mermaid-diagram" data-diagram-line="6"><pre class="mermaid-source"><code class="language-mermaid">graph TD\n  A[&lt;b&gt;x&lt;/b&gt;] --&gt; B</code></pre></div>');
    // A second diagram gets its own line; other fences stay highlighted code.
    const two = render('```mermaid\npie\n```\n\n```js\nlet a\n```\n\n~~~ mermaid {scale: 0.8}\nflowchart LR\n~~~\n', stubContext()).html;
    expect([...two.matchAll(/data-diagram-line="(\d+)"/g)].map((m) => m[1])).toEqual(['2', '10']);
    expect(two).toContain('class="hljs language-js"');
  });

  test('in a slide cut from raw <section>s, or one a dialect adds a line to, counts from the slide’s own first line', () => {
    const dir = tempDir('mermaid-lines');
    writeFileSync(join(dir, 'a.md'), '# One\n\n---\n\n<section>\n\nA\n\n</section>\n<section>\n\n```mermaid\npie\n```\n\n</section>\n');
    const slides = loadDeck(dir).deck!.stacks[1]!.slides;
    expect(slides[1]!.startLine).toBe(10);
    // The fence is on line 12: the diagram's first line is 13, the slide's 4th.
    expect(slides[1]!.html).toContain('data-diagram-line="4"');
    const marp = join(tempDir('mermaid-marp'), 'talk.md');
    writeFileSync(marp, '---\nmarp: true\n---\n<!-- _class: lead -->\n```mermaid\npie\n```\n');
    const slide = loadDeck(marp).deck!.stacks[0]!.slides[0]!;
    expect(slide.startLine + Number(/data-diagram-line="(\d+)"/.exec(slide.html)![1]) - 1).toBe(6);
  });
});

describe('mermaid ships only with decks that have a diagram', () => {
  const siteOf = async (markdown: string) => {
    const dir = tempDir('mermaid-site');
    writeFileSync(join(dir, 'a.md'), markdown);
    return buildSite(loadDeck(dir).deck!);
  };

  test('a deck with a diagram carries mermaid’s bundle and diagrams.css, and the offline check passes it', async () => {
    const files = await siteOf('# A\n\n```mermaid\ngraph TD\n  甲 --> 乙\n```\n');
    expect((files.get(sitePaths.mermaid) as Uint8Array).length).toBeGreaterThan(1_000_000);
    expect(files.get('index.html')).toContain('href="diagrams/diagrams.css"');
    // Its documentation URLs are no loads; the page's CSP keeps it from fetching anything.
    expect(findRemoteUrls(files)).toEqual([]);
    // Its strings are no slide text (the font subset is the slides'; the labels are there as the diagram's source).
    expect(siteText(new Map([[sitePaths.mermaid, files.get(sitePaths.mermaid)!]]))).toEqual([]);
    // siteText lists the characters the subset needs, each once.
    for (const label of ['甲', '乙']) expect(siteText(files).join('')).toContain(label);
  });

  test('a deck without one has none of it', async () => {
    const files = await siteOf('# A\n\n```js\nlet mermaid = 1\n```\n');
    expect(files.has(sitePaths.mermaid)).toBe(false);
    expect(files.get('index.html')).not.toContain('diagrams.css');
  });
});
