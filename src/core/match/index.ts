// The matcher's index: every claim becomes a handful of small documents (its canonical text,
// its editors' paraphrases, every mention quote), each a set of concepts (see text/analyze).
// An inverted index concept → documents prunes candidates, so matching an article against
// 10,000 claims touches only documents that share a reasonably rare concept with a passage.
import type { Claim, Dataset, Mention, Source, Stance } from '../dataset/types';
import { analyze, createLexicon, type Analysis, type Lexicon } from '../text/analyze';
import { segment } from '../text/segment';

export { matchPassages, type Match, type MatchOptions } from './matcher';

export interface IndexDoc {
  claim: number;
  kind: 'text' | 'paraphrase' | 'mention';
  mentionId?: string;
  sourceId?: string;
  stance: Stance;
  /** Unique concepts of the document. */
  terms: Set<string>;
  /** Concepts that sit in a negation scope in this document. */
  negated: Set<string>;
  /** Σ weight(term) over terms (cached). */
  weight: number;
  /** Σ weight over content terms (not entities, not value classes). */
  contentWeight: number;
  /** terms as parallel arrays for the hot loop: term, weight, kind (0 content, 1 entity, 2 class, 3 value). */
  termList: string[];
  termWeight: Float64Array;
  termKind: Uint8Array;
  text: string;
  analysis: Analysis;
}

export interface MatchIndex {
  dataset: Dataset;
  claims: Claim[];
  claimIndex: Map<string, number>;
  docs: IndexDoc[];
  /** Per claim, its doc ids. */
  claimDocs: number[][];
  postings: Map<string, number[]>;
  /** Concept weight (IDF over claims, with priors for value classes). */
  weights: Map<string, number>;
  /** Weight given to concepts no claim uses. */
  unknownWeight: number;
  /** Posting lists longer than this are not used to generate candidates (still scored). */
  maxPosting: number;
  lex: Lexicon;
  sources: Map<string, Source>;
  excluded: Set<string>;
  /** Per claim, value classes a passage must carry (a year for a founding-year claim). */
  required: string[][];
}

export interface BuildIndexOptions {
  /** Leave these sources' mentions out (e.g. a page's own outlet and its copies). */
  excludeSourceIds?: string[];
}

/** Value-class concepts: they say "a year / a number / a date is here", not what it is. */
export const isClassTerm = (t: string): boolean => t.charCodeAt(0) === 35; /* # */
export const isEntityTerm = (t: string): boolean => t.charCodeAt(0) === 64; /* @ */
export const isValueTerm = (t: string): boolean =>
  isClassTerm(t) && t !== '#year' && t !== '#num' && t !== '#date' && t !== '#when';

const CLASS_WEIGHT: Record<string, number> = { '#year': 1.2, '#num': 0.8, '#date': 0.8, '#when': 0.4 };
/** Very common reporting words carry little meaning whatever their IDF. */
const LOW_PRIOR: Record<string, number> = {
  '~sai': 0.3, '~report': 0.4, '~compani': 0.5, '~confirm': 0.7, '~media': 0.6, '~offici': 0.6,
  '~usa': 0.5, '~russia': 0.7, '~govern': 0.8, '~largest': 0.6, '~secur': 0.7, '~softwar': 0.8,
};

/** Negation scope: concepts within 4 terms after a negator or a denial word. */
export function negatedTerms(text: string, lex: Lexicon, pre?: Analysis): Set<string> {
  const out = new Set<string>();
  const a = pre ?? analyze(text, lex);
  if (a.neg === 0 && !a.terms.includes('~deni')) return out;
  // re-scan words to find scopes (analysis keeps no positions; words are enough here)
  const ws = a.words;
  const NEG = new Set(['not', 'no', 'never', 'nor', 'without', 'deny', 'denies', 'denied', 'denying', 'rejects', 'rejected', 'refuted']);
  for (let i = 0; i < ws.length; i++) {
    if (!NEG.has(ws[i]!)) continue;
    if (ws[i + 1] === 'to') continue; // "urged … not to use": a directive, not a denial
    if (ws[i] === 'no' && (ws[i + 1] === 'longer' || ws[i + 1] === '1')) continue;
    const scope = ws.slice(i + 1, i + 6).join(' ');
    for (const t of analyze(scope, lex).terms) if (!isClassTerm(t)) out.add(t);
  }
  return out;
}

function weightOf(idx: Pick<MatchIndex, 'weights' | 'unknownWeight'>, t: string): number {
  return idx.weights.get(t) ?? idx.unknownWeight;
}
export { weightOf };

