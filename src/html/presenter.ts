// Deck → presenter.html, the presenter view: two preview iframes of the deck page
// (current and next slide), the notes, the clock, the diagnostics panel with its badge,
// and a third, unseen frame of the deck page: the layout check, which measures every
// slide for the panel (src/present/layout-check.ts). Same CSP
// as the deck page: its script and styles are files (sitePaths.presenterScript and
// presenterCss), which the site builder adds.
import type { Deck } from '../deck/model.js';
import { layoutCheckParam, layoutCheckQuery, runtimeElementId, sitePaths } from '../contract.js';
import { escapeHtml } from '../escape.js';
import { renderHead, runtimeJson, runtimeSettings, type PageOptions } from './page.js';


export function renderPresenterPage(deck: Deck, options: PageOptions): string {
  const { config } = deck;
  const settings = runtimeSettings(deck, options.runtime, false);
  const ratio = (config.width / config.height).toFixed(4);
  return `${renderHead(config.lang, `Presenter · ${config.title}`, [...options.styles, sitePaths.presenterCss])}
<body class="presenter">
<header class="bar">
  <div class="position" title="slide n / N"><span id="slide-number">–</span><span class="of">/</span><span id="slide-total">–</span><span id="slide-source" class="source"></span></div>
  <div id="timer" class="timer">
    <span id="elapsed" class="elapsed">0:00</span>
    <button id="timer-start" type="button">Start</button>
    <button id="timer-pause" type="button">Pause</button>
    <button id="timer-reset" type="button">Reset</button>
  </div>
  <div id="pace" class="pace"></div>
  <button id="diagnostics-badge" class="diagnostics-badge" type="button" aria-controls="diagnostics" aria-expanded="false" title="What to fix in the deck: show or hide" hidden></button>
  <div id="clock" class="clock" title="wall clock"></div>
</header>
<main class="stage" style="--slide-ratio: ${ratio}">
  <section class="current">
    <h2>Current</h2>
    <div class="frame"><iframe id="current-frame" src="index.html?role=preview" tabindex="-1" title="Current slide"></iframe>
      <div id="black-badge" class="badge black" hidden>Audience screen is black — press B</div>
      <div id="overview-badge" class="badge" hidden>Overview — Enter picks the slide</div></div>
  </section>
  <section class="next">
    <h2>Next</h2>
    <div class="frame"><iframe id="next-frame" src="index.html?role=preview" tabindex="-1" title="Next slide or fragment"></iframe>
      <div id="end-badge" class="badge" hidden>End of the deck</div></div>
  </section>
  <section class="notes-panel">
    <div class="notes-tools"><h2>Notes</h2>
      <button id="notes-smaller" type="button" title="Smaller notes (-)">A−</button>
      <button id="notes-larger" type="button" title="Larger notes (+)">A+</button></div>
    <div id="notes" class="notes"></div>
  </section>
</main>
<section id="diagnostics" class="diagnostics" hidden>
  <div class="diagnostics-head"><h2 id="diagnostics-title"></h2><button id="diagnostics-hide" type="button">Hide</button></div>
  <ul id="diagnostics-list"></ul>
</section>
<iframe id="layout-frame" class="layout-check" data-src="${escapeHtml(`${sitePaths.page}${layoutCheckQuery}&${layoutCheckParam}`)}" style="width: ${config.width}px; height: ${config.height}px" tabindex="-1" aria-hidden="true" title="Layout check"></iframe>
<script type="application/json" id="${runtimeElementId}">${runtimeJson(settings)}</script>
<script src="${sitePaths.presenterScript}"></script>
</body>
</html>
`;
}
