// The matcher's index: every claim becomes a handful of small documents (its canonical text,
// its editors' paraphrases, every mention quote), each a set of concepts (see text/analyze).
//
// Candidates come from prefix filtering, as in set-similarity joins: a passage can only score
// ≥ minScore against a document if it shares a large enough part of the document's weight, so
// it must share at least one concept of the document's "prefix" (its rarest concepts, up to
// where the rest weighs too little to reach the bound alone). Only prefixes are indexed for
// candidate generation, and common concepts sit in few prefixes: matching 10,000 claims
// touches few documents, and misses none that could score ≥ minScore.
import type { Claim, Dataset, Mention, Source, Stance } from '../dataset/types';
import { analyze, conceptOf, createLexicon, disbelief, disputeIsNoun, tokenize, type Analysis, type Lexicon, type Token } from '../text/analyze';
import { NEGATORS, STOPWORDS } from '../text/lexicon';
import { segment } from '../text/segment';
import { DEFAULT_THRESHOLD, MIN_CONTENT_COVERAGE } from './scoring';

export { matchPassages, type Match, type MatchOptions } from './matcher';

export interface IndexDoc {
  claim: number;
  kind: 'text' | 'paraphrase' | 'mention';
  mentionId?: string;
  sourceId?: string;
  stance: Stance;
  /** Unique concepts of the document, in order of first appearance. */
  terms: readonly string[];
  /** Concepts that sit in a negation scope in this document (found when first asked for). */
  readonly negated: ReadonlySet<string>;
  /** Σ weight(term) over terms (cached). */
  weight: number;
  /** Σ weight over content terms (not entities, not value classes). */
  contentWeight: number;
  text: string;
}

/** Term kinds for the hot loops (see termKind). */
export const KIND_CONTENT = 0, KIND_ENTITY = 1, KIND_CLASS = 2, KIND_VALUE = 3;

export interface MatchIndex {
  dataset: Dataset;
  claims: Claim[];
  claimIndex: Map<string, number>;
  docs: IndexDoc[];
  /** Per claim, its doc ids. */
  claimDocs: number[][];
  /** Per topic, the range [lo, hi) of its documents' ids (a claim's documents are its topic's). */
  topics: Map<string, readonly [number, number]>;
  /** Concept weight (IDF over claims, with priors for value classes). */
  weights: Map<string, number>;
  /** Weight given to concepts no claim uses. */
  unknownWeight: number;
  /** Candidate prefixes are exact for scores ≥ this (lower thresholds scan the full postings). */
  minScore: number;
  lex: Lexicon;
  sources: Map<string, Source>;
  excluded: Set<string>;
  /** Per claim, value classes a passage must carry (a year for a founding-year claim). */
  required: string[][];
  // ---- the same data as integers and typed arrays, for the matcher's hot loops ----
  // Concepts are interned to dense ids: the matcher marks a passage's ids in a stamp array
  // instead of hashing strings, and documents are flat slices of one Int32Array (no per-doc
  // Sets or arrays to allocate at build time or to chase at match time).
  /** Concept → id. */
  termId: Map<string, number>;
  /** Per concept id: weight and kind (KIND_*). */
  termW: Float64Array;
  termKind: Uint8Array;
  /** Postings as CSR: documents of concept t are postDocs[postOff[t] .. postOff[t+1]). */
  postOff: Int32Array;
  postDocs: Int32Array;
  /** Concepts of document d are docTerms[docOff[d] .. docOff[d+1]) (unique, in order). */
  docOff: Int32Array;
  docTerms: Int32Array;
  docWeight: Float64Array;
  docContentWeight: Float64Array;
  /** Per document: its claim, and 1 when it is a contradicting mention. */
  docClaim: Int32Array;
  docContradicts: Uint8Array;
  /** Prefix postings (CSR): the documents whose candidate prefix holds concept t. */
  prefOff: Int32Array;
  prefDocs: Int32Array;
  /**
   * Per document: the overlap its prefix concepts must reach for the document to possibly score
   * ≥ minScore (what the concepts outside the prefix could add is already taken off).
   */
  docBound: Float64Array;
}

export interface BuildIndexOptions {
  /** Leave these sources' mentions out (e.g. a page's own outlet and its copies). */
  excludeSourceIds?: string[];
  /** Lowest score the candidate prefixes must serve exactly (default DEFAULT_THRESHOLD). */
  minScore?: number;
}

