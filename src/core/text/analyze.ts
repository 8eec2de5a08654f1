// Text → concepts for the matcher. One analysis turns a sentence into the bag of concepts it
// talks about (stemmed words mapped through the thesaurus, entity aliases, number/date/time
// classes) plus the values it states (years, numbers, dates, relative dates) and its polarity.
// Claims, quotes and page passages all go through this same function, so they meet.
import precomputed from './lexicon-base.json' with { type: 'json' };
import { foldChars } from './normalize';
import { stem } from './stem';
import {
  IRREGULAR_FORMS, DIRECTIVE_VERBS, FOREIGN_MONTHS, MONTHS as MONTHS_O, OBJECT_ENDS, SPLIT_VERBS, MULTIPLIERS as MULTIPLIERS_O, NEGATORS, NUMBER_WORDS as NUMBER_WORDS_O, PHRASES, RELATIVE_UNITS, RELATIVE_WORDS, STOPWORDS,
  THESAURUS, VAGUE_QUANTITIES, WEEKDAYS, WEEKDAY_ABBREVIATIONS as WEEKDAY_ABBREVIATIONS_O, AMBIGUOUS_WEEKDAYS, PHRASE_FILLERS, CREDENCE,
} from './lexicon';

// Maps, not objects: a page word like "constructor" must not hit Object.prototype.
const NUMBER_WORDS_M = new Map(Object.entries(NUMBER_WORDS_O));
const MULTIPLIERS_M = new Map(Object.entries(MULTIPLIERS_O));
const MONTHS_M = new Map([...Object.entries(MONTHS_O), ...Object.entries(FOREIGN_MONTHS)]);
const NUMBER_WORDS = (w: string | undefined): number | undefined => (w === undefined ? undefined : NUMBER_WORDS_M.get(w));
const MULTIPLIERS = (w: string | undefined): number | undefined => (w === undefined ? undefined : MULTIPLIERS_M.get(w));
const MONTHS = (w: string | undefined): number | undefined => (w === undefined ? undefined : MONTHS_M.get(w));
const IRREGULAR = new Map(Object.entries(IRREGULAR_FORMS));
const WEEKDAY_ABBREVIATIONS = new Map(Object.entries(WEEKDAY_ABBREVIATIONS_O));

export interface NumberValue {
  /** Numeric value, or a vague quantity word ("several"). */
  value: number | string;
  /** Concepts of the next content words ("45 days" → ["~day"]). */
  unit: string[];
  raw: string;
}
export interface DateValue {
  month: number;
  day?: number;
  raw: string;
  /** The other reading of a numeric date that reads both ways ("8/9": August 9 or 8 September). */
  alt?: { month: number; day: number };
}

export interface Analysis {
  /** Concepts in order of appearance (duplicates kept). */
  terms: string[];
  /** Negation cue count (not, no, never, n't, without, deny-words are separate: see `deny`). */
  neg: number;
  years: number[];
  numbers: NumberValue[];
  dates: DateValue[];
  /** Relative dates, normalised: "friday", "last week", "this week", "yesterday". */
  relative: string[];
  /** Folded, lowercased word tokens (for phrase containment tests). */
  words: string[];
  /**
   * Per word, how many clause breaks come before it, when whoever tokenized the text knew
   * (see clauseIds in match/index.ts); negation scopes end at a break.
   */
  clauses?: Int32Array;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  out?: string[];
}

/** Word lists compiled for fast lookup; extended with dataset entity aliases. */
export interface Lexicon {
  concept: Map<string, string>;
  trie: TrieNode;
}

const JOIN_RE = /\b(anti|cyber|e|co|counter|back|trade)-(?=[a-z])/gi;
const NON_ASCII = /[^\x00-\x7f]/;

/** A word token; `at` is the offset of its first character in the tokenized text (see `tokenize`). */
export interface Token {
  w: string;
  upper: boolean;
  at: number;
  /** The interned word (`w` and `upper` are its own). */
  lx: Lexeme;
}

/** Splits text into lowercase word tokens the same way everywhere. */
export function words(text: string): Token[] {
  const lxs: Lexeme[] = [];
  const ats: number[] = [];
  return tokensOf(lxs, ats, scan(joinPrefixes(foldChars(text)), null, lxs, ats));
}

const joinPrefixes = (folded: string): string => (folded.includes('-') ? folded.replace(JOIN_RE, '$1') : folded);

function tokensOf(lxs: readonly Lexeme[], ats: readonly number[], n: number): Token[] {
  const out = new Array<Token>(n);
  for (let k = 0; k < n; k++) {
    const lx = lxs[k]!;
    out[k] = { w: lx.w, upper: lx.upper, at: ats[k]!, lx };
  }
  return out;
}

/**
 * Tokens of `text` with `at` = offsets into `text` itself, so that the tokens of any span that
 * starts and ends between words are a contiguous slice of these (the matcher analyses a
 * sentence once and derives its clauses from slices, see `analyzeTokens`). Null when folding
 * is not character-for-character (rare: ligatures, decomposed marks): callers then analyse the
 * spans' own text.
 */
