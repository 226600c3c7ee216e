// The attribute the editor's draft puts on each block element: its line, counted from the
// slide's first line (see source-lines.ts). A module of its own: the editor page reads it
// without taking in the renderer.
export const sourceLineAttribute = 'data-line';