/** Value-class concepts: they say "a year / a number / a date is here", not what it is. */
export const isClassTerm = (t: string): boolean => t.charCodeAt(0) === 35; /* # */
export const isEntityTerm = (t: string): boolean => t.charCodeAt(0) === 64; /* @ */
export const isValueTerm = (t: string): boolean =>
  isClassTerm(t) && t !== '#year' && t !== '#num' && t !== '#date' && t !== '#when';

const parentsOf = new WeakMap<Dataset, ReadonlyMap<string, string>>();
/**
 * Entity concept → the concept of the entity it is part of, from the dataset's `partOf`
 * ("@gsa" → "@us-government"): naming the part names the whole. Shared by the matcher (who a
 * passage names) and conflict detection (whether a passage gives a name value).
 */
export function entityParents(dataset: Dataset): ReadonlyMap<string, string> {
  let m = parentsOf.get(dataset);
  if (!m) {
    const parents = new Map<string, string>();
    for (const e of dataset.entities) if (e.partOf) parents.set('@' + e.id, '@' + e.partOf);
    parentsOf.set(dataset, (m = parents));
  }
  return m;
}

const CLASS_WEIGHT: Record<string, number> = { '#year': 1.2, '#num': 0.8, '#date': 0.8, '#when': 0.4 };
/** Very common reporting words carry little meaning whatever their IDF. */
const LOW_PRIOR: Record<string, number> = {
  '~sai': 0.3, '~report': 0.4, '~compani': 0.5, '~confirm': 0.7, '~media': 0.6, '~offici': 0.6,
  '~usa': 0.5, '~russia': 0.7, '~govern': 0.8, '~largest': 0.6, '~secur': 0.7, '~softwar': 0.8,
};

const EMPTY: ReadonlySet<string> = new Set<string>();
const NEG_WORDS = new Set(['not', 'no', 'never', 'nor', 'without', 'nobody', 'unless']);
/** Denial words open a scope too: any word the thesaurus reads as "deny" ("disputes", "rebuffed"). */
const isDenial = (ws: readonly string[], i: number, lex: Lexicon): boolean => {
  const w = ws[i]!;
  return w.length > 4 && conceptOf(lex, w) === '~deni' && !(w === 'dispute' && i >= 2 && disputeIsNoun(ws[i - 2]!, ws[i - 1]!));
};
/** Whether a phrase that means something else starts at ws[i] ("without charging" is free, "no longer" is stop). */
function startsPhrase(ws: readonly string[], i: number, lex: Lexicon): boolean {
  let node = lex.trie.next.get(ws[i]!);
  // the longest phrase, as the analysis reads it ("no more evidence" is "no further evidence",
  // still a negation; "no more" alone is an end)
  let out: string[] | undefined;
  for (let j = i + 1; node && j < ws.length; j++) {
    node = node.next.get(ws[j]!);
    if (node?.out) out = node.out;
  }
  return out !== undefined && !out.some((o) => o.split(' ').some((w) => NEGATORS.has(w)));
}
const COMPARATIVES = new Set(['more', 'bigger', 'larger', 'greater', 'better', 'higher', 'longer']);
/** "No American chain sells more electronics than Best Buy": a superlative, not a denial. */
function comparison(ws: readonly string[], i: number): boolean {
  if (ws[i] !== 'no' && ws[i] !== 'nobody' && ws[i] !== 'noone') return false;
  for (let k = i + 1; k < ws.length && k <= i + 8; k++) if (ws[k] === 'than') return ws.slice(i + 1, k).some((w) => COMPARATIVES.has(w));
  return false;
}
// Scopes repeat ("did not …", "no longer …"): their concepts are memoised per lexicon.
const scopeCache = new WeakMap<Lexicon, Map<string, string[]>>();

/** Whether an analysis has anything negatedTerms looks for. */
export const mayNegate = (a: Analysis): boolean =>
  a.neg > 0 || a.terms.includes('~deni') || a.words.includes('rather') || a.words.includes('instead') || a.words.includes('unless');

/**
 * Negation scope: concepts within the next five words that say something (SCOPE_WORDS, at most
 * SCOPE_MAX words) after a negator or a denial word, or after "rather than" / "instead of"
 * ("relied on press reports rather than its own probe"), up to the end of its clause or
 * sentence or an "and" / "but" after its first word; not those the text also states outside
 * every scope.
 */
export function negatedTerms(text: string, lex: Lexicon, pre?: Analysis): ReadonlySet<string> {
  const a = pre ?? analyze(text, lex);
  if (!mayNegate(a)) return EMPTY;
  // an analysis is of one text and never changes: the stance checks of a passage ask again
  let known = negatedOf.get(a);
  if (!known) negatedOf.set(a, (known = negated(text, lex, a)));
  return known;
}
const negatedOf = new WeakMap<Analysis, ReadonlySet<string>>();