export function tokenize(text: string): Token[] | null {
  let src = text;
  let map: number[] | null = null;
  if (NON_ASCII.test(text)) {
    // Fold code point by code point. Most non-ASCII characters (curly quotes, dashes, accented
    // letters) fold to one character, so offsets stay as they are; only when one does not
    // (ligatures, dropped zero-width characters) is an offset map built.
    const parts: string[] = [];
    let needMap = false;
    let last = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c < 128) continue;
      const n = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
      const ch = text.slice(i, i + n);
      const f = foldChar(ch);
      if (f !== ch) {
        if (f.length !== n) needMap = true;
        parts.push(text.slice(last, i), f);
        last = i + n;
      }
      i += n - 1;
    }
    parts.push(text.slice(last));
    src = parts.join('');
    if (needMap) {
      map = [];
      for (let i = 0; i < text.length; ) {
        const n = text.codePointAt(i)! > 0xffff ? 2 : 1;
        const f = text.charCodeAt(i) < 128 ? 1 : foldChar(text.slice(i, i + n)).length;
        for (let k = 0; k < f; k++) map.push(i);
        i += n;
      }
    }
    // whole-text folding may differ (canonical reordering of marks): then no offsets
    if (src !== foldChars(text)) return null;
  }
  // JOIN_RE drops a hyphen ("co-founder" → "cofounder"): drop it from the map too
  JOIN_RE.lastIndex = 0;
  if (src.includes('-') && JOIN_RE.test(src)) {
    map ??= Array.from({ length: src.length }, (_, i) => i);
    const keptMap: number[] = [];
    let last = 0;
    const joined = src.replace(JOIN_RE, (m: string, p1: string, off: number) => {
      for (let k = last; k < off + p1.length; k++) keptMap.push(map![k]!);
      last = off + m.length; // skip the hyphen
      return p1;
    });
    for (let k = last; k < src.length; k++) keptMap.push(map[k]!);
    src = joined;
    map = keptMap;
  }
  JOIN_RE.lastIndex = 0;
  const lxs: Lexeme[] = [];
  const ats: number[] = [];
  return tokensOf(lxs, ats, scan(src, map, lxs, ats));
}

const foldCache = new Map<string, string>();
const foldChar = (ch: string): string => {
  let f = foldCache.get(ch);
  if (f === undefined) foldCache.set(ch, (f = foldChars(ch)));
  return f;
};

/**
 * A word as the term pass sees it. Tokens of the same word share one Lexeme (see `scan`), which
 * caches what the term pass would otherwise look up by string for every token: its SPECIAL
 * class, its concept and its trie child, each with the map it was computed for.
 */
export class Lexeme {
  /** SPECIAL class (0: a plain word). */
  sp: number;
  cm: Map<string, string> | null = null;
  c = '';
  tr: Map<string, TrieNode> | null = null;
  tn: TrieNode | undefined = undefined;
  /** SPLIT_VERBS entry of the word (looked up once, when first asked). */
  sv: ReadonlyMap<string, string> | null | undefined = undefined;
  /** Whether the word is a DIRECTIVE_VERBS verb ("told", "urged"). */
  readonly dv: boolean;
  constructor(
    readonly w: string,
    readonly upper: boolean,
    /** Set on the single tokens the phrase pass puts in for entity names and phrases ("@…", "~…"). */
    readonly ent: string | undefined,
  ) {
    const c0 = w.charCodeAt(0);
    this.sp = ent !== undefined ? 0 : c0 >= 48 && c0 <= 57 ? 2 : (specialWords().get(w) ?? 0);
    this.dv = ent === undefined && DIRECTIVE_VERBS.has(w);
  }
}

// The word table: open addressing over the lowercased characters of each scanned word (and its
// all-caps flag). The scanner hashes a word while it reads it, and a word seen before is found
// by comparing bytes: no string is sliced, lowercased or hashed by a Map. An entry holds the one
// or two lexemes the word stands for ("don't" → do, not). Bounded, so that no page can grow it
// without end: past MAX_WORDS words, and for words longer than MAX_LEN, a word is resolved
// afresh every time.
const MAX_WORDS = 200_000;
const MAX_LEN = 64;
let slots = new Int32Array(1 << 14); // entry + 1; 0 = empty
let slotHash = new Int32Array(1 << 14);
let nWords = 0;
let keyOff = new Int32Array(1024);
/** Length · 2 + all-caps flag. */
let keyMeta = new Int32Array(1024);
let pool = new Uint8Array(1 << 16);
let poolUsed = 0;
const entA: (Lexeme | null)[] = [];
const entB: (Lexeme | null)[] = [];
/** The text being scanned, lowercased (only the characters of words are written). */
let low = new Uint8Array(1 << 12);
/** Lexemes by word and all-caps flag. */
const lexemes = new Map<string, Lexeme>();

const lexemeOf = (w: string, upper: boolean): Lexeme => {
  const key = upper ? '\u0001' + w : w;
  let lx = lexemes.get(key);
  if (lx === undefined) {
    lx = new Lexeme(w, upper, undefined);
    if (lexemes.size < 2 * MAX_WORDS && w.length <= MAX_LEN) lexemes.set(key, lx);
  }
  return lx;
};

/** Negative contractions written without their apostrophe, as chats and comments do: the verb they negate. */
const UNMARKED_NEGATIONS = new Map(
  ['dont:do', 'doesnt:does', 'didnt:did', 'isnt:is', 'arent:are', 'wasnt:was', 'werent:were', 'hasnt:has', 'havent:have', 'hadnt:had',
    'wouldnt:would', 'couldnt:could', 'shouldnt:should', 'wont:will', 'cant:can', 'aint:is'].map((x) => x.split(':') as [string, string]),
);

