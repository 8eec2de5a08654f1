// Re-anchoring: find where a stored passage (W3C TextQuoteSelector + TextPositionSelector) is
// in a page's current text, tolerating edits. Cheapest first: the quote at its stored offsets,
// then the quote verbatim elsewhere, then an approximate match (Myers' bit-parallel algorithm
// from approx-string-match) near the stored offsets and only then across the whole text.
// Everything is budgeted so a 1 MB page, a degenerate page or a huge quote cannot freeze the
// caller. A null result means "orphaned": the caller keeps the note and shows it as such.

import search from 'approx-string-match';
import type { TextPositionSelector, TextQuoteSelector, TextSelector } from './selectors.ts';

export type AnchorMethod = 'exact-position' | 'exact' | 'fuzzy';

export interface AnchorResult {
  start: number;
  end: number;
  /** 0..1: weighted quote, prefix, suffix and position agreement (see `scoreCandidate`). */
  score: number;
  method: AnchorMethod;
}

export interface AnchorSelectors {
  quote: TextQuoteSelector;
  position?: TextPositionSelector | null;
}

export interface AnchorOptions {
  /** Fuzzy matches scoring below this are refused (the note is orphaned). Default 0.5. */
  minScore?: number;
  /** Quotes shorter than this are only ever matched exactly. Default 8. */
  minFuzzyLength?: number;
  /** Upper bound on the edit budget (the budget is min(this, floor(quote/4))). Default 32. */
  maxErrors?: number;
  /** Characters searched on each side of the stored position before the whole text. Default 2048. */
  window?: number;
  /** Most characters the fuzzy search may scan in total (window + whole text). Default 4,000,000. */
  maxScan?: number;
  /** Most exact occurrences scored (the nearest to the stored position are kept). Default 1000. */
  maxOccurrences?: number;
}

const W_QUOTE = 50;
const W_PREFIX = 20;
const W_SUFFIX = 20;
const W_POS = 2;
/** Context compared on each side, in characters. */
const CONTEXT_CAP = 64;
/** Quotes longer than this are fuzzily matched by head and tail, and the middle is checked. */
const LONG_QUOTE = 256;
const HEAD_TAIL = 128;
/** Chunk size for the fuzzy scan: bounds the work a degenerate chunk can cause. */
const CHUNK = 4096;
/** Hard cap on raw fuzzy matches collected (degenerate, repetitive text). */
const MAX_RAW_MATCHES = 4000;
/** Most fuzzy candidates scored after ranking by error count and nearness. */
const MAX_SCORED = 400;
/** A window match scoring at least this is accepted without searching the whole text. */
const GOOD_SCORE = 0.8;

interface Span {
  start: number;
  end: number;
  /** Estimated similarity of text.slice(start, end) to the quote, 0..1. */
  quoteSim: number;
}

interface Ctx {
  text: string;
  exact: string;
  prefix: string;
  suffix: string;
  position: TextPositionSelector | null;
  opts: Required<AnchorOptions>;
  /** Characters of fuzzy scanning left. */
  budget: { scan: number };
}

const DEFAULTS: Required<AnchorOptions> = {
  minScore: 0.5,
  minFuzzyLength: 8,
  maxErrors: 32,
  window: 2048,
  maxScan: 4_000_000,
  maxOccurrences: 1000,
};

function toSelectors(input: AnchorSelectors | readonly TextSelector[]): AnchorSelectors | null {
  if (Array.isArray(input)) {
    const list = input as readonly TextSelector[];
    const quote = list.find((s): s is TextQuoteSelector => s?.type === 'TextQuoteSelector');
    const position = list.find((s): s is TextPositionSelector => s?.type === 'TextPositionSelector');
    return quote ? { quote, position: position ?? null } : null;
  }
  const sel = input as AnchorSelectors;
  return sel && sel.quote ? sel : null;
}

/** Levenshtein distance, two rows; inputs are short (context, ≤ CONTEXT_CAP). */
function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const del = (prev[j] ?? 0) + 1;
      const ins = (cur[j - 1] ?? 0) + 1;
      const sub = (prev[j - 1] ?? 0) + cost;
      cur[j] = del < ins ? (del < sub ? del : sub) : ins < sub ? ins : sub;
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length] ?? Math.max(a.length, b.length);
}

function similarity(a: string, b: string): number {
  const len = Math.max(a.length, b.length);
  return len === 0 ? 1 : 1 - levenshtein(a, b) / len;
}

/**
 * Score a candidate span: quote similarity (weight 50), prefix and suffix similarity (20 each,
 * only when the selector has them) and nearness to the stored position (2, only when known),
 * normalised to 0..1.
 */