/**
 * Of a negatedTerms set, the concepts negated only as a condition ("would lose out on state
 * orders unless they switch to homegrown software"): the text does not deny them.
 */
export const conditionalOf = (negated: ReadonlySet<string>): ReadonlySet<string> => conditional.get(negated) ?? EMPTY;
const conditional = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

/**
 * Of a negatedTerms set, the concepts that open a scope: what is negated ("cannot work with
 * companies running foreign software" negates the working, and "foreign software" is only its
 * object: a page that calls foreign software a risk does not assert what the text denies).
 */
export const headsOf = (negated: ReadonlySet<string>): ReadonlySet<string> => heads.get(negated) ?? EMPTY;
const heads = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

function negated(text: string, lex: Lexicon, a: Analysis): ReadonlySet<string> {
  const scoped: string[] = [];
  const conditions: string[] = [];
  const opening: string[] = [];
  scopes(a, lex, scoped, text, conditions, opening);
  if (!scoped.length) return EMPTY;
  // a concept the text also states outside every scope is not what it negates ("Kaspersky, which
  // has denied ties with any government, confirmed … had suspended their ties")
  const inScopes = new Map<string, number>();
  for (const t of scoped) inScopes.set(t, (inScopes.get(t) ?? 0) + 1);
  for (const t of a.terms) {
    const n = inScopes.get(t);
    // one more time than in scopes: said outside them (the count goes below zero)
    if (n !== undefined) inScopes.set(t, n - 1);
  }
  let out: Set<string> | null = null;
  for (const [t, n] of inScopes) if (n >= 0) (out ??= new Set()).add(t);
  if (out) heads.set(out, new Set(opening.filter((t) => out!.has(t))));
  if (out && conditions.length) {
    // negated in "unless" scopes only: once per scope there, as in `scoped`
    const denied = new Map<string, number>();
    for (const t of scoped) denied.set(t, (denied.get(t) ?? 0) + 1);
    for (const t of conditions) denied.set(t, denied.get(t)! - 1);
    const only = [...out].filter((t) => denied.get(t) === 0);
    if (only.length) conditional.set(out, new Set(only));
  }
  return out ?? EMPTY;
}

/** How many words other than stopwords a negation's scope reaches, and how many words in all at most. */
const SCOPE_WORDS = 5;
const SCOPE_MAX = 10;

/**
 * Where a scope ends at the latest: a clause's or a sentence's punctuation ("Kaspersky, which
 * has denied ties with any government, confirmed last week…" denies no confirming).
 */
const CLAUSE_BREAK = /,\s|;|:\s|[()]|\s[—–-]{1,2}\s|—|[.!?]["”’]?\s/g;

/**
 * Per token of `text`, how many clause breaks come before it; null when there are none.
 */
export function clauseIds(text: string, toks: readonly Token[]): Int32Array | null {
  const breaks: number[] = [];
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(text); m; m = CLAUSE_BREAK.exec(text)) breaks.push(m.index);
  if (!breaks.length) return null;
  const out = new Int32Array(toks.length);
  let b = 0;
  for (let k = 0; k < toks.length; k++) {
    while (b < breaks.length && breaks[b]! < toks[k]!.at) b++;
    out[k] = b;
  }
  return out;
}

/** clauseIds of an analysis's words, by tokenizing its text again (null when its tokens are not its words). */
function clausesOf(text: string, a: Analysis): Int32Array | null {
  if (a.clauses) return a.clauses;
  CLAUSE_BREAK.lastIndex = 0;
  if (!CLAUSE_BREAK.test(text)) return null;
  const toks = tokenize(text);
  return toks && toks.length === a.words.length ? clauseIds(text, toks) : null;
}

/**
 * Adds to `out` the concepts in the negation scopes of a's words, those of `text` (a concept
 * once per scope); a scope ends where the negator's clause does (see clauseIds).
 */
