// reveal-md's separators are regular expressions the deck's author wrote. A deck is
// untrusted input, so before one is used it must compile and must not be able to
// backtrack for ever: a quantified group that itself contains a quantifier (`(a+)+`,
// `(\s*\n)*`) is the shape behind catastrophic backtracking, as is a back-reference.
// Separators are short literal-ish patterns; refusing those shapes costs real decks nothing.

/** Why the pattern cannot be used, or null when it can. */
export function userRegexProblem(source: string): string | null {
  if (source.length > 200) return 'it is longer than 200 characters';
  try {
    new RegExp(source, 'mg');
  } catch (e) {
    return `it is not a valid regular expression (${(e as Error).message.replace(/^Invalid regular expression: /, '')})`;
  }
  if (/\\[1-9]|\\k</.test(source)) return 'it uses a back-reference';
  if (nestedQuantifier(source)) return 'a repeated group contains another repetition, which can take forever to match';
  return null;
}

/** True when a group that contains a quantifier is itself quantified. */
function nestedQuantifier(source: string): boolean {
  // Per open group: whether a quantifier was seen inside it.
  const stack: boolean[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') stack.push(false);
    else if (c === ')') {
      const hadQuantifier = stack.pop() ?? false;
      const next = source[i + 1];
      const quantified = next === '*' || next === '+' || next === '?' || next === '{';
      if (quantified && hadQuantifier && next !== '?') return true;
      if (stack.length && (hadQuantifier || quantified)) stack[stack.length - 1] = true;
    } else if ((c === '*' || c === '+' || c === '{') && stack.length) stack[stack.length - 1] = true;
  }
  return false;
}
