import { test } from 'vitest';
import { createSlideRenderer } from '../../../src/deck/render.js';
import { stubContext } from './context.js';
test('probe', () => {
  const r = createSlideRenderer();
  const ctx = stubContext({ 'a.png': 'x', 'd.svg': '<?xml version="1.0"?><!DOCTYPE svg><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="alert(1)"><style>body{display:none}</style><defs><linearGradient id="g"><stop offset="0" stop-color="red"/></linearGradient></defs><rect width="10" height="10" fill="url(#g)"/><text x="1" y="5" font-size="3">中文 &amp; x</text><script>alert(1)</script><foreignObject><div>hi</div></foreignObject><use href="#g"/><use xlink:href="http://evil/x.svg#a"/></svg>' });
  const md = `# Title *x* &amp; y

<!-- .slide: data-background-color="#fff" class="intro" data-background-iframe="javascript:alert(1)" onclick="x" -->

- one
- two <!-- .element: class="fragment" -->
- three
<!-- .element: class="fragment fade-up" data-fragment-index="2" -->

Para
<!-- .element: style="color:red" onclick="alert(1)" -->

![diagram](d.svg)
![photo](a.png)
![remote](https://evil.example/x.png)

<img src=x onerror=alert(1)><script>alert(1)</script>
[x](javascript:alert(1)) <a href="jav&#x09;ascript:alert(1)">t</a> <https://ok.example> [ok](https://x.y)

\`\`\`js
const a = 1; // 中
\`\`\`

- [x] done
`;
  const out = r(md, ctx);
  console.log(out.html); console.log(out.attributes, out.fragments, out.title, out.titleLevel);
  for (const p of ctx.problems) console.log(p.line, p.code, p.message);
});