function scopes(a: Analysis, lex: Lexicon, out: string[], text: string, conditions: string[], opening: string[]): void {
  const ws = a.words;
  let clause: Int32Array | null | undefined;
  // the analysis's words, scanned again for negators (their clauses are found when one is)
  let cache = scopeCache.get(lex);
  if (!cache) scopeCache.set(lex, (cache = new Map()));
  const disbeliefAt = disbelief(ws);
  // a denial that is itself negated ("nobody disputed that…"), which affirms
  let cancelled = -1;
  let deniedAt = -1;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    const alternative = (w === 'rather' && ws[i + 1] === 'than') || (w === 'instead' && ws[i + 1] === 'of');
    if (alternative) i++;
    else if (!NEG_WORDS.has(w) && !isDenial(ws, i, lex)) continue;
    else if (i === cancelled) continue;
    else if (NEG_WORDS.has(w) && (deniedAt = deniedDenial(ws, i, lex)) >= 0) {
      // "nobody at Best Buy disputed that…", "Kaspersky did not deny that…": a denial denied affirms
      cancelled = deniedAt;
      continue;
    }
    else if (ws[i + 1] === 'to') continue; // "urged … not to use": a directive, not a denial
    else if (w === 'not' && ws[i - 1] === 'rather') continue; // "if you'd rather not uninstall it yourself": a preference
    else if (w === 'not' && ws[i - 1] === 'or') continue; // "coincidentally or not, Kaspersky was…", "whether or not": no denial
    else if (w === 'not' && (NOT_ONLY.has(ws[i + 1]!) || (ws[i + 1] === 'the' && ws[i + 2] === 'only'))) continue; // "not only stopped selling it but also…", "not the only vendor": more, not less
    else if (startsPhrase(ws, i, lex)) continue;
    else if (comparison(ws, i)) continue;
    // a scope reaches SCOPE_WORDS words that say something ("nobody in government has put any
    // actual public proof on the table": the proof too), at most SCOPE_MAX words in all
    let end = i + 1;
    for (let said = 0; end < ws.length && end <= i + SCOPE_MAX && said < SCOPE_WORDS; end++) if (!STOPWORDS.has(ws[end]!)) said++;
    if (clause === undefined) clause = clausesOf(text, a);
    if (clause) for (let k = i + 1; k < end; k++) if (clause[k] !== clause[i]) end = k;
    // nor at a conjunction after its first word: "decided the relationship wasn't worth the risk
    // and ended it" does not deny the ending
    for (let k = i + 2; k < end; k++) if (ws[k] === 'and' || ws[k] === 'but') end = k;
    // nor into a clause of time or cause, or a question, which the negation does not reach:
    // "nobody was surprised when Best Buy stopped selling it" denies the surprise, not the
    // stopping; "it is not clear why Best Buy stopped…" asks why, and denies nothing
    for (let k = i + 2; k < end; k++) if (SUBORDINATORS.has(ws[k]!)) end = k;
    // an alternative is a noun phrase, or a verb and its object: a determiner or pronoun right
    // after a noun opens the clause it is the alternative of ("instead of more sanctions the US
    // should hit back…" does not deny the hitting back; "rather than conducting its own probe" is
    // one phrase)
    if (alternative) for (let k = i + 2; k < end; k++) if (NEW_SUBJECT.has(ws[k]!) && nounLike(ws[k - 1]!)) end = k;
    // "were not on store shelves anymore", "won't sell it any longer": an end, which the
    // analysis reads as stopping, not a denial of what ended
    if (NEG_WORDS.has(w) && ceases(ws, i + 1, end)) continue;
    // rejecting something as what it is called says what it is, and denies nothing: "dismissed
    // the US moves as politically motivated" calls them politicized; "rejected the claims as
    // baseless" denies by its "baseless" (not "as well as", "such as")
    if (!alternative && !NEG_WORDS.has(w) && characterizes(ws, i + 2, end)) continue;
    // not finding an account credible is disbelief of it, not its denial (see analyze's disbelief)
    if (disbeliefAt === i) continue;
    const scope = ws.slice(i + 1, end).join(' ');
    let ts = cache.get(scope);
    if (!ts) {
      ts = analyze(scope, lex).terms.filter((t) => !isClassTerm(t));
      if (cache.size < 50_000) cache.set(scope, ts);
    }
    for (const t of ts) out.push(t);
    // a verb's negation ("cannot work with…") negates the verb; "no", "nobody", a denial or an
    // alternative negate all they reach ("No US court has ordered retailers to stop…")
    if (w === 'not' || w === 'never') {
      const head = ts.find((t) => !isEntityTerm(t));
      if (head !== undefined) opening.push(head);
    } else for (const t of ts) opening.push(t);
    if (w === 'unless') for (const t of ts) conditions.push(t);
  }
}

/** The denial word a negator at ws[i] negates, within the next few words ("did not deny", "nobody at Best Buy disputed"), or -1. */
function deniedDenial(ws: readonly string[], i: number, lex: Lexicon): number {
  for (let k = i + 1; k < ws.length && k <= i + 4; k++) {
    const w = ws[k]!;
    // not past a clause of its own ("did not say whether Kaspersky denied…")
    if (w === 'that' || w === 'and' || w === 'but' || SUBORDINATORS.has(w)) return -1;
    if (isDenial(ws, k, lex)) return k;
  }
  return -1;
}

