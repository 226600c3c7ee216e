// Markdown built to exhaust the renderer, shared by the tests (which assert the
// diagnostic) and the benchmark (which times `deck check` on each).
export interface HostileMarkdown {
  name: string;
  markdown: () => string;
  /** The diagnostic `deck check` must end with: code and line in slides.md. */
  code: string;
  line: number;
  /** Only timed by the benchmark (the loader's own per-file reports; slow to assert in a test). */
  benchOnly?: boolean;
}

export const hostileMarkdown: HostileMarkdown[] = [
  { name: 'a list indented 2,000 levels', markdown: () => Array.from({ length: 2000 }, (_, i) => `${'  '.repeat(i)}- item ${i}`).join('\n'), code: 'markdown-too-deep', line: 51 },
  { name: '10,000 nested > quotes', markdown: () => `# quotes\n\n${'>'.repeat(10_000)} deep`, code: 'markdown-too-deep', line: 3 },
  { name: 'a 20 MB single line', markdown: () => `# long\n\n${'a'.repeat(20_000_000)}`, code: 'markdown-line-too-long', line: 3 },
  { name: '150k spaces inside a background href', markdown: () => `# bg\n\n<!-- .slide: data-background-image="x${' '.repeat(150_000)}y.png" -->`, code: 'asset-unreadable', line: 3 },
  { name: '150k spaces inside a link', markdown: () => `# link\n\n<a href="x${' '.repeat(150_000)}y">a</a> [b](<x${' '.repeat(150_000)}y>)`, code: '', line: 0 },
  { name: 'a code fence info string of 150k spaces', markdown: () => `\`\`\`js${' '.repeat(150_000)}x\ncode\n\`\`\``, code: '', line: 0 },
  { name: '20,000 refused images in one paragraph', markdown: () => `# images\n\n${Array.from({ length: 20_000 }, (_, i) => `![i${i}](javascript:${i})`).join(' ')}`, code: 'unsafe-url-refused', line: 3 },
  { name: '20,000 missing images, one per paragraph', markdown: () => `# images\n\n${Array.from({ length: 20_000 }, (_, i) => `![i${i}](missing-${i}.png)`).join('\n\n')}`, code: 'asset-missing', line: 3, benchOnly: true },
];
