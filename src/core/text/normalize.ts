// Text folding shared by the gate, the matcher and outlet fingerprinting: one place decides
// what counts as "the same characters" (case, diacritics, curly quotes, dashes, odd spaces).

const DIACRITICS = /[\u0300-\u036f]/g;
const QUOTES_S = /[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g;
const QUOTES_D = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]/g;
const ZW = /[\u200b-\u200d\u2060\u00ad]/g;

/** Same length-insensitive fold without lowercasing (keeps case for acronym detection). */
export function foldChars(s: string): string {
  let out = s;
  if (/[^\x00-\x7f]/.test(out)) {
    out = out
      .normalize('NFKD')
      .replace(DIACRITICS, '')
      .replace(QUOTES_S, "'")
      .replace(QUOTES_D, '"')
      .replace(DASHES, '-')
      .replace(SPACES, ' ')
      .replace(ZW, '')
      .replace(/\u2026/g, '...');
  }
  return out;
}

/** Lowercased, diacritic-free, straight quotes and dashes. */
export function fold(s: string): string {
  return foldChars(s).toLowerCase();
}

/** fold() plus whitespace collapsed to single spaces and trimmed (for verbatim comparisons). */
export function foldCompact(s: string): string {
  return fold(s).replace(/\s+/g, ' ').trim();
}
