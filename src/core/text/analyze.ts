// Text → concepts for the matcher. One analysis turns a sentence into the bag of concepts it
// talks about (stemmed words mapped through the thesaurus, entity aliases, number/date/time
// classes) plus the values it states (years, numbers, dates, relative dates) and its polarity.
// Claims, quotes and page passages all go through this same function, so they meet.
import { foldChars } from './normalize';
import { stem } from './stem';
import {
  IRREGULAR_FORMS, MONTHS as MONTHS_O, MULTIPLIERS as MULTIPLIERS_O, NEGATORS, NUMBER_WORDS as NUMBER_WORDS_O, PHRASES, RELATIVE_UNITS, RELATIVE_WORDS, STOPWORDS,
  THESAURUS, VAGUE_QUANTITIES, WEEKDAYS,
} from './lexicon';

// Maps, not objects: a page word like "constructor" must not hit Object.prototype.
const NUMBER_WORDS_M = new Map(Object.entries(NUMBER_WORDS_O));
const MULTIPLIERS_M = new Map(Object.entries(MULTIPLIERS_O));
const MONTHS_M = new Map(Object.entries(MONTHS_O));
const NUMBER_WORDS = (w: string | undefined): number | undefined => (w === undefined ? undefined : NUMBER_WORDS_M.get(w));
const MULTIPLIERS = (w: string | undefined): number | undefined => (w === undefined ? undefined : MULTIPLIERS_M.get(w));
const MONTHS = (w: string | undefined): number | undefined => (w === undefined ? undefined : MONTHS_M.get(w));
const IRREGULAR = new Map(Object.entries(IRREGULAR_FORMS));

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
  /** Set on the single tokens the phrase pass puts in for entity names and phrases ("@…", "~…"). */
  ent: string | undefined;
}

/** Splits text into lowercase word tokens the same way everywhere. */
export function words(text: string): Token[] {
  const out: Token[] = [];
  const folded = foldChars(text);
  wordsOf(folded.includes('-') ? folded.replace(JOIN_RE, '$1') : folded, null, out);
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
  const out: Token[] = [];
  wordsOf(src, map, out);
  return out;
}

const foldCache = new Map<string, string>();
const foldChar = (ch: string): string => {
  let f = foldCache.get(ch);
  if (f === undefined) foldCache.set(ch, (f = foldChars(ch)));
  return f;
};

const isAlpha = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isNum = (c: number): boolean => c >= 48 && c <= 57;

/**
 * The tokens WORD_RE would match in src, found by a hand-written scan (the regex, its match
 * arrays and the lower/upper-casing of every token were most of the cost of analysing text):
 *   [A-Za-z](?:\.[A-Za-z])+\.?   acronyms with dots ("U.S.")
 *   \d+(?:[.,]\d+)*              numbers ("60,000", "10.6")
 *   [A-Za-z0-9]+(?:'[A-Za-z]+)?   words, with a clitic ("Kaspersky's", "don't")
 */
function wordsOf(src: string, map: number[] | null, out: Token[]): void {
  const n = src.length;
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
    if (alpha && i + 2 < n && src.charCodeAt(i + 1) === 46 && isAlpha(src.charCodeAt(i + 2))) {
      // acronym with dots: letters joined by single dots, one optional trailing dot
      let j = i + 1;
      while (j + 1 < n && src.charCodeAt(j) === 46 && isAlpha(src.charCodeAt(j + 1))) j += 2;
      if (j < n && src.charCodeAt(j) === 46) j++;
      const w = src.slice(start, j).replace(/\./g, '');
      i = j;
      pushWord(w, at, out);
      continue;
    }
    if (!alpha) {
      // number: digits, then groups of [.,] + digits
      let j = i + 1;
      while (j < n && isNum(src.charCodeAt(j))) j++;
      for (;;) {
        const sep = src.charCodeAt(j);
        if ((sep === 46 || sep === 44) && j + 1 < n && isNum(src.charCodeAt(j + 1))) {
          j += 2;
          while (j < n && isNum(src.charCodeAt(j))) j++;
        } else break;
      }
      out.push({ w: src.slice(start, j), upper: false, at, ent: undefined });
      i = j;
      continue;
    }
    let j = i + 1;
    while (j < n) {
      const x = src.charCodeAt(j);
      if (isAlpha(x) || isNum(x)) j++;
      else break;
    }
    // optional clitic: ' + letters
    if (j + 1 < n && src.charCodeAt(j) === 39 && isAlpha(src.charCodeAt(j + 1))) {
      j += 2;
      while (j < n && isAlpha(src.charCodeAt(j))) j++;
    }
    i = j;
    pushWord(src.slice(start, j), at, out);
  }
}