/** Words that open a noun phrase or stand for one: after a noun, the start of another clause. */
const NEW_SUBJECT = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'we', 'they', 'he', 'she', 'it', 'i', 'you']);
/** A word that may end a noun phrase: no function word, and not a verb's -ing or -ed form. */
const nounLike = (w: string): boolean => !STOPWORDS.has(w) && !w.endsWith('ing') && !w.endsWith('ed');
/** Words that open a clause of time or cause, or a question the negation does not answer ("it is not clear why…"). */
const SUBORDINATORS = new Set(['when', 'after', 'before', 'because', 'although', 'though', 'while', 'once', 'whenever', 'why', 'whether', 'how']);
/** "Not only …, but also …", "not just in stores": the negation adds, it denies nothing. */
const NOT_ONLY = new Set(['only', 'just', 'merely', 'simply']);
/**
 * Whether words [from, to] say that something no longer is ("anymore", "any longer", "any
 * more"), or has not been since a time ("has not sold it since July").
 */
function ceases(ws: readonly string[], from: number, to: number): boolean {
  for (let k = from; k <= to && k < ws.length; k++) if (ws[k] === 'anymore' || ws[k] === 'since' || (ws[k] === 'any' && (ws[k + 1] === 'longer' || ws[k + 1] === 'more'))) return true;
  return false;
}

/** Whether words [from, to) hold a characterizing "as" ("… as politically motivated"). */
function characterizes(ws: readonly string[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ws[k] === 'as' && ws[k - 1] !== 'such' && ws[k + 1] !== 'well') return true;
  return false;
}

/** The most a specific value ("#y1997", "#n400000000") weighs, however rare. */
const VALUE_WEIGHT_CAP = 1.0;

/**
 * The weight of a concept the index has never seen: what the rarest weigh, except a value: a
 * year, number or date no document states (a page's "250 million" against the claim's "400
 * million") weighs what known values do, no more. Weighed as a rare word, a different value
 * cost a page that states the claim with it more than one with no value at all.
 */
export function unknownWeightOf(idx: Pick<MatchIndex, 'unknownWeight'>, t: string): number {
  return isValueTerm(t) ? Math.min(idx.unknownWeight, VALUE_WEIGHT_CAP) : idx.unknownWeight;
}

interface DocInfo {
  ids: number[];
  terms: string[];
  /** negatedTerms of the text, once a document of it is asked (see Doc). */
  negated: ReadonlySet<string> | null;
}

/**
 * An index document. Its negation scopes are found the first time they are asked for: only the
 * documents a page matches are ever judged for a stance, and finding every document's scopes
 * was a tenth of the index build.
 */
class Doc implements IndexDoc {
  mentionId?: string;
  sourceId?: string;
  weight = 0;
  contentWeight = 0;
  constructor(
    readonly claim: number,
    readonly kind: IndexDoc['kind'],
    readonly stance: Stance,
    readonly text: string,
    private readonly info: DocInfo,
    private readonly lex: Lexicon,
  ) {}
  get terms(): readonly string[] {
    return this.info.terms;
  }
  get negated(): ReadonlySet<string> {
    return (this.info.negated ??= negatedTerms(this.text, this.lex));
  }
}

