// The topic gate: is this page about a covered topic? Runs first in the content script on every
// page, so it reads a bounded prefix of the main text (plus title and URL) with one regex scan
// and never touches the matcher. Recognises aliases, possessives and one- or two-letter
// misspellings ("Kasperksy", "Kaspesky"). A page that mentions the topic once in passing, or
// only in a related-links box (removed by extraction before the gate sees the text), is not
// about it.

export interface GateTopic {
  id: string;
  name: string;
  /** Names and aliases of the topic's core entity. */
  terms: string[];
  /** Words that make it likelier the page is on topic ("antivirus", "Best Buy"). */
  related: string[];
}
export interface GateInput {
  title: string;
  url: string;
  text: string;
}
export interface GateResult {
  relevant: boolean;
  score: number;
  topics: string[];
  /** Per-topic evidence (for debugging / the scan report). */
  detail?: Record<string, { mentions: number; title: boolean; url: boolean; related: number; words: number }>;
}

/** Main-text prefix the gate reads (design.md: a 50 KB regex scan costs ~0.07 ms). */
export const GATE_PREFIX_CHARS = 50_000;

interface CompiledTopic {
  id: string;
  single: Set<string>;
  multi: Map<string, string[][]>; // first word → rest sequences
  fuzzy: string[]; // single words long enough for fuzzy matching
  fuzzyFirst: Set<number>; // their first letters (char codes)
  related: Set<string>;
  relatedMulti: Map<string, string[][]>;
}

const fold = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019]/g, "'")
    .toLowerCase();
/**
 * Characters NFKD folding cannot turn into letters or digits (ASCII, the no-break space and
 * general punctuation: curly quotes, dashes, ellipses). Text made only of these — most English
 * pages — splits into the same words without the costly normalize() of the whole prefix.
 */
const PLAIN = /^[\x00-\x7f\u00a0\u2000-\u206f]*$/;
const splitWords = (s: string): string[] => (PLAIN.test(s) ? s.toLowerCase() : fold(s)).match(/[a-z0-9]+/g) ?? [];

function compileTerms(terms: string[]): { single: Set<string>; multi: Map<string, string[][]> } {
  const single = new Set<string>();
  const multi = new Map<string, string[][]>();
  for (const t of terms) {
    const w = splitWords(t);
    if (!w.length) continue;
    if (w.length === 1) single.add(w[0]!);
    else {
      const list = multi.get(w[0]!) ?? [];
      list.push(w.slice(1));
      multi.set(w[0]!, list);
    }
  }
  return { single, multi };
}

/** Damerau-Levenshtein (optimal string alignment) distance, bounded: returns > max early. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[n]!;
}

function fuzzyHit(word: string, fuzzy: string[]): boolean {
  if (word.length < 6) return false;
  for (const f of fuzzy) {
    if (f[0] !== word[0]) continue;
    const max = f.length >= 8 ? 2 : 1;
    if (Math.abs(f.length - word.length) > max) continue;
    if (editDistance(word, f, max) <= max) return true;
  }
  return false;
}

/**
 * Occurrences of the topic's terms. The fuzzy test (edit distance against every term with the
 * same first letter) was the gate's main cost; it runs only on words of 6+ letters whose first
 * letter starts a fuzzy term, once per distinct word (`memo`, per call: pages repeat words).
 */
function countMentions(words: string[], t: CompiledTopic, memo: Map<string, boolean>): number {
  let n = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const rests = t.multi.get(w);
    if (rests) {
      let hit = 0;
      for (const r of rests) if (r.every((x, k) => words[i + 1 + k] === x)) hit = Math.max(hit, r.length);
      if (hit) {
        n++;
        i += hit;
        continue;
      }
    }
    if (t.single.has(w)) n++;
    else if (w.length >= 6 && t.fuzzyFirst.has(w.charCodeAt(0))) {
      let hit = memo.get(w);
      if (hit === undefined) memo.set(w, (hit = fuzzyHit(w, t.fuzzy)));
      if (hit) n++;
    }
  }
  return n;
}

function countRelated(words: string[], t: CompiledTopic): number {
  const seen = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (t.related.has(w)) seen.add(w);
    const rests = t.relatedMulti.get(w);
    if (rests) for (const r of rests) if (r.every((x, k) => words[i + 1 + k] === x)) seen.add(w + ' ' + r.join(' '));
  }
  return seen.size;
}

/**
 * Builds a gate for the given topics. Rule (calibrated on eval/gate fixtures):
 *  - the title (or URL slug) names the topic and the body names it at least once; or
 *  - the body names it ≥ 3 times at a density of ≥ 1.5 per 1,000 words; or
 *  - the body names it twice, densely (≥ 3 per 1,000 words), with ≥ 2 related terms.
 */
export function createGate(topics: GateTopic[]): (input: GateInput) => GateResult {
  const compiled: CompiledTopic[] = topics.map((t) => {
    const { single, multi } = compileTerms([t.name, ...t.terms]);
    const rel = compileTerms(t.related);
    const fuzzy = [...single].filter((w) => w.length >= 6);
    // a term's candidate first letters, for the prefilter
    return { id: t.id, single, multi, fuzzy, fuzzyFirst: new Set(fuzzy.map((w) => w.charCodeAt(0))), related: rel.single, relatedMulti: rel.multi };
  });
  // Fast path: no word in the page even starts like a topic term → nothing to count.
  const starts = new Set<string>();
  for (const t of topics) for (const term of [t.name, ...t.terms]) {
    const w = splitWords(term)[0];
    if (w) starts.add(w.slice(0, 2));
  }
  const esc = (x: string): string => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const prefilter = starts.size ? new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${[...starts].map(esc).join('|')})`, 'iu') : null;
  return (input: GateInput): GateResult => {
    const text = input.text.length > GATE_PREFIX_CHARS ? input.text.slice(0, GATE_PREFIX_CHARS) : input.text;
    if (prefilter && !prefilter.test(text) && !prefilter.test(input.title) && !prefilter.test(input.url)) {
      return { relevant: false, score: 0, topics: [], detail: {} };
    }
    const bodyWords = splitWords(text);
    const titleWords = splitWords(input.title.slice(0, 1000));
    let urlWords: string[] = [];
    try {
      const u = new URL(input.url);
      urlWords = splitWords(decodeURIComponent(u.hostname + ' ' + u.pathname));
    } catch {
      urlWords = splitWords(input.url.slice(0, 2000));
    }
    const nWords = Math.max(bodyWords.length, 1);
    const out: GateResult = { relevant: false, score: 0, topics: [], detail: {} };
    for (const t of compiled) {
      const memo = new Map<string, boolean>();
      const mentions = countMentions(bodyWords, t, memo);
      const title = countMentions(titleWords, t, memo) > 0;
      const url = countMentions(urlWords, t, memo) > 0;
      const related = mentions > 0 ? countRelated(bodyWords, t) : 0;
      const density = (mentions / nWords) * 1000;
      const relevant =
        ((title || url) && mentions >= 1) ||
        (mentions >= 3 && density >= 1.5) ||
        (mentions >= 2 && density >= 3 && related >= 2);
      // a graded score: ~1 at the decision boundary
      const score =
        Math.round(
          (Math.min(mentions, 10) / 3) * Math.min(1, density / 1.5) * 100 + (title ? 60 : 0) + (url ? 40 : 0) + Math.min(related, 4) * 5,
        ) / 100;
      out.detail![t.id] = { mentions, title, url, related, words: bodyWords.length };
      if (score > out.score) out.score = score;
      if (relevant) out.topics.push(t.id);
    }
    out.relevant = out.topics.length > 0;
    return out;
  };
}