export function buildIndex(dataset: Dataset, opts: BuildIndexOptions = {}): MatchIndex {
  const excluded = new Set(opts.excludeSourceIds ?? []);
  const lex = createLexicon(dataset.entities);
  const claims = dataset.claims;
  const claimIndex = new Map<string, number>();
  claims.forEach((c, i) => claimIndex.set(c.id, i));
  const sources = new Map<string, Source>();
  for (const s of dataset.sources) sources.set(s.id, s);

  const docs: IndexDoc[] = [];
  const claimDocs: number[][] = claims.map(() => []);
  const add = (claim: number, kind: IndexDoc['kind'], text: string, m?: Mention): void => {
    const analysis = analyze(text, lex);
    const terms = new Set(analysis.terms);
    if (terms.size === 0) return;
    const doc: IndexDoc = {
      claim, kind, stance: m?.stance ?? 'supports', terms, negated: negatedTerms(text, lex, analysis), weight: 0, contentWeight: 0, text, analysis,
      termList: [...terms], termWeight: new Float64Array(terms.size), termKind: new Uint8Array(terms.size),
    };
    if (m) {
      doc.mentionId = m.id;
      doc.sourceId = m.sourceId;
    }
    claimDocs[claim]!.push(docs.length);
    docs.push(doc);
  };
  claims.forEach((c, i) => {
    add(i, 'text', c.text);
    for (const p of c.paraphrases ?? []) add(i, 'paraphrase', p);
  });
  for (const m of dataset.mentions) {
    if (excluded.has(m.sourceId)) continue;
    const ci = claimIndex.get(m.claimId);
    if (ci === undefined) continue;
    add(ci, 'mention', m.quote, m);
    // long quotes: each sentence also stands alone (a page may carry only one of them)
    const sents = /[.!?…]["”’]?\s/.test(m.quote) ? segment(m.quote) : [];
    if (sents.length > 1) for (const s of sents) add(ci, 'mention', m.quote.slice(s.start, s.end), m);
  }

  // IDF over claims
  const df = new Map<string, number>();
  for (let c = 0; c < claims.length; c++) {
    const seen = new Set<string>();
    for (const d of claimDocs[c]!) for (const t of docs[d]!.terms) seen.add(t);
    for (const t of seen) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const N = Math.max(claims.length, 1);
  // a floor of 20 pseudo-claims keeps IDF meaningful while the dataset is small
  const NN = Math.max(N, 20);
  const idf = (n: number): number => Math.log(1 + (NN - n + 0.5) / (n + 0.5));
  const weights = new Map<string, number>();
  for (const [t, n] of df) {
    let w = idf(n);
    if (isClassTerm(t)) w = isValueTerm(t) ? Math.min(w, 1.0) : (CLASS_WEIGHT[t] ?? 0.5);
    else if (LOW_PRIOR[t] !== undefined) w *= LOW_PRIOR[t];
    weights.set(t, w);
  }
  const unknownWeight = idf(1) * 0.6;
  const postings = new Map<string, number[]>();
  docs.forEach((d, i) => {
    let w = 0;
    let cw = 0;
    d.termList.forEach((t, k) => {
      d.termWeight[k] = weights.get(t) ?? unknownWeight;
      d.termKind[k] = isEntityTerm(t) ? 1 : isValueTerm(t) ? 3 : isClassTerm(t) ? 2 : 0;
    });
    for (const t of d.terms) {
      const x = weights.get(t) ?? unknownWeight;
      w += x;
      if (!isClassTerm(t) && !isEntityTerm(t)) cw += x;
      let p = postings.get(t);
      if (!p) postings.set(t, (p = []));
      p.push(i);
    }
    d.weight = w;
    d.contentWeight = cw;
  });
  // A value class is required when the claim's own wording carries it ("founded in 1977").
  const CLASS_OF: Record<string, string> = { year: '#year', number: '#num', date: '#date' };
  const required = claims.map((c, i) => {
    const own = docs[claimDocs[i]![0] ?? -1];
    const req: string[] = [];
    for (const v of c.values) {
      const cls = CLASS_OF[v.type];
      if (cls && own?.terms.has(cls) && !req.includes(cls)) req.push(cls);
    }
    return req;
  });
  return {
    required, dataset, claims, claimIndex, docs, claimDocs, postings, weights, unknownWeight,
    maxPosting: Math.max(60, Math.ceil(docs.length * 0.1)), lex, sources, excluded,
  };
}