/** Where a quote may hold more than one sentence (segment decides). */
const SENTENCE_END = /[.!?…]["”’]?\s/;

export function buildIndex(dataset: Dataset, opts: BuildIndexOptions = {}): MatchIndex {
  const excluded = new Set(opts.excludeSourceIds ?? []);
  const lex = createLexicon(dataset.entities);
  const claims = dataset.claims;
  const claimIndex = new Map<string, number>();
  claims.forEach((c, i) => claimIndex.set(c.id, i));
  const sources = new Map<string, Source>();
  for (const s of dataset.sources) sources.set(s.id, s);

  const termId = new Map<string, number>();
  const termNames: string[] = [];
  const intern = (t: string): number => {
    let id = termId.get(t);
    if (id === undefined) {
      id = termNames.length;
      termId.set(t, id);
      termNames.push(t);
    }
    return id;
  };
  // Every person and organisation is a concept even when no claim names it: a page that names
  // the Department of Homeland Security is about someone else than Best Buy (see matcher.ts).
  for (const e of dataset.entities) if (e.kind !== 'place') intern('@' + e.id);
  // A claim's documents repeat texts (outlets copy each other, an editor's paraphrase is a
  // quote): each distinct text of a claim is analysed once. Per claim, by a scan of its few
  // texts: a map over every text of a large dataset cost more than the repeats it saved.
  let claimTexts: string[] = [];
  let claimInfos: (DocInfo | null)[] = [];
  let stamp = new Int32Array(1024);
  let stampNo = 0;
  /** The text's unique concepts, of its own analysis or, given its sentences' infos, of theirs in order. */
  const info = (text: string, parts?: readonly (DocInfo | null)[]): DocInfo | null => {
    const at = claimTexts.indexOf(text);
    if (at >= 0) return claimInfos[at] ?? null;
    stampNo++;
    const ids: number[] = [];
    const terms: string[] = [];
    const take = (t: string, id: number): void => {
      if (id >= stamp.length) {
        const bigger = new Int32Array(stamp.length * 2);
        bigger.set(stamp);
        stamp = bigger;
      }
      if (stamp[id] === stampNo) return;
      stamp[id] = stampNo;
      ids.push(id);
      terms.push(t);
    };
    if (parts) {
      for (const part of parts) if (part) for (let k = 0; k < part.ids.length; k++) take(part.terms[k]!, part.ids[k]!);
    } else for (const t of analyze(text, lex).terms) take(t, intern(t));
    const di = ids.length ? { ids, terms, negated: null } : null;
    claimTexts.push(text);
    claimInfos.push(di);
    return di;
  };

  const docs: IndexDoc[] = [];
  const docIds: number[][] = [];
  const claimDocs: number[][] = claims.map(() => []);
  const add = (claim: number, kind: IndexDoc['kind'], text: string, m?: Mention, di = info(text)): void => {
    if (!di) return;
    const doc = new Doc(claim, kind, m?.stance ?? 'supports', text, di, lex);
    if (m) {
      doc.mentionId = m.id;
      doc.sourceId = m.sourceId;
    }
    claimDocs[claim]!.push(docs.length);
    docs.push(doc);
    docIds.push(di.ids);
  };
  const mentionsOf: Mention[][] = claims.map(() => []);
  for (const m of dataset.mentions) {
    const ci = claimIndex.get(m.claimId);
    if (ci !== undefined && !excluded.has(m.sourceId)) mentionsOf[ci]!.push(m);
  }
  // Documents are numbered topic by topic, so that each topic's documents are one range of ids
  // and a page's topics are found in each postings list by binary search (see MatchIndex.topics).
  const byTopic = new Map<string, number[]>();
  claims.forEach((c, i) => {
    const list = byTopic.get(c.topic);
    if (list) list.push(i);
    else byTopic.set(c.topic, [i]);
  });
  const topics = new Map<string, readonly [number, number]>();
  for (const [topic, members] of byTopic) {
    const lo = docs.length;
    for (const i of members) {
      const c = claims[i]!;
      claimTexts = [];
      claimInfos = [];
      add(i, 'text', c.text);
      for (const p of c.paraphrases ?? []) add(i, 'paraphrase', p);
      for (const m of mentionsOf[i]!) {
        // long quotes: each sentence also stands alone (a page may carry only one of them), and
        // the whole quote's concepts are its sentences' (analysing it again cost a seventh of the
        // analysis of a large dataset)
        const sents = SENTENCE_END.test(m.quote) ? segment(m.quote) : [];
        if (sents.length > 1) {
          const parts = sents.map((s) => m.quote.slice(s.start, s.end));
          const infos = parts.map((p) => info(p));
          add(i, 'mention', m.quote, m, info(m.quote, infos));
          parts.forEach((p, k) => add(i, 'mention', p, m, infos[k]));
        } else add(i, 'mention', m.quote, m);
      }
    }
    topics.set(topic, [lo, docs.length]);
  }

  // IDF over claims
  const nTerms = termNames.length;
  const df = new Int32Array(nTerms);
  const lastClaim = new Int32Array(nTerms).fill(-1);
  for (let c = 0; c < claims.length; c++) {
    for (const d of claimDocs[c]!) {
      for (const id of docIds[d]!) {
        if (lastClaim[id] === c) continue;
        lastClaim[id] = c;
        df[id]!++;
      }
    }
  }
  const N = Math.max(claims.length, 1);
  // a floor of 20 pseudo-claims keeps IDF meaningful while the dataset is small
  const NN = Math.max(N, 20);
  const idf = (n: number): number => Math.log(1 + (NN - n + 0.5) / (n + 0.5));
  const unknownWeight = idf(1) * 0.6;
  const weights = new Map<string, number>();
  const termW = new Float64Array(nTerms);
  const termKind = new Uint8Array(nTerms);
  for (let id = 0; id < nTerms; id++) {
    const t = termNames[id]!;
    const n = df[id]!;
    // an entity no document names weighs what any unknown concept does
    let w = n === 0 ? unknownWeight : idf(n);
    if (isClassTerm(t)) w = isValueTerm(t) ? Math.min(w, VALUE_WEIGHT_CAP) : (CLASS_WEIGHT[t] ?? 0.5);
    else if (LOW_PRIOR[t] !== undefined) w *= LOW_PRIOR[t];
    weights.set(t, w);
    termW[id] = w;
    termKind[id] = isEntityTerm(t) ? KIND_ENTITY : isValueTerm(t) ? KIND_VALUE : isClassTerm(t) ? KIND_CLASS : KIND_CONTENT;
  }

  // documents as flat arrays, weights, and postings (CSR: count, prefix sums, fill)
  const nDocs = docs.length;
  const docOff = new Int32Array(nDocs + 1);
  for (let d = 0; d < nDocs; d++) docOff[d + 1] = docOff[d]! + docIds[d]!.length;
  const docTerms = new Int32Array(docOff[nDocs]!);
  const docWeight = new Float64Array(nDocs);
  const docContentWeight = new Float64Array(nDocs);
  const postCount = new Int32Array(nTerms);
  for (let d = 0; d < nDocs; d++) {
    const ids = docIds[d]!;
    let w = 0;
    let cw = 0;
    let k = docOff[d]!;
    for (const id of ids) {
      docTerms[k++] = id;
      const x = termW[id]!;
      w += x;
      if (termKind[id] === KIND_CONTENT) cw += x;
      postCount[id]!++;
    }
    docWeight[d] = w;
    docContentWeight[d] = cw;
    docs[d]!.weight = w;
    docs[d]!.contentWeight = cw;
  }
  const postOff = new Int32Array(nTerms + 1);
  for (let id = 0; id < nTerms; id++) postOff[id + 1] = postOff[id]! + postCount[id]!;
  const postDocs = new Int32Array(postOff[nTerms]!);
  const fill = postOff.slice(0, nTerms);
  for (let d = 0; d < nDocs; d++) for (let k = docOff[d]!; k < docOff[d + 1]!; k++) postDocs[fill[docTerms[k]!]!++] = d;

  const minScore = opts.minScore ?? DEFAULT_THRESHOLD;
  const { prefOff, prefDocs, docBound } = candidatePrefixes(minScore, nTerms, termW, termKind, postCount, docOff, docTerms, docWeight, docContentWeight);

  // A value class is required when the claim's own wording carries it and it is what the claim
  // is about: its main value ("founded in 1977", "400 million users"). Other values are
  // circumstance ("Geek Squad uninstalls it for free within that 45-day window"), and so are
  // dates ("said on Friday, September 8"): a page that leaves them out still states the claim.
  const CLASS_OF: Record<string, string> = { year: '#year', number: '#num' };
  const required = claims.map((c, i) => {
    const own = docs[claimDocs[i]![0] ?? -1];
    const main = c.values[0];
    const cls = main && !/-when$/.test(main.key) ? CLASS_OF[main.type] : undefined;
    return cls && own?.terms.includes(cls) ? [cls] : [];
  });
  // plain loops: TypedArray.from with a map function was 2% of the build
  const docClaim = new Int32Array(nDocs);
  const docContradicts = new Uint8Array(nDocs);
  for (let d = 0; d < nDocs; d++) {
    docClaim[d] = docs[d]!.claim;
    docContradicts[d] = docs[d]!.stance === 'contradicts' ? 1 : 0;
  }
  return {
    required, dataset, claims, claimIndex, docs, claimDocs, topics, weights, unknownWeight,
    minScore, lex, sources, excluded,
    termId, termW, termKind, postOff, postDocs, docOff, docTerms, docWeight, docContentWeight,
    prefOff, prefDocs, docBound,
    docClaim,
    docContradicts,
  };
}

/**
 * Each document's candidate prefix and bound. A match needs (see scoreDoc in matcher.ts):
 *   (a) score ≥ minScore, so recall ≥ minScore: overlap ≥ minScore · (weight − its value
 *       concepts' weight), and all but the entity and content concepts ("N" concepts) could
 *       be shared, so the N overlap ≥ needA = minScore · (W − values) − (classes + values);
 *   (b) shared content weight ≥ MIN_CONTENT_COVERAGE · content weight (needB).
 * With the document's N (or content) concepts in a global order, rarest first, the prefix is the
 * shortest head whose tail weighs less than the need: a passage sharing none of the head
 * cannot reach it. Either condition gives a valid prefix; the one with the shorter postings is
 * kept. The bound is the need less the tail's weight: the prefix concepts a passage shares
 * must reach it, whatever the tail adds.
 *
 * The tail is kept under TAIL_SHARE of the need rather than all of it: longer prefixes mean
 * longer postings to scan, but a bound of at least half the need, which leaves far fewer
 * documents to score (matching the 20,000-word article against 10,000 claims: 1.4 M documents
 * scored with the shortest prefixes, 0.28 M with these; about 2× faster overall).
 */
const TAIL_SHARE = 0.5;
function candidatePrefixes(
  minScore: number, nTerms: number, termW: Float64Array, termKind: Uint8Array, postCount: Int32Array,
  docOff: Int32Array, docTerms: Int32Array, docWeight: Float64Array, docContentWeight: Float64Array,
): { prefOff: Int32Array; prefDocs: Int32Array; docBound: Float64Array } {
  const nDocs = docWeight.length;
  const docBound = new Float64Array(nDocs);
  // each document's prefix, flat: prefixes of d are pre[preOff[d] .. preOff[d + 1])
  const preOff = new Int32Array(nDocs + 1);
  const pre = new Int32Array(docTerms.length);
  const prefCount = new Int32Array(nTerms);
  let n = new Int32Array(64);
  let c = new Int32Array(64);
  // insertion sort (documents have a dozen concepts), rarest first
  const sortRarest = (ids: Int32Array, len: number): void => {
    for (let i = 1; i < len; i++) {
      const x = ids[i]!;
      const px = postCount[x]!;
      let j = i - 1;
      while (j >= 0 && (postCount[ids[j]!]! > px || (postCount[ids[j]!]! === px && ids[j]! > x))) {
        ids[j + 1] = ids[j]!;
        j--;
      }
      ids[j + 1] = x;
    }
  };
  // head length of ids[0..len) whose tail weighs < TAIL_SHARE · need; the bound is left in `bound`
  let bound = 0;
  const head = (ids: Int32Array, len: number, need: number): number => {
    let k = len;
    let tail = 0;
    while (k > 0 && tail + termW[ids[k - 1]!]! < TAIL_SHARE * need) tail += termW[ids[--k]!]!;
    bound = need - tail;
    return k;
  };
  const cost = (ids: Int32Array, k: number): number => {
    let x = 0;
    for (let i = 0; i < k; i++) x += postCount[ids[i]!]!;
    return x;
  };
  let at = 0;
  for (let d = 0; d < nDocs; d++) {
    const size = docOff[d + 1]! - docOff[d]!;
    if (size > n.length) {
      n = new Int32Array(size * 2);
      c = new Int32Array(size * 2);
    }
    let nn = 0;
    let nc = 0;
    let valueW = 0;
    let classW = 0;
    for (let k = docOff[d]!; k < docOff[d + 1]!; k++) {
      const id = docTerms[k]!;
      const kind = termKind[id]!;
      if (kind === KIND_CONTENT) c[nc++] = id;
      if (kind === KIND_CONTENT || kind === KIND_ENTITY) n[nn++] = id;
      else {
        classW += termW[id]!;
        if (kind === KIND_VALUE) valueW += termW[id]!;
      }
    }
    sortRarest(n, nn);
    sortRarest(c, nc);
    // a little slack for floating-point sums taken in another order at match time
    const slack = 1e-9 * (docWeight[d]! + 1);
    let k = head(n, nn, minScore * (docWeight[d]! - valueW) - classW - slack);
    let ids = n;
    let b = bound;
    if (nc && docContentWeight[d]! > 0) {
      const kc = head(c, nc, MIN_CONTENT_COVERAGE * docContentWeight[d]! - slack);
      if (cost(c, kc) < cost(n, k)) [k, b, ids] = [kc, bound, c];
    }
    docBound[d] = b;
    for (let i = 0; i < k; i++) {
      pre[at++] = ids[i]!;
      prefCount[ids[i]!]!++;
    }
    preOff[d + 1] = at;
  }
  const prefOff = new Int32Array(nTerms + 1);
  for (let id = 0; id < nTerms; id++) prefOff[id + 1] = prefOff[id]! + prefCount[id]!;
  const prefDocs = new Int32Array(prefOff[nTerms]!);
  const fill = prefOff.slice(0, nTerms);
  for (let d = 0; d < nDocs; d++) for (let i = preOff[d]!; i < preOff[d + 1]!; i++) prefDocs[fill[pre[i]!]!++] = d;
  return { prefOff, prefDocs, docBound };
}
