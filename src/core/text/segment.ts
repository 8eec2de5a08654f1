// Sentence and clause segmentation with exact offsets into the extracted text. Runs in the
// content script (small: its one import is the calendar names) and in the matcher (clauses of long sentences).
// Block boundaries always end a sentence (headlines rarely carry a full stop).
import { MONTHS, WEEKDAY_ABBREVIATIONS } from './calendar';

export interface Span {
  start: number;
  end: number;
}

/** Never a sentence end when followed by more text: titles, months, "No.", "vs.". */
const NEVER_END = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'reps', 'gov', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm',
  'st', 'mt', 'vs', 'v', 'approx', 'ca', 'cf', 'pres', 'supt', 'det', 'insp', 'hon',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'al', 'est',
  'dept', 'univ', 'ft',
]);
/** Abbreviations only before a number ("No. 1", "Fig. 3"); elsewhere the word itself ("he said no."). */
const NUMBERED = new Set(['no', 'nos', 'fig', 'figs', 'op']);
/** May end a sentence: split only if the next word is a usual sentence opener. */
const MAYBE_END = new Set(['inc', 'co', 'corp', 'ltd', 'llc', 'plc', 'jr', 'sr', 'etc', 'bros', 'a.m', 'p.m', 'ave', 'assn']);
const OPENERS = new Set(
  ('the a an it its he she they we i you but and or so in on at this that these those his her their there ' +
    'however meanwhile according last after before when while as some many most one two three what why how ' +
    'if yet still also earlier later since for to with by from our my no not').split(' '),
);

const isSpace = (c: number): boolean =>
  c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0 || c === 0x202f ||
  (c >= 0x2000 && c <= 0x200b) || c === 0x3000 || c === 0xfeff || c === 0x2028 || c === 0x2029;
const CLOSERS = '"\'”’»)]}';
const OPENERS_CH = '"\'“‘«([{';
const isUpper = (ch: string): boolean => ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isDigit = (ch: string): boolean => ch >= '0' && ch <= '9';

/** Splits text into sentences. With `blocks`, only text inside blocks is segmented. */
export function segment(text: string, blocks?: Span[]): Span[] {
  const out: Span[] = [];
  const bl = blocks ?? [{ start: 0, end: text.length }];
  for (const b of bl) segmentBlock(text, b.start, b.end, out);
  return out;
}

function pushTrimmed(text: string, s: number, e: number, out: Span[]): void {
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    // a letter or digit somewhere (ASCII fast path; anything non-ASCII counts as text)
    if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || (c > 127 && c !== 0xa0 && !(c >= 0x2000 && c <= 0x206f) && c !== 0xab && c !== 0xbb)) {
      out.push({ start: s, end: e });
      return;
    }
  }
}

/** The letters of text from `at` (up to `end`), lowercased: the word a sentence would go on with. */
function wordAt(text: string, at: number, end: number): string {
  let e = at;
  while (e < end && /[\p{L}]/u.test(text[e]!)) e++;
  return text.slice(at, e).toLowerCase();
}

function segmentBlock(text: string, bs: number, be: number, out: Span[]): void {
  let sentStart = bs;
  let i = bs;
  const TERM = /[.!?\u2026]/g;
  while (i < be) {
    // jump to the next terminator (regex search is much faster than a char loop)
    TERM.lastIndex = i;
    const hit = TERM.exec(text);
    if (!hit || hit.index >= be) break;
    i = hit.index;
    // run of terminators ("?!", "...")
    let j = i;
    while (j < be && '.!?\u2026'.includes(text[j]!)) j++;
    const term = text.slice(i, j);
    let k = j;
    while (k < be && CLOSERS.includes(text[k]!)) k++;
    // must be followed by whitespace (or block end)
    if (k < be && !isSpace(text.charCodeAt(k))) {
      i = j;
      continue;
    }
    let n = k;
    while (n < be && isSpace(text.charCodeAt(n))) n++;
    if (n >= be) break; // block end closes the sentence anyway
    let next = text[n]!;
    let m = n;
    while (m < be && OPENERS_CH.includes(text[m]!)) m++;
    if (m < be) next = text[m]!;
    const ellipsis = term.includes('\u2026') || term.length >= 3;
    let split = isUpper(next) || isDigit(next) || m > n;
    if (split && term === '.' && k === j) {
      // the word before the period
      let w = i;
      while (w > bs && !isSpace(text.charCodeAt(w - 1)) && !'("“'.includes(text[w - 1]!)) w--;
      const word = text.slice(w, i).toLowerCase();
      const bare = word.replace(/^[^a-z0-9]+/, '');
      if (NEVER_END.has(bare)) split = false;
      else if (NUMBERED.has(bare)) split = !isDigit(next);
      else if (Object.hasOwn(WEEKDAY_ABBREVIATIONS, bare)) {
        // "Fri. Sept. 8" and "Fri. 9/8" go on; "…confirmed it that same Fri. Star Trib broke the story" ends
        split = isUpper(next) && !Object.hasOwn(MONTHS, wordAt(text, m, be));
      } else if (/^[a-z]$/.test(bare) && isUpper(text[w] ?? '')) split = false; // initial "J."
      else if (MAYBE_END.has(bare) || /^([a-z]\.)+[a-z]$/.test(bare)) {
        // "U.S." or "Inc." — a sentence end only before a usual opener
        split = OPENERS.has(wordAt(text, m, be));
      }
    } else if (split && ellipsis) {
      split = isUpper(next) || m > n;
    } else if (!split && term === '.' && k === j && m === n && next >= 'a' && next <= 'z') {
      // chat and transcripts skip capitals ("…never helped anyone. also eugene offered…"): a
      // lowercase word of three letters or more, then a usual opener, ends a sentence too
      let w = i;
      while (w > bs && !isSpace(text.charCodeAt(w - 1))) w--;
      const word = text.slice(w, i);
      if (/^[a-z]{3,}$/.test(word) && !NEVER_END.has(word) && !MAYBE_END.has(word) && !NUMBERED.has(word)) {
        let e = m;
        while (e < be && (text[e]! >= 'a' && text[e]! <= 'z')) e++;
        split = OPENERS.has(text.slice(m, e));
      }
    }
    if (split) {
      pushTrimmed(text, sentStart, k, out);
      sentStart = n;
      i = n;
    } else i = j;
  }
  pushTrimmed(text, sentStart, be, out);
}