function pushWord(w: string, at: number, out: Token[]): void {
  // case: all-caps words (acronyms) are marked, everything is lowercased
  let hasUpper = false;
  let hasLower = false;
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c >= 65 && c <= 90) hasUpper = true;
    else if (c >= 97 && c <= 122) hasLower = true;
  }
  const upper = w.length > 1 && hasUpper && !hasLower;
  let lw = hasUpper ? w.toLowerCase() : w;
  const ap = lw.indexOf("'");
  if (ap >= 0) {
    const head = lw.slice(0, ap);
    const tail = lw.slice(ap + 1);
    if (tail === 't' && head.endsWith('n')) {
      const base = head === 'won' ? 'will' : head === 'can' ? 'can' : head === 'shan' ? 'shall' : head.slice(0, -1);
      out.push({ w: base, upper: false, at, ent: undefined }, { w: 'not', upper: false, at, ent: undefined });
      return;
    }
    lw = head; // possessive 's, 'd, 're, 've, 'll
  }
  if (lw === 'us' && !upper) lw = 'we'; // the pronoun, not the country
  // "cyberespionage", "cyber-espionage" (joined above) and "cyber espionage" read alike
  if (lw.length > 8 && lw.startsWith('cyber')) {
    out.push({ w: 'cyber', upper, at, ent: undefined }, { w: lw.slice(5), upper, at, ent: undefined });
    return;
  }
  if (lw) out.push({ w: lw, upper, at, ent: undefined });
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

function baseLexicon(): Lexicon {
  if (base) return base;
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
  base = { concept, trie };
  return base;
}

