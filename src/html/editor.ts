// The editor page (editor.html): file tabs and outline, the CodeMirror editor, the live
// slide under the cursor (a preview iframe of the draft site) and the diagnostics. Its
// script and styles are files (app/editor.js, app/editor.css), under the deck page's CSP;
// the deck's files come inside the page, so the script shows them without asking first.
import { inertJson, renderHead } from './page.js';
import { editorOpeningElementId, editorPaths, sitePaths, type EditorOpening } from '../contract.js';

const draftPrefix = editorPaths.draft;

export function renderEditorPage(title: string, lang: string, opening: EditorOpening): string {
  return `${renderHead(lang, `Edit · ${title}`, [editorPaths.css, `${draftPrefix}${sitePaths.fontsCss}`])}
<body class="editor">
<header class="bar">
  <nav id="tabs" class="tabs" aria-label="Deck files"></nav>
  <button id="new-file" type="button" title="Add a markdown file to the deck">+ File</button>
  <button id="rename-file" type="button" title="Rename the file on screen">Rename…</button>
  <label class="autosave" title="Save each file 1.5 s after you stop typing"><input id="autosave" type="checkbox" checked> Autosave</label>
  <button id="save" class="primary" type="button" title="Save every changed file (Ctrl+S)">Save</button>
</header>
<main class="panes">
  <aside class="outline" aria-label="Files and slides"><ol id="outline"></ol></aside>
  <section class="source" aria-label="Source"><div id="conflict" class="conflict" role="alert" hidden></div><div id="code" class="code"></div></section>
  <section class="preview" aria-label="The slide under the cursor">
    <div class="frame"><iframe id="preview-frame" src="${draftPrefix}index.html?role=preview" tabindex="-1" title="The slide under the cursor"></iframe></div>
    <div class="preview-tools"><button id="show-notes" type="button" aria-pressed="false" title="Show the slide's notes as the presenter view shows them">Notes</button></div>
    <section class="problems" aria-label="Problems"><h2 id="diagnostics-count">No problems</h2><ul id="diagnostics" class="diagnostics"></ul></section>
    <section id="notes-panel" class="notes-panel" aria-label="Speaker notes" hidden>
      <div class="notes-tools"><h2>Speaker notes</h2><button id="notes-smaller" type="button" title="Smaller notes">A−</button><button id="notes-larger" type="button" title="Larger notes">A+</button></div>
      <div id="notes" class="notes"></div>
    </section>
  </section>
</main>
<footer class="statusbar"><span id="status" class="status" role="status"></span><span id="where" class="where"></span></footer>
<dialog id="recovery" class="recovery"></dialog>
<dialog id="ask" class="ask"></dialog>
<script type="application/json" id="${editorOpeningElementId}">${inertJson(opening)}</script>
<script src="${editorPaths.script}"></script>
</body>
</html>
`;
}