function scoreCandidate(ctx: Ctx, span: Span): number {
  const { text, prefix, suffix, position } = ctx;
  let total = W_QUOTE * span.quoteSim;
  let weights = W_QUOTE;
  if (prefix) {
    const actual = text.slice(Math.max(0, span.start - prefix.length), span.start);
    total += W_PREFIX * similarity(prefix, actual);
    weights += W_PREFIX;
  }
  if (suffix) {
    const actual = text.slice(span.end, span.end + suffix.length);
    total += W_SUFFIX * similarity(suffix, actual);
    weights += W_SUFFIX;
  }
  if (position) {
    const d = Math.abs(span.start - position.start);
    total += W_POS * (1 - Math.min(1, d / Math.max(1, text.length)));
    weights += W_POS;
  }
  return total / weights;
}

function validPosition(text: string, p: TextPositionSelector | null | undefined): TextPositionSelector | null {
  if (!p) return null;
  const { start, end } = p;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) return null;
  if (start < 0 || end < start) return null;
  return p;
}

// ---------------------------------------------------------------------------------------------
// Exact phase

function exactOccurrences(ctx: Ctx): number[] {
  const { text, exact } = ctx;
  const found: number[] = [];
  // Enumerating is cheap (indexOf); a cap protects against 1-character quotes on huge pages.
  const cap = Math.max(ctx.opts.maxOccurrences * 100, 100_000);
  for (let i = text.indexOf(exact); i !== -1 && found.length < cap; i = text.indexOf(exact, i + 1)) {
    found.push(i);
  }
  if (found.length > ctx.opts.maxOccurrences) {
    const ref = ctx.position?.start ?? 0;
    found.sort((a, b) => Math.abs(a - ref) - Math.abs(b - ref) || a - b);
    found.length = ctx.opts.maxOccurrences;
  }
  return found;
}

function bestExact(ctx: Ctx): AnchorResult | null {
  const occ = exactOccurrences(ctx);
  let best: AnchorResult | null = null;
  for (const start of occ) {
    const span = { start, end: start + ctx.exact.length, quoteSim: 1 };
    const score = scoreCandidate(ctx, span);
    if (!best || score > best.score) {
      const method: AnchorMethod = ctx.position && ctx.position.start === start ? 'exact-position' : 'exact';
      best = { start, end: span.end, score, method };
    }
  }
  return best;
}

/** How well the stored context agrees around an exact match, 0..1 (1 when none is stored). */
function contextAgreement(ctx: Ctx, start: number, end: number): number {
  const { text, prefix, suffix } = ctx;
  let total = 0;
  let n = 0;
  if (prefix) {
    total += similarity(prefix, text.slice(Math.max(0, start - prefix.length), start));
    n++;
  }
  if (suffix) {
    total += similarity(suffix, text.slice(end, end + suffix.length));
    n++;
  }
  return n === 0 ? 1 : total / n;
}

// ---------------------------------------------------------------------------------------------
// Fuzzy phase

interface RawMatch {
  start: number;
  end: number;
  errors: number;
}

/**
 * Approximate matches of `pattern` in text[from, to), scanned in chunks (each chunk reports its
 * own best matches), nearest chunks to `ref` first, within the scan budget.
 */
function fuzzySearch(ctx: Ctx, pattern: string, maxErrors: number, from: number, to: number, ref: number): RawMatch[] {
  const { text } = ctx;
  const overlap = pattern.length + maxErrors;
  const chunks: number[] = [];
  for (let s = from; s < to; s += CHUNK) chunks.push(s);
  chunks.sort((a, b) => Math.abs(a + CHUNK / 2 - ref) - Math.abs(b + CHUNK / 2 - ref));
  const out: RawMatch[] = [];
  const seen = new Set<number>();
  for (const s of chunks) {
    const e = Math.min(to, s + CHUNK + overlap);
    if (ctx.budget.scan <= 0 || out.length >= MAX_RAW_MATCHES) break;
    ctx.budget.scan -= e - s;
    if (e - s < pattern.length - maxErrors) continue;
    for (const m of search(text.slice(s, e), pattern, maxErrors)) {
      const start = s + m.start;
      const key = start * 4096 + ((s + m.end - start) & 4095);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ start, end: s + m.end, errors: m.errors });
    }
  }
  return out;
}

function budgetFor(ctx: Ctx, length: number): number {
  return Math.min(ctx.opts.maxErrors, 32, Math.floor(length / 4));
}

