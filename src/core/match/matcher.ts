// Passage → claim matching. Each passage (a sentence; long ones also as clauses) is analysed
// into concepts, candidate documents come from the inverted index, and each candidate is
// scored by how much of the document the passage covers (weighted by concept rarity), damped
// by how much of the passage is unrelated. A match must also share at least two distinctive
// (non-entity) concepts and carry the value class the claim turns on (a year for a founding
// year). Precision first: the threshold was calibrated on eval/ (see scripts/eval.ts).
import { analyze, type Analysis } from '../text/analyze';
import { clauses, type Span } from '../text/segment';
import { detectConflict } from './conflict';
import { isClassTerm, weightOf, type IndexDoc, type MatchIndex } from './index';

export interface Match {
  claimId: string;
  start: number;
  end: number;
  score: number;
  pageStance: 'supports' | 'contradicts';
  reason?: string;
  /** The index document that matched best (a mention quote, paraphrase or the claim text). */
  doc?: { kind: IndexDoc['kind']; mentionId?: string; sourceId?: string; text: string };
}

export interface MatchOptions {
  /** Minimum score for a match (default: calibrated DEFAULT_THRESHOLD). */
  threshold?: number;
  /** Keep every candidate above this (for calibration); disables one-per-passage selection. */
  allAbove?: number;
}

/** Calibrated on eval/ (scripts/eval.ts sweeps it): best mean F0.5 over rewordings and leave-one-outlet-out, precision ≥ 0.9 on both. */
export const DEFAULT_THRESHOLD = 0.45;
const RECALL_EXP = 1;
const PREC_EXP = 0.35;
const MIN_SHARED_CONTENT = 2;
const CONTRADICT_MARGIN = 0.1;

interface Unit extends Span {
  a: Analysis;
  terms: Set<string>;
  weight: number;
}

interface Scored {
  claim: number;
  score: number;
  doc: number;
  unit: Unit;
  /** Best score among this claim's supporting docs (for stance decisions). */
  supportScore: number;
}


function makeUnit(index: MatchIndex, text: string, s: Span): Unit {
  const a = analyze(text.slice(s.start, s.end), index.lex);
  const terms = new Set(a.terms);
  let weight = 0;
  for (const t of terms) weight += weightOf(index, t);
  return { start: s.start, end: s.end, a, terms, weight };
}

function scoreDoc(index: MatchIndex, u: Unit, d: IndexDoc): number {
  let ov = 0;
  let shared = 0;
  let sharedContentWeight = 0;
  let docEntities = 0;
  let sharedEntities = 0;
  let missingValues = 0;
  const list = d.termList;
  const uterms = u.terms;
  for (let k = 0; k < list.length; k++) {
    const kind = d.termKind[k]!;
    if (kind === 1) docEntities++;
    const w = d.termWeight[k]!;
    if (!uterms.has(list[k]!)) {
      // a different (or no) year/number/date is for conflict detection to judge, not similarity
      if (kind === 3) missingValues += w;
      continue;
    }
    ov += w;
    if (kind === 1) sharedEntities++;
    else if (kind === 0) {
      shared++;
      sharedContentWeight += w;
    } else if (kind === 3) shared++; // the same year / number / date counts as a shared concept
  }
  if (shared < 1 || shared + 0.5 * sharedEntities < MIN_SHARED_CONTENT) return 0;
  // the distinctive part of the document must be substantially present
  if (d.contentWeight > 0 && sharedContentWeight / d.contentWeight < 0.34) return 0;
  const recall = ov / Math.max(d.weight - missingValues, 1e-9);
  const prec = ov / Math.max(u.weight, 1e-9);
  let s = Math.pow(recall, RECALL_EXP) * Math.pow(prec, PREC_EXP);
  if (d.stance === 'contradicts') s *= 0.9;
  // none of the document's named entities: likely about someone else ("Symantec … Norton")
  if (docEntities > 0 && sharedEntities === 0) s *= 0.8;
  return s;
}

function claimRequirementsMet(index: MatchIndex, claim: number, u: Unit): boolean {
  for (const req of index.required[claim] ?? []) {
    if (u.terms.has(req)) continue;
    // a date claim is also satisfied by a weekday / relative date
    if (req === '#date' && u.terms.has('#when')) continue;
    return false;
  }
  return true;
}

// Scratch accumulators, reused across calls (one per index).
const scratch = new WeakMap<MatchIndex, { acc: Float64Array; touched: number[] }>();
/** A document is scored in full only if its rarer concepts already cover this share of it. */
const PREFILTER = 0.2;

