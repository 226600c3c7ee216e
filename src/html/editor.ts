// The editor page (editor.html): file tabs and outline, the CodeMirror editor, the live
// slide under the cursor (a preview iframe of the draft site) and the diagnostics. Its
// script and styles are files (app/editor.js, app/editor.css), under the deck page's CSP;
// the deck's files come inside the page, so the script shows them without asking first.
import { inertJson, renderHead } from './page.js';
import { editorOpeningElementId, editorPaths, sitePaths, type EditorOpening } from '../contract.js';

const draftPrefix = editorPaths.draft;

export function renderEditorPage(title: string, lang: string, opening: EditorOpening): string {
  return `${renderHead(lang, `Edit · ${title}`, ['app/editor.css', `${draftPrefix}${sitePaths.fontsCss}`])}
<body class="editor">
<header class="bar">
  <nav id="tabs" class="tabs" aria-label="Deck files"></nav>
  <button id="new-file" type="button" title="Add a markdown file to the deck">+ File</button>
  <button id="rename-file" type="button" title="Rename this file">Rename</button>
  <span id="status" class="status" role="status"></span>
  <label class="autosave"><input id="autosave" type="checkbox" checked> Autosave</label>
  <button id="save" type="button" title="Save (Ctrl+S)">Save</button>
</header>
<main class="panes">
  <aside class="outline" aria-label="Slides"><ol id="outline"></ol></aside>
  <section class="source"><div id="conflict" class="conflict" hidden></div><div id="code" class="code"></div></section>
  <section class="preview">
    <div class="frame"><iframe id="preview-frame" src="${draftPrefix}index.html?role=preview" tabindex="-1" title="The slide under the cursor"></iframe></div>
    <div id="notes" class="notes" hidden></div>
    <label class="show-notes"><input id="show-notes" type="checkbox"> Notes</label>
    <ul id="diagnostics" class="diagnostics"></ul>
  </section>
</main>
<dialog id="recovery" class="recovery"></dialog>
<script type="application/json" id="${editorOpeningElementId}">${inertJson(opening)}</script>
<script src="app/editor.js"></script>
</body>
</html>
`;
}
