// The deck's language when its settings give none, told from the letters of its slides:
// any kana is Japanese (Japanese text also uses Han), Hangul Korean, Han Chinese, a
// Cyrillic majority Russian, otherwise English. It decides <html lang> (glyph shapes,
// line breaking, hyphenation), so an English or Russian deck never gets lang="zh-CN".
export function detectLanguage(text: string, fallback: string): string {
  let han = 0;
  let kana = 0;
  let hangul = 0;
  let cyrillic = 0;
  let latin = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x3040 && c <= 0x30ff) || (c >= 0x31f0 && c <= 0x31ff)) kana++;
    else if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) han++;
    else if ((c >= 0xac00 && c <= 0xd7af) || (c >= 0x1100 && c <= 0x11ff)) hangul++;
    else if (c >= 0x0400 && c <= 0x04ff) cyrillic++;
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
  }
  // Ideographs carry a word each, letters a fraction of one: weigh them alike.
  const cjk = han + kana + hangul;
  if (cjk * 4 >= latin + cyrillic && cjk > 0) return kana > 0 && kana * 10 >= han ? 'ja' : hangul > han ? 'ko' : 'zh-CN';
  if (cyrillic > latin) return 'ru';
  if (latin > 0) return 'en';
  return fallback;
}