/** Scores one unit against its candidate documents; best per claim. */
function scoreUnit(index: MatchIndex, u: Unit, best: Map<number, Scored>): void {
  let sc = scratch.get(index);
  if (!sc || sc.acc.length !== index.docs.length) {
    sc = { acc: new Float64Array(index.docs.length), touched: [] };
    scratch.set(index, sc);
  }
  const { acc, touched } = sc;
  // term-at-a-time over the rarer concepts' postings: partial overlap per document
  for (const t of u.terms) {
    if (isClassTerm(t)) continue;
    const p = index.postings.get(t);
    if (!p || p.length > index.maxPosting) continue;
    const w = weightOf(index, t);
    for (let i = 0; i < p.length; i++) {
      const d = p[i]!;
      if (acc[d] === 0) touched.push(d);
      acc[d] = acc[d]! + w;
    }
  }
  for (const di of touched) {
    const partial = acc[di]!;
    acc[di] = 0;
    const d = index.docs[di]!;
    if (partial < PREFILTER * d.weight) continue;
    const s = scoreDoc(index, u, d);
    if (s <= 0) continue;
    if (!claimRequirementsMet(index, d.claim, u)) continue;
    const prev = best.get(d.claim);
    const support = d.stance === 'contradicts' ? 0 : s;
    if (!prev) best.set(d.claim, { claim: d.claim, score: s, doc: di, unit: u, supportScore: support });
    else {
      if (support > prev.supportScore && prev.unit === u) prev.supportScore = support;
      if (s > prev.score) {
        prev.score = s;
        prev.doc = di;
        if (prev.unit !== u) prev.supportScore = support;
        prev.unit = u;
      }
    }
  }
  touched.length = 0;
}

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Matches passages (sentences) of `text` against the index. */
export function matchPassages(index: MatchIndex, text: string, passages: Span[], opts: MatchOptions = {}): Match[] {
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  const out: Match[] = [];
  for (const p of passages) {
    if (p.end <= p.start || p.end - p.start > 5000) continue;
    const units: Unit[] = [makeUnit(index, text, p)];
    const cl = clauses(text, p);
    for (const c of cl) units.push(makeUnit(index, text, c));
    for (let i = 0; i + 1 < cl.length && cl.length > 2; i++) {
      units.push(makeUnit(index, text, { start: cl[i]!.start, end: cl[i + 1]!.end }));
    }
    const best = new Map<number, Scored>();
    for (const u of units) scoreUnit(index, u, best);
    const ranked = [...best.values()].sort((a, b) => b.score - a.score);
    if (opts.allAbove !== undefined) {
      for (const r of ranked) if (r.score >= opts.allAbove) out.push(toMatch(index, text, r, p, false));
      continue;
    }
    const top = ranked[0];
    if (!top || top.score < threshold) continue;
    // "this page differs" is a stronger statement than a highlight: it needs more confidence
    // Among near-ties, prefer a claim whose values the passage agrees with (1977 vs 1997).
    let chosen = top;
    const topMatch = toMatch(index, text, top, p, true);
    let chosenMatch = topMatch;
    if (topMatch.pageStance === 'contradicts') {
      // a near-tie that the page supports, or a claim the dataset records as the rival of the
      // top claim (the page then states the rival: "there is a connection" vs "no ties")
      for (const r of ranked.slice(1, 6)) {
        if (r.score < threshold) break;
        if (r.score < top.score * 0.8 && !inConflict(index, r.claim, top.claim)) continue;
        const m = toMatch(index, text, r, p, true);
        if (m.pageStance === 'supports') {
          chosen = r;
          chosenMatch = m;
          break;
        }
      }
    }
    if (chosenMatch.pageStance === 'contradicts' && chosen.score < threshold + CONTRADICT_MARGIN) continue;
    out.push(chosenMatch);
    // a second, clearly distinct claim in another clause of the same sentence
    const second = ranked.find(
      (r) => r !== chosen && r.score >= threshold * 1.1 && r.unit !== chosen.unit && !overlaps(r.unit, chosen.unit) && !inConflict(index, r.claim, chosen.claim),
    );
    if (second) {
      // both become clause-level highlights
      chosenMatch.start = chosen.unit.start;
      chosenMatch.end = chosen.unit.end;
      out.push(toMatch(index, text, second, second.unit, true));
    }
  }
  return out;
}

function inConflict(index: MatchIndex, a: number, b: number): boolean {
  const ia = index.claims[a]!.id;
  const ib = index.claims[b]!.id;
  return index.dataset.conflicts.some((c) => (c.a.claimId === ia && c.b.claimId === ib) || (c.a.claimId === ib && c.b.claimId === ia));
}

function toMatch(index: MatchIndex, text: string, r: Scored, span: Span, withStance: boolean): Match {
  const d = index.docs[r.doc]!;
  const m: Match = {
    claimId: index.claims[r.claim]!.id,
    start: span.start,
    end: span.end,
    score: Math.round(r.score * 1000) / 1000,
    pageStance: 'supports',
    doc: { kind: d.kind, text: d.text, ...(d.mentionId ? { mentionId: d.mentionId } : {}), ...(d.sourceId ? { sourceId: d.sourceId } : {}) },
  };
  if (withStance) {
    const c = detectConflict(index, r.claim, text.slice(r.unit.start, r.unit.end), r.unit.a, d, r.supportScore < r.score - 0.05);
    m.pageStance = c.stance;
    if (c.reason) m.reason = c.reason;
  }
  return m;
}
