// One decoded markdown file → its slides, appended to the deck's stacks: split at the
// separators, notes taken off, each part rendered, the renderer's questions (assets) and
// problems (reports) mapped back to file lines. No disk access: load.ts reads.
import type { AssetResolver } from './assets.js';
import { error, warning } from './diagnostics.js';
import { marpSlide, marpState, type DialectSlide } from './dialects/marp.js';
import { slidevSlide } from './dialects/slidev.js';
import type { DeckConfig, Diagnostic, Stack } from './model.js';
import { splitNotes } from './notes.js';
import { shiftDiagramLines } from './markdown/mermaid.js';
import { asPlainText, type SlideRenderer, type RenderedSlide } from './render.js';
import type { RenderContext } from './render-context.js';
import { splitByPatterns, splitSlides } from './split.js';
import { escapeHtml } from '../escape.js';
import { htmlToText } from './text.js';
import { shiftSourceLines } from './markdown/source-lines.js';

/** A markdown source of the deck, decoded, with the file line its text starts on. */
export interface SourceFile {
  /** As shown in diagnostics: relative to the deck folder. */
  name: string;
  abs: string;
  text: string;
  firstLine: number;
}

/** The deck's dialect and its settings, as config.ts read them. */
export interface DialectContext {
  config: Pick<DeckConfig, 'dialect' | 'separators'>;
  /** The settings as plain data (Marp's global directives, Slidev's head matter). */
  raw: Record<string, unknown>;
}

const plainReveal: DialectContext = { config: { dialect: 'reveal', separators: { horizontal: '', vertical: '', notes: '' } }, raw: {} };

export function addFileSlides(source: SourceFile, render: SlideRenderer, assets: AssetResolver, stacks: Stack[], report: (d: Diagnostic) => void, dialect: DialectContext = plainReveal): void {
  const file = source.name;
  const { separators } = dialect.config;
  const split =
    dialect.config.dialect === 'reveal' && (separators.horizontal || separators.vertical)
      ? splitByPatterns(source.text, source.firstLine, separators.horizontal, separators.vertical)
      : splitSlides(source.text, source.firstLine, dialect.config.dialect, dialect.config.dialect === 'marp' ? { headingLevels: headingDivider(dialect.raw.headingDivider) } : {});
  const marp = dialect.config.dialect === 'marp' ? marpState(dialect.raw, split.slides.map((s) => s.text).filter((t) => t.trim() !== '')) : null;
  // Slidev's head matter is also the first slide's front matter.
  const headMatter = Object.fromEntries(Object.entries(dialect.raw).filter(([k]) => ['layout', 'class', 'background', 'image'].includes(k)));
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
  split.slides.forEach((raw, index) => {
    // A blank slide is skipped, unless Slidev front matter makes it one (its layout, its background).
    if (raw.text.trim() === '' && !raw.matter) return;
    let converted: DialectSlide | null = null;
    if (marp) converted = marpSlide(raw.text, marp);
    else if (dialect.config.dialect === 'slidev') converted = slidevSlide(raw.text, raw.matter?.text, index === 0 ? headMatter : undefined);
    for (const u of converted?.unsupported ?? []) {
      report(warning({ file, line: u.line < 0 ? (raw.matter?.line ?? raw.startLine) : raw.startLine + u.line }, 'dialect-unsupported', u.what, u.hint));
    }
    if (converted?.hidden) return;
    // A dialect's slide attributes come as one added first line: lines below it map back one up.
    const added = converted && converted.text.startsWith('<!-- .slide:') && !raw.text.startsWith('<!-- .slide:') ? 1 : 0;
    const parts = converted
      ? { body: converted.text, notes: converted.notes, notesLine: 0, several: [] }
      : splitNotes(raw.text, separators.notes || undefined);
    if (parts.several.length > 1) {
      const marker = (separators.notes || '^Notes?:').replace(/^\^/, '');
      report(
        warning(
          { file, line: raw.startLine + parts.several[1]! },
          'notes-several',
          `this slide has ${parts.several.length} notes lines (lines ${parts.several.map((l) => raw.startLine + l).join(', ')}); reveal.js then reads none of them as notes, so they are all shown on the slide, as in reveal.js and reveal-md`,
          `Keep one ${marker === 'Notes?:' ? '`Note:`' : `notes line (${marker})`} per slide: the notes run from it to the end of the slide, several paragraphs included.`,
        ),
      );
    }
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
    const body = renderSafely(render, parts.body, contextAt(raw.startLine - added, parts.body), { file, line: raw.startLine }, report);
    const notesMarkdown = parts.notes.trim() === '' ? '' : parts.notes;
    const lineNotes = notesMarkdown ? renderSafely(render, notesMarkdown, contextAt(notesStartLine, notesMarkdown), { file, line: notesStartLine }, report).html : '';

    if (raw.startsStack || !stackOpenInFile) {
      stacks.push({ slides: [] });
      stackOpenInFile = true;
    }
    const stack = stacks[stacks.length - 1]!;
    // Raw <section>s make a slide each (a stack, as in reveal.js): the `.slide:` attributes
    // go to the first, the `Note:` notes (which reveal.js would leave on the stack, where
    // no speaker view shows them) to the last.
    const pieces = body.sections ?? [{ ...body, line: 1 }];
    const firstLine = raw.startLine - added;
    const bodyLines = parts.body.split('\n');
    pieces.forEach((piece, i) => {
      const last = i === pieces.length - 1;
      const from = Math.max(raw.startLine, firstLine + piece.line - 1);
      const to = last ? Math.max(raw.startLine, raw.endLine) : Math.max(from, firstLine + pieces[i + 1]!.line - 2);
      // As reveal.js's speaker view reads them: the slide's asides, then the `Note:` notes
      // (which reveal.js's markdown plugin appends to the slide as one more aside).
      // Source lines (the editor's draft) count from the slide's first line; the renderer
      // counted from the body's, the notes' from theirs. (A remembered render may be shared
      // with later loads: it is not changed.)
      const shift = from - firstLine;
      const notesHtml = [shiftSourceLines(piece.notesHtml, -shift), last ? shiftSourceLines(lineNotes, notesStartLine - from) : ''].filter(Boolean).join('\n');
      stack.slides.push({
        h: stacks.length - 1,
        v: stack.slides.length,
        file,
        startLine: from,
        endLine: to,
        markdown: pieces.length === 1 ? parts.body : bodyLines.slice(from - firstLine, to - firstLine + 1).join('\n'),
        html: shiftSourceLines(shiftDiagramLines(piece.html, shift), -shift),
        attributes: i === 0 && body.sections ? { ...body.attributes, ...piece.attributes } : piece.attributes,
        notesHtml,
        notesText: notesHtml ? htmlToText(notesHtml) : '',
        title: piece.title,
        titleLevel: piece.titleLevel,
        fragments: piece.fragments,
      });
    });
  });
}

/** Marp's `headingDivider`: a level (every heading up to it) or a list of levels. */
function headingDivider(value: unknown): ReadonlySet<number> | undefined {
  if (typeof value === 'number' && value >= 1 && value <= 6) return new Set(Array.from({ length: Math.floor(value) }, (_, i) => i + 1));
  if (Array.isArray(value)) {
    const levels = value.filter((v): v is number => typeof v === 'number' && v >= 1 && v <= 6);
    return levels.length ? new Set(levels) : undefined;
  }
  return undefined;
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