// Sticky forms of the clause-opener tests, run at a position instead of on a copy of the rest.
const CLAUSE_WORDS = /(?:but|and|while|which|who|whereas|although|though|because|as|after|amid|since|so|yet|when|with)\b/iy;
const CLAUSE_SUBJECTS = /(?:the|it|he|she|they|its|kaspersky)\b/iy;

/**
 * JavaScript's \s, as a char-code test (the word counts below must agree with split(/\s+/)).
 * Printable ASCII, most of any text, is decided by the first two comparisons.
 */
export const isJsSpace = (c: number): boolean =>
  c <= 32
    ? c === 32 || (c >= 9 && c <= 13)
    : c >= 0xa0 &&
      (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
        c === 0x205f || c === 0x3000 || c === 0xfeff);

/** text.slice(s, e).split(/\s+/).length (whitespace runs + 1), counting no further than `cap`. */
function splitCount(text: string, s: number, e: number, cap = Infinity): number {
  let n = 1;
  for (let i = s; i < e && n < cap; i++) {
    if (!isJsSpace(text.charCodeAt(i))) continue;
    n++;
    while (i + 1 < e && isJsSpace(text.charCodeAt(i + 1))) i++;
  }
  return n;
}

/** text.slice(s, e).split(/\s+/).filter(Boolean).length (runs of non-space). */
export function wordCount(text: string, s: number, e: number): number {
  let n = 0;
  let inWord = false;
  for (let i = s; i < e; i++) {
    const sp = isJsSpace(text.charCodeAt(i));
    if (!sp && !inWord) n++;
    inWord = !sp;
  }
  return n;
}

/** Words a clause may open on after a bare space ("… software amid concerns …"). */
const CLAUSE_OPENERS = ['amid', 'amidst', 'because', 'due to', 'following', 'after concerns', 'as concerns'];
const isDash = (c: number): boolean => c === 0x2014 || c === 0x2013 || c === 45; // — – -
const isAsciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;

/** End of the whitespace run starting at i (i itself when there is none). */
function spaceEnd(str: string, i: number): number {
  while (i < str.length && isJsSpace(str.charCodeAt(i))) i++;
  return i;
}

/**
 * Where a sentence may break into clauses, as [start, end) pairs of the breaks themselves: ";" or
 * ":" (with the whitespace before it), a spaced dash, a comma before a word that passes the
 * clause-word test below, a closing quote before an opening one, and the space before "amid",
 * "because", "due to", "following", "after concerns", "as concerns". A hand-written scan of what
 * one regular expression with lookbehinds found (scripts/clause-cuts.test.ts compares the two on
 * every sentence of the eval and on generated ones): about 3% off matching a long article.
 * Leading whitespace only counts from the start of its run, so a long run of spaces costs one pass.
 */
