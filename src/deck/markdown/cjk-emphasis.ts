// CommonMark's "CJK-friendly" amendment for marked: `这是**「重要」**的内容` and
// `**完成。**后文` are bold, as they are for every Chinese reader.
//
// Stock CommonMark counts full-width punctuation as punctuation, so a `**` between `」`
// and `的` is not right-flanking and never closes. The amendment (the spec behind
// markdown-it-cjk-friendly / remark-cjk-friendly) changes only the flanking definitions:
//   left-flanking:  next is not whitespace, and (next is not NON-CJK punctuation, or
//                   prev is whitespace, non-CJK punctuation, a CJK character or an IVS)
//   right-flanking: prev is not whitespace, and (prev is not NON-CJK punctuation, or
//                   next is whitespace, non-CJK punctuation or a CJK character)
// Input without CJK characters is parsed exactly as by stock marked.
//
// marked's emStrong tokenizer decides flanking through four regexes in `this.rules.inline`
// (opener, closer for `*`, closer for `_`, "previous char is punctuation"). Rather than
// copy marked's delimiter algorithm, this extension runs marked's own tokenizer with those
// four regexes swapped for CJK-aware ones, and fixes up the previous character (marked
// hands over a lone surrogate for characters outside the BMP, and variation selectors
// must be looked through).
import { Tokenizer, type MarkedExtension, type Tokens } from 'marked';

/**
 * CJK characters: East Asian Width W/F/H (minus default-emoji-presentation characters)
 * plus Hangul. U+3000 (ideographic space) is left out: it is whitespace first.
 */
const cjkRanges =
  '\\u1100-\\u11FF\\u2329\\u232A\\u2E80-\\u2FFF\\u3001-\\u303F\\u3040-\\u9FFF\\uA000-\\uA4CF' +
  '\\uA960-\\uA97F\\uAC00-\\uD7FF\\uF900-\\uFAFF\\uFE10-\\uFE1F\\uFE30-\\uFE6F\\uFF01-\\uFFEE' +
  '\\u{16FE0}-\\u{16FFF}\\u{17000}-\\u{18D7F}\\u{1AFF0}-\\u{1B2FF}' +
  '\\u{1F200}\\u{1F202}\\u{1F210}-\\u{1F219}\\u{1F21B}-\\u{1F22E}\\u{1F230}\\u{1F231}\\u{1F237}' +
  '\\u{1F23B}\\u{1F240}-\\u{1F248}\\u{1F260}-\\u{1F265}\\u{20000}-\\u{3FFFD}';

const cjkChar = new RegExp(`^[${cjkRanges}]$`, 'u');
const unicodePunct = /^[\p{P}\p{S}]$/u;
/** Variation selectors that keep the base character's class (not the emoji selector FE0F). */
const isGeneralVs = (cp: number) => cp >= 0xfe00 && cp <= 0xfe0e;
const isIdeographicVs = (cp: number) => cp >= 0xe0100 && cp <= 0xe01ef;

export function isCjk(ch: string): boolean {
  return cjkChar.test(ch);
}

interface Classes {
  /** Non-CJK punctuation (with GFM, `~` is not punctuation for emphasis). */
  P: string;
  /** Neither whitespace, punctuation nor CJK. */
  L: string;
  /** CJK characters, CJK punctuation included. */
  C: string;
}

function classes(gfm: boolean): Classes {
  const notCjk = `(?![${cjkRanges}])`;
  return {
    P: `(?:${gfm ? '(?!~)' : ''}${notCjk}[\\p{P}\\p{S}])`,
    L: `(?:${notCjk}[^\\s\\p{P}\\p{S}]${gfm ? '|~' : ''})`,
    C: `[${cjkRanges}]`,
  };
}

// Closer regexes with marked's group layout: 1–2 can only close, 3–4 can only open,
// 5–6 can do both (and are subject to CommonMark's rule of 3). The class of each
// (prev, next) pair is worked out from the amended flanking rules above.
function asteriskCloser({ P, L, C }: Classes): RegExp {
  return new RegExp(
    '^[^_*]*?__[^_*]*?\\*[^_*]*?(?=__)' +
      '|[^*]+(?=[^*])' +
      `|(?!\\*)(?:${P}|${C})(\\*+)(?=\\s|$)` + // prev P/C, next space: right only
      `|${L}(\\*+)(?!\\*)(?=${P}|\\s|$)` + // prev letter, next P/space: right only
      `|(?!\\*)(?:${P}|\\s)(\\*+)(?=${L})` + // prev P/space, next letter: left only
      `|\\s(\\*+)(?!\\*)(?=${P}|${C})` + // prev space, next P/C: left only
      `|(?!\\*)(?:${P}|${C})(\\*+)(?!\\*)(?=${P}|${C})` + // both
      `|(?:${L}|${C})(\\*+)(?=${L}|${C})`, // both
    'gu',
  );
}

