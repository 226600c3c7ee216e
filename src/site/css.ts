// Stylesheets copied into a site lose their comments: third-party CSS credits its authors
// with http(s) links there, and the offline build must not contain a single such URL.

/** Removes /* … *\/ comments, leaving strings alone. */
export function stripCssComments(css: string): string {
  return css.replace(/("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|\/\*[\s\S]*?\*\//g, (_, str: string | undefined) => str ?? '');
}