export function clauseCuts(str: string): number[] {
  const cuts: number[] = [];
  const n = str.length;
  let i = 0;
  while (i < n) {
    const c = str.charCodeAt(i);
    let end = -1;
    if (isJsSpace(c)) {
      if (i === 0 || !isJsSpace(str.charCodeAt(i - 1))) {
        const j = spaceEnd(str, i);
        const d = j < n ? str.charCodeAt(j) : -1;
        if ((d === 59 || d === 58) && j + 1 < n && isJsSpace(str.charCodeAt(j + 1))) end = spaceEnd(str, j + 1);
        else if (isDash(d)) {
          if (j + 2 < n && isDash(str.charCodeAt(j + 1)) && isJsSpace(str.charCodeAt(j + 2))) end = spaceEnd(str, j + 2);
          else if (j + 1 < n && isJsSpace(str.charCodeAt(j + 1))) end = spaceEnd(str, j + 1);
        } else if (d === 97 || d === 98 || d === 100 || d === 102) {
          // a, b, d, f: the first letters of the openers
          for (const w of CLAUSE_OPENERS) {
            if (str.startsWith(w, j) && j + w.length < n && isJsSpace(str.charCodeAt(j + w.length))) {
              end = j;
              break;
            }
          }
        }
        if (end < 0) i = j - 1; // no break at this run: skip it
      }
    } else if (c === 59 || c === 58) {
      if (i + 1 < n && isJsSpace(str.charCodeAt(i + 1))) end = spaceEnd(str, i + 1);
    } else if (c === 44) {
      if (i + 1 < n && isJsSpace(str.charCodeAt(i + 1))) {
        const k = spaceEnd(str, i + 1);
        if (k < n && isAsciiLetter(str.charCodeAt(k))) {
          CLAUSE_WORDS.lastIndex = k;
          CLAUSE_SUBJECTS.lastIndex = k;
          if (CLAUSE_WORDS.test(str) || CLAUSE_SUBJECTS.test(str)) end = k;
          else i = k - 1; // a comma the clause words rule out: scanning resumes after it
        }
      }
    } else if (c === 0x201d || c === 34) {
      let j = i + 1;
      if (j < n && str.charCodeAt(j) === 44) j++;
      if (j < n && isJsSpace(str.charCodeAt(j))) {
        const k = spaceEnd(str, j);
        if (k < n && (str.charCodeAt(k) === 0x201c || str.charCodeAt(k) === 34)) end = k;
      }
    }
    if (end >= 0) {
      cuts.push(i, end);
      i = end;
    } else i++;
  }
  return cuts;
}

/**
 * Fewer words than this make no clause of their own: they join their neighbour (", he said").
 * Three, not five: "… too close to the Russian government – something Kaspersky flatly denies"
 * is two statements, the report's reason and the denial (tuned claims +2, nothing lost).
 */
const MIN_CLAUSE_WORDS = 3;

/** A semicolon, a colon or a spaced dash: where a short sentence may break (see clauses). */
const STRONG_BREAK = /[;:]\s|\s[—–-]{1,2}\s/;
/** Whether text[start, end) holds a STRONG_BREAK (one pass for the characters, a regex only where one is). */
function strongBreak(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c === 59 || c === 58 || isDash(c)) && STRONG_BREAK.test(text.slice(Math.max(start, i - 1), Math.min(end, i + 3)))) return true;
  }
  return false;
}

/**
 * Clauses of a long sentence, for matching: split at ; : — and at commas before a conjunction.
 * Returns [] when the sentence is short or has no clause boundary.
 */
export function clauses(text: string, s: Span, minWords = 18): Span[] {
  // counted in place: most sentences are short and need no copy
  const short = splitCount(text, s.start, s.end, minWords) < minWords;
  // a short one breaks only where a headline's two parts meet ("Best Buy pulls Kaspersky: what
  // IT managers should do now", "Best Buy dumps Kaspersky; Hill hawks take a victory lap")
  if (short && !strongBreak(text, s.start, s.end)) return [];
  const str = text.slice(s.start, s.end);
  let cuts = clauseCuts(str);
  if (short) {
    // only the breaks at a semicolon, a colon or a dash (not at a comma or before "amid")
    const strong: number[] = [];
    for (let c = 0; c < cuts.length; c += 2) if (/[;:—–-]/.test(str.slice(cuts[c]!, cuts[c + 1]!))) strong.push(cuts[c]!, cuts[c + 1]!);
    cuts = strong;
  }
  if (!cuts.length) return [];
  const pieces: Span[] = [];
  let st = 0;
  for (let c = 0; c < cuts.length; c += 2) {
    pieces.push({ start: st, end: cuts[c]! });
    st = cuts[c + 1]!;
  }
  pieces.push({ start: st, end: str.length });
  // merge tiny pieces into their neighbour
  const merged: Span[] = [];
  for (const p of pieces) {
    const words = wordCount(str, p.start, p.end);
    const last = merged[merged.length - 1];
    if (last && (words < MIN_CLAUSE_WORDS || splitCount(str, last.start, last.end) < MIN_CLAUSE_WORDS)) last.end = p.end;
    else merged.push({ ...p });
  }
  if (merged.length < 2) return [];
  return merged.map((p) => ({ start: s.start + p.start, end: s.start + p.end }));
}
