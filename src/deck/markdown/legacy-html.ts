// Old HTML that real decks still use, turned into what the allowlist accepts instead of
// being dropped: <center> becomes a centred <div>, <font color size face> a <span> with
// the same look, and width/height on elements other than media (where HTML no longer
// honours them) and table cells' align become the same CSS. Values that are not plain colours, sizes or font
// names are left out (the style is checked again by the sanitizer).

export interface ModernTag {
  tagName: string;
  attribs: Record<string, string>;
}

/** HTML's <font size> 1–7 as CSS keywords (3 is the normal size). */
const fontSizes = ['x-small', 'small', 'medium', 'large', 'x-large', 'xx-large', 'xxx-large'];
const cssColor = /^(#[0-9a-f]{3,8}|[a-z]+|(rgb|hsl)a?\([\d\s.,%]+\))$/i;
const fontFace = /^[\w\s,'"-]+$/;
const length = /^\d+(\.\d+)?(px|%|em|rem|vw|vh)?$/;
/** Elements for which width/height attributes are still HTML (the sanitizer allows them there). */
const sizedByAttribute = new Set(['img', 'video', 'canvas']);

function fontSize(size: string): string | undefined {
  const s = size.trim();
  if (/^[1-7]$/.test(s)) return fontSizes[Number(s) - 1];
  if (/^[+-][1-6]$/.test(s)) return fontSizes[Math.min(6, Math.max(0, 2 + Number(s)))];
  return undefined;
}

const withStyle = (attribs: Record<string, string>, css: string[]): Record<string, string> => {
  const { style, ...rest } = attribs;
  const all = [...css, ...(style ? [style] : [])].join('; ');
  return all ? { ...rest, style: all } : rest;
};

/** The tag to keep in place of `tag`; the same tag and attributes when nothing changes. */
export function modernizeTag(tag: string, attribs: Record<string, string>): ModernTag {
  // GFM's `|---:|` gives cells `align`, which any theme's `text-align` on cells overrides.
  if ((tag === 'th' || tag === 'td') && attribs.align !== undefined) {
    const { align, ...rest } = attribs;
    return { tagName: tag, attribs: /^(left|right|center|justify)$/i.test(align.trim()) ? withStyle(rest, [`text-align: ${align.trim().toLowerCase()}`]) : rest };
  }
  if (tag === 'center') return { tagName: 'div', attribs: withStyle(attribs, ['text-align: center']) };
  if (tag === 'font') {
    const { color, size, face, ...rest } = attribs;
    const css: string[] = [];
    if (color && cssColor.test(color.trim())) css.push(`color: ${color.trim()}`);
    const keyword = size ? fontSize(size) : undefined;
    if (keyword) css.push(`font-size: ${keyword}`);
    if (face && fontFace.test(face)) css.push(`font-family: ${face.replace(/"/g, "'")}`);
    return { tagName: 'span', attribs: withStyle(rest, css) };
  }
  if (!sizedByAttribute.has(tag) && (attribs.width !== undefined || attribs.height !== undefined)) {
    const { width, height, ...rest } = attribs;
    const css: string[] = [];
    for (const [prop, value] of [['width', width], ['height', height]] as const) {
      const v = value?.trim();
      if (v && length.test(v)) css.push(`${prop}: ${/\d$/.test(v) ? `${v}px` : v}`);
    }
    return { tagName: tag, attribs: withStyle(rest, css) };
  }
  return { tagName: tag, attribs };
}