// what a word resolved outside the table stands for (see `lookup`)
let outA: Lexeme | null = null;
let outB: Lexeme | null = null;
/** What a lowercased word token with this all-caps flag stands for (one or two lexemes, or none). */
function resolve(lw: string, upper: boolean): void {
  outB = null;
  // a number's thousands set apart by spaces are read as with commas ("400 000 000")
  if (lw.length > 4 && isNum(lw.charCodeAt(0)) && !isNum(lw.charCodeAt(lw.length - 4))) lw = lw.replace(/[ \u00a0\u2009\u202f]/g, ',');
  const ap = lw.indexOf("'");
  if (ap >= 0) {
    const head = lw.slice(0, ap);
    const tail = lw.slice(ap + 1);
    if (tail === 't' && head.endsWith('n')) {
      const base = head === 'won' ? 'will' : head === 'can' ? 'can' : head === 'shan' ? 'shall' : head.slice(0, -1);
      outA = lexemeOf(base, false);
      outB = lexemeOf('not', false);
      return;
    }
    lw = head; // possessive 's, 'd, 're, 've, 'll
  }
  // as "can't": can, not; and a chat's "doesnt", "wouldnt", "cant" as if with their apostrophe
  const base = lw === 'cannot' ? 'can' : UNMARKED_NEGATIONS.get(lw);
  if (base !== undefined) {
    outA = lexemeOf(base, false);
    outB = lexemeOf('not', false);
    return;
  }
  if (lw === 'us' && !upper) lw = 'we'; // the pronoun, not the country
  // "cyberespionage", "cyber-espionage" (joined above) and "cyber espionage" read alike
  if (lw.length > 8 && lw.startsWith('cyber')) {
    outA = lexemeOf('cyber', upper);
    outB = lexemeOf(lw.slice(5), upper);
    return;
  }
  outA = lw ? lexemeOf(lw, upper) : null;
}

const mix = (h: number, upper: boolean): number => {
  h = Math.imul(h ^ (upper ? 0x9e3779b9 : 0), 0x85ebca6b);
  return h ^ (h >>> 15);
};

/**
 * Entry of the word low[start..end) of src with all-caps flag `upper` and hash h, added if new;
 * -1 when the table is full (outA/outB then hold its lexemes).
 */