// For `_` the amendment changes flanking, but rules 2/3/6/7 (an underscore run that is
// both left- and right-flanking opens only after punctuation and closes only before it)
// cancel the change out: the closer table equals stock CommonMark with all Unicode
// punctuation, so marked's own `_` closer regex stays.

function opener({ P }: Classes): RegExp {
  return new RegExp(`^(?:\\*+(?:((?!\\*)${P})|([^\\s*]))?)|^_+(?:((?!_)${P})|([^\\s_]))?`, 'u');
}

/** "Previous character allows opening before punctuation": whitespace, punctuation, CJK, VS. */
const prevAllows = new RegExp(`^((?![*_])[\\s\\p{P}\\p{S}${cjkRanges}\\uFE00-\\uFE0E\\u{E0100}-\\u{E01EF}])`, 'u');

type InlineRules = Record<string, RegExp>;
type Rules = { inline: InlineRules };
// Keyed by marked's (shared, module-level) inline rule set: a new Lexer per parse wraps
// it in a new rules object, so that object cannot be the key.
const cjkInlineCache = new WeakMap<InlineRules, InlineRules>();

function cjkRules(rules: Rules): Rules {
  let inline = cjkInlineCache.get(rules.inline);
  if (!inline) {
    const gfm = (rules.inline.emStrongRDelimAst?.source ?? '').includes('(?!~)');
    const c = classes(gfm);
    inline = { ...rules.inline, emStrongLDelim: opener(c), emStrongRDelimAst: asteriskCloser(c), punctuation: prevAllows };
    cjkInlineCache.set(rules.inline, inline);
    cjkInlineCache.set(inline, inline);
  }
  return inline === rules.inline ? rules : { ...rules, inline };
}

/** The character before `index`, as a whole code point, looking through variation selectors. */
function charBefore(text: string, index: number): { ch: string; ivs: boolean } {
  let i = index;
  const step = () => {
    const low = text.charCodeAt(i - 1);
    const size = i >= 2 && low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
    i -= size;
    return text.codePointAt(i) ?? 0;
  };
  if (i <= 0) return { ch: '', ivs: false };
  let cp = step();
  if (isIdeographicVs(cp)) return { ch: String.fromCodePoint(cp), ivs: true };
  if (isGeneralVs(cp) && i > 0) cp = step();
  return { ch: String.fromCodePoint(cp), ivs: false };
}

interface TokenizerSelf {
  rules: Rules;
}

export function cjkEmphasis(): MarkedExtension {
  const stockEmStrong = Tokenizer.prototype.emStrong;
  return {
    tokenizer: {
      emStrong(this: TokenizerSelf, src: string, maskedSrc: string, prevChar = ''): Tokens.Em | Tokens.Strong | undefined {
        const delim = src[0];
        if (delim !== '*' && delim !== '_') return undefined;
        const start = maskedSrc.length - src.length;
        let prev = prevChar;
        // marked passes '' at the start of an inline run (and after non-text tokens):
        // keep that, it means "like whitespace". Otherwise recover the real character
        // when CJK is involved: marked hands over one UTF-16 unit, so a character outside
        // the BMP arrives as a lone surrogate, and a variation selector hides its base.
        if (prevChar !== '' && prevChar !== delim) {
          const before = charBefore(maskedSrc, start);
          const unit = prevChar.charCodeAt(0);
          const partial = (unit >= 0xd800 && unit <= 0xdfff) || isGeneralVs(unit);
          if (before.ivs) prev = '\u4E00'; // an IVS only ever follows an ideograph
          else if (before.ch && (partial || isCjk(before.ch))) prev = before.ch;
        }
        // An underscore run after a CJK letter is right-flanking too, so (rule 2) it
        // opens only after punctuation; stock marked checks this for letters only when
        // the next character is not punctuation.
        if (delim === '_' && isCjk(prev) && !unicodePunct.test(prev)) return undefined;
        const saved = this.rules;
        this.rules = cjkRules(saved);
        try {
          return stockEmStrong.call(this as unknown as Tokenizer, src, maskedSrc, prev);
        } finally {
          this.rules = saved;
        }
      },
    },
  };
}