/** Keep the most promising raw matches: fewest errors, then nearest to `ref`. */
function topMatches(matches: RawMatch[], ref: number, n: number): RawMatch[] {
  if (matches.length <= n) return matches;
  return [...matches]
    .sort((a, b) => a.errors - b.errors || Math.abs(a.start - ref) - Math.abs(b.start - ref))
    .slice(0, n);
}

/** Candidates for a quote of at most LONG_QUOTE characters. */
function shortQuoteSpans(ctx: Ctx, from: number, to: number, ref: number): Span[] {
  const { exact } = ctx;
  const k = budgetFor(ctx, exact.length);
  const raw = topMatches(fuzzySearch(ctx, exact, k, from, to, ref), ref, MAX_SCORED);
  return raw.map((m) => ({ start: m.start, end: m.end, quoteSim: Math.max(0, 1 - m.errors / exact.length) }));
}

/**
 * Estimated similarity of `part` to text[from, to): the share of its 32-character pieces (at
 * most 64, evenly spaced) found verbatim in that region. Cheap and order-insensitive.
 */
function pieceSimilarity(text: string, part: string, from: number, to: number): number {
  if (part.length === 0) return 1;
  const PIECE = 32;
  const count = Math.floor(part.length / PIECE);
  if (count === 0) return text.slice(from, to).includes(part) ? 1 : 0;
  const region = text.slice(Math.max(0, from), Math.min(text.length, to));
  const step = Math.max(1, Math.floor(count / 64));
  let tried = 0;
  let found = 0;
  for (let i = 0; i < count; i += step) {
    tried++;
    if (region.includes(part.slice(i * PIECE, (i + 1) * PIECE))) found++;
  }
  return found / tried;
}

/** Candidates for a quote longer than LONG_QUOTE: head and tail matched, middle checked. */
function longQuoteSpans(ctx: Ctx, from: number, to: number, ref: number): Span[] {
  const { text, exact } = ctx;
  const L = exact.length;
  const head = exact.slice(0, HEAD_TAIL);
  const tail = exact.slice(L - HEAD_TAIL);
  const k = budgetFor(ctx, HEAD_TAIL);
  const slack = Math.floor(L / 4) + 32;
  const heads = topMatches(fuzzySearch(ctx, head, k, from, to, ref), ref, 50);
  const tails = topMatches(fuzzySearch(ctx, tail, k, from, to, ref + L), ref + L, 50);
  const spans: Span[] = [];
  const middle = exact.slice(HEAD_TAIL, L - HEAD_TAIL);
  const pairedHeads = new Set<RawMatch>();
  const pairedTails = new Set<RawMatch>();
  for (const h of heads) {
    for (const t of tails) {
      const len = t.end - h.start;
      if (t.start < h.end - k || Math.abs(len - L) > slack) continue;
      pairedHeads.add(h);
      pairedTails.add(t);
      const mid = pieceSimilarity(text, middle, h.end - k, t.start + k);
      const sim = ((1 - h.errors / HEAD_TAIL) * HEAD_TAIL + (1 - t.errors / HEAD_TAIL) * HEAD_TAIL + mid * middle.length) / L;
      spans.push({ start: h.start, end: t.end, quoteSim: sim });
    }
  }
  // One side edited beyond its budget: infer the other end from the quote's length.
  const rest = exact.slice(HEAD_TAIL);
  const before = exact.slice(0, L - HEAD_TAIL);
  for (const h of heads) {
    if (pairedHeads.has(h)) continue;
    const end = Math.min(text.length, h.start + L);
    const sim = ((1 - h.errors / HEAD_TAIL) * HEAD_TAIL + pieceSimilarity(text, rest, h.end - k, end + slack) * rest.length) / L;
    spans.push({ start: h.start, end, quoteSim: sim });
  }
  for (const t of tails) {
    if (pairedTails.has(t)) continue;
    const start = Math.max(0, t.end - L);
    const sim = ((1 - t.errors / HEAD_TAIL) * HEAD_TAIL + pieceSimilarity(text, before, start - slack, t.start + k) * before.length) / L;
    spans.push({ start, end: t.end, quoteSim: sim });
  }
  return spans;
}

function bestFuzzy(ctx: Ctx, from: number, to: number): AnchorResult | null {
  const ref = ctx.position ? ctx.position.start : from;
  const spans = ctx.exact.length > LONG_QUOTE ? longQuoteSpans(ctx, from, to, ref) : shortQuoteSpans(ctx, from, to, ref);
  let best: AnchorResult | null = null;
  for (const span of spans) {
    // The error budget allows 25% differences; an estimate below that is not the quote.
    if (span.quoteSim < 0.7) continue;
    const score = scoreCandidate(ctx, span);
    if (!best || score > best.score) best = { start: span.start, end: span.end, score, method: 'fuzzy' };
  }
  return best;
}

