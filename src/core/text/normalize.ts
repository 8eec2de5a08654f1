// Text folding shared by the gate, the matcher and outlet fingerprinting: one place decides
// what counts as "the same characters" (case, diacritics, curly quotes, dashes, odd spaces).

const DIACRITICS = /[\u0300-\u036f]/g;
const QUOTES_S = /[\u2018\u2019\u201a\u201b\u2032\u0060\u00b4]/g;
const QUOTES_D = /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;
const SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]/g;
const ZW = /[\u200b-\u200d\u2060\u00ad]/g;

/**
 * Text whose only non-ASCII characters are the no-break space and general punctuation (curly
 * quotes, dashes, ellipses, odd spaces: U+2000–U+206F) — most English news. None of these
 * decomposes into or combines with anything else, so folding them one at a time (cached) gives
 * exactly what normalising the whole text does, without running NFKD over 100 KB of text.
 */
const PUNCT_ONLY = /^[\x00-\x7f\u00a0\u2000-\u206f]*$/;
const NON_ASCII_G = /[^\x00-\x7f]/g;
const charFolds = new Map<string, string>();
const foldOne = (ch: string): string => {
  let f = charFolds.get(ch);
  if (f === undefined) charFolds.set(ch, (f = foldSlow(ch)));
  return f;
};

/** Same length-insensitive fold without lowercasing (keeps case for acronym detection). */
export function foldChars(s: string): string {
  if (!/[^\x00-\x7f]/.test(s)) return s;
  if (PUNCT_ONLY.test(s)) return s.replace(NON_ASCII_G, foldOne);
  return foldSlow(s);
}

function foldSlow(s: string): string {
  return s
    .normalize('NFKD')
    .replace(DIACRITICS, '')
    .replace(QUOTES_S, "'")
    .replace(QUOTES_D, '"')
    .replace(DASHES, '-')
    .replace(SPACES, ' ')
    .replace(ZW, '')
    .replace(/\u2026/g, '...');
}

/** Lowercased, diacritic-free, straight quotes and dashes. */
export function fold(s: string): string {
  return foldChars(s).toLowerCase();
}

/** fold() plus whitespace collapsed to single spaces and trimmed (for verbatim comparisons). */
export function foldCompact(s: string): string {
  return fold(s).replace(/\s+/g, ' ').trim();
}