function lookup(src: string, start: number, end: number, h: number, upper: boolean): number {
  const len = end - start;
  const meta = len * 2 + (upper ? 1 : 0);
  const lw = low;
  const p = pool;
  let mask = slots.length - 1;
  let s = h & mask;
  for (let e = slots[s]!; e !== 0; e = slots[(s = (s + 1) & mask)]!) {
    const k = e - 1;
    if (slotHash[s] !== h || keyMeta[k] !== meta) continue;
    let off = keyOff[k]!;
    let i = start;
    while (i < end && p[off] === lw[i]) {
      off++;
      i++;
    }
    if (i === end) return k;
  }
  // a new word
  resolve(src.slice(start, end).toLowerCase(), upper);
  if (nWords >= MAX_WORDS || len > MAX_LEN) return -1;
  const k = nWords++;
  if (k === keyOff.length) {
    keyOff = grow(keyOff);
    keyMeta = grow(keyMeta);
  }
  if (poolUsed + len > pool.length) {
    const bigger = new Uint8Array(Math.max(pool.length * 2, poolUsed + len));
    bigger.set(pool);
    pool = bigger;
  }
  keyOff[k] = poolUsed;
  keyMeta[k] = meta;
  pool.set(lw.subarray(start, end), poolUsed);
  poolUsed += len;
  entA.push(outA);
  entB.push(outB);
  slots[s] = k + 1;
  slotHash[s] = h;
  if (nWords * 2 > slots.length) {
    const n = slots.length * 2;
    const ns = new Int32Array(n);
    const nh = new Int32Array(n);
    mask = n - 1;
    for (let i = 0; i < slots.length; i++) {
      const e = slots[i]!;
      if (e === 0) continue;
      let t = slotHash[i]! & mask;
      while (ns[t] !== 0) t = (t + 1) & mask;
      ns[t] = e;
      nh[t] = slotHash[i]!;
    }
    slots = ns;
    slotHash = nh;
  }
  return k;
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

const isAlpha = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isNum = (c: number): boolean => c >= 48 && c <= 57;
const FNV = 0x811c9dc5 | 0;
const FNV_P = 0x01000193;

/**
 * The tokens WORD_RE would match in src, found by a hand-written scan (the regex, its match
 * arrays and the lower/upper-casing of every token were most of the cost of analysing text):
 *   [A-Za-z](?:\.[A-Za-z])+\.?   acronyms with dots ("U.S.")
 *   \d+(?:[.,]\d+)*              numbers ("60,000", "10.6")
 *   [A-Za-z0-9]+(?:'[A-Za-z]+)?   words, with a clitic ("Kaspersky's", "don't")
 * Writes their lexemes to lxs and offsets (through map) to ats from index 0; returns the count.
 * Words are lowercased into `low` and hashed as they are read, then found in the word table.
 */
function scan(src: string, map: number[] | null, lxs: Lexeme[], ats: number[]): number {
  const n = src.length;
  if (low.length < n) low = new Uint8Array(Math.max(n, low.length * 2));
  const lw = low;
  let m = 0;
  let i = 0;
  while (i < n) {
    const c = src.charCodeAt(i);
    const alpha = isAlpha(c);
    if (!alpha && !isNum(c)) {
      i++;
      continue;
    }
    const start = i;
    const at = map ? map[start]! : start;
    let j = i + 1;
    let e: number;
    if (alpha && j + 1 < n && src.charCodeAt(j) === 46 && isAlpha(src.charCodeAt(j + 1))) {
      // acronym with dots: letters joined by single dots, one optional trailing dot (rare: by string)
      while (j + 1 < n && src.charCodeAt(j) === 46 && isAlpha(src.charCodeAt(j + 1))) j += 2;
      if (j < n && src.charCodeAt(j) === 46) j++;
      const w = src.slice(start, j).replace(/\./g, '');
      const upper = w.length > 1 && w.toLowerCase() !== w && w.toUpperCase() === w;
      resolve(w.toLowerCase(), upper);
      e = -1;
    } else if (!alpha) {
      // number: digits, then groups of [.,] + digits
      while (j < n && isNum(src.charCodeAt(j))) j++;
      // a time of day ("[Fri 09:21]", "at 9:30 a.m.") states no number a claim could count
      if (j - start <= 2 && src.charCodeAt(j) === 58 && isNum(src.charCodeAt(j + 1)) && isNum(src.charCodeAt(j + 2)) && !(j + 3 < n && isNum(src.charCodeAt(j + 3)))) {
        i = j + 3;
        continue;
      }
      // a numeric date ("9/7", "9/8/2017", "9/8/17") is one token, read by the term pass
      const slash = j - start <= 2 ? numericDateEnd(src, j) : -1;
      if (slash > 0) j = slash;
      else if (j - start <= 3 && spacedGroup(src, j)) {
        // thousands set apart by spaces, as French and SI style write them ("400 000 000")
        do j += 4;
        while (spacedGroup(src, j));
      } else for (;;) {
        const sep = src.charCodeAt(j);
        if ((sep === 46 || sep === 44) && j + 1 < n && isNum(src.charCodeAt(j + 1))) {
          j += 2;
          while (j < n && isNum(src.charCodeAt(j))) j++;
        } else break;
      }
      let h = FNV;
      for (let k = start; k < j; k++) {
        const x = src.charCodeAt(k);
        lw[k] = x;
        h = Math.imul(h ^ x, FNV_P);
      }
      e = lookup(src, start, j, mix(h, false), false);
    } else {
      // letters, digits and "'" all have bit 0x20 set once lowercased: x | 32 lowercases
      lw[start] = c | 32;
      let h = Math.imul(FNV ^ (c | 32), FNV_P);
      let hasUpper = c <= 90;
      let hasLower = !hasUpper;
      while (j < n) {
        const x = src.charCodeAt(j);
        if (x >= 97 ? x <= 122 : x >= 65 ? x <= 90 : x >= 48 && x <= 57) {
          if (x >= 97) hasLower = true;
          else if (x >= 65) hasUpper = true;
          lw[j++] = x | 32;
          h = Math.imul(h ^ (x | 32), FNV_P);
        } else break;
      }
      // optional clitic: ' + letters
      if (j + 1 < n && src.charCodeAt(j) === 39 && isAlpha(src.charCodeAt(j + 1))) {
        lw[j++] = 39;
        h = Math.imul(h ^ 39, FNV_P);
        while (j < n) {
          const x = src.charCodeAt(j);
          if (x >= 97 ? x <= 122 : x >= 65 && x <= 90) {
            if (x >= 97) hasLower = true;
            else hasUpper = true;
            lw[j++] = x | 32;
            h = Math.imul(h ^ (x | 32), FNV_P);
          } else break;
        }
      }
      // case: all-caps words (acronyms) are marked, everything is lowercased
      const upper = j - start > 1 && hasUpper && !hasLower;
      e = lookup(src, start, j, mix(h, upper), upper);
    }
    i = j;
    const a = e >= 0 ? entA[e]! : outA;
    const b = e >= 0 ? entB[e]! : outB;
    if (a) {
      lxs[m] = a;
      ats[m++] = at;
    }
    if (b) {
      lxs[m] = b;
      ats[m++] = at;
    }
  }
  // a huge text's buffer is not kept for the life of the worker
  if (low.length > 1 << 20) low = new Uint8Array(1 << 12);
  return m;
}

/** Whether src[j] is a space (plain, no-break or thin) before a group of exactly three digits. */
function spacedGroup(src: string, j: number): boolean {
  const c = src.charCodeAt(j);
  if (c !== 32 && c !== 0xa0 && c !== 0x2009 && c !== 0x202f) return false;
  return isNum(src.charCodeAt(j + 1)) && isNum(src.charCodeAt(j + 2)) && isNum(src.charCodeAt(j + 3)) && !isNum(src.charCodeAt(j + 4));
}

/**
 * Where a numeric date that goes on at src[j] ends: "/" and a day or month of one or two digits,
 * then optionally "/" and a year of two or four digits; -1 when none does ("1/10th", "3/4/5/6").
 */
function numericDateEnd(src: string, j: number): number {
  if (src.charCodeAt(j) !== 47) return -1;
  let k = j + 1;
  while (isNum(src.charCodeAt(k))) k++;
  if (k === j + 1 || k > j + 3) return -1;
  let end = k;
  if (src.charCodeAt(k) === 47 && isNum(src.charCodeAt(k + 1))) {
    let y = k + 1;
    while (isNum(src.charCodeAt(y))) y++;
    if (y - k - 1 !== 2 && y - k - 1 !== 4) return -1;
    end = y;
  }
  const after = src.charCodeAt(end);
  return after === 47 || isAlpha(after) || isNum(after) ? -1 : end;
}

function trieInsert(root: TrieNode, seq: string[], out: string[]): void {
  let n = root;
  for (const w of seq) {
    let nx = n.next.get(w);
    if (!nx) {
      nx = { next: new Map() };
      n.next.set(w, nx);
    }
    n = nx;
  }
  n.out = out;
}

let base: Lexicon | null = null;

/**
 * The thesaurus's lexicon, read from its precomputed form (lexicon-base.json): building it
 * stems and tokenizes every thesaurus word and phrase, in cold code (a cold Node process's
 * import, first index build and first match took a median 20 ms longer). A test checks the
 * file against buildBaseLexicon(); `npm run lexicon` writes it.
 */
function baseLexicon(): Lexicon {
  base ??= decodeLexicon(precomputed as EncodedLexicon);
  return base;
}

/** A trie node as JSON: [its output or 0, [word, node]…]. */
type EncodedNode = [string[] | 0, [string, EncodedNode][]];
export interface EncodedLexicon {
  concept: [string, string][];
  trie: EncodedNode;
}

export function encodeLexicon(lex: Lexicon): EncodedLexicon {
  const node = (n: TrieNode): EncodedNode => [n.out ?? 0, [...n.next].map(([w, x]) => [w, node(x)])];
  return { concept: [...lex.concept], trie: node(lex.trie) };
}

function decodeLexicon(e: EncodedLexicon): Lexicon {
  const node = ([out, next]: EncodedNode): TrieNode => {
    const n: TrieNode = { next: new Map(next.map(([w, x]) => [w, node(x)])) };
    if (out) n.out = out;
    return n;
  };
  return { concept: new Map(e.concept), trie: node(e.trie) };
}

/** The thesaurus's lexicon built from lexicon.ts (what lexicon-base.json must hold). */
export function buildBaseLexicon(): Lexicon {
  const concept = new Map<string, string>();
  const trie: TrieNode = { next: new Map() };
  for (const group of THESAURUS) {
    const id = '~' + stem(group[0] ?? '');
    for (const w of group) {
      // "=provider": this word only, not every word of its stem ("provided", "provides")
      if (w.startsWith('=')) {
        concept.set(w, id);
        continue;
      }
      const parts = words(w).map((x) => x.w);
      // a word of several tokens ("russia-based") is a phrase: its parts keep their own
      // meaning elsewhere ("based" is not "Russian")
      if (parts.length > 1) {
        trieInsert(trie, parts, [id]);
        continue;
      }
      const s = stem(parts[0] ?? '');
      if (s && !concept.has(s)) concept.set(s, id);
    }
  }
  for (const [phrase, repl] of PHRASES) trieInsert(trie, words(phrase).map((x) => x.w), [repl]);
  return { concept, trie };
}

/** A lexicon with entity names and aliases ("Kaspersky Labs" → "@kaspersky-lab"). */
export function createLexicon(entities: { id: string; name: string; aliases: string[]; products?: string[] }[] = []): Lexicon {
  const b = baseLexicon();
  const trie: TrieNode = cloneTrie(b.trie);
  for (const e of entities) {
    // (the entity's concept analyses its name: once per entity, not per alias)
    const concept = conceptForEntity(e);
    for (const name of [e.name, ...e.aliases]) {
      const seq = words(name).map((x) => x.w);
      if (!seq.length) continue;
      // Descriptive aliases ("the retailer", "the company") would hijack ordinary nouns.
      if (seq[0] === 'the' || seq[0] === 'a' || seq[0] === 'an') continue;
      trieInsert(trie, seq, [concept]);
      // a name of a few words is also written as one in web addresses and handles ("bestbuy.com")
      const joined = seq.join('');
      if (seq.length > 1 && seq.length <= 3 && joined.length >= 6 && /^[a-z]+$/.test(joined)) trieInsert(trie, [joined], [concept]);
    }
    // "Kaspersky Internet Security" is the company's software, not a website
    for (const name of e.products ?? []) trieInsert(trie, words(name).map((x) => x.w), [concept, 'software']);
  }
  return { concept: b.concept, trie };
}

/** Places and bodies whose name is one thesaurus concept ("Russia", "United States") share it. */
function conceptForEntity(e: { id: string; name: string }): string {
  const a = analyze(e.name);
  if (a.terms.length === 1 && a.terms[0]!.startsWith('~')) return a.terms[0]!;
  return '@' + e.id;
}

function cloneTrie(n: TrieNode): TrieNode {
  const c: TrieNode = { next: new Map() };
  if (n.out) c.out = n.out;
  for (const [k, v] of n.next) c.next.set(k, cloneTrie(v));
  return c;
}

const isDigits = (w: string): boolean => { const c = w.charCodeAt(0); return c >= 48 && c <= 57 && /^\d+(?:[.,]\d+)*$/.test(w); };
const parseDigits = (w: string): number => {
  // "60,000" → 60000; "10.6" → 10.6; "1.000.000" → 1000000
  if (/^\d{1,3}(,\d{3})+$/.test(w)) return Number(w.replace(/,/g, ''));
  if (/^\d{1,3}(\.\d{3}){2,}$/.test(w)) return Number(w.replace(/\./g, ''));
  return Number(w.replace(/,/g, '.'));
};

/** Concepts of words, per thesaurus map (createLexicon shares the base one): a word is stemmed once. */
const conceptCaches = new WeakMap<Map<string, string>, Map<string, string>>();
function conceptCacheOf(lex: Lexicon): Map<string, string> {
  let cache = conceptCaches.get(lex.concept);
  if (!cache) conceptCaches.set(lex.concept, (cache = new Map()));
  return cache;
}

/** Concept of one (non-stopword) lowercase word. */
export function conceptOf(lex: Lexicon, w: string): string {
  const cache = conceptCacheOf(lex);
  let c = cache.get(w);
  if (c === undefined) {
    const s = stem(IRREGULAR.get(w) ?? w);
    c = lex.concept.get('=' + w) ?? lex.concept.get(s) ?? lex.concept.get(w) ?? s;
    // bounded: a page of made-up words must not grow it without end
    if (cache.size < 100_000) cache.set(w, c);
  }
  return c;
}

// scratch for the lexemes of the text being analysed (read only by the phrase pass)
const bufLx: Lexeme[] = [];
const bufAt: number[] = [];

export function analyze(text: string, lex: Lexicon = baseLexicon()): Analysis {
  return analyzeLexemes(bufLx, 0, scan(joinPrefixes(foldChars(text)), null, bufLx, bufAt), lex);
}

/**
 * Words that take a special path in the term pass (numbers, dates, negators, stopwords…). Any
 * other word of two or more letters is just its concept: one lookup instead of nine.
 */
let special: Map<string, number> | null = null;
/** SPECIAL value of a word that is only a stopword (no number, date or negation reading). */
const STOP_ONLY = 1;
function specialWords(): Map<string, number> {
  if (special) return special;
  special = new Map<string, number>();
  for (const w of STOPWORDS) special.set(w, STOP_ONLY);
  for (const w of [...NUMBER_WORDS_M.keys(), ...VAGUE_QUANTITIES, ...MONTHS_M.keys(), ...WEEKDAYS, ...WEEKDAY_ABBREVIATIONS.keys(), 'last', 'this', 'next', 'past', ...RELATIVE_WORDS, ...NEGATORS, 'us']) {
    special.set(w, 2);
  }
  return special;
}

/** analyze() of the tokens toks[from..to) (a slice of a longer text's tokens, see `tokenize`), but those in [skipFrom, skipTo). */
export function analyzeTokens(toks: readonly Token[], from: number, to: number, lex: Lexicon = baseLexicon(), skipFrom = to, skipTo = to): Analysis {
  let n = 0;
  for (let k = from; k < to; k++) if (k < skipFrom || k >= skipTo) bufLx[n++] = toks[k]!.lx;
  return analyzeLexemes(bufLx, 0, n, lex);
}

/** A month's or weekday's name as a page writes it, capitalised ("page says May", "“Thursday”"). */
export const calendarWord = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** Words after which "may" is the month, never the verb ("back in May", "since May", "until mid-May"). */
const BEFORE_MONTH = new Set(['in', 'since', 'until', 'till', 'through', 'during', 'early', 'late', 'mid']);

/** Lexemes of a phrase's replacement text (PHRASES values: a fixed set). */
const phraseLexemes = new Map<string, Lexeme[]>();
function lexemesOfPhrase(o: string): Lexeme[] {
  let lxs = phraseLexemes.get(o);
  if (lxs === undefined) {
    lxs = [];
    lxs.length = scan(joinPrefixes(foldChars(o)), null, lxs, []);
    if (phraseLexemes.size < 10_000) phraseLexemes.set(o, lxs);
  }
  return lxs;
}

/** Where one of the particles of a SPLIT_VERBS verb at toks[i] is (after an object of up to 10 words), or -1. */
function particleAfter(toks: readonly Lexeme[], i: number, to: number, particles: ReadonlyMap<string, string>): number {
  for (let k = i + 2; k < to && k <= i + 11; k++) {
    const w = toks[k]!.w;
    if (particles.has(w)) return k;
    if (OBJECT_ENDS.has(w)) return -1;
  }
  return -1;
}

/**
 * Where the word a directive verb at toks[i] warns with is, after an object of up to 6 words:
 * the "not" of "not to", the "avoid" of "to avoid"; or -1.
 */
function warningAfter(toks: readonly Lexeme[], i: number, to: number): number {
  for (let k = i + 2; k + 1 < to && k <= i + 7; k++) {
    const w = toks[k]!.w;
    if (w === 'not' && toks[k + 1]!.w === 'to') return k;
    if (w === 'to') return toks[k + 1]!.w === 'avoid' || toks[k + 1]!.w === 'not' ? k + 1 : -1;
    if (OBJECT_ENDS.has(w)) return -1;
  }
  return -1;
}

function analyzeLexemes(toks: readonly Lexeme[], from: number, to: number, lex: Lexicon): Analysis {
  const res: Analysis = { terms: [], neg: 0, years: [], numbers: [], dates: [], relative: [], words: [] };
  // Phrase pass: rewrite multi-word phrases and entity names into single tokens.
  // every element is a Lexeme (entity tokens included): one hidden class keeps the loops
  // below monomorphic, which mattered in Chromium
  const seq: Lexeme[] = [];
  const root = lex.trie.next;
  let particleAt = -1;
  let dropAt = -1;
  for (let i = from; i < to; ) {
    const t0 = toks[i]!;
    // the particle of a verb read before ("off" of "pulled … off", see SPLIT_VERBS below)
    if (i === particleAt) {
      res.words.push(t0.w);
      i++;
      continue;
    }
    if (i === dropAt) {
      i++;
      continue;
    }
    // most words start no phrase: one lookup decides, cached on the lexeme per trie
    let node: TrieNode | undefined;
    if (t0.tr === root) node = t0.tn;
    else {
      node = root.get(t0.w);
      t0.tr = root;
      t0.tn = node;
    }
    let best = -1;
    let bestOut: string[] | undefined;
    if (node?.out) {
      best = i;
      bestOut = node.out;
    }
    for (let j = i + 1; j < to && node; j++) {
      const w = toks[j]!.w;
      const next = node.next.get(w);
      // "no further comment", "has not publicly explained": an adverb inside a phrase is read through
      if (next === undefined && PHRASE_FILLERS.has(w)) continue;
      node = next;
      if (node?.out) {
        best = j;
        bestOut = node.out;
      }
    }
    // "told consumers not to use it": telling and a warning, whose "not" negates nothing (see DIRECTIVE_VERBS)
    if (best < 0 && t0.dv) {
      const at = warningAfter(toks, i, to);
      if (at > 0) {
        for (const x of lexemesOfPhrase('warn')) seq.push(x);
        seq.push(t0);
        res.words.push(t0.w);
        dropAt = at;
        i++;
        continue;
      }
    }
    // "pulled Kaspersky off its shelves": the verb means stop, and "off" is read with it
    const split = best < 0 ? (t0.sv === undefined ? (t0.sv = SPLIT_VERBS.get(t0.w) ?? null) : t0.sv) : null;
    if (split) {
      const at = particleAfter(toks, i, to, split);
      if (at > 0) {
        for (const x of lexemesOfPhrase(split.get(toks[at]!.w)!)) seq.push(x);
        res.words.push(t0.w);
        particleAt = at;
        i++;
        continue;
      }
    }
    if (best >= 0 && bestOut) {
      for (const o of bestOut) {
        if (o.startsWith('@') || o.startsWith('~')) seq.push(new Lexeme(o, false, o));
        else for (const x of lexemesOfPhrase(o)) seq.push(x);
      }
      for (let k = i; k <= best; k++) res.words.push(toks[k]!.w);
      i = best + 1;
    } else {
      seq.push(toks[i]!);
      res.words.push(toks[i]!.w);
      i++;
    }
  }
  const concept = lex.concept;
  const terms = res.terms;
  const n = seq.length;
  for (let i = 0; i < n; i++) {
    const t = seq[i]!;
    const w = t.w;
    if (t.ent) {
      terms.push(t.ent);
      continue;
    }
    // fast path: a plain word (not a number, date, negator or stopword) is its concept
    const sp = t.sp;
    if (sp === STOP_ONLY) continue;
    if (sp === 0) {
      if (w.length === 1) continue;
      let c: string | undefined;
      if (t.cm === concept) c = t.c;
      else {
        c = conceptOf(lex, w);
        t.cm = concept;
        t.c = c;
      }
      // "a geopolitical dispute", "the legal dispute": a fight, as "a dispute" is (disputing is denying)
      if (w === 'dispute' && i >= 2 && disputeIsNoun(seq[i - 2]!.w, seq[i - 1]!.w)) c = conceptOf(lex, 'fight');
      terms.push(c);
      continue;
    }
    // a numeric date, where it can only be one (see numericDate)
    if (w.includes('/')) {
      const d = numericDate(seq, i);
      if (d) {
        const { year, ...date } = d;
        res.dates.push(date);
        terms.push('#date', '#m' + String(date.month));
        if (year !== undefined) {
          res.years.push(year);
          terms.push('#year', '#y' + String(year));
        }
      }
      continue;
    }
    // numbers: digits or number words, with multipliers
    if (isDigits(w) || NUMBER_WORDS(w) !== undefined) {
      let value = isDigits(w) ? parseDigits(w) : (NUMBER_WORDS(w) as number);
      const start = i;
      // year?
      if (isDigits(w) && /^(19|20)\d\d$/.test(w) && !(seq[i + 1] && MULTIPLIERS(seq[i + 1]!.w) !== undefined)) {
        res.years.push(value);
        terms.push('#year', '#y' + w);
        continue;
      }
      // day-of-month before a month: "12 July"
      const nxt = seq[i + 1]?.w;
      if (isDigits(w) && value >= 1 && value <= 31 && nxt && MONTHS(nxt) !== undefined && nxt !== 'may') {
        res.dates.push({ month: MONTHS(nxt) as number, day: value, raw: `${w} ${calendarWord(nxt)}` });
        terms.push('#date', '#m' + String(MONTHS(nxt)));
        i++;
        continue;
      }
      // compound number words: "forty five", "four hundred million"
      let j = i + 1;
      while (j < n) {
        const x = seq[j]!.w;
        const nw = NUMBER_WORDS(x);
        // "400 millions of users" (a translation's plural) is 400 million
        const mul = MULTIPLIERS(x) ?? (isDigits(w) && x.endsWith('s') ? MULTIPLIERS(x.slice(0, -1)) : undefined);
        if (mul !== undefined && (x !== 'm' || isDigits(w))) {
          value *= mul;
          j++;
        } else if (nw !== undefined && nw < 10 && value >= 20 && value % 10 === 0 && value < 100) {
          value += nw;
          j++;
        } else if (x === 'and' && j + 1 < n && NUMBER_WORDS(seq[j + 1]!.w) !== undefined && value >= 100) {
          j++;
        } else break;
      }
      i = j - 1;
      const unit = nextContent(seq, j, lex, 3);
      res.numbers.push({ value, unit, raw: seq.slice(start, j).map((x) => x.w).join(' ') });
      terms.push('#num', '#n' + String(value));
      // millions of people counted are a user base ("protects some 250 million people"): they
      // read as users, customers do
      if (value >= 1e6 && unit[0] !== undefined && PEOPLE.some((w) => conceptOf(lex, w) === unit[0])) {
        const users = conceptOf(lex, 'users');
        unit.push(users);
        terms.push(users);
      }
      continue;
    }
    if (VAGUE_QUANTITIES.has(w)) {
      const unit = nextContent(seq, i + 1, lex, 3);
      res.numbers.push({ value: w, unit, raw: w });
      terms.push('#num', '#n' + w);
      continue;
    }
    const mon = MONTHS(w);
    if (mon !== undefined && (w === 'may' ? /^\d/.test(seq[i + 1]?.w ?? '') || (i > 0 && BEFORE_MONTH.has(seq[i - 1]!.w)) : w.length > 3 || t.upper || i + 1 < n)) {
      const d = seq[i + 1]?.w;
      if (d && isDigits(d) && Number(d) >= 1 && Number(d) <= 31 && !/^(19|20)\d\d$/.test(d)) {
        res.dates.push({ month: mon, day: Number(d), raw: `${calendarWord(w)} ${d}` });
        i++;
      } else res.dates.push({ month: mon, raw: calendarWord(w) });
      terms.push('#date', '#m' + String(mon));
      continue;
    }
    const day = WEEKDAYS.has(w) ? w : weekdayAbbreviation(seq, i);
    if (day) {
      res.relative.push(day);
      terms.push('#when', '#w' + day);
      continue;
    }
    if ((w === 'last' || w === 'this' || w === 'next' || w === 'past') && seq[i + 1] && RELATIVE_UNITS.has(seq[i + 1]!.w)) {
      const r = `${w === 'past' ? 'last' : w} ${seq[i + 1]!.w}`;
      res.relative.push(r);
      terms.push('#when', '#w' + r.replace(' ', '-'));
      i++;
      continue;
    }
    if (RELATIVE_WORDS.has(w)) {
      if (w === 'earlier' || w === 'recently') continue;
      res.relative.push(w);
      terms.push('#when', '#w' + w);
      continue;
    }
    if (NEGATORS.has(w)) {
      res.neg++;
      continue;
    }
    if (w === 'us' && !t.upper) continue;
    if (STOPWORDS.has(w)) continue;
    if (w.length === 1) continue;
    terms.push(conceptOf(lex, w));
  }
  // "won't sell … anymore", "not … any longer": the negation belongs to "stop", already counted.
  if (res.neg > 0 && (res.words.includes('anymore') || res.words.includes('longer'))) res.neg--;
  // "did not find the accusations credible": the negation is the disbelief
  if (res.neg > 0 && disbelief(res.words) >= 0) {
    res.neg--;
    terms.push(conceptOf(lex, 'sceptical'));
  }
  return res;
}

/**
 * Where a negator whose clause goes on to a word of credence is ("did not find the accusations
 * against the firm credible"), or -1: the negation says the account is not believed.
 */
export function disbelief(ws: readonly string[]): number {
  for (let i = 0; i < ws.length; i++) {
    if (!NEGATORS.has(ws[i]!)) continue;
    for (let k = i + 1; k < ws.length && k <= i + CREDENCE_REACH; k++) if (CREDENCE.has(ws[k]!)) return i;
  }
  return -1;
}
/** How many words after a negator its word of credence may come. */
const CREDENCE_REACH = 10;

/** The weekday seq[i] abbreviates ("Thurs.", "Fri. 9/8"), if any (see WEEKDAY_ABBREVIATIONS). */
function weekdayAbbreviation(seq: readonly Lexeme[], i: number): string | undefined {
  const t = seq[i]!;
  const day = WEEKDAY_ABBREVIATIONS.get(t.w);
  if (!day || !AMBIGUOUS_WEEKDAYS.has(t.w)) return day;
  const next = seq[i + 1]?.w ?? '';
  return isDigits(next[0] ?? '') || MONTHS(next) !== undefined ? day : undefined;
}

/** Words before which "9/7" is a date: "on 9/7", "as of Fri. 9/8", "since 7/12". */
const BEFORE_DATE = new Set(['on', 'since', 'until', 'till', 'dated', ...WEEKDAYS, ...WEEKDAY_ABBREVIATIONS.keys()]);

/**
 * The date a token "m/d" or "m/d/y" (see numericDateEnd) states, when it has a year or follows a
 * word that only a date follows (else "24/7", "1/3 of users" would be dates). Month first, as in
 * American usage, unless only the other order makes a date ("13/9"); when both orders make one
 * ("8/9"), the other is kept as `alt`, and the page differs only where neither agrees.
 */
function numericDate(seq: readonly Lexeme[], i: number): (DateValue & { year?: number }) | null {
  const w = seq[i]!.w;
  const [a, b, y] = w.split('/').map(Number) as [number, number, number | undefined];
  const prev = seq[i - 1]?.w ?? '';
  if (y === undefined && !BEFORE_DATE.has(prev) && !(prev === 'of' && seq[i - 2]?.w === 'as')) return null;
  const valid = (m: number, d: number): boolean => m >= 1 && m <= 12 && d >= 1 && d <= 31;
  const year = y === undefined ? undefined : y < 100 ? 2000 + y : y;
  if (year !== undefined && (year < 1900 || year > 2099)) return null;
  if (valid(a, b)) return { month: a, day: b, raw: w, year, ...(a !== b && valid(b, a) ? { alt: { month: b, day: a } } : {}) };
  if (valid(b, a)) return { month: b, day: a, raw: w, year };
  return null;
}

/** Whether "dispute" after these two words is a noun: "a trade dispute", "the diplomatic dispute". */
export function disputeIsNoun(w2: string, w1: string): boolean {
  if (w2 === 'a' || w2 === 'an') return true;
  return (w2 === 'the' || w2 === 'this' || w2 === 'its' || w2 === 'their') && /(?:al|ic|ical)$/.test(w1);
}

/** Words that count people in general. */
const PEOPLE = ['people', 'persons', 'individuals'];

function nextContent(seq: readonly Lexeme[], from: number, lex: Lexicon, k: number): string[] {
  const out: string[] = [];
  for (let j = from; j < seq.length && out.length < k && j < from + 5; j++) {
    const w = seq[j]!.w;
    if (seq[j]!.ent) {
      out.push(seq[j]!.ent!);
      continue;
    }
    if (STOPWORDS.has(w) || NEGATORS.has(w) || isDigits(w) || w === 'least' || w === 'about' || w === 'some') continue;
    out.push(conceptOf(lex, w));
  }
  return out;
}
