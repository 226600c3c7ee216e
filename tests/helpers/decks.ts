// Decks written to temporary folders for build tests and the benchmark.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Deck, Slide } from '../../src/deck/model.js';
import { defaultConfig } from '../../src/deck/config.js';

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `${prefix}-`));
}

/**
 * A small deck that uses what the build must carry: Chinese text in both weights, a code
 * block, a vertical stack, speaker notes, a fragment and an SVG image.
 */
export function writeFixtureDeck(dir: string): string {
  mkdirSync(join(dir, 'images'), { recursive: true });
  writeFileSync(
    join(dir, 'deck.yaml'),
    'title: 构建测试\nlang: zh-CN\naspect: "16:9"\ntransition: none\nduration: 5\n',
  );
  writeFileSync(
    join(dir, 'images', 'box.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100"><rect width="200" height="100" fill="#1565c0"/></svg>\n',
  );
  writeFileSync(
    join(dir, '01-start.md'),
    `# 企业微信的二十年

**连接人和企业**

七款产品，一个视角。

Note:
讲者备注：这一句观众不应看到。

---

## 代码与图片

\`\`\`js
const answer = 42; // 注释
\`\`\`

![蓝色方块](images/box.svg)

---

## 第三页：纵向

- 第一点
- 第二点 <!-- .element: class="fragment" -->

----

## 纵向第二页

最后一页
`,
  );
  return dir;
}

/** A deck of `count` slides over ten files, each slide with a heading, a list and notes. */
/**
 * `mathAndCode`: one slide in `every` also has a formula of its own, and another one in
 * `every` a highlighted code block with step highlights (every slide, with 1).
 */
export function writeLargeDeck(dir: string, count: number, options: { mathAndCode?: boolean; every?: number } = {}): string {
  const every = options.every ?? 1;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'deck.yaml'), 'title: 一千页\nlang: zh-CN\n');
  const perFile = Math.ceil(count / 10);
  for (let f = 0; f < 10; f++) {
    const slides: string[] = [];
    for (let i = f * perFile; i < Math.min(count, (f + 1) * perFile); i++) {
      const formula = options.mathAndCode && i % every === 0 ? `\n\n增长 $g_{${i}} = \\frac{a^2 + b_{${i}}}{\\sqrt{n}}$` : '';
      const code = options.mathAndCode && (i + Math.floor(every / 2)) % every === 0
        ? `\n\n\`\`\`js [1|2-3]\nconst users${i} = await load(${i});\nconst active = users${i}.filter((u) => u.active);\nconsole.log(active.length);\n\`\`\``
        : '';
      const extra = formula + code;
      slides.push(`## 第 ${i + 1} 页：产品定位\n\n- 企业微信连接**人和企业**\n- 第 ${i + 1} 条要点，*强调*与 \`code\`\n- 2019 年发布 3.0 版本${extra}\n\nNote:\n这是第 ${i + 1} 页的讲者备注。`);
    }
    writeFileSync(join(dir, `${String(f).padStart(2, '0')}-part.md`), slides.join('\n\n---\n\n') + '\n');
  }
  return dir;
}

function slide(h: number, v: number, html: string, notes = ''): Slide {
  return {
    h, v, file: '01.md', startLine: 1 + h * 10 + v, endLine: 5 + h * 10 + v, markdown: '', html, attributes: {},
    notesHtml: notes ? `<p>${notes}</p>` : '', notesText: notes, title: '', titleLevel: 0, fragments: 0,
  };
}

/** A deck model built by hand, for tests of the build that must not depend on the loader. */
export function handMadeDeck(root: string, assets: Deck['assets'] = []): Deck {
  return {
    root,
    config: { ...defaultConfig, title: '手工 &lt;测试&gt;', lang: 'zh-CN' },
    stacks: [
      { slides: [slide(0, 0, '<h1>企业微信</h1>', '备注文字')] },
      { slides: [slide(1, 0, '<h2>纵向</h2>'), slide(1, 1, '<p>第二页 &amp; 更多</p>')] },
    ],
    assets,
  };
}