function fuzzyPhase(ctx: Ctx): AnchorResult | null {
  const { text, exact, position, opts } = ctx;
  if (exact.length < opts.minFuzzyLength || budgetFor(ctx, Math.min(exact.length, HEAD_TAIL)) < 1) return null;
  let best: AnchorResult | null = null;
  if (position) {
    const from = Math.max(0, Math.min(text.length, position.start) - opts.window);
    const to = Math.min(text.length, Math.max(position.end, position.start + exact.length) + opts.window);
    best = bestFuzzy(ctx, from, to);
    if (best && best.score >= GOOD_SCORE) return best;
    if (from === 0 && to === text.length) return best && best.score >= opts.minScore ? best : null;
  }
  const whole = bestFuzzy(ctx, 0, text.length);
  if (whole && (!best || whole.score > best.score)) best = whole;
  return best && best.score >= opts.minScore ? best : null;
}

// ---------------------------------------------------------------------------------------------

/**
 * Find the passage described by `selectors` in `text`.
 *
 * Returns its offsets, a 0..1 score and the method that found it, or null when it cannot be
 * found with enough confidence (orphaned). A verbatim occurrence of the quote is always
 * accepted; a fuzzy one must score at least `opts.minScore`. A quote is required; a position
 * alone is never trusted. Never throws on malformed selectors (they yield null).
 */
export function anchor(
  text: string,
  selectors: AnchorSelectors | readonly TextSelector[],
  opts: AnchorOptions = {},
): AnchorResult | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  const sel = toSelectors(selectors);
  if (!sel || typeof sel.quote.exact !== 'string' || sel.quote.exact.length === 0) return null;
  const o: Required<AnchorOptions> = { ...DEFAULTS };
  for (const [k, v] of Object.entries(opts) as [keyof AnchorOptions, number | undefined][]) {
    // Negative or fractional counts are not options (a maxOccurrences of -1 or 1.5 made
    // `found.length = …` throw a RangeError, found by the fuzz suite): keep the default.
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0) o[k] = k === 'maxOccurrences' ? Math.floor(v) : v;
  }
  const prefix = typeof sel.quote.prefix === 'string' ? sel.quote.prefix.slice(-CONTEXT_CAP) : '';
  const suffix = typeof sel.quote.suffix === 'string' ? sel.quote.suffix.slice(0, CONTEXT_CAP) : '';
  const ctx: Ctx = {
    text,
    exact: sel.quote.exact,
    prefix,
    suffix,
    position: validPosition(text, sel.position),
    opts: o,
    budget: { scan: o.maxScan },
  };
  const { exact, position } = ctx;

  // 1. The quote at its stored offsets, with its context intact: nothing to decide.
  if (position && position.end - position.start === exact.length && text.startsWith(exact, position.start)) {
    if (contextAgreement(ctx, position.start, position.end) === 1) {
      return { start: position.start, end: position.end, score: 1, method: 'exact-position' };
    }
  }

  // 2. The quote verbatim, anywhere: best by context, then nearness.
  const exactBest = bestExact(ctx);
  if (exactBest) {
    // A verbatim match whose context disagrees may be another occurrence of a repeated phrase
    // while the annotated one was slightly edited: let a nearby fuzzy match compete.
    if ((prefix || suffix) && contextAgreement(ctx, exactBest.start, exactBest.end) < 0.5 && position) {
      const near = fuzzyPhaseNear(ctx);
      if (near && near.score > exactBest.score) return near;
    }
    return exactBest;
  }

  // 3. Approximate.
  return fuzzyPhase(ctx);
}

function fuzzyPhaseNear(ctx: Ctx): AnchorResult | null {
  const { text, exact, position, opts } = ctx;
  if (!position || exact.length < opts.minFuzzyLength) return null;
  const from = Math.max(0, Math.min(text.length, position.start) - opts.window);
  const to = Math.min(text.length, Math.max(position.end, position.start + exact.length) + opts.window);
  // approx-string-match reports only the lowest-error matches, so the verbatim occurrences
  // would hide an edited one: mask them (same length) in the window before searching.
  const fill = '\u0000'.repeat(exact.length);
  const masked = text.slice(0, from) + text.slice(from, to).split(exact).join(fill) + text.slice(to);
  const best = bestFuzzy({ ...ctx, text: masked }, from, to);
  return best && best.score >= opts.minScore ? best : null;
}