/** A lexicon with entity names and aliases ("Kaspersky Labs" → "@kaspersky-lab"). */
export function createLexicon(entities: { id: string; name: string; aliases: string[] }[] = []): Lexicon {
  const b = baseLexicon();
  const trie: TrieNode = cloneTrie(b.trie);
  for (const e of entities) {
    for (const name of [e.name, ...e.aliases]) {
      const seq = words(name).map((x) => x.w);
      if (!seq.length) continue;
      // Descriptive aliases ("the retailer", "the company") would hijack ordinary nouns.
      if (seq[0] === 'the' || seq[0] === 'a' || seq[0] === 'an') continue;
      trieInsert(trie, seq, [conceptForEntity(e)]);
    }
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

/** Concept of one (non-stopword) lowercase word. */
export function conceptOf(lex: Lexicon, w: string): string {
  const s = stem(IRREGULAR.get(w) ?? w);
  return lex.concept.get('=' + w) ?? lex.concept.get(s) ?? lex.concept.get(w) ?? s;
}

export function analyze(text: string, lex: Lexicon = baseLexicon()): Analysis {
  const toks = words(text);
  return analyzeTokens(toks, 0, toks.length, lex);
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
  for (const w of [...NUMBER_WORDS_M.keys(), ...VAGUE_QUANTITIES, ...MONTHS_M.keys(), ...WEEKDAYS, 'last', 'this', 'next', 'past', ...RELATIVE_WORDS, ...NEGATORS, 'us']) {
    special.set(w, 2);
  }
  return special;
}
/** Concepts of plain words, per thesaurus map (createLexicon shares the base one). */
const conceptCaches = new WeakMap<Map<string, string>, Map<string, string>>();

/** analyze() of the tokens toks[from..to) (a slice of a longer text's tokens, see `tokenize`). */
export function analyzeTokens(toks: readonly Token[], from: number, to: number, lex: Lexicon = baseLexicon()): Analysis {
  const res: Analysis = { terms: [], neg: 0, years: [], numbers: [], dates: [], relative: [], words: [] };
  // Phrase pass: rewrite multi-word phrases and entity names into single tokens.
  // every element has the Token shape (entity tokens included): one hidden class keeps the
  // loops below monomorphic, which mattered in Chromium
  const seq: Token[] = [];
  const root = lex.trie.next;
  for (let i = from; i < to; ) {
    // most words start no phrase: one lookup decides
    let node: TrieNode | undefined = root.get(toks[i]!.w);
    let best = -1;
    let bestOut: string[] | undefined;
    if (node?.out) {
      best = i;
      bestOut = node.out;
    }
    for (let j = i + 1; j < to && node; j++) {
      node = node.next.get(toks[j]!.w);
      if (node?.out) {
        best = j;
        bestOut = node.out;
      }
    }
    if (best >= 0 && bestOut) {
      for (const o of bestOut) {
        if (o.startsWith('@') || o.startsWith('~')) seq.push({ w: o, upper: false, at: -1, ent: o });
        else for (const x of words(o)) seq.push(x);
      }
      for (let k = i; k <= best; k++) res.words.push(toks[k]!.w);
      i = best + 1;
    } else {
      seq.push(toks[i]!);
      res.words.push(toks[i]!.w);
      i++;
    }
  }
  const SPECIAL = specialWords();
  let conceptCache = conceptCaches.get(lex.concept);
  if (!conceptCache) conceptCaches.set(lex.concept, (conceptCache = new Map()));
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
    const c0 = w.charCodeAt(0);
    const sp = c0 >= 48 && c0 <= 57 ? 2 : SPECIAL.get(w);
    if (sp === STOP_ONLY) continue;
    if (sp === undefined) {
      if (w.length === 1) continue;
      let c = conceptCache.get(w);
      if (c === undefined) {
        c = conceptOf(lex, w);
        if (conceptCache.size < 100_000) conceptCache.set(w, c);
      }
      terms.push(c);
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
        res.dates.push({ month: MONTHS(nxt) as number, day: value, raw: `${w} ${nxt}` });
        terms.push('#date', '#m' + String(MONTHS(nxt)));
        i++;
        continue;
      }
      // compound number words: "forty five", "four hundred million"
      let j = i + 1;
      while (j < n) {
        const x = seq[j]!.w;
        const nw = NUMBER_WORDS(x);
        const mul = MULTIPLIERS(x);
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
      continue;
    }
    if (VAGUE_QUANTITIES.has(w)) {
      const unit = nextContent(seq, i + 1, lex, 3);
      res.numbers.push({ value: w, unit, raw: w });
      terms.push('#num', '#n' + w);
      continue;
    }
    const mon = MONTHS(w);
    if (mon !== undefined && (w !== 'may' || /^\d/.test(seq[i + 1]?.w ?? '')) && (w.length > 3 || t.upper || i + 1 < n)) {
      const d = seq[i + 1]?.w;
      if (d && isDigits(d) && Number(d) >= 1 && Number(d) <= 31 && !/^(19|20)\d\d$/.test(d)) {
        res.dates.push({ month: mon, day: Number(d), raw: `${w} ${d}` });
        i++;
      } else res.dates.push({ month: mon, raw: w });
      terms.push('#date', '#m' + String(mon));
      continue;
    }
    if (WEEKDAYS.has(w)) {
      res.relative.push(w);
      terms.push('#when', '#w' + w);
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
  return res;
}

function nextContent(seq: readonly Token[], from: number, lex: Lexicon, k: number): string[] {
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
