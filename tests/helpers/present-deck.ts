// A small deck written to a temporary folder for the presenter and serve tests: five
// slides (one with two fragments, one vertical stack), notes on each, a planned duration.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const presentDeckFiles: Record<string, string> = {
  'deck.yaml': 'title: 测试演示\nlang: zh-CN\nduration: 10\ntransition: none\n',
  '01-start.md': '# 第一页：开场\n\nNote: 开场白的备注。\n\n---\n\n## 第二页：要点\n\n- 甲 <!-- .element: class="fragment" -->\n- 乙 <!-- .element: class="fragment" -->\n\nNote: 第二页的备注。\n',
  '02-more.md': '## 第三页：纵向上\n\nNote: 第三页的备注。\n\n----\n\n## 第四页：纵向下\n\nNote: 第四页的备注。\n\n---\n\n## 第五页：结尾\n\nNote: 结尾的备注。\n',
};

export function writePresentDeck(): string {
  const dir = mkdtempSync(join(tmpdir(), 'deck-present-'));
  for (const [name, text] of Object.entries(presentDeckFiles)) writeFileSync(join(dir, name), text);
  return dir;
}
