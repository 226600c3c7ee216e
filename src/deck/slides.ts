// One decoded markdown file → its slides, appended to the deck's stacks: split at the
// separators, notes taken off, each part rendered, the renderer's questions (assets) and
// problems (reports) mapped back to file lines. No disk access: load.ts reads.
import type { AssetResolver } from './assets.js';
import { error, warning } from './diagnostics.js';
import type { Diagnostic, Slide, Stack } from './model.js';
import { splitNotes } from './notes.js';
import { asPlainText, type SlideRenderer, type RenderedSlide } from './render.js';
import type { RenderContext } from './render-context.js';
import { splitSlides } from './split.js';
import { htmlToText } from './text.js';

/** A markdown source of the deck, decoded, with the file line its text starts on. */
export interface SourceFile {
  /** As shown in diagnostics: relative to the deck folder. */
  name: string;
  abs: string;
  text: string;
  firstLine: number;
}

export function addFileSlides(source: SourceFile, render: SlideRenderer, assets: AssetResolver, stacks: Stack[], report: (d: Diagnostic) => void): void {
  const file = source.name;
  const split = splitSlides(source.text, source.firstLine);
  const fileLines = source.text.split('\n');
  const lineText = (line: number) => fileLines[line - source.firstLine] ?? '';

  for (const line of split.ambiguousSeparators) {
    report(
      warning(
        { file, line },
        'separator-ambiguous',
        `this ${lineText(line).trim()} is read as a slide break, but other markdown tools read it as underlining the line above (a heading)`,
        'Put a blank line above --- to make the break explicit, or use `## heading` for a heading.',
      ),
    );
  }
  if (split.unclosedFence) {
    report(
      warning(
        { file, line: split.unclosedFence },
        'fence-unclosed',
        'this code block is never closed, so every slide break after it is read as code',
        `Close the block with a line holding only ${/^\s*(`{3,}|~{3,})/.exec(lineText(split.unclosedFence))?.[1] ?? '```'}.`,
      ),
    );
  }

  // Each file starts a new horizontal slide; a vertical slide with nothing above it in
  // its file starts one too.
  let stackOpenInFile = false;
  for (const raw of split.slides) {
    if (raw.text.trim() === '') continue;
    const parts = splitNotes(raw.text);
    const notesStartLine = raw.startLine + parts.notesLine;
    const contextAt = (firstLine: number, text: string): RenderContext => ({
      resolveAsset(src, line) {
        const fileLine = firstLine + line - 1;
        const column = lineText(fileLine).indexOf(src) + 1;
        return assets.resolve({ fileAbs: source.abs, file, src, line: fileLine, column: Math.max(1, column) });
      },
      report(problem) {
        const fileLine = Math.min(Math.max(1, problem.line), text.split('\n').length) + firstLine - 1;
        report({ file, line: fileLine, column: Math.max(1, problem.column), severity: problem.severity, code: problem.code, message: problem.message, hint: problem.hint });
      },
    });
    const body = renderSafely(render, parts.body, contextAt(raw.startLine, parts.body), { file, line: raw.startLine }, report);
    const notesMarkdown = parts.notes.trim() === '' ? '' : parts.notes;
    const notesHtml = notesMarkdown ? renderSafely(render, notesMarkdown, contextAt(notesStartLine, notesMarkdown), { file, line: notesStartLine }, report).html : '';

    if (raw.startsStack || !stackOpenInFile) {
      stacks.push({ slides: [] });
      stackOpenInFile = true;
    }
    const stack = stacks[stacks.length - 1]!;
    const slide: Slide = {
      h: stacks.length - 1,
      v: stack.slides.length,
      file,
      startLine: raw.startLine,
      endLine: Math.max(raw.startLine, raw.endLine),
      markdown: parts.body,
      html: body.html,
      attributes: body.attributes,
      notesHtml,
      notesText: notesHtml ? htmlToText(notesHtml) : '',
      title: body.title,
      titleLevel: body.titleLevel,
      fragments: body.fragments,
    };
    stack.slides.push(slide);
  }
}

/**
 * The one fallback for a slide that fails to render: input marked cannot handle is
 * refused up front with its cause (src/deck/markdown/limits.ts), so what lands here is
 * unforeseen. The slide shows its text as typed, and the deck goes on.
 */
function renderSafely(render: SlideRenderer, markdown: string, ctx: RenderContext, place: { file: string; line: number }, report: (d: Diagnostic) => void): RenderedSlide {
  try {
    return render(markdown, ctx);
  } catch (e) {
    report(
      error(
        place,
        'render-failed',
        `this slide could not be rendered (${(e instanceof Error ? `${e.name}: ${e.message}` : String(e)).split('\n')[0]}); it is shown as plain text`,
        'This is a bug in the app or a limit it does not know yet; please report it with this slide. Simplifying the slide may work around it.',
      ),
    );
    return asPlainText(markdown);
  }
}
