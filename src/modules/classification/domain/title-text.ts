/**
 * Low-level text helpers for job titles: case and diacritic folding, tokenisation. Pure and allocation-light;
 * shared by the title normaliser and the knowledge generator (tools/title-knowledge) so both see the same tokens.
 */

/** Folded form of every non-ASCII code point up to U+024F (Latin-1 + Latin Extended-A/B), built once. */
const FOLD_TABLE: ReadonlyMap<number, string> = buildFoldTable();

function buildFoldTable(): Map<number, string> {
  const table = new Map<number, string>();
  const special: Record<string, string> = {
    ß: 'ss',
    ẞ: 'ss',
    æ: 'ae',
    Æ: 'ae',
    œ: 'oe',
    Œ: 'oe',
    ø: 'o',
    Ø: 'o',
    ł: 'l',
    Ł: 'l',
    đ: 'd',
    Đ: 'd',
    ð: 'd',
    Ð: 'd',
    þ: 'th',
    Þ: 'th',
    ı: 'i',
  };
  for (let cp = 0x80; cp <= 0x24f; cp++) {
    const ch = String.fromCodePoint(cp);
    const sp = special[ch];
    if (sp !== undefined) {
      table.set(cp, sp);
      continue;
    }
    const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    table.set(cp, /^[a-z]+$/.test(base) ? base : base === ' ' ? ' ' : ch.toLowerCase());
  }
  // Typographic punctuation that should behave like its ASCII cousin.
  for (const [from, to] of [
    ['\u2019', "'"],
    ['\u2018', "'"],
    ['\u2013', '-'],
    ['\u2014', '-'],
    ['\u00a0', ' '],
  ] as const) {
    table.set(from.codePointAt(0)!, to);
  }
  return table;
}

const NON_ASCII = /[^\u0000-\u007f]/;

/** Lower-cases and strips diacritics: "Geschäftsführer" → "geschaftsfuhrer", "Straße" → "strasse", "Ñ" → "n". */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  let out = '';
  for (const ch of lower) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else {
      const folded = FOLD_TABLE.get(cp);
      out += folded ?? ch;
    }
  }
  return out;
}

/** Splits folded text into word tokens (letters and digits of any script; "c++"/"c#" keep their symbol). */
const TOKEN_RE = /[\p{L}\p{N}]+(?:\+\+|#)?/gu;

export function tokenize(folded: string): string[] {
  return folded.match(TOKEN_RE) ?? [];
}

/** Folds and tokenises in one go. */
export function foldTokens(text: string): string[] {
  return tokenize(foldText(text));
}
