// Which outlet published this page? By the sources' `domains` for real sites; otherwise by
// fingerprint: the page carries several of one source's mention quotes verbatim. Used to leave
// the page's own outlet (and copies of the same original) out of its own corroboration.
import type { Dataset } from '../dataset/types';
import { foldCompact } from '../text/normalize';

export interface OutletInput {
  url: string;
  title: string;
  text: string;
}

function hostname(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** Quotes shorter than this are too generic to fingerprint a page. */
const MIN_QUOTE = 25;
/** Length of the quote prefixes hashed for the page scan (≤ MIN_QUOTE). */
const K = 24;

/**
 * What identifyOutlet needs from a dataset, computed once per dataset object: the folded quotes
 * (folding 25,000 quotes on every call was most of its cost), a hash of each quote's first K
 * characters, per-source quote counts, folded source titles and domains.
 */
interface OutletData {
  domains: { id: string; domain: string }[];
  /** Distinct folded quotes (≥ MIN_QUOTE chars) and, per quote, the indices of its mentions. */
  quotes: string[];
  quoteMentions: number[][];
  /** Prefix hash → indices into quotes. */
  byHash: Map<number, number[]>;
  /**
   * One bit per value of a hash's low HASH_BITS bits: set for the quotes' prefix hashes. The
   * page scan tests this bit at every position and looks in byHash only when it is set (a Map
   * lookup per character of a 100 KB page was the scan's main cost).
   */
  bits: Uint32Array;
  total: Map<string, number>;
  titles: { id: string; title: string }[];
}
const cache = new WeakMap<Dataset, OutletData>();
const HASH_BITS = 20;
const HASH_MASK = (1 << HASH_BITS) - 1;

/** Polynomial rolling hash of s[from, from + K), mod 2^32. */
const B = 0x01000193;
let BK = 1; // B^(K-1) mod 2^32
for (let i = 1; i < K; i++) BK = Math.imul(BK, B);
function hashAt(s: string, from: number): number {
  let h = 0;
  for (let i = from; i < from + K; i++) h = (Math.imul(h, B) + s.charCodeAt(i)) | 0;
  return h;
}

function outletData(ds: Dataset): OutletData {
  let od = cache.get(ds);
  if (od) return od;
  const domains: OutletData['domains'] = [];
  for (const s of ds.sources) for (const d of s.domains ?? []) domains.push({ id: s.id, domain: d.toLowerCase().replace(/^www\./, '') });
  const quotes: string[] = [];
  const quoteMentions: number[][] = [];
  const quoteIndex = new Map<string, number>();
  const byHash = new Map<number, number[]>();
  const total = new Map<string, number>();
  ds.mentions.forEach((m, mi) => {
    const q = foldCompact(m.quote);
    if (q.length < MIN_QUOTE) return;
    total.set(m.sourceId, (total.get(m.sourceId) ?? 0) + 1);
    let qi = quoteIndex.get(q);
    if (qi === undefined) {
      qi = quotes.length;
      quoteIndex.set(q, qi);
      quotes.push(q);
      quoteMentions.push([]);
      const h = hashAt(q, 0);
      const list = byHash.get(h);
      if (list) list.push(qi);
      else byHash.set(h, [qi]);
    }
    quoteMentions[qi]!.push(mi);
  });
  const titles = ds.sources.map((s) => ({ id: s.id, title: foldCompact(s.title) }));
  const bits = new Uint32Array(1 << (HASH_BITS - 5));
  for (const h of byHash.keys()) bits[(h & HASH_MASK) >>> 5]! |= 1 << (h & 31);
  od = { domains, quotes, quoteMentions, byHash, bits, total, titles };
  cache.set(ds, od);
  return od;
}

/** The id of the source that published the page, or null. */
export function identifyOutlet(ds: Dataset, input: OutletInput): string | null {
  const od = outletData(ds);
  const host = hostname(input.url);
  if (host) {
    // the most specific domain wins (news.example.com over example.com)
    let best: string | null = null;
    let bestLen = 0;
    for (const { id, domain: dd } of od.domains) {
      if ((host === dd || host.endsWith('.' + dd)) && dd.length > bestLen) {
        best = id;
        bestLen = dd.length;
      }
    }
    if (best) return best;
  }
  // fingerprint: verbatim mention quotes (folded, whitespace-collapsed). Instead of searching
  // the page for every quote, one rolling-hash pass over the page looks up each position's K
  // characters among the quotes' prefixes; only those candidates are compared in full.
  const page = foldCompact(input.text);
  if (!page) return null;
  const found: number[] = [];
  const isFound = new Uint8Array(od.quotes.length);
  if (page.length >= K) {
    const bits = od.bits;
    let h = hashAt(page, 0);
    for (let i = 0; ; i++) {
      const cands = bits[(h & HASH_MASK) >>> 5]! & (1 << (h & 31)) ? od.byHash.get(h) : undefined;
      if (cands) {
        for (const qi of cands) {
          if (!isFound[qi] && page.startsWith(od.quotes[qi]!, i)) {
            isFound[qi] = 1;
            found.push(qi);
          }
        }
      }
      if (i + K >= page.length) break;
      h = (Math.imul(h - Math.imul(page.charCodeAt(i), BK), B) + page.charCodeAt(i + K)) | 0;
    }
  }
  // hits per source, counted in dataset order (ties below go to the source hit first)
  const mentions = found.flatMap((qi) => od.quoteMentions[qi]!).sort((a, b) => a - b);
  const hits = new Map<string, number>();
  for (const mi of mentions) {
    const id = ds.mentions[mi]!.sourceId;
    hits.set(id, (hits.get(id) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestScore = 0;
  for (const [id, n] of hits) {
    const t = od.total.get(id) ?? n;
    // several quotes, or all of a source's quotes when it has only one or two
    if (n < 2 && !(t <= 2 && n === t)) continue;
    const score = n + n / t; // more quotes first, then the larger share
    if (score > bestScore) {
      bestScore = score;
      best = id;
    }
  }
  if (best) return best;
  // an exact title match
  const title = foldCompact(input.title);
  if (title.length > 15) for (const s of od.titles) if (s.title === title) return s.id;
  return null;
}
