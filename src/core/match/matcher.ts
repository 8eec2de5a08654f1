// Passage → claim matching. Each passage (a sentence; long ones also as clauses) is analysed
// into concepts, candidate documents come from the inverted index, and each candidate is
// scored by how much of the document the passage covers (weighted by concept rarity), damped
// by how much of the passage is unrelated. A match must also share at least two distinctive
// (non-entity) concepts and carry the value class the claim turns on (a year for a founding
// year). Precision first: the threshold was calibrated on eval/ (see scripts/eval.ts).
import { analyze, analyzeTokens, conceptOf, tokenize, type Analysis, type DateValue, type Token } from '../text/analyze';
import { clauses, wordCount, type Span } from '../text/segment';
import { STOPWORDS } from '../text/lexicon';
import { comparable, durations, type Duration } from '../text/duration';
import { CEASED_ACTIONS, countedUnit, detectConflict, FIGURES, pageAspect, STOP_CONCEPT, timedAspect, eventYears, type StanceResult } from './conflict';
import { DEFAULT_THRESHOLD, MIN_CONTENT_COVERAGE } from './scoring';
import { clauseIds, entityParents, headsOf, KIND_CLASS, mayNegate, KIND_CONTENT, KIND_ENTITY, KIND_VALUE, negatedTerms, type IndexDoc, type MatchIndex, isEntityTerm, isValueTerm, unknownWeightOf } from './index';

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
  /**
   * Match only the claims of these topics (the ones the topic gate found the page to be about);
   * all claims when left out. A page pays for its own topics' claims, not for the whole database.
   */
  topics?: readonly string[];
}

export { DEFAULT_THRESHOLD };
const RECALL_EXP = 1;
const PREC_EXP = 0.35;
const MIN_SHARED_CONTENT = 2;
const CONTRADICT_MARGIN = 0.1;
/**
 * A figure the page gives otherwise (a year, a number, a length, a date) is plain to see, and
 * needs less: "you've got a month - thirty days - to bring it back" against "45 days" (0.516).
 * Tuned on stop 23's tuned-on articles: claims 573/36/144 → 577/36/140, no stance lost.
 */
const VALUE_MARGIN = 0.05;
/** A sentence that ends in a question mark (before closing quotes, brackets or spaces). */
const QUESTION = /\?\W*$/;
/**
 * A question that asks whether: an auxiliary first, a question mark last; not one that asks
 * whether someone heard the news, which it tells ("Did you see Best Buy pulled Kaspersky?").
 */
const YES_NO = /^\W*(?:is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|shall|may|might|must)\b(?!\s+(?:you|u|ya|anyone|anybody|everyone|y'all)\s+(?:\w+\s+)?(?:hear|heard|see|seen|saw|know|notice|noticed|read|catch|caught|realize|realise)d?\b)[^?]*\?\W*$/i;
/**
 * A page's keywords ("In this article: antivirus, bestbuy, kaspersky, russia, security", "Topics:
 * Kaspersky Lab, Russia, Hacking"): four or more items of at most three words each, after an
 * optional label, and no sentence. They name what the story is about and state none of it.
 */
function keywordList(s: string): boolean {
  // most sentences have fewer than three commas: ruled out without splitting
  let commas = 0;
  for (let i = s.indexOf(','); i >= 0 && commas < 3; i = s.indexOf(',', i + 1)) commas++;
  if (commas < 3) return false;
  const colon = s.indexOf(': ');
  const body = (colon >= 0 && colon <= 40 ? s.slice(colon + 2) : s).trim().replace(/\.$/, '');
  if (/[.!?:;]\s/.test(body)) return false;
  const items = body.split(/,|\band\b/).map((x) => x.trim()).filter(Boolean);
  return items.length >= 4 && items.every((x) => x.split(/\s+/).length <= 3);
}
/** Lettered options, "(a) … (b) …", "A) … B) …" (of a multiple-choice question): anywhere, opening a passage, or after its question. */
const LETTERED = String.raw`\(?[aA]\)\s[^]*?\(?[bB]\)\s`;
const ANY_OPTIONS = new RegExp(LETTERED);
const OPTIONS = new RegExp('^' + LETTERED);
const CHOICES = new RegExp(String.raw`(?:^|\?\s*)` + LETTERED);
/**
 * "This page differs" needs more confidence than a highlight, unless a source of the claim gives
 * the page's value, or the page names someone else as who reported or said it (the names that
 * differ are what lowers its score).
 */
const contradictMargin = (st: StanceResult): number => (st.hedged ? Infinity : st.documented || st.byParty ? 0 : st.byValue ? VALUE_MARGIN : CONTRADICT_MARGIN);
const NEAR_VERBATIM = 0.9;
/** What a denial is ("denies", "rejected", "disputes"). */
const DENIAL = '~deni';

interface Unit extends Span {
  a: Analysis;
  /** Known concept ids of the unit (unique, in order of first appearance). */
  ids: Int32Array;
  /** Σ weight over the unit's unique concepts (unknown ones included). */
  weight: number;
  /** Value classes present that a claim can require: bit 1 #year, 2 #num. */
  classes: number;
  /** Weight of its specific values ("#y1997", "#n45"…) by value class (see valueClass); null when none. */
  values: Float64Array | null;
  /** How many specific values it states, by value class (with values). */
  valueCounts: Int32Array | null;
  /** Weight of its concepts of time ("#date", "#m9", "#when", "#wfriday"), by value class; null when none. */
  times: Float64Array | null;
  /** The classes of time it has (bits 1 << timeClass), and their total weight. */
  timeMask: number;
  timesTotal: number;
  /** The lengths of time it states (see durations), read on first use. */
  lasts: Duration[] | null;
}

interface Scored {
  claim: number;
  score: number;
  doc: number;
  unit: Unit;
  /** Best score among this claim's supporting docs (for stance decisions). */
  supportScore: number;
}

/** The value classes a claim can require (see `required` in index.ts). */
const CLASS_BIT: Record<string, number> = { '#year': 1, '#num': 2 };

/** Per-index scratch space, reused across calls. */
interface Scratch {
  /** Per concept: its value class (see valueClass), -1 for all but specific values. */
  valueClass: Int8Array;
  /** Per concept: its class of time (see timeClass), -1 for all but concepts of time. */
  timeClass: Int8Array;
  /** Per document: the classes of time it has any concept of (bits 1 << timeClass). */
  docTimes: Uint8Array;
  /** Per claim: the value classes of its recorded values (bits 1 << valueClass). */
  claimValueClasses: Uint8Array;
  /** Per claim: the year of the date it records when something happened (0 for none; see otherEvent). */
  eventYear: Int32Array;
  /** Per claim: the day (month, and day of month if given) of that date, if any (see ofTheDay). */
  eventDay: (DateValue | undefined)[];
  /** The latest of those years (see writtenLater). */
  lastEventYear: number;
  /** Per claim: what its recorded number counts ("users") or the length of time it is, if any. */
  claimNumber: ({ counts: ReadonlySet<string> } | { lasts: Duration } | undefined)[];
  /** Per claim: 1 when its main value is a length of time (see claimRequirementsMet). */
  aboutLength: Uint8Array;
  /** Per claim about why (a "reason" value), the concepts every one of its own wordings gives the cause by, if any (see claimRequirementsMet). */
  aboutCause: (Int32Array | null)[];
  /** Concept id of "#num" (a number is here), or -1. */
  numClass: number;
  /** Per document d: partial overlap (term-at-a-time accumulator) at 2d, its prefix bound at 2d + 1. */
  acc: Float64Array;
  /** Candidates of the unit being scored, in order of first touch. */
  touched: Int32Array;
  /** mark[t] === stamp: concept t is in the unit being scored. */
  mark: Int32Array;
  stamp: number;
  /** Per claim: its best supporting score in the unit being scored, valid where supportStamp[claim] === stamp. */
  support: Float64Array;
  supportStamp: Int32Array;
  /** Unique-term dedupe for makeUnit (its own stamp, unknown concepts by name). */
  seen: Int32Array;
  seenStamp: number;
  /** Required value classes per claim, as CLASS_BIT masks. */
  required: Uint8Array;
  /** Per claim that requires a number: the concepts of what it counts ("400 million users worldwide") and the number, else undefined. */
  numberUnit: ({ counts: ReadonlySet<string>; value: number } | undefined)[];
  /** Pairs of claims the dataset records as in conflict (a · claims + b, both orders). */
  conflicts: Set<number>;
  /** Of those, the pairs that disagree on a figure (a date, a number, a year: see FIGURE_CONFLICTS). */
  figureConflicts: Set<number>;
  /** Per concept id: REF_PERSON or REF_ORG for entities that a pronoun can stand for, else 0. */
  refKind: Uint8Array;
  /** The stopping concept's id (-1 if no document has it), and per document a bit per CEASED_ACTIONS concept it says was stopped. */
  stopId: number;
  ceased: Uint8Array;
  /** The continuing concept's id (-1 if no document has it), and per document a bit per CEASED_ACTIONS concept it says goes on. */
  continueId: number;
  continued: Uint8Array;
  /** Per concept id: its bit in CEASED_ACTIONS, else 0. */
  actionBit: Uint8Array;
  /** Per claim: the concept id of its subject (its first entity, a person or organisation), or -1. */
  subject: Int32Array;
  /** Per claim: the concept ids of all its entities. */
  claimEntities: Set<number>[];
  /** Per concept id: 1 for a company (an organisation that is not a government body). */
  company: Uint8Array;
  /** Concept id of a descriptor's head word ("retailer") → the entity's concept id (Best Buy), or -1 when two entities' heads share it. */
  descriptorOf: Map<number, number>;
  /** A descriptor's head word itself → its entity (first wins). */
  descriptorWord: Map<string, number>;
  /** Per concept id: the concept id of the entity it is part of (DHS → US government), or -1. */
  parentOf: Int32Array;
  /** Per claim: the ceased acts (CEASED_ACTIONS bits) every wording of it names. */
  claimAct: Uint8Array;
  /** Per claim: 1 when a government in general takes part in it (see governmentAt). */
  governmentIn: Uint8Array;
  /** The US government and its bodies, and the concept of the US (see abroad). */
  american: ReadonlySet<number>;
  /** Per claim: 1 when the US government or one of its bodies takes part in it. */
  usClaim: Uint8Array;
  /** Word → the entity it describes, or -1 (a cache over descriptorOf). */
  describes: Map<string, number>;
  /** Mention documents by source (built on first use), and coStated's and vocabulary's answers. */
  bySource: Map<string, number[]> | null;
  coStated: Map<number, ReadonlySet<number>>;
  vocabularies: Map<number, ReadonlySet<number>>;
  /** Per claim: the claims that entail it (built on first use). */
  entailedBy: Map<number, number[]> | null;
}
const scratchOf = new WeakMap<MatchIndex, Scratch>();
function scratch(index: MatchIndex): Scratch {
  let sc = scratchOf.get(index);
  if (!sc) {
    const nTerms = index.termW.length;
    const required = new Uint8Array(index.claims.length);
    index.required.forEach((req, i) => {
      for (const r of req) required[i]! |= CLASS_BIT[r] ?? 0;
    });
    const numberUnit = index.claims.map((c, i) => {
      const main = c.values[0];
      if ((required[i]! & CLASS_BIT['#num']!) === 0 || !main) return undefined;
      const counts = countedUnit(index, i, main);
      const value = analyze(main.value, index.lex).numbers[0]?.value;
      return counts.size && typeof value === 'number' ? { counts, value } : undefined;
    });
    const claimNumber = index.claims.map((c, i) => {
      const v = c.values.find((x) => x.type === 'number');
      if (!v) return undefined;
      const lasts = durations(analyze(v.value, index.lex).words)[0];
      if (lasts) return { lasts };
      const counts = countedUnit(index, i, v);
      return counts.size ? { counts } : undefined;
    });
    const aboutLength = Uint8Array.from(index.claims, (c, i) => (c.values[0]?.type === 'number' && claimNumber[i] && 'lasts' in claimNumber[i] ? 1 : 0));
    const aboutCause = index.claims.map((c, i) => (c.values.some((v) => v.key === 'reason') ? causeOf(index, i) : null));
    const conflicts = new Set<number>();
    const figureConflicts = new Set<number>();
    const nClaims = index.claims.length;
    for (const c of index.dataset.conflicts) {
      const a = index.claimIndex.get(c.a.claimId);
      const b = index.claimIndex.get(c.b.claimId);
      if (a === undefined || b === undefined) continue;
      conflicts.add(a * nClaims + b).add(b * nClaims + a);
      if (FIGURE_CONFLICTS.has(c.kind)) figureConflicts.add(a * nClaims + b).add(b * nClaims + a);
    }
    const nDocs = index.docs.length;
    const acc = new Float64Array(2 * nDocs);
    for (let d = 0; d < nDocs; d++) acc[2 * d + 1] = index.docBound[d]!;
    const valueClassOf = new Int8Array(nTerms).fill(-1);
    const timeClassOf = new Int8Array(nTerms).fill(-1);
    for (const [t, id] of index.termId) {
      if (index.termKind[id] === KIND_VALUE) valueClassOf[id] = valueClass(t);
      timeClassOf[id] = timeClass(t);
    }
    const refKind = new Uint8Array(nTerms);
    const company = new Uint8Array(nTerms);
    const descriptorOf = new Map<number, number>();
    const descriptorWord = new Map<string, number>();
    const parentOf = new Int32Array(nTerms).fill(-1);
    const parents = entityParents(index.dataset);
    for (const e of index.dataset.entities) {
      const id = index.termId.get('@' + e.id);
      if (id === undefined) continue;
      if (e.kind === 'organisation') company[id] = 1;
      const parent = parents.get('@' + e.id);
      const pid = parent === undefined ? undefined : index.termId.get(parent);
      if (pid !== undefined) parentOf[id] = pid;
      for (const d of e.descriptors ?? []) {
        // the head of a noun phrase is its last word: "electronics chain" → chain
        const words = analyze(d, index.lex).words;
        const word = words.at(-1);
        if (word === undefined) continue;
        if (!descriptorWord.has(word)) descriptorWord.set(word, id);
        // its synonyms ("the supplier" for "vendor") too, unless another entity's head shares
        // the concept ("agency" and "department" are both ~agenc: each keeps its own word only)
        const hid = index.termId.get(conceptOf(index.lex, word));
        if (hid !== undefined) descriptorOf.set(hid, descriptorOf.has(hid) && descriptorOf.get(hid) !== id ? -1 : id);
      }
      refKind[id] = e.kind === 'person' ? REF_PERSON : e.kind === 'organisation' || e.kind === 'government-body' ? REF_ORG : 0;
    }
    const claimEntities = index.claims.map((c) => new Set(c.entities.map((e) => index.termId.get('@' + e) ?? -1).filter((id) => id >= 0)));
    // claims a government in general takes part in: they name a government that has parts (the
    // US government), or officials, agencies or lawmakers in their own words
    const wholes = new Set(parentOf.filter((p) => p >= 0 && refKind[p] === REF_ORG && !company[p]));
    const governmentIn = Uint8Array.from(index.claims, (_, i) => {
      if ([...claimEntities[i]!].some((id) => wholes.has(id))) return 1;
      const own = index.docs[index.claimDocs[i]![0] ?? -1];
      return own?.terms.some((t) => GOV_ACTORS.has(t)) ? 1 : 0;
    });
    // the US government and its bodies; with the concept of the US, what names America
    const usGov = index.termId.get('@us-government') ?? -1;
    const usBodies = new Set(usGov < 0 ? [] : [usGov, ...[...parentOf.keys()].filter((id) => parentOf[id] === usGov)]);
    const usClaim = Uint8Array.from(index.claims, (_, i) => ([...claimEntities[i]!].some((id) => usBodies.has(id)) ? 1 : 0));
    const american = new Set([...usBodies, index.termId.get('~usa') ?? -1]);
    const stopId = index.termId.get(STOP_CONCEPT) ?? -1;
    const actionBit = new Uint8Array(nTerms);
    CEASED_ACTIONS.forEach((t, i) => {
      const id = index.termId.get(t);
      if (id !== undefined) actionBit[id] = 1 << i;
    });
    const continueId = index.termId.get(CONTINUE_CONCEPT) ?? -1;
    const ceased = new Uint8Array(nDocs);
    const continued = new Uint8Array(nDocs);
    if (stopId >= 0 || continueId >= 0) {
      for (let d = 0; d < nDocs; d++) {
        let stops = false;
        let goesOn = false;
        let bits = 0;
        for (let k = index.docOff[d]!; k < index.docOff[d + 1]!; k++) {
          const id = index.docTerms[k]!;
          if (id === stopId) stops = true;
          else if (id === continueId) goesOn = true;
          bits |= actionBit[id]!;
        }
        if (stops) ceased[d] = bits;
        else if (goesOn) continued[d] = bits || ANY_ACT;
      }
    }
    // the act every wording of a claim names (buying, for "barred federal institutions from
    // buying Kaspersky products"): see claimRequirementsMet
    const claimAct = Uint8Array.from(index.claims, (_, c) => {
      let all = 0xff;
      for (const d of index.claimDocs[c]!) {
        if (index.docContradicts[d] === 1) continue;
        let bits = 0;
        for (let k = index.docOff[d]!; k < index.docOff[d + 1]!; k++) bits |= actionBit[index.docTerms[k]!]!;
        all &= bits;
      }
      return all === 0xff ? 0 : all;
    });
    const eventDates = index.claims.map((c) => analyze(c.values.find((v) => v.type === 'date')?.value ?? '', index.lex));
    const eventYear = Int32Array.from(eventDates, (a) => a.years[0] ?? 0);
    const subject = Int32Array.from(index.claims, (c) => {
      const id = index.termId.get('@' + (c.entities[0] ?? ''));
      return id !== undefined && refKind[id] ? id : -1;
    });
    sc = {
      valueClass: valueClassOf,
      timeClass: timeClassOf,
      docTimes: Uint8Array.from(index.docs, (doc) => doc.terms.reduce((m, t) => (timeClass(t) >= 0 ? m | (1 << timeClass(t)) : m), 0)),
      claimValueClasses: Uint8Array.from(index.claims, (c) => c.values.reduce((m, v) => m | (VALUE_TYPE_CLASSES[v.type] ?? 0), 0)),
      eventYear,
      eventDay: eventDates.map((a) => a.dates[0]),
      lastEventYear: eventYear.reduce((m, y) => Math.max(m, y), 0),
      claimNumber, aboutLength, aboutCause,
      numClass: index.termId.get('#num') ?? -1,
      numberUnit, acc, touched: new Int32Array(nDocs), mark: new Int32Array(nTerms), stamp: 0, support: new Float64Array(index.claims.length), supportStamp: new Int32Array(index.claims.length),
      seen: new Int32Array(nTerms), seenStamp: 0, required, conflicts, figureConflicts, refKind, stopId, ceased, continueId, continued, actionBit, claimAct, subject, claimEntities, company, descriptorOf, descriptorWord, parentOf, governmentIn, american, usClaim, describes: new Map(), bySource: null, coStated: new Map(), vocabularies: new Map(), entailedBy: null,
    };
    scratchOf.set(index, sc);
  }
  return sc;
}

function makeUnit(index: MatchIndex, s: Span, a: Analysis): Unit {
  const sc = scratch(index);
  const stamp = ++sc.seenStamp;
  const ids: number[] = [];
  let weight = 0;
  let classes = 0;
  let unknown: Set<string> | null = null;
  let values: Float64Array | null = null;
  let valueCounts: Int32Array | null = null;
  const addValue = (vc: number, w: number): void => {
    (values ??= new Float64Array(VALUE_CLASSES))[vc]! += w;
    (valueCounts ??= new Int32Array(VALUE_CLASSES))[vc]!++;
  };
  let times: Float64Array | null = null;
  // summed in order of first appearance, as the document weights are (same floating point)
  for (const t of a.terms) {
    const id = index.termId.get(t);
    if (id === undefined) {
      if (unknown?.has(t)) continue;
      (unknown ??= new Set()).add(t);
      const w = unknownWeightOf(index, t);
      weight += w;
      if (t.charCodeAt(0) !== 35) continue; // not a class or value ("#…")
      classes |= CLASS_BIT[t] ?? 0;
      const vc = valueClass(t);
      if (vc >= 0) addValue(vc, w);
      const cc = timeClass(t);
      if (cc >= 0) (times ??= new Float64Array(VALUE_CLASSES))[cc]! += w;
      continue;
    }
    if (sc.seen[id] === stamp) continue;
    sc.seen[id] = stamp;
    ids.push(id);
    const w = index.termW[id]!;
    weight += w;
    const kind = index.termKind[id];
    if (kind === KIND_CLASS) classes |= CLASS_BIT[t] ?? 0;
    else if (kind === KIND_VALUE) addValue(sc.valueClass[id]!, w);
    else continue;
    const cc = sc.timeClass[id]!;
    if (cc >= 0) (times ??= new Float64Array(VALUE_CLASSES))[cc]! += w;
  }
  let timeMask = 0;
  let timesTotal = 0;
  if (times) {
    for (let c = 0; c < VALUE_CLASSES; c++) {
      if (times[c]! > 0) timeMask |= 1 << c;
      timesTotal += times[c]!;
    }
  }
  return { start: s.start, end: s.end, a, ids: Int32Array.from(ids), weight, classes, values, valueCounts, times, timeMask, timesTotal, lasts: null };
}

/**
 * The analyses of a passage and of its clauses (and pairs of clauses), and of the passage
 * without its relative aside (see asideOf), as matching units.
 */
function passageUnits(index: MatchIndex, text: string, p: Span): Unit[] {
  const own = text.slice(p.start, p.end);
  const aside = asideOf(own);
  const cl = clauses(text, p);
  const spans: Span[] = [p, ...cl];
  for (let i = 0; i + 1 < cl.length && cl.length > 2; i++) spans.push({ start: cl[i]!.start, end: cl[i + 1]!.end });
  if (spans.length === 1 && !aside) return [makeUnit(index, p, analyze(own, index.lex))];
  // Clauses begin and end between words, so their tokens are slices of the sentence's: the
  // sentence is tokenized once and each unit's concepts come from its slice (same result as
  // analysing the clause's own text, at a fraction of the cost); the unit without the aside
  // takes the tokens on either side of it.
  const toks = tokenize(own);
  if (!toks) {
    const units = spans.map((s) => makeUnit(index, s, analyze(text.slice(s.start, s.end), index.lex)));
    if (aside) units.push(makeUnit(index, p, analyze(`${own.slice(0, aside.start)} ${own.slice(aside.end)}`, index.lex)));
    return units;
  }
  const ranges = spans.map((s) => [lowerBound(toks, s.start - p.start), lowerBound(toks, s.end - p.start)] as const);
  const units = spans.map((s, i) => makeUnit(index, s, analyzeTokens(toks, ranges[i]![0], ranges[i]![1], index.lex)));
  // where the sentence's clauses break, for the negation scopes of every unit (see negatedTerms)
  const ids = mayNegate(units[0]!.a) ? clauseIds(own, toks) : null;
  if (ids) units.forEach((u, i) => (u.a.clauses = ids.subarray(ranges[i]![0], ranges[i]![1])));
  if (aside) units.push(makeUnit(index, p, analyzeTokens(toks, 0, toks.length, index.lex, lowerBound(toks, aside.start), lowerBound(toks, aside.end))));
  return units;
}

/**
 * A relative clause set off by commas or dashes ("Best Buy, which did not respond to requests
 * for comment, has pulled…", "Kaspersky, which denies Russian government links, said…") says
 * something of its antecedent, aside from what the sentence states: the sentence without it is
 * one more unit, so that the aside neither dilutes the main clause nor lends it its negation.
 * The unit spans the whole sentence (the highlight); its concepts are the rest's.
 */
const ASIDE = /, (?:which|who|whose) [^,;:—–]{8,120}, | [—–] (?:which|who|whose) [^,;:—–]{8,120} [—–] /;
/** Where in a sentence its relative aside lies, when what is left is worth matching on its own; else null. */
function asideOf(own: string): Span | null {
  // most sentences have no relative clause: one indexOf per pronoun rules them out
  if (own.indexOf(' which ') < 0 && own.indexOf(' who') < 0) return null;
  const m = ASIDE.exec(own);
  if (!m) return null;
  const end = m.index + m[0].length;
  return wordCount(own, 0, m.index) + wordCount(own, end, own.length) >= MIN_REST_WORDS ? { start: m.index, end } : null;
}
/** Words the sentence without its aside must keep to be worth matching. */
const MIN_REST_WORDS = 5;

/** First token starting at or after `at`. */
function lowerBound(toks: readonly Token[], at: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Similarity of unit and document d; 0 when the document is not a plausible match, or cannot
 * score ≥ floor (it gives up as soon as the concepts it misses rule that out). The unit is the
 * marked concepts, of total weight uWeight. With uWeight null, it returns instead a bound that
 * no unit made of some of the marked concepts can score above (its recall: a unit sharing fewer
 * of the document's concepts has lower recall, and precision and the penalties are ≤ 1), still
 * 0 when none could pass the other tests.
 */
function scoreDoc(index: MatchIndex, sc: Scratch, u: Unit | null, d: number, mark: Int32Array, stamp: number, floor: number): number {
  let ov = 0;
  let shared = 0;
  let sharedContentWeight = 0;
  let docEntities = 0;
  let sharedEntities = 0;
  let missingValues = 0;
  const { docTerms, termW, termKind } = index;
  const weight = index.docWeight[d]!;
  const contentWeight = index.docContentWeight[d]!;
  // score ≤ recall ≤ (weight − lost) / weight, where lost is the weight of the missed concepts
  // other than values; and the content coverage needs lostContent ≤ (1 − coverage) · content
  const maxLost = (1 - floor) * weight + 1e-9;
  const maxLostContent = (1 - MIN_CONTENT_COVERAGE) * contentWeight + 1e-9;
  let lost = 0;
  let lostContent = 0;
  let missingNumber = false;
  let rivals = 0;
  for (let k = index.docOff[d]!, end = index.docOff[d + 1]!; k < end; k++) {
    const id = docTerms[k]!;
    const kind = termKind[id]!;
    if (kind === KIND_ENTITY) docEntities++;
    const w = termW[id]!;
    if (mark[id] !== stamp) {
      // a different (or no) year/number/date is for conflict detection to judge, not similarity
      if (kind === KIND_VALUE) {
        missingValues += w;
        const vc = sc.valueClass[id]!;
        if (vc === NUMBER_CLASS) missingNumber = true;
        // the page's other day or month stands for it as a shared concept ("Thursday" for
        // "Friday"), where the claim records a date (stray years and figures are too common)
        if ((vc === WHEN_CLASS || vc === MONTH_CLASS) && (rivals & (1 << vc)) === 0 && (u === null || statesOtherDate(sc, u, vc, index.docClaim[d]!))) {
          rivals |= 1 << vc;
          shared++;
        } else if (vc === NUMBER_CLASS && (rivals & (1 << vc)) === 0 && (u === null || countsAlike(sc, index.docClaim[d]!, u, mark, stamp))) {
          // …and so does its other count of the same thing, of the claim's own subject
          // ("Kaspersky has 300 million users" for "400 million users", not Equifax's "143
          // million consumers"), or length of time ("fifteen years" for "a decade")
          rivals |= 1 << vc;
          shared++;
        }
      } else {
        lost += w;
        if (lost > maxLost) return 0;
        if (kind === KIND_CONTENT && (lostContent += w) > maxLostContent) return 0;
      }
      continue;
    }
    ov += w;
    if (kind === KIND_ENTITY) sharedEntities++;
    else if (kind === KIND_CONTENT) {
      shared++;
      sharedContentWeight += w;
    } else if (kind === KIND_VALUE) shared++; // the same year / number / date counts as a shared concept
  }
  if (shared < 1 || shared + 0.5 * sharedEntities < MIN_SHARED_CONTENT) return 0;
  // the distinctive part of the document must be substantially present
  if (contentWeight > 0 && sharedContentWeight < MIN_CONTENT_COVERAGE * contentWeight) return 0;
  if (u === null) return ov / Math.max(weight - missingValues, 1e-9);
  // "a number" is not shared with a document whose number the page does not give, when the
  // page's numbers count something else ("revenue of $8.94 billion" against "for ten years")
  if (missingNumber && mark[sc.numClass] === stamp) {
    const n = sc.claimNumber[index.docClaim[d]!];
    if (n && !statesNumberLike(n, u)) ov -= termW[sc.numClass]!;
  }
  const recall = ov / Math.max(weight - missingValues, 1e-9);
  // The page's own value where the document has another ("founded in 1997" against 1977) is
  // left out of precision, as the document's is left out of recall: conflict detection judges it.
  const differing = missingValues > 0 && u.values ? differingValues(index, sc, u, d, mark, stamp) : 0;
  // When something happened is circumstance for a document that says nothing of when (as its
  // own date is for a page, see missingValues): the page's date costs it no precision.
  let untimed = 0;
  if (u.timeMask) {
    const has = sc.docTimes[d]!;
    if (has === 0) untimed = u.timesTotal;
    else if ((has & u.timeMask) !== u.timeMask) for (let c = 0; c < VALUE_CLASSES; c++) if ((has & (1 << c)) === 0) untimed += u.times![c]!;
  }
  const prec = ov / Math.max(u.weight - differing - untimed, 1e-9);
  let s = Math.pow(recall, RECALL_EXP) * Math.pow(prec, PREC_EXP);
  if (index.docContradicts[d] === 1) s *= 0.9;
  // none of the document's named entities: likely about someone else ("Symantec … Norton")
  if (docEntities > 0 && sharedEntities === 0) s *= 0.8;
  return s;
}

/** Whether the unit states a value of time class vc, which the claim records a value in. */
const statesOtherDate = (sc: Scratch, u: Unit, vc: number, claim: number): boolean =>
  u.values !== null && u.values[vc]! > 0 && (sc.claimValueClasses[claim]! & (1 << vc)) !== 0;

/** Value classes: a specific year, number, date (its month) and time word ("#y…", "#n…", "#m…", "#w…"). */
const [YEAR_CLASS, NUMBER_CLASS, MONTH_CLASS, WHEN_CLASS] = [0, 1, 2, 3];
const VALUE_CLASSES = 4;
const VALUE_CLASS_OF: Record<string, number> = { y: YEAR_CLASS, n: NUMBER_CLASS, m: MONTH_CLASS, w: WHEN_CLASS };
/** The value classes a claim's recorded value of each type is stated in (as bits). */
const VALUE_TYPE_CLASSES: Record<string, number> = {
  year: 1 << YEAR_CLASS,
  number: 1 << NUMBER_CLASS,
  date: (1 << MONTH_CLASS) | (1 << WHEN_CLASS),
  'relative-date': 1 << WHEN_CLASS,
};
/** The class of a concept of time: a date ("#date", its month "#m9") or a time word ("#when", "#wfriday"); else -1. */
function timeClass(t: string): number {
  if (t === '#date') return MONTH_CLASS;
  if (t === '#when') return WHEN_CLASS;
  const c = valueClass(t);
  return c === MONTH_CLASS || c === WHEN_CLASS ? c : -1;
}
function valueClass(t: string): number {
  return isValueTerm(t) ? (VALUE_CLASS_OF[t[1]!] ?? -1) : -1;
}

/**
 * Weight of the unit's values that stand where document d has another value of the same class:
 * per class, the unit's values beyond the shared, in proportion to how many of them the
 * document's missing values can stand for.
 */
function differingValues(index: MatchIndex, sc: Scratch, u: Unit, d: number, mark: Int32Array, stamp: number): number {
  const uValues = u.values!;
  const { docTerms, termW, termKind } = index;
  const vclass = sc.valueClass;
  // only where the claim records a value of that class: a number in one of its paraphrases
  // ("two headquarters") is wording, not a value a page could differ on
  const claim = index.docClaim[d]!;
  let own = sc.claimValueClasses[claim]!;
  // a number stands in for the claim's only when it counts the same thing ("250 million people"
  // for "400 million users") or is a length of time like it ("fifteen years" for "a decade"),
  // not "$54.11" for "a decade"
  if (own & (1 << NUMBER_CLASS) && !statesNumberLike(sc.claimNumber[claim], u)) own &= ~(1 << NUMBER_CLASS);
  if (own === 0) return 0;
  // per class: how many values the document misses, and how many of the unit's it shares
  const missing = new Int32Array(VALUE_CLASSES);
  const shared = new Int32Array(VALUE_CLASSES);
  const sharedW = new Float64Array(VALUE_CLASSES);
  for (let k = index.docOff[d]!, end = index.docOff[d + 1]!; k < end; k++) {
    const id = docTerms[k]!;
    if (termKind[id] !== KIND_VALUE) continue;
    const vc = vclass[id]!;
    if (vc < 0 || (own & (1 << vc)) === 0) continue;
    if (mark[id] === stamp) {
      shared[vc]!++;
      sharedW[vc]! += termW[id]!;
    } else missing[vc]!++;
  }
  // each value the document misses is stood for by one of the unit's others, whatever its
  // weight ("Thursday" is rarer in the sources than "Friday", not more meaningful)
  let out = 0;
  for (let c = 0; c < VALUE_CLASSES; c++) {
    const others = u.valueCounts![c]! - shared[c]!;
    if (missing[c]! > 0 && others > 0) out += Math.max(0, uValues[c]! - sharedW[c]!) * Math.min(1, missing[c]! / others);
  }
  return out;
}

/** Whether the unit states a number like the claim's, of the claim's subject when it has one (see scoreDoc). */
function countsAlike(sc: Scratch, claim: number, u: Unit, mark: Int32Array, stamp: number): boolean {
  const subject = sc.subject[claim]!;
  if (subject >= 0 && mark[subject] !== stamp) return false;
  const n = sc.claimNumber[claim];
  // (a figure, not a vague "several of you")
  return n !== undefined && ('lasts' in n ? statesNumberLike(n, u) : u.a.numbers.some((x) => typeof x.value === 'number' && x.unit.some((t) => n.counts.has(t))));
}

/** Whether the unit states a number like the claim's recorded one (see differingValues). */
function statesNumberLike(n: Scratch['claimNumber'][number], u: Unit): boolean {
  if (!n) return false;
  // asked for each candidate document whose number the unit does not give: read once per unit
  if ('lasts' in n) return (u.lasts ??= durations(u.a.words)).some((d) => comparable(n.lasts, d));
  return u.a.numbers.some((x) => x.unit.some((t) => n.counts.has(t)));
}

function asksHowLong(ws: readonly string[]): boolean {
  for (let i = ws.indexOf('how'); i >= 0; i = ws.indexOf('how', i + 1)) if (ws[i + 1] === 'long') return true;
  return false;
}

/** The concepts every own wording of a claim (its text and paraphrases) shares, but its entities and values; null if none. */
function causeOf(index: MatchIndex, claim: number): Int32Array | null {
  const own = ownWordings(index, claim);
  const core = own.length ? [...own[0]!].filter((t) => index.termKind[t] === KIND_CONTENT && own.every((ts) => ts.includes(t))) : [];
  return core.length ? Int32Array.from(core) : null;
}
/** The concepts of each of a claim's own wordings (its text and the editors' paraphrases, not its quotes). */
function ownWordings(index: MatchIndex, claim: number): Int32Array[] {
  return index.claimDocs[claim]!.filter((d) => index.docs[d]!.kind !== 'mention').map((d) => index.docTerms.subarray(index.docOff[d]!, index.docOff[d + 1]!));
}
/** Words that give a cause ("pulled it over Russia worries", "because of", "amid concerns", "due to"). */
const CAUSE_WORDS = new Set(['because', 'over', 'amid', 'amidst', 'due', 'reason', 'reasons', 'why', 'prompted', 'citing', 'since']);

function claimRequirementsMet(sc: Scratch, claim: number, u: Unit, stamp: number): boolean {
  // a claim about why something happened is stated with a cause: the concept all its wordings
  // give it by, or a word that gives one ("Best Buy drops Russian antivirus firm Kaspersky" names
  // Russia, and no reason)
  const cause = sc.aboutCause[claim];
  if (cause && !cause.some((id) => sc.mark[id] === stamp) && !u.a.words.some((w) => CAUSE_WORDS.has(w))) return false;
  // a claim about how long something lasted ("a decade", "45 days") is stated with a length of
  // time, whichever, or asked "how long": "the year Kaspersky is having" gives none
  if (sc.aboutLength[claim] && !statesNumberLike(sc.claimNumber[claim], u) && !asksHowLong(u.a.words)) return false;
  // an act every wording of the claim names is named ("ordered agencies to remove Kaspersky
  // software from their networks" is no ban on buying it)
  const act = sc.claimAct[claim]!;
  if (act && !u.ids.some((id) => (sc.actionBit[id]! & act) !== 0)) return false;
  const req = sc.required[claim]!;
  if (req === 0) return true;
  if ((req & u.classes) !== req) return false;
  // a required number counts what the claim counts, and in the same order of magnitude: "400
  // million users" is not met by "200 countries", nor by "one more tip: whatever you decide"
  // (another figure, "250 million people", is for conflict detection to judge)
  const num = sc.numberUnit[claim];
  return !num || u.a.numbers.some((n) => n.unit.some((t) => num.counts.has(t)) && sameMagnitude(n.value, num.value));
}
/** Whether a page's figure (a vague "hundreds of millions" is any) is within a factor of MAGNITUDE of a claim's. */
const sameMagnitude = (a: number | string, b: number): boolean => typeof a !== 'number' || (a > 0 && b > 0 && Math.max(a / b, b / a) <= MAGNITUDE);
/** Three orders of magnitude: "250 million" or "4 million" users still state the claim (otherwise), "two programs" does not. */
const MAGNITUDE = 1000;


/**
 * Scores one unit against candidate documents cand[0..n); best per claim, among scores ≥ floor
 * (matchPassages never chooses a lower score; a supporting document below the floor no longer
 * counts as the claim's support when its best document contradicts, which the eval showed to
 * change nothing).
 */
function scoreUnit(index: MatchIndex, text: string, u: Unit, cand: Int32Array, n: number, best: Map<number, Scored>, floor: number): void {
  const sc = scratch(index);
  const stamp = markUnit(sc, u);
  const { mark } = sc;
  const { docClaim, docContradicts } = index;
  const { support, supportStamp } = sc;
  for (let i = 0; i < n; i++) {
    const di = cand[i]!;
    const s = scoreDoc(index, sc, u, di, mark, stamp, floor);
    if (s <= 0 || s < floor) continue;
    if (sc.ceased[di] && !statesCeasing(index, sc, text, u, sc.ceased[di]!, mark, stamp)) continue;
    if (sc.continued[di] && statesStopping(sc, u, sc.continued[di]!, mark, stamp)) continue;
    const claim = docClaim[di]!;
    if (!claimRequirementsMet(sc, claim, u, stamp)) continue;
    // the claim's best support in this unit, whatever order its documents come in
    if (supportStamp[claim] !== stamp) {
      supportStamp[claim] = stamp;
      support[claim] = 0;
    }
    if (docContradicts[di] === 0 && s > support[claim]!) support[claim] = s;
    const prev = best.get(claim);
    if (!prev) best.set(claim, { claim, score: s, doc: di, unit: u, supportScore: 0 });
    else if (s > prev.score) {
      prev.score = s;
      prev.doc = di;
      prev.unit = u;
    }
  }
  // a claim's support is that of the unit its best document was found in
  for (const r of best.values()) if (r.unit === u) r.supportScore = support[r.claim]!;
}

/** Marks the unit's concepts in sc.mark with a new stamp (what scoreDoc reads as shared), and returns it. */
function markUnit(sc: Scratch, u: Unit): number {
  const stamp = ++sc.stamp;
  const { mark } = sc;
  const ids = u.ids;
  for (let i = 0; i < ids.length; i++) mark[ids[i]!] = stamp;
  return stamp;
}

/** Kinds of recorded conflict about a figure. */
const FIGURE_CONFLICTS = new Set(['date', 'number', 'fact']);


/**
 * Whether a unit can state that an action was stopped, against a document that says so
 * (`bits`: the CEASED_ACTIONS the document names with its stopping): a unit that names one of
 * them without any stopping or negation states the action itself ("…how many copies had been
 * sold", "agencies use the software"), the opposite of its end, and so does a unit that says
 * it goes on.
 */
function statesCeasing(index: MatchIndex, sc: Scratch, text: string, u: Unit, bits: number, mark: Int32Array, stamp: number): boolean {
  if (mark[sc.stopId] === stamp || (u.a.neg > 0 && !negatesAround(index, sc, text, u, bits))) return true;
  // nor one that says it goes on ("its products are still available on its own website")
  if (sc.continueId >= 0 && mark[sc.continueId] === stamp) return false;
  for (const id of u.ids) if (sc.actionBit[id]! & bits) return false;
  return true;
}

/**
 * Whether the unit's negation only reaches one of the actions (`bits`) as the object of
 * another verb, which is what it negates: "Best Buy does not break out software sales" denies
 * no selling, where "Best Buy does not sell Kaspersky software" does.
 */
function negatesAround(index: MatchIndex, sc: Scratch, text: string, u: Unit, bits: number): boolean {
  const neg = negatedTerms(text.slice(u.start, u.end), index.lex, u.a);
  if (!neg.size) return false;
  const heads = headsOf(neg);
  let reached = false;
  for (const t of neg) {
    const id = index.termId.get(t);
    if (id === undefined || !(sc.actionBit[id]! & bits)) continue;
    if (heads.has(t)) return false;
    reached = true;
  }
  return reached;
}

/** What going on is: "will keep offering", "continues to sell". */
const CONTINUE_CONCEPT = '~continu';

/**
 * Whether a unit states that an action stopped, against a document that says it goes on
 * (`bits`: the CEASED_ACTIONS the document says go on): stopping, one of those actions, no going
 * on and no negation ("Best Buy has stopped selling Kaspersky's software in its stores and
 * online" is not "Kaspersky will keep offering its products through its own website and other
 * retailers"). The mirror of statesCeasing.
 */
/** continued[d] of a document that goes on without naming any of CEASED_ACTIONS (see statesStopping). */
const ANY_ACT = 0x80;
function statesStopping(sc: Scratch, u: Unit, bits: number, mark: Int32Array, stamp: number): boolean {
  if (mark[sc.stopId] !== stamp || mark[sc.continueId] === stamp || u.a.neg > 0) return false;
  // (a document that goes on with no act named, "Kaspersky's products remain available outside
  // Best Buy", is ended by any stopping: "Kaspersky software is no longer available at Best Buy")
  if (bits === ANY_ACT) return true;
  for (const id of u.ids) if (sc.actionBit[id]! & bits) return true;
  return false;
}

/**
 * Candidates of a unit, in order of first touch (concepts in unit order, postings in doc order):
 * the documents whose candidate prefix shares a concept with the unit and whose shared prefix
 * weight reaches their bound (see candidatePrefixes in index.ts); with `exhaustive`, every
 * document sharing any entity or content concept. Term-at-a-time over typed arrays; returns the
 * count (the documents are in sc.touched).
 */
function candidates(index: MatchIndex, sc: Scratch, ids: ArrayLike<number>, exhaustive: boolean, scope: Int32Array | null): number {
  // acc holds, per document d, its partial overlap at 2d and its bound at 2d + 1: the filter
  // below then reads both from one cache line (this is most of matching time at scale)
  const { acc, touched } = sc;
  const { termW, termKind } = index;
  const off = exhaustive ? index.postOff : index.prefOff;
  const docs = exhaustive ? index.postDocs : index.prefDocs;
  let n = 0;
  for (let i = 0; i < ids.length; i++) {
    const t = ids[i]!;
    const kind = termKind[t]!;
    if (kind === KIND_CLASS || kind === KIND_VALUE) continue;
    const w = termW[t]!;
    const from = off[t]!;
    const to = off[t + 1]!;
    // postings are in document order: each topic in scope is one run of them
    for (let r = 0, nr = scope ? scope.length : 2; r < nr; r += 2) {
      let k = scope ? firstAtLeast(docs, from, to, scope[r]!) : from;
      const hi = scope ? scope[r + 1]! : Infinity;
      for (; k < to; k++) {
        const d = docs[k]!;
        if (d >= hi) break;
        const d2 = d << 1;
        const a = acc[d2]!;
        if (a === 0) touched[n++] = d;
        acc[d2] = a + w;
      }
    }
  }
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const d = touched[i]!;
    const d2 = d << 1;
    if (exhaustive || acc[d2]! >= acc[d2 + 1]!) touched[kept++] = d;
    acc[d2] = 0;
  }
  return kept;
}

/** First k in [lo, hi) with xs[k] ≥ x (xs ascending there), else hi. */
function firstAtLeast(xs: Int32Array, lo: number, hi: number, x: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The document id ranges of these topics, as [lo, hi) pairs in ascending order. */
function topicScope(index: MatchIndex, topics: readonly string[]): Int32Array {
  const ranges = [...new Set(topics)].map((t) => index.topics.get(t)).filter((r) => r !== undefined);
  return Int32Array.from(ranges.sort((a, b) => a[0] - b[0]).flat());
}

/**
 * The documents that some unit of a passage could match (in sc.touched; returns the count).
 * Every unit's concepts are among the union of the units' concepts, so one candidate scan for
 * the union finds every unit's candidates, and a document whose recall of the union is below
 * the floor cannot reach it with any unit (see scoreDoc): the sentence and its clauses are
 * then scored against these few survivors only, instead of each scanning the postings. With
 * `exhaustive`, every document sharing a concept is kept (the reference the tests compare to).
 */
function passageCandidates(index: MatchIndex, sc: Scratch, units: readonly Unit[], exhaustive: boolean, floor: number, scope: Int32Array | null): number {
  const { mark, touched } = sc;
  const stamp = ++sc.stamp;
  let union: number[] | null = null;
  for (const u of units) {
    for (const id of u.ids) {
      if (mark[id] === stamp) continue;
      mark[id] = stamp;
      (union ??= []).push(id);
    }
  }
  if (!union) return 0;
  const n = candidates(index, sc, union, exhaustive, scope);
  if (exhaustive) return n;
  let kept = 0;
  for (let i = 0; i < n; i++) {
    const d = touched[i]!;
    const bound = scoreDoc(index, sc, null, d, mark, stamp, floor);
    if (bound > 0 && bound >= floor) touched[kept++] = d;
  }
  return kept;
}

const REF_PERSON = 1;
const REF_ORG = 2;
/** A government body: an organisation that is no company (the GSA, the FBI, the US government). */
const governmentBody = (sc: Scratch, id: number): boolean => sc.refKind[id] === REF_ORG && !sc.company[id];
/** Words that refer back to a person or an organisation named earlier. */
const PERSON_REFS = new Set(['he', 'she', 'him', 'his', 'her']);
const ORG_REFS = new Set(['it', 'its', 'company', 'firm']);
/** Concepts of the words that say where a company is from ("Russian", "Moscow", "American"). */
const PLACE_CONCEPTS = new Set(['~russia', '~usa', '~china', '~govern']);
/** Verbs of a closing attribution ("…, he said."). */
const SPEECH = new Set(['said', 'says', 'added', 'adds', 'clarified', 'explained', 'noted', 'told', 'wrote', 'stated', 'argued', 'insisted', 'warned', 'claimed', 'maintained', 'confirmed', 'denied']);

/**
 * Light coreference: a unit that starts by referring to a person or an organisation ("He
 * opposed…", "In July, it denied…", "The company argues…") is taken to be about the person
 * (organisation) the most recent passage named first, unless the unit names one of that kind
 * before the reference ("Best Buy said it…"); likewise a closing attribution ("…, she
 * clarified."). Only the unit's first and last words are looked at: a pronoun in the middle is
 * as likely to be about anything.
 */
function resolveReferences(index: MatchIndex, text: string, u: Unit, lastPerson: number, lastOrg: number, named: ReadonlySet<number>, pair: readonly number[]): void {
  resolveDescriptions(index, u, named);
  const ws = u.a.words;
  // "the two companies", "both firms": the last two companies the page named
  if (pair.length === 2 && namesPair(ws)) for (const id of pair) if (!u.ids.includes(id)) addConcept(index, u, id);
  let add = -1;
  // the subject after a phrase set before it ("In an op-ed on Aug. 31, she branded…", "Last
  // month, it confirmed…") is as much the unit's first word
  let subjectAt = -1;
  for (let i = 4; i < ws.length && i < 14 && subjectAt < 0; i++) if (ws[i] === 'he' || ws[i] === 'she' || ws[i] === 'it') subjectAt = i;
  if (subjectAt > 0) {
    const fronted = FRONTED.exec(text.slice(u.start, Math.min(u.end, u.start + 80)));
    if (!fronted || ws[subjectAt] !== fronted[1]!.toLowerCase()) subjectAt = -1;
  }
  // the first four words, then that subject
  for (let k = 0, n = subjectAt > 0 ? 5 : 4; k < n && add < 0; k++) {
    const i = k < 4 ? k : subjectAt;
    if (i >= ws.length) break;
    const w = ws[i]!;
    const kind = PERSON_REFS.has(w) ? REF_PERSON : ORG_REFS.has(w) ? REF_ORG : 0;
    const last = kind === REF_PERSON ? lastPerson : kind === REF_ORG ? lastOrg : -1;
    if (last < 0 || u.ids.includes(last)) continue;
    if (i > 0 && namesKind(index, ws.slice(0, i), kind)) break;
    // "the Russian firm", "the American company": a description of its own, not "the company"
    // that was named last (which the page's Best Buy paragraph left as Best Buy)
    if (kind === REF_ORG && i > 0 && PLACE_CONCEPTS.has(conceptOf(index.lex, ws[i - 1]!))) break;
    add = last;
  }
  // a closing attribution ("…, she clarified." / "…, it said in a statement.") is about the
  // person (organisation) named last time, when the unit names nobody of that kind itself
  for (let i = Math.max(4, ws.length - 5); i < ws.length && add < 0; i++) {
    const w = ws[i]!;
    const kind = PERSON_REFS.has(w) && w !== 'her' && w !== 'him' ? REF_PERSON : w === 'it' ? REF_ORG : 0;
    if (!kind || !SPEECH.has(ws[i + 1] ?? '')) continue;
    const last = kind === REF_PERSON ? lastPerson : lastOrg;
    if (last >= 0 && !u.ids.some((id) => scratch(index).refKind[id] === kind)) add = last;
  }
  if (add >= 0 && !u.ids.includes(add)) addConcept(index, u, add);
  // naming a part names the whole: "the Department of Homeland Security" is the US government
  const { parentOf } = scratch(index);
  for (const id of u.ids) {
    const p = parentOf[id]!;
    if (p >= 0 && !u.ids.includes(p)) addConcept(index, u, p);
  }
}

/** A phrase of a few words and a comma before the subject pronoun (see resolveReferences). */
const FRONTED = /^[^,;:!?"“”]{2,60},\s+(he|she|it)\b/i;

const PAIR_NOUNS = new Set(['companies', 'firms', 'businesses']);
/** Whether a unit's words speak of two companies together ("the two companies", "both firms"), among its first words. */
function namesPair(ws: readonly string[]): boolean {
  for (let i = 0; i + 1 < ws.length && i < 8; i++) if ((ws[i] === 'two' || ws[i] === 'both') && PAIR_NOUNS.has(ws[i + 1]!)) return true;
  return false;
}

/** Puts company id last in the list of the two companies named most recently. */
function notePair(pair: number[], id: number): void {
  const at = pair.indexOf(id);
  if (at >= 0) pair.splice(at, 1);
  pair.push(id);
  if (pair.length > 2) pair.shift();
}

/**
 * Definite descriptions: "the retailer", "the Minnesota-based chain", "the paper" stand for the
 * entity the dataset describes so ("descriptors"), when the page named it earlier and this unit
 * does not. Plurals ("other retailers") are not references.
 */
function resolveDescriptions(index: MatchIndex, u: Unit, named: ReadonlySet<number>): void {
  const { descriptorOf, descriptorWord, describes } = scratch(index);
  if (!descriptorOf.size || !named.size) return;
  const ws = u.a.words;
  for (let i = 0; i + 1 < ws.length; i++) {
    if (ws[i] !== 'the') continue;
    for (let j = i + 1; j < ws.length && j <= i + 3; j++) {
      const w = ws[j]!;
      // a stopword describes nothing ("the New Hampshire Democrat": "new" is not "news")
      if (STOPWORDS.has(w)) continue;
      let e = describes.get(w);
      if (e === undefined) {
        const id = index.termId.get(conceptOf(index.lex, w));
        e = descriptorWord.get(w) ?? (id === undefined ? undefined : descriptorOf.get(id)) ?? -1;
        if (describes.size < 50_000) describes.set(w, e);
      }
      if (e < 0) continue;
      if (!(w.endsWith('s') && !w.endsWith('ss')) && named.has(e) && !u.ids.includes(e)) addConcept(index, u, e);
      break;
    }
  }
}

function addConcept(index: MatchIndex, u: Unit, id: number): void {
  const ids = new Int32Array(u.ids.length + 1);
  ids.set(u.ids);
  ids[u.ids.length] = id;
  u.ids = ids;
  u.weight += index.termW[id]!;
}

/** Whether these words name a person (REF_PERSON) or an organisation (REF_ORG). */
function namesKind(index: MatchIndex, words: string[], kind: number): boolean {
  const { refKind } = scratch(index);
  return namedEntities(index, words).some((id) => refKind[id] === kind);
}

/** The people and organisations these words name (concept ids). */
function namedEntities(index: MatchIndex, words: string[]): number[] {
  const { refKind } = scratch(index);
  const out: number[] = [];
  for (const t of analyze(words.join(' '), index.lex).terms) {
    const id = index.termId.get(t);
    if (id !== undefined && refKind[id]) out.push(id);
  }
  return out;
}

/**
 * The first person and the first organisation a unit names (-1 when none); a company comes
 * before a government body ("it" in news is mostly a company).
 */
function firstEntities(index: MatchIndex, u: Unit): [person: number, org: number] {
  const { refKind, company } = scratch(index);
  let person = -1;
  let org = -1;
  let body = -1;
  for (const id of u.ids) {
    if (person < 0 && refKind[id] === REF_PERSON) person = id;
    else if (refKind[id] === REF_ORG) {
      if (company[id]) {
        if (org < 0) org = id;
      } else if (body < 0) body = id;
    }
  }
  return [person, org >= 0 ? org : body];
}

/**
 * Whether a sentence tells of another country's government and not of the US: "The Dutch
 * government decided in 2018 to phase out Kaspersky software in its own systems", "German
 * officials fear the software could give Moscow access to sensitive data" are not what the US
 * government did or feared, however alike the words.
 */
function abroad(sc: Scratch, sentence: Unit): boolean {
  const ws = sentence.a.words;
  let found = false;
  for (let i = 0; i < ws.length && !found; i++) {
    if (!FOREIGN_STATES.has(ws[i]!)) continue;
    for (let j = i + 1; j < ws.length && j <= i + 4; j++) if (STATE_BODIES.has(ws[j]!)) found = true;
  }
  return found && !sentence.ids.some((id) => sc.american.has(id));
}
/** Countries, and their peoples' names, whose governments have acted on Kaspersky too (see abroad). */
const FOREIGN_STATES = new Set(
  ('dutch netherlands german germany british britain uk french france italian italy lithuanian lithuania latvian latvia estonian estonia ' +
    'polish poland czech ukrainian ukraine european europe eu canadian canada australian australia japanese japan swiss switzerland austrian austria ' +
    'danish denmark swedish sweden norwegian norway finnish finland belgian belgium spanish spain irish ireland israeli israel').split(' '),
);
/** Words for a state's bodies and people (see abroad). */
const STATE_BODIES = new Set(
  ('government governments authorities officials parliament ministry minister ministers regulator regulators agency agencies watchdog ' +
    'bsi ncsc cabinet lawmakers commission intelligence office department departments centre center').split(' '),
);

/**
 * Whether a page was written years after the claims' events: it names, twice or more, a year
 * two or more after the latest year a claim records an event in ("…began in 2017 when federal
 * agencies were ordered to remove its software. The ban takes effect on July 20, 2024"). (A year
 * in the dateline alone would date it too, but held-out text said otherwise: a lesson plan
 * revised in 2023 tells the news of the day.)
 */
function writtenLater(sc: Scratch, text: string): boolean {
  const last = sc.lastEventYear;
  if (!last) return false;
  let n = 0;
  for (const m of text.matchAll(YEAR_LIKE)) if (Number(m[0]) >= last + LATER_YEARS && ++n >= 2) return true;
  return false;
}
const YEAR_LIKE = /\b(?:19|20)\d\d\b/g;
/** Years after the claims' events from which a page looks back on them (see writtenLater). */
const LATER_YEARS = 2;

/**
 * Whether a claim is of the day it was reported, and the sentence does not give its date: what
 * had already happened, or was still to come, by then ("Best Buy had already stopped selling
 * Kaspersky by Friday, September 8"), what happened "last week" or "on Friday". A page written
 * years later that tells the story in the past ("Best Buy pulled Kaspersky from its shelves and
 * website in September 2017") states the event, not how things stood that day; its "last week"
 * and "on Monday" are its own.
 */
function ofTheDay(index: MatchIndex, claim: number, sentence: Unit, around: () => Analysis): boolean {
  const values = index.claims[claim]!.values;
  // ("On Friday, September 8, 2017, both companies confirmed the change" is that Friday)
  if (values.some((v) => v.type === 'relative-date')) return !sentence.a.dates.length && !sentence.a.years.length;
  if (!timedAspect(index, claim)) return false;
  const day = scratch(index).eventDay[claim];
  // (the day may be given in the sentence before or after, in the same paragraph: "In early
  // September 2017, shoppers looking for Kaspersky on BestBuy.com found nothing. By Friday,
  // September 8, the listings had been gone…")
  return !day || !around().dates.some((d) => d.month === day.month && d.day === day.day);
}

/**
 * Whether a passage tells of another event than the claim's, years apart: "the U.S. government
 * banned the sale of Kaspersky software in June 2024" is not the July 2017 purchase ban with
 * another date, and "Best Buy pulled Kaspersky in 2019" (two years off) still differs. The years
 * are the claim's clause's, or else the sentence's but for those claims record of their own
 * ("Kaspersky, founded in 1997, was pulled…" dates no pulling).
 */
function otherEvent(index: MatchIndex, sc: Scratch, claim: number, clause: Unit, sentence: Unit): boolean {
  const y = sc.eventYear[claim]!;
  if (!y) return false;
  let years = clause.a.years;
  if (!years.length && clause !== sentence) years = eventYears(index, sentence.a);
  return years.length > 0 && years.every((x) => Math.abs(x - y) >= OTHER_EVENT_YEARS);
}
/** Years between the page's year and a claim's from which they are two events, not one misdated. */
const OTHER_EVENT_YEARS = 3;

/** Whether the passage opens on a company the claim involves, not its subject, doing what the claim's subject does (see Actors.leadActs). */
const objectActs = (sc: Scratch, claim: number, actors: Actors): boolean =>
  actors.leadActs && actors.leadCompany !== sc.subject[claim] && sc.claimEntities[claim]!.has(actors.leadCompany);

/** Score factor for a passage that is about someone other than the claim's subject. */
const OTHER_ACTOR = 0.8;

/**
 * Whether a passage states a claim's action of someone else: it never names (or refers back to)
 * the claim's subject, and it names another person or organisation that the claim does not
 * involve ("the Trump administration ordered agencies to remove Kaspersky, citing concerns…"
 * is not "Best Buy dropped Kaspersky because of concerns…", however alike the words).
 */
function aboutSomeoneElse(sc: Scratch, claim: number, units: readonly Unit[], actors: Actors, fromStart = true): boolean {
  const subject = sc.subject[claim]!;
  if (subject < 0) return false;
  const involved = sc.claimEntities[claim]!;
  const aCompany = sc.company[subject] === 1;
  // "Washington has increasingly scrutinized Kaspersky…", "The department was concerned…": the
  // government acts, not the company the claim is about; "Office Depot Inc and Staples Inc …
  // did not respond": other companies do
  let other = aCompany && ((actors.governmentLeads && sc.governmentIn[claim] === 0) || actors.otherCompany);
  // "Best Buy pulls Kaspersky security software over Russia worries": another company the claim
  // does not involve leads the sentence, and the claim's company comes after it as its object
  // (not when the claim was found on a later clause of its own: "Best Buy has stopped selling
  // Kaspersky products, and Kaspersky Lab denies…")
  const lead = actors.leadCompany;
  if (fromStart && aCompany && lead >= 0 && lead !== subject && !involved.has(lead) && !actors.speakers.has(lead)) return true;
  // "Kaspersky will no longer sell its products in the US": the company the claim acts on acts
  // itself (unless the passage names or refers to the claim's company: see below)
  if (fromStart && aCompany && objectActs(sc, claim, actors)) other = true;
  for (const u of units) {
    for (const id of u.ids) {
      // (the company only owns what the government's people speak of: they act, not it)
      if (id === subject) {
        if (other && actors.possessed.has(id)) continue;
        return false;
      }
      // (a part of a body the claim involves is no one else: the FBI is the US government)
      if (sc.refKind[id] && !involved.has(id) && !involved.has(sc.parentOf[id]!) && !actors.speakers.has(id)) other = true;
    }
  }
  return other;
}

/**
 * A claim of someone else's action gives way to a claim the passage states of its own actor:
 * "DHS officials are concerned about Kaspersky's ties to the Kremlin" is the government's
 * scrutiny, which the page states, not Best Buy's reason, however alike the words ("amid
 * concerns the company has links to Russian intelligence" names no one). Only a company's
 * action gives way, and only to a claim above the threshold that involves the government body the
 * passage opens with (or its parent), or, when it opens with the government in general
 * ("Washington", "officials"), a government body the company's claim does not involve.
 */
function yieldToActor(sc: Scratch, index: MatchIndex, u: Unit, actors: Actors, best: Map<number, Scored>, elsewhere: readonly Scored[], threshold: number): void {
  // the government bodies the passage opens with (within its first five words)
  const lead = namedEntities(index, u.a.words.slice(0, 5)).filter((id) => governmentBody(sc, id));
  if (!lead.length && !actors.governmentLeads) return;
  const penalised = new Set(elsewhere);
  for (const r of elsewhere) {
    if (!sc.company[sc.subject[r.claim]!]) continue;
    const own = sc.claimEntities[r.claim]!;
    const theirs = (x: Scored): boolean => {
      if (penalised.has(x) || x.score < threshold) return false;
      const involved = sc.claimEntities[x.claim]!;
      if (lead.some((id) => involved.has(id) || involved.has(sc.parentOf[id]!))) return true;
      return actors.governmentLeads && [...involved].some((id) => governmentBody(sc, id) && !own.has(id));
    };
    if ([...best.values()].some(theirs)) {
      r.score = 0;
      r.supportScore = 0;
    }
  }
}

/** Who else a passage names or opens with, for aboutSomeoneElse. */
interface Actors {
  /** Whom the passage only attributes itself to (see speakersOf). */
  speakers: ReadonlySet<number>;
  /** It opens with the government in general (see governmentAt). */
  governmentLeads: boolean;
  /** It names a company the dataset does not know (see otherCompany). */
  otherCompany: boolean;
  /**
   * It opens on other companies in general ("Other retailers…") or on a name the dataset does not
   * know, described or speaking of itself ("Barclays, which…"): a company it does not name is ruled out.
   */
  othersLead: boolean;
  /** The company named among its first three words, or -1. */
  leadCompany: number;
  /** That company opens the passage as who stops, sells, bans or suspends (see LEAD_ACTS). */
  leadActs: boolean;
  /**
   * When the government leads: who it names only as the owner of something ("Kremlin spokesman
   * Dmitry Peskov has not commented on Best Buy's decision"), the object of what is said, not its actor.
   */
  possessed: ReadonlySet<number>;
}

function actorsOf(index: MatchIndex, text: string, u: Unit): Actors {
  const own = text.slice(u.start, u.end);
  const othersLead = OTHERS_LEAD.test(own);
  // a company that opens the sentence (after a dateline at most), not one a description stood
  // for, nor one naming what someone bought ("Customers who bought Kaspersky software…")
  const { refKind, company } = scratch(index);
  const leadCompany = namedEntities(index, u.a.words.slice(0, 3)).find((id) => refKind[id] === REF_ORG && company[id] === 1) ?? -1;
  const nameLeads = unknownLead(index, own);
  const at = governmentAt(index, u);
  // (the government must open the sentence: "Fears that the Kremlin has influence over
  // Kaspersky prompted Best Buy's decision" is still about Best Buy's decision)
  const opens = at === 0 || (at === 1 && u.a.words[0] === 'the');
  const possessed = opens ? possessedOnly(index, own) : EMPTY_IDS;
  const leadActs = leadCompany >= 0 && leadDoes(index, own, leadCompany);
  return { speakers: speakersOf(index, u), governmentLeads: at >= 0, otherCompany: othersLead || nameLeads || otherCompany(index, own), othersLead: othersLead || nameLeads, leadCompany, leadActs, possessed };
}

/** Auxiliaries and adverbs between a subject and its verb ("will no longer be able to", "has also"). */
const AUX = String.raw`will|would|has|have|had|also|now|then|no|longer|not|never|soon|quickly|quietly|could|can|cannot|may|might|must|plans?|planned|to|decided|be\s+able|been\s+able|is\s+(?:set|going|expected)|said\s+it`;
/**
 * A sentence that opens on a name as the subject of an active verb, after auxiliaries and
 * adverbs ("Kaspersky will no longer be able to sell…", "Kaspersky Lab has stopped offering…");
 * not in the passive ("Kaspersky was pulled…", "Kaspersky will no longer be sold…"), nor as a
 * possessive or a modifier ("Kaspersky's products", "Kaspersky software was removed").
 */
const LEAD_ACTS = new RegExp(String.raw`^[^\p{L}]*(\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*){0,2})\s+((?:(?:${AUX}|(is|are|was|were))\s+)*)(\p{Ll}+)\b(?!\s+(?:off|out)\b)`, 'u');
/** Actions one party takes of its own will: stopping, selling, banning, suspending, offering. */
const LEAD_ACTIONS = new Set(['~stop', '~sell', '~ban', '~suspend', '~present']);
/** Unaccusative words the thesaurus reads as stopping: the one who goes is not who acts ("Kaspersky disappeared from…"). */
const UNDERGOES = /^(?:disappear|vanish)/;
/** Whether the sentence opens on company `lead` doing one of LEAD_ACTIONS (see LEAD_ACTS). */
function leadDoes(index: MatchIndex, own: string, lead: number): boolean {
  const m = LEAD_ACTS.exec(own);
  // (after "is", "was": only the progressive, "Kaspersky is pulling…", not "Kaspersky was pulled…")
  if (!m || UNDERGOES.test(m[4]!) || (m[3] && !m[4]!.endsWith('ing')) || !namedEntities(index, [m[1]!]).includes(lead)) return false;
  return LEAD_ACTIONS.has(conceptOf(index.lex, m[4]!));
}

/** A name in the possessive: "Best Buy's decision", "Kaspersky Lab’s products". */
const POSSESSIVE = /(\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3})['’]s\b/gu;
/** The people and organisations a text names in the possessive only (see Actors.possessed). */
function possessedOnly(index: MatchIndex, text: string): ReadonlySet<number> {
  const owners = [...text.matchAll(POSSESSIVE)].flatMap((m) => namedEntities(index, [m[1]!]));
  if (!owners.length) return EMPTY_IDS;
  const elsewhere = new Set(namedEntities(index, [text.replace(POSSESSIVE, ' ')]));
  return new Set(owners.filter((id) => !elsewhere.has(id)));
}

/**
 * A sentence that opens on a name described, or speaking of itself: "Barclays, which had
 * offered…", "Symantec said it…" (not "Lindgren said nobody has produced proof…": a speaker).
 */
const NAME_LEADS = /^[^\p{L}]*(\p{Lu}[\p{L}&'’-]+)(?:,\s+(?:which|who)\b|\s+(?:said|says|announced|stated)\s+(?:it|its)\b)/u;
/**
 * Whether a sentence opens on a name the dataset does not know and no thesaurus word reads: the
 * company or person who acts is someone else than any the claims name ("Barclays, which had
 * offered Kaspersky free to its customers, said it would stop giving the software to new users").
 */
function unknownLead(index: MatchIndex, text: string): boolean {
  const m = NAME_LEADS.exec(text) ?? nameActs(index, text);
  if (!m) return false;
  const w = m[1]!.toLowerCase().replace(/['’]s$/, '');
  if (STOPWORDS.has(w) || namedEntities(index, [w]).length) return false;
  const c = conceptOf(index.lex, w);
  return !c.startsWith('~') && !c.startsWith('@');
}

/** A name and the next words, which may say what it did ("Barclays stopped offering…", "Lithuania has also banned…"). */
const NAME_ACTS = new RegExp(String.raw`^[^\p{L}]*(\p{Lu}[\p{L}&'’-]+)\s+(?:(?:too|${AUX})\s+)*(\p{Ll}+)\b`, 'u');
/** Actions a claim's own actor is recorded doing, which another actor may do too. */
const ACTIONS = new Set(['~stop', '~ban', '~suspend']);
/** A sentence that opens on a name and an action of stopping or banning: the name is who acted. */
function nameActs(index: MatchIndex, text: string): RegExpExecArray | null {
  const m = NAME_ACTS.exec(text);
  return m && ACTIONS.has(conceptOf(index.lex, m[2]!)) ? m : null;
}

/** A company name as wire copy gives it: "Office Depot Inc", "Symantec Corp.", "Immunity Inc." */
const SUFFIX = '(?:Inc|Corp|Corporation|Co|Ltd|LLC|PLC|plc|AG|SA|GmbH|NV)\\b';
const HAS_SUFFIX = new RegExp('\\b' + SUFFIX);
const CORPORATE = new RegExp("(\\p{Lu}[\\p{L}&'’-]*(?:\\s+\\p{Lu}[\\p{L}&'’-]*){0,3})\\s+" + SUFFIX, 'gu');

/** A sentence that opens on other companies in general: "Other retailers, including Office Depot…" */
const OTHERS_LEAD = /^\W*(?:\w+\W+){0,2}?(?:other|rival|competing)\s+(?:[\w-]+\s+)?(?:retailers|chains|stores|shops|companies|firms|vendors|makers|sellers)\b/i;
/** Whether a passage names a company that the dataset does not know ("Best Buy Co Inc" it does). */
function otherCompany(index: MatchIndex, text: string): boolean {
  if (!HAS_SUFFIX.test(text)) return false;
  for (const m of text.matchAll(CORPORATE)) if (!namedEntities(index, [m[1]!]).length) return true;
  return false;
}

/**
 * Who a sentence only attributes itself to: "according to the Star Tribune, …", "…, the
 * newspaper said." The reporter is not the one who acted.
 */
function speakersOf(index: MatchIndex, u: Unit): ReadonlySet<number> {
  const ws = u.a.words;
  let from = -1;
  let to = -1;
  const acc = ws.indexOf('according');
  if (acc >= 0 && ws[acc + 1] === 'to') [from, to] = [acc + 2, acc + 6];
  else {
    for (let i = Math.max(1, ws.length - 6); i < ws.length; i++) {
      if (!SPEECH.has(ws[i]!)) continue;
      [from, to] = [Math.max(0, ws.length - 6), i];
      break;
    }
  }
  if (from < 0) return EMPTY_IDS;
  const window = ws.slice(from, to);
  const out = new Set(namedEntities(index, window));
  const { descriptorWord, parentOf } = scratch(index);
  for (const w of window) {
    const e = descriptorWord.get(w);
    if (e !== undefined) out.add(e);
  }
  for (const id of [...out]) if (parentOf[id]! >= 0) out.add(parentOf[id]!);
  return out;
}
const EMPTY_IDS: ReadonlySet<number> = new Set();

/** Government in general ("Washington", "officials", "the department", "lawmakers"). */
const GOV_ACTORS = new Set(['~govern', '~offici', '~agenc', '~senat']);
/** Where a sentence names the government in general as its actor among its first 5 words (the word's index), or -1. */
function governmentAt(index: MatchIndex, u: Unit): number {
  const ws = u.a.words;
  for (let i = 0; i < ws.length && i < 5; i++) if (GOV_ACTORS.has(conceptOf(index.lex, ws[i]!))) return i;
  return -1;
}

const RELATIVE_LEAD = /^(?:who|which)\b/i;
const LAST_WORDS = /((?:[\p{L}.'’-]+\s+){0,3}[\p{L}.'’-]+)\s*,?\s*$/u;
/**
 * Whether a clause that opens on "who" or "which" is about a government named just before it
 * that the claim does not involve: in "…scrutiny from U.S. authorities, who have moved to stop
 * its use over suspected links to the Kremlin" the authorities act, not the company of a claim
 * however alike its words ("Best Buy stopped selling it over suspected links to the Kremlin").
 */
function governmentBefore(index: MatchIndex, sc: Scratch, claim: number, text: string, u: Unit): boolean {
  if (!RELATIVE_LEAD.test(text.slice(u.start, u.start + 6))) return governmentOpens(index, sc, claim, u);
  const m = LAST_WORDS.exec(text.slice(Math.max(0, u.start - 48), u.start));
  if (!m) return false;
  const involved = sc.claimEntities[claim]!;
  if (namedEntities(index, [m[1]!]).some((id) => governmentBody(sc, id) && !involved.has(id))) return true;
  const ws = m[1]!.toLowerCase().split(/\s+/);
  return sc.governmentIn[claim] === 0 && GOV_ACTORS.has(conceptOf(index.lex, ws[ws.length - 1]!));
}

/**
 * Whether a clause opens, after its conjunction, on the government as who acts ("…date back to
 * 2017, when federal agencies and lawmakers began a years-long effort to keep its software off
 * government systems"), where the claim involves no government: the government acts, not the
 * company of a claim the clause does not name (see governmentBefore's caller).
 */
function governmentOpens(index: MatchIndex, sc: Scratch, claim: number, u: Unit): boolean {
  if (sc.governmentIn[claim] !== 0) return false;
  const ws = u.a.words;
  let i = 0;
  while (i < ws.length && CLAUSE_OPENERS.has(ws[i]!)) i++;
  for (let j = i; j < ws.length && j < i + 2; j++) if (GOV_ACTORS.has(conceptOf(index.lex, ws[j]!))) return true;
  return false;
}
/** Conjunctions a clause may open with before its subject (see governmentOpens). */
const CLAUSE_OPENERS = new Set(['when', 'as', 'after', 'while', 'since', 'and', 'but', 'then', 'until', 'before', 'the']);

const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;

/** Matches passages (sentences) of `text` against the index. */
export function matchPassages(index: MatchIndex, text: string, passages: Span[], opts: MatchOptions = {}): Match[] {
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  // the candidate prefixes serve scores ≥ index.minScore; below that, scan the full postings
  const floor = Math.min(threshold, opts.allAbove ?? Infinity);
  const exhaustive = !(floor >= index.minScore);
  const scope = opts.topics ? topicScope(index, opts.topics) : null;
  const out: Match[] = [];
  if (scope && !scope.length) return out;
  const sc = scratch(index);
  let lastPerson = -1;
  let lastOrg = -1;
  let lastOrgAt = -1;
  /** The two companies the page named last, for "the two companies". */
  const pair: number[] = [];
  /** Every person and organisation the page has named so far. */
  const named = new Set<number>();
  const later = writtenLater(sc, text);
  let pi = -1;
  // whether the page has lettered options anywhere (most pages have none: no passage is tested)
  const quiz = ANY_OPTIONS.test(text);
  // A claim told over two sentences ("Best Buy ran no inquiry of its own. The call was made on
  // the strength of news coverage…"): two sentences in a row of one paragraph that matched
  // nothing each are tried together once the second is done.
  let lonely: Span | null = null;
  /** The passage that answered the question before it, and was shown with it (see answerTo). */
  let answered = -1;
  let last: Span | null = null;
  let lastOut = 0;
  const settle = (): void => {
    if (!last || opts.allAbove !== undefined) return;
    if (out.length > lastOut) lonely = null;
    else if (lonely && adjacent(text, lonely, last) && pairMatch(index, text, lonely, last, { threshold, floor, exhaustive, scope, lastPerson, lastOrg, named, pair }, out)) lonely = null;
    else lonely = last;
  };
  for (const given of passages) {
    pi++;
    settle();
    const p = afterSpeaker(index, text, given);
    last = p;
    lastOut = out.length;
    if (p.end <= p.start || p.end - p.start > 5000 || answered === pi) continue;
    const units = passageUnits(index, text, p);
    // who this passage names first is who the next one's "he" or "it" means
    const [person, org] = firstEntities(index, units[0]!);
    for (const u of units) resolveReferences(index, text, u, lastPerson, lastOrg, named, pair);
    for (const id of units[0]!.ids) if (sc.company[id]) notePair(pair, sc.parentOf[id]! >= 0 ? sc.parentOf[id]! : id);
    for (const id of units[0]!.ids) if (sc.refKind[id]) named.add(id);
    if (person >= 0) lastPerson = person;
    // a passage that refers back to the company ("It has called…") keeps it the one in view
    if (org < 0 && lastOrg >= 0 && sc.company[lastOrg] && units[0]!.ids.includes(lastOrg)) lastOrgAt = pi;
    // a passage that names only a government body ("…a tool of Moscow") does not take "it" away
    // from the company the passage before it named
    if (org >= 0 && (sc.company[org] || lastOrg < 0 || !sc.company[lastOrg] || pi - lastOrgAt > 1)) {
      lastOrg = org;
      lastOrgAt = pi;
    }
    // A question that asks whether states nothing ("Could Walmart be next to stop selling
    // Kaspersky?"; a question why or what says what it asks about), nor does a multiple-choice
    // question or its options ("Which retailer pulled …? (a) Walmart (b) Best Buy …"): the answer
    // is the reader's to give; nor does a line of keywords
    const said = text.slice(p.start, p.end);
    const next = passages[pi + 1];
    if (YES_NO.test(said) || keywordList(said) || (quiz && (CHOICES.test(said) || (next && adjacent(text, given, next) && OPTIONS.test(text.slice(next.start, next.end)))))) {
      last = lonely = null; // nor with the passage beside it (see pairMatch)
      continue;
    }
    const n = passageCandidates(index, sc, units, exhaustive, floor, scope);
    if (n === 0) continue;
    // the paragraph's words around the sentence, read when needed (see ofTheDay)
    let near: Analysis | null = null;
    const around = (): Analysis => (near ??= analyze(text.slice(adjacentBefore(text, passages, pi).start, adjacentAfter(text, passages, pi).end), index.lex));
    const best = new Map<number, Scored>();
    for (const u of units) scoreUnit(index, text, u, sc.touched, n, best, floor);
    for (const r of best.values()) {
      if (!otherEvent(index, sc, r.claim, r.unit, units[0]!) && !(later && ofTheDay(index, r.claim, units[0]!, around)) && !(sc.usClaim[r.claim] && abroad(sc, units[0]!))) continue;
      r.score = 0;
      r.supportScore = 0;
    }
    const actors = best.size ? actorsOf(index, text, units[0]!) : null;
    let elsewhere: Scored[] | null = null;
    for (const r of best.values()) {
      // (a clause of the government's own: "…from U.S. authorities, who have moved to stop its use")
      const subject = sc.subject[r.claim]!;
      const governments = r.unit !== units[0] && subject >= 0 && sc.company[subject] === 1 && !r.unit.ids.includes(subject) && governmentBefore(index, sc, r.claim, text, r.unit);
      if (!governments && (!actors || !aboutSomeoneElse(sc, r.claim, units, actors, r.unit.start === units[0]!.start))) continue;
      const f = governments || actors!.othersLead || actors!.possessed.has(subject) || objectActs(sc, r.claim, actors!) ? 0 : OTHER_ACTOR;
      r.score *= f;
      r.supportScore *= f;
      (elsewhere ??= []).push(r);
    }
    if (elsewhere) yieldToActor(sc, index, units[0]!, actors!, best, elsewhere, threshold);
    // ties (two clauses that each state a claim word for word) go to the earlier clause, so the
    // choice does not depend on the order in which candidates happened to be scored
    const ranked = [...best.values()].sort((a, b) => b.score - a.score || a.unit.start - b.unit.start || a.claim - b.claim);
    if (opts.allAbove !== undefined) {
      for (const r of ranked) if (r.score >= opts.allAbove) out.push(toMatch(index, text, r, p, null));
      continue;
    }
    const top = ranked[0];
    if (!top || top.score < threshold) continue;
    // "this page differs" is a stronger statement than a highlight: it needs more confidence
    // Among near-ties, prefer a claim whose values the passage agrees with (1977 vs 1997).
    let chosen = top;
    // Who did it, or when, may be said outside the clause a claim matched ("the General Services
    // Administration, which handles government purchasing, struck Kaspersky off…"): a claim the
    // dataset records a rival of, where the rival is a candidate too, is judged on the sentence.
    let contested: Set<number> | null = null;
    const judge = (r: Scored): StanceResult => {
      if (!contested) {
        contested = new Set();
        for (let i = 0; i < ranked.length && ranked[i]!.score >= threshold; i++) {
          for (let j = i + 1; j < ranked.length && ranked[j]!.score >= threshold; j++) {
            if (inConflict(index, ranked[i]!.claim, ranked[j]!.claim)) contested.add(ranked[i]!.claim).add(ranked[j]!.claim);
          }
        }
      }
      return stanceOf(index, text, contested.has(r.claim) || dateOutside(index, r.claim, r.unit, units[0]!, ranked, threshold) ? { ...r, unit: units[0]! } : r);
    };
    const topStance = judge(top);
    let chosenStance = topStance;
    let chosenMatch = toMatch(index, text, top, p, topStance);
    if (topStance.stance === 'contradicts') {
      // a near-tie that the page supports, or a claim the dataset records as the rival of the
      // top claim (the page then states the rival: "there is a connection" vs "no ties"); a
      // value the page gives differently ("three years" for "a decade") is no near-tie's to
      // take: it shows what the passage is about
      for (const r of ranked.slice(1, 6)) {
        if (r.score < threshold) break;
        // (suspicion of what the top claim denies says nothing of it: the next claim the page
        // states of its own actor, and that is no other denial, is what the passage is about,
        // however far behind)
        const near = r.score >= top.score * 0.8 || (topStance.hedged === true && !elsewhere?.includes(r) && !index.docs[r.doc]!.terms.includes(DENIAL));
        if ((topStance.byValue || !near) && !inConflict(index, r.claim, top.claim)) continue;
        // a figure the page gives otherwise ("way back in March" for July) makes no case for a
        // rival on who did it ("the White House excluded…" against "the GSA removed…")
        if (topStance.byValue && !inConflict(index, r.claim, top.claim, true)) continue;
        const st = judge(r);
        if (st.stance === 'supports') {
          chosen = r;
          chosenStance = st;
          chosenMatch = toMatch(index, text, r, p, st);
          break;
        }
      }
    }
    // a question asks, it states nothing a claim could be contradicted by ("Is there evidence
    // Kaspersky spies for Russia?")
    let asks = QUESTION.test(said);
    // …but its answer, right after it, does: "How long had Best Buy and Kaspersky worked
    // together? A: About five years." gives the claim's figure otherwise
    if (asks && chosenStance.stance === 'supports' && next) {
      const answer = answerTo(index, text, given, next, chosen);
      if (answer) {
        [chosenStance, chosenMatch, asks] = [answer, toMatch(index, text, chosen, { start: p.start, end: next.end }, answer), false];
        answered = pi + 1;
      }
    }
    if (chosenStance.stance === 'contradicts' && (asks || chosen.score < threshold + contradictMargin(chosenStance))) continue;
    out.push(chosenMatch);
    // more, clearly distinct claims in other clauses of the same sentence ("Best Buy has stopped
    // selling Kaspersky products amid concerns the company has links to Russian intelligence,
    // the two companies confirmed Friday" states three)
    const taken = [chosen];
    // the claims shown that the page contradicts (whatever they entail, it does not say)
    const against = new Set<number>();
    if (chosenStance.stance === 'contradicts') against.add(chosen.claim);
    // the claims that the sentence the passage echoes states too ("Best Buy Co, the No1 U.S.
    // electronics retailer, is pulling…" is quoted for two claims): the passage states them
    // with it when it matches them on its own, in the same words or not, and shares with them
    // something the claims shown do not explain (a denial alone does not echo "Kaspersky, which
    // denies Russian government links, said the two firms 'have suspended their relationship'")
    const co = coStated(index, chosen.doc);
    const explained = new Set<number>();
    explain(index, chosen, explained);
    for (const r of ranked) {
      if (r.score < threshold) break;
      // the top claim passed over for a near-tie the page supports is not brought back, but for
      // the rival of the claim chosen: the page takes a side, and the rival is shown contradicted
      if ((r === top && !inConflict(index, r.claim, chosen.claim)) || taken.some((t) => t.claim === r.claim)) continue;
      const also = (co.has(r.claim) && novelty(index, r, explained, taken) > 0) || taken.some((t) => entails(index, t.claim, r.claim));
      const apart = !taken.some((t) => overlaps(r.unit, t.unit));
      if (!also) {
        // on words a claim was shown for, a further claim needs something of its own to say (see
        // novelty); in a clause of its own, a third claim or more needs a near-verbatim score (on
        // reworded text the third best is more often a neighbour of a claim already shown than a
        // new one), or a strong one that says something the claims shown do not (a wire lede:
        // "Best Buy Co Inc, the biggest consumer electronics chain in the United States, has
        // stopped selling…, the Star Tribune reported on Friday, as Washington steps up its
        // scrutiny…")
        const fresh = (min: number): boolean => r.score >= min && freshest(index, r, explained, taken, threshold) >= NOVELTY;
        if (!apart ? !fresh(threshold) : taken.length >= 2 && r.score < NEAR_VERBATIM && !fresh(threshold * THIRD_CLAIM)) continue;
      }
      // A claim the dataset records as the rival of one shown on these words: the page reports
      // both versions ("the paper said Best Buy ended the relationship; Kaspersky said it was
      // suspended"), or takes a side ("the General Services Administration struck Kaspersky
      // off…" against "the White House excluded…"): where the sentence says who or when may lie
      // outside the clause, so the whole sentence judges it, and taking a side is worth showing.
      const rival = taken.some((t) => overlaps(r.unit, t.unit) && inConflict(index, r.claim, t.claim));
      let stance = judge(r);
      // a figure the claim shares with one shown differing, given outside this claim's clause, is
      // the one it speaks of ("…will have 30 days to exchange the software…, and during that
      // period Geek Squad technicians will remove the program free of charge"): the sentence judges it
      if (stance.stance === 'supports' && r.unit !== units[0] && taken.some((t) => against.has(t.claim) && shareFigure(index, r.claim, t.claim))) {
        const whole = stanceOf(index, text, { ...r, unit: units[0]! });
        if (whole.stance === 'contradicts' && whole.byValue) stance = whole;
      }
      // "this page differs" needs more confidence than a highlight, as for the first claim; on
      // words another claim was shown for, it is not said at all, but for a rival's, or where the
      // page gives otherwise a figure the two claims share and the other is shown differing too
      // ("30 days to exchange it…, and the Geek Squad will uninstall it free during that period")
      const sameFigure = stance.byValue === true && taken.some((t) => against.has(t.claim) && overlaps(r.unit, t.unit) && shareFigure(index, r.claim, t.claim));
      if (stance.stance === 'contradicts' && (asks || (!apart && !rival && !sameFigure) || r.score < threshold + contradictMargin(stance))) continue;
      explain(index, r, explained);
      taken.push(r);
      if (stance.stance === 'contradicts') against.add(r.claim);
      // a rival the page contradicts is shown on the whole sentence, whose words say why
      out.push(toMatch(index, text, r, rival && stance.stance === 'contradicts' ? p : r.unit, stance));
    }
    stateSpecific(index, text, taken, out, later ? (c) => ofTheDay(index, c, units[0]!, around) : null);
    statedWith(index, text, taken, against, out, threshold);
    if (taken.length > 1) {
      // all become clause-level highlights
      chosenMatch.start = chosen.unit.start;
      chosenMatch.end = chosen.unit.end;
    }
  }
  settle();
  return out;
}

/** Whether claims a and b record one same figure (a number, a length, a date: "45 days" for the exchange and the free uninstall). */
function shareFigure(index: MatchIndex, a: number, b: number): boolean {
  const figures = (c: number) => index.claims[c]!.values.filter((v) => FIGURES.has(v.type));
  return figures(a).some((v) => figures(b).some((w) => w.type === v.type && w.value === v.value));
}

/**
 * Whether the sentence gives, outside the clause a claim matched, the one date or year the claim
 * has a value of ("In an op-ed on Aug. 31, she branded the software a threat": the date opens
 * the sentence, the claim's words are in its main clause): then the sentence judges the value.
 * Not when the date is in a clause where another claim that records a date (year) matched, apart
 * from this one's: it is that claim's ("the FBI has been interviewing Kaspersky employees, and
 * Senator Jeanne Shaheen called the software a threat on September 5th" dates no interview).
 */
function dateOutside(index: MatchIndex, claim: number, clause: Unit, sentence: Unit, others: readonly Scored[], floor: number): boolean {
  if (clause === sentence) return false;
  const datedElsewhere = (type: 'date' | 'year'): boolean =>
    others.some((o) => o.claim !== claim && o.score >= floor && o.unit !== sentence && !overlaps(o.unit, clause) &&
      (type === 'date' ? o.unit.a.dates : o.unit.a.years).length > 0 && index.claims[o.claim]!.values.some((v) => v.type === type));
  for (const v of index.claims[claim]!.values) {
    if (v.type === 'date' && !clause.a.dates.length && sentence.a.dates.length === 1) return !datedElsewhere('date');
    // a year alone dates the event too ("Back in 2019, Best Buy stopped selling Kaspersky")
    if (v.type === 'date' && !clause.a.years.length && !sentence.a.dates.length && eventYears(index, sentence.a).length === 1) return !datedElsewhere('year');
    if (v.type === 'year' && !clause.a.years.length && sentence.a.years.length === 1) return !datedElsewhere('year');
  }
  return false;
}

/**
 * A transcript's speaker label at the start of a paragraph ("CORRESPONDENT: …", "CALLER (Dave):
 * …", "Sarah: …", a forum handle: "dip_buyer_2000: …", "ValueHunter88: …", a comment's byline:
 * "PixelPusher88 · 2 days ago: …") names who speaks,
 * and states nothing: the passage is what follows it. Unless what follows has no subject of its
 * own and the label names someone the dataset knows: then the label is the subject ("ROB JOYCE
 * (to CBS News): Does not use Kaspersky products…", "SENATE INTELLIGENCE COMMITTEE: Is
 * examining…"; not "EUGENE KASPERSKY: We have never…").
 */
const SPEAKER = /^(?:\p{Lu}[\p{Lu}\p{M}.'’ -]{1,30}|\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?|@[\p{L}\p{N}_.]{1,30}|(?=[\p{N}_.-]*\p{L})[\p{L}\p{N}_.-]*(?:\p{N}|_|\p{Ll}\p{Lu})[\p{L}\p{N}_.-]*)(?: \([^)\n]{1,40}\)| [·•|] [^:\n]{1,24})?:\s+(?=\S)/u;
/** A lead-in that labels what follows ("Short version: no more Kaspersky at Best Buy", "Bottom line:", "Why it matters:"): no words of a claim. */
const LEAD_IN = /^(?:the\s+)?(?:short version|long story short|bottom line|tl;?dr|upshot|gist|(?:key )?takeaway|big picture|in short|in brief|in a nutshell|background|context|why it matters|what we know|what happened|our take|quick take|editor['’]s note|update[d]?)\s*:\s+(?=\S)/i;
/** A thread's post number ("1/ ok so Best Buy…"): not a count of anything (not "9/8", a date). */
const THREAD_COUNTER = /^\d{1,3}\/\s+(?=\S)/;
/** A bracketed time or number ("[Fri 09:18]", "[14:02:11]"), then maybe a handle and a colon. */
const CHAT_LINE = /^\[[^\]\n]{0,24}\d[^\]\n]{0,24}\]\s+(?:[^\s:[\]]{1,30}:\s+)?(?=\S)/;
/** A verb first: an auxiliary, or a word in -s or -ed before a lowercase word ("Says it…", "Confirmed the…"). */
const VERB_LEADS = /^(?:(?:Is|Are|Was|Were|Has|Have|Had|Does|Did|Will|Would|Can|Could)\b|[A-Z][a-z]+(?:s|ed)\s+[a-z])/;
function afterSpeaker(index: MatchIndex, text: string, p: Span): Span {
  if (p.start > 0 && text.charCodeAt(p.start - 1) !== 10) return p;
  const s = speakerLabelEnd(index, text, p);
  // a social thread's "@handle: 11/ …": the post number goes too
  const c = text.charCodeAt(s.start);
  if (c < 48 || c > 57) return s;
  const counter = THREAD_COUNTER.exec(text.slice(s.start, Math.min(s.end, s.start + 8)));
  return counter && s.start + counter[0].length < s.end ? { start: s.start + counter[0].length, end: s.end } : s;
}
function speakerLabelEnd(index: MatchIndex, text: string, p: Span): Span {
  // a chat export's line: a bracketed time, and the handle that wrote it ("[Fri 09:18] marcus.t: …")
  if (text.charCodeAt(p.start) === 91) {
    const chat = CHAT_LINE.exec(text.slice(p.start, Math.min(p.end, p.start + 80)));
    if (chat && p.start + chat[0].length < p.end) return { start: p.start + chat[0].length, end: p.end };
  }
  // a label ends at a colon within its first words (most paragraphs have none: no regex)
  const colon = text.indexOf(':', p.start);
  if (colon < 0 || colon >= Math.min(p.end, p.start + 80)) return p;
  const head = text.slice(p.start, Math.min(p.end, p.start + 80));
  const lead = LEAD_IN.exec(head);
  if (lead && p.start + lead[0].length < p.end) return { start: p.start + lead[0].length, end: p.end };
  const m = SPEAKER.exec(head);
  if (!m || p.start + m[0].length >= p.end) return p;
  if (VERB_LEADS.test(text.slice(p.start + m[0].length, p.end)) && analyze(m[0], index.lex).terms.some(isEntityTerm)) return p;
  return { start: p.start + m[0].length, end: p.end };
}

/** Words an answer to a question may have: a short reply, not a paragraph of its own. */
const ANSWER_WORDS = 25;
/** "A:", "Answer:" before an answer. */
const ANSWER_LABEL = /^\s*(?:A|Answer)\s*[:.-]\s+/;
/**
 * How the reply that follows a question the page asks of claim r (in the same paragraph or the
 * next: "Q: How long had Best Buy and Kaspersky worked together? A: About five years.") gives
 * one of the claim's figures otherwise: the question and answer's stance; or null when the
 * next passage is no short answer, or gives no figure otherwise.
 */
function answerTo(index: MatchIndex, text: string, q: Span, next: Span, r: Scored): StanceResult | null {
  // only spaces between them, with at most one paragraph break
  const between = text.slice(q.end, next.start);
  if (!/^\s*$/.test(between) || /\n\s*\n[^]*\n\s*\n/.test(between)) return null;
  const reply = text.slice(next.start, next.end);
  if (QUESTION.test(reply) || wordCount(reply, 0, reply.length) > ANSWER_WORDS) return null;
  const qa = `${text.slice(q.start, q.end)} ${reply.replace(ANSWER_LABEL, '')}`;
  const stance = detectConflict(index, r.claim, qa, analyze(qa, index.lex), index.docs[r.doc]!);
  return stance.stance === 'contradicts' && stance.byValue ? stance : null;
}

/** Whether span b follows span a with only spaces between them (no paragraph break). */
const adjacent = (text: string, a: Span, b: Span): boolean => a.end <= b.start && /^[^\S\n]*$/.test(text.slice(a.end, b.start));
/** The passage before passage i when in the same paragraph, else passage i. */
const adjacentBefore = (text: string, ps: readonly Span[], i: number): Span => (i > 0 && adjacent(text, ps[i - 1]!, ps[i]!) ? ps[i - 1]! : ps[i]!);
/** The passage after passage i when in the same paragraph, else passage i. */
const adjacentAfter = (text: string, ps: readonly Span[], i: number): Span => (i + 1 < ps.length && adjacent(text, ps[i]!, ps[i + 1]!) ? ps[i + 1]! : ps[i]!);

/** How much more than the threshold a claim told over two sentences must score. */
const PAIR_MARGIN = 0.05;
/** Share of the shared evidence (by weight) each of the two sentences must hold. */
const PAIR_SHARE = 0.25;
interface PairContext {
  threshold: number;
  floor: number;
  exhaustive: boolean;
  scope: Int32Array | null;
  lastPerson: number;
  lastOrg: number;
  pair: readonly number[];
  named: ReadonlySet<number>;
}
/**
 * Matches sentences a and b (in a row, neither matched on its own) together: the best claim must
 * clear the threshold by PAIR_MARGIN, must not be about someone else (where a single sentence
 * only scores lower, a pair is dropped), the page must support it or give one of its figures
 * differently ("Back in April, Bloomberg got hold of internal emails. They showed…": a date, a
 * number, not a denial or another speaker), and each sentence must hold a content concept and
 * PAIR_SHARE of the evidence, so that a sentence is not carried along by its neighbour. Adds the
 * match (over both sentences) to out; whether it did.
 */
function pairMatch(index: MatchIndex, text: string, a: Span, b: Span, cx: PairContext, out: Match[]): boolean {
  const span = { start: a.start, end: b.end };
  // a question asserts nothing for the other sentence to complete
  if (span.end - span.start > 800 || QUESTION.test(text.slice(a.start, a.end))) return false;
  const unit = makeUnit(index, span, analyze(text.slice(span.start, span.end), index.lex));
  resolveReferences(index, text, unit, cx.lastPerson, cx.lastOrg, cx.named, cx.pair);
  const sc = scratch(index);
  const n = passageCandidates(index, sc, [unit], cx.exhaustive, cx.floor, cx.scope);
  if (n === 0) return false;
  const best = new Map<number, Scored>();
  scoreUnit(index, text, unit, sc.touched, n, best, cx.floor);
  let top: Scored | undefined;
  for (const r of best.values()) if (!top || r.score > top.score) top = r;
  if (!top || top.score < cx.threshold + PAIR_MARGIN) return false;
  if (aboutSomeoneElse(sc, top.claim, [unit], actorsOf(index, text, unit))) return false;
  const evidence = new Set<number>();
  sharedConcepts(index, top, evidence);
  let all = 0;
  for (const id of evidence) all += index.termW[id]!;
  for (const s of [a, b]) {
    const own = new Set(makeUnit(index, s, analyze(text.slice(s.start, s.end), index.lex)).ids);
    let w = 0;
    let content = false;
    for (const id of evidence) {
      if (!own.has(id)) continue;
      w += index.termW[id]!;
      if (index.termKind[id] === KIND_CONTENT) content = true;
    }
    if (!content || w < PAIR_SHARE * all) return false;
  }
  const stance = stanceOf(index, text, top);
  if (stance.stance !== 'supports' && !(stance.byValue && !stance.byParty)) return false;
  out.push(toMatch(index, text, top, span, stance));
  return true;
}

/**
 * How much above the threshold a third claim (or more) in one sentence must score, when it is not
 * near-verbatim and says something the claims shown do not (1.5 before stop 31; 1.3: tuned claims
 * 1669/109/260 → 1671/110/258, leave-one-outlet-out the same; 1.2 cost leave-one-out a false match).
 */
const THIRD_CLAIM = 1.3;
/** Share of its evidence a further claim on an overlapping part of the sentence must bring anew… */
const NOVELTY = 0.4;
/**
 * …or this much evidence by weight (a concept about as rare as one in five claims' words), however
 * much else it shares: "Best Buy Co Inc, the biggest consumer electronics chain in the United
 * States, has stopped selling Kaspersky Lab's antivirus products" shares its first half with the
 * largest-retailer claim, yet "stopped selling … Kaspersky" is a claim of its own. Chosen on the
 * articles of stops 10–13 and leave-one-outlet-out (1.5: articles 332/34/68 → 339/33/68,
 * leave-one-out 90/8/5 → 93/8/5; 2 gave 337/34 and 92/9; 1.25 gave 340/33 and 94/12).
 */
const FRESH_WEIGHT = 1.5;
/** Adds to `into` the concepts that r's unit shares with its document (those `keep` accepts, if given). */
function sharedConcepts(index: MatchIndex, r: Scored, into: Set<number>, keep?: ReadonlySet<number>): void {
  const sc = scratch(index);
  const stamp = ++sc.seenStamp;
  for (const id of r.unit.ids) sc.seen[id] = stamp;
  for (let k = index.docOff[r.doc]!, end = index.docOff[r.doc + 1]!; k < end; k++) {
    const t = index.docTerms[k]!;
    if (sc.seen[t] === stamp && (!keep || keep.has(t))) into.add(t);
  }
}
/** Adds to `into` what r's unit shares with its document that is the claim's own (see vocabulary). */
function explain(index: MatchIndex, r: Scored, into: Set<number>): void {
  sharedConcepts(index, r, into, vocabulary(index, r.claim));
}
/**
 * The concepts of a claim's own words: its text and the editors' paraphrases. Not its quotes: a
 * quote carries what its sentence says around the claim ("US electronics retailer Best Buy has
 * stopped selling…" describes Best Buy too), which would leave a further claim on those words
 * nothing to explain.
 */
function vocabulary(index: MatchIndex, claim: number): ReadonlySet<number> {
  const { vocabularies } = scratch(index);
  let v = vocabularies.get(claim);
  if (!v) {
    const all = new Set<number>();
    for (const ts of ownWordings(index, claim)) for (const t of ts) all.add(t);
    // who a claim is attributed to, beside what it says, is not what it says ("according to a
    // source cited by the Star Tribune, Best Buy felt…"): a claim about that source is news
    for (const v of index.claims[claim]!.values.slice(1)) {
      if (v.type !== 'attribution') continue;
      for (const t of analyze(v.value, index.lex).terms) {
        const id = index.termId.get(t);
        if (id !== undefined) all.delete(id);
      }
    }
    if (vocabularies.size < 10_000) vocabularies.set(claim, all);
    v = all;
  }
  return v;
}
/**
 * Share of what r's unit shares with its document (by weight) that no claim taken so far explains;
 * 1 when the unit gives a figure of the claim's own that no claim taken carries ("Kaspersky Lab
 * confirmed last week that its cooperation with the chain had been put on hold": when it
 * confirmed, beside the suspension), or when what of it is the claim's own words (see
 * vocabulary) weighs FRESH_WEIGHT or more (a quote's other words do not count: "… products
 * developed by Russian cybersecurity firm, Kaspersky Labs" would carry the "will stop" claim
 * beside "has stopped"); 0 without a new content concept.
 */
function novelty(index: MatchIndex, r: Scored, explained: ReadonlySet<number>, taken: readonly Scored[]): number {
  const mine = new Set<number>();
  sharedConcepts(index, r, mine);
  const own = vocabulary(index, r.claim);
  // the claim's own figures the unit gives, whichever wording matched best ("on Friday,
  // September 8" against a wording that gives only the weekday)
  for (const id of r.unit.ids) if (index.termKind[id] === KIND_VALUE && own.has(id)) mine.add(id);
  const vocabs = taken.map((t) => vocabulary(index, t.claim));
  let all = 0;
  let fresh = 0;
  let freshOwn = 0;
  let content = false;
  let ownValue = false;
  for (const id of mine) {
    const w = index.termW[id]!;
    all += w;
    if (explained.has(id) || vocabs.some((v) => v.has(id))) continue;
    fresh += w;
    if (own.has(id)) freshOwn += w;
    // a value the claim words itself ("on Friday, September 8" of the report's date) is news
    // the claims shown do not carry, as a content word is
    if (index.termKind[id] === KIND_VALUE && own.has(id)) ownValue = content = true;
    else if (index.termKind[id] === KIND_CONTENT) content = true;
  }
  return content && all > 0 ? (freshOwn >= FRESH_WEIGHT || ownValue ? 1 : fresh / all) : 0;
}

/**
 * novelty() of r, or of another of its claim's documents that its unit matches at `floor` or
 * above, whichever is highest: the best-scoring wording may be the one that shares most with the
 * claims already shown ("America's largest consumer electronics retailer has withdrawn the
 * Russian company's antivirus products from its shops and website" matches the pulling claim
 * best as "…dropped by the big-box electronics chain", all but its dropping explained by the
 * largest-retailer claim, and as well as needed as "…off its shelves and out of its online store").
 */
function freshest(index: MatchIndex, r: Scored, explained: ReadonlySet<number>, taken: readonly Scored[], floor: number): number {
  let best = novelty(index, r, explained, taken);
  if (best >= NOVELTY) return best;
  const sc = scratch(index);
  const stamp = markUnit(sc, r.unit);
  for (const d of index.claimDocs[r.claim]!) {
    if (d === r.doc) continue;
    const s = scoreDoc(index, sc, r.unit, d, sc.mark, stamp, floor);
    if (s <= 0 || s < floor) continue;
    best = Math.max(best, novelty(index, { ...r, doc: d }, explained, taken));
    if (best >= NOVELTY) break;
  }
  return best;
}

/**
 * The other claims stated by the sentence a mention document quotes: claims quoted from the same
 * source in words that contain, or are contained in, this document's.
 */
function coStated(index: MatchIndex, d: number): ReadonlySet<number> {
  const sc = scratch(index);
  const known = sc.coStated.get(d);
  if (known) return known;
  const out = new Set<number>();
  const doc = index.docs[d]!;
  if (doc.sourceId !== undefined) {
    if (!sc.bySource) {
      sc.bySource = new Map();
      index.docs.forEach((x, i) => {
        if (x.sourceId === undefined) return;
        const list = sc.bySource!.get(x.sourceId);
        if (list) list.push(i);
        else sc.bySource!.set(x.sourceId, [i]);
      });
    }
    for (const e of sc.bySource.get(doc.sourceId) ?? []) {
      const other = index.docs[e]!;
      if (other.claim !== doc.claim && (doc.text.includes(other.text) || other.text.includes(doc.text))) out.add(other.claim);
    }
  }
  if (sc.coStated.size < 10_000) sc.coStated.set(d, out);
  return out;
}

/**
 * A claim more specific about when than a claim shown ("had already stopped selling" against
 * "is pulling"): the editors record that it entails the shown claim, it is one of two claims that
 * disagree on whether the event had happened yet, and the page's words settle it ("has removed",
 * "no longer sells"). It is then stated on the same words, whatever it scores on its own. Not
 * when it is in conflict with a claim shown, nor when the page contradicts it otherwise, nor on a
 * page written years later that does not give its day (`offDay`: see ofTheDay).
 */
function stateSpecific(index: MatchIndex, text: string, taken: Scored[], out: Match[], offDay: ((claim: number) => boolean) | null): void {
  for (const t of taken.slice()) {
    for (const c of entailedBy(index, t.claim)) {
      const own = timedAspect(index, c);
      if (!own || pageAspect(index, own, t.unit.a) !== own.aspect) continue;
      // (on a page written years later: see ofTheDay)
      if (offDay?.(c)) continue;
      if (taken.some((x) => x.claim === c || inConflict(index, x.claim, c))) continue;
      const doc = index.claimDocs[c]![0];
      if (doc === undefined) continue;
      const r: Scored = { claim: c, score: t.score, doc, unit: t.unit, supportScore: t.score };
      const stance = stanceOf(index, text, r);
      if (stance.stance === 'contradicts') continue;
      taken.push(r);
      out.push(toMatch(index, text, r, r.unit, stance));
    }
  }
}

/** Share of the threshold a claim must score to be shown with a claim shown that entails it (see statedWith). */
const ENTAILED_FLOOR = 0.5;
/**
 * A claim that a claim shown entails (Claim.entails: "the retailer pulled the software over
 * worries about its Kremlin ties" states that Best Buy pulled Kaspersky; "FBI agents questioned
 * its employees at their homes", that the FBI is investigating) is shown on the same words
 * when they carry a good part of it (ENTAILED_FLOOR of the threshold): the entailment says the
 * rest. Not for a claim the page contradicts, nor one in conflict with a claim shown, nor when
 * the page contradicts the entailed claim itself.
 */
function statedWith(index: MatchIndex, text: string, taken: Scored[], against: ReadonlySet<number>, out: Match[], threshold: number): void {
  const sc = scratch(index);
  for (const t of taken.slice()) {
    if (against.has(t.claim)) continue;
    for (const id of index.claims[t.claim]!.entails ?? []) {
      const c = index.claimIndex.get(id);
      if (c === undefined || taken.some((x) => x.claim === c || inConflict(index, x.claim, c))) continue;
      const stamp = markUnit(sc, t.unit);
      if (!claimRequirementsMet(sc, c, t.unit, stamp)) continue;
      let best = 0;
      let doc = -1;
      for (const d of index.claimDocs[c]!) {
        if (index.docContradicts[d] === 1) continue;
        const s = scoreDoc(index, sc, t.unit, d, sc.mark, stamp, 0);
        if (s > best) [best, doc] = [s, d];
      }
      if (doc < 0 || best < threshold * ENTAILED_FLOOR) continue;
      const r: Scored = { claim: c, score: best, doc, unit: t.unit, supportScore: best };
      let stance = stanceOf(index, text, r);
      if (stance.stance === 'contradicts') {
        if (!stance.byNegation || !negationStated(index, text, t, r)) continue;
        stance = { stance: 'supports' };
      }
      taken.push(r);
      out.push(toMatch(index, text, r, r.unit, stance));
    }
  }
}

/**
 * Whether what the page negates against claim r's wording is what claim t, which entails r,
 * negates in its own wordings: "told CBS News he does not use Kaspersky products and would not
 * recommend them" states Joyce's warning against using them; its "not use" and "not recommend"
 * are the entailing claim's own ("he does not use Kaspersky products", "wouldn't advise
 * friends or family"), not a denial of the warning.
 */
function negationStated(index: MatchIndex, text: string, t: Scored, r: Scored): boolean {
  const negP = negatedTerms(text.slice(r.unit.start, r.unit.end), index.lex, r.unit.a);
  const doc = index.docs[r.doc]!;
  const by = (x: string): boolean => index.claimDocs[t.claim]!.some((d) => index.docContradicts[d] === 0 && index.docs[d]!.negated.has(x));
  let shared = false;
  for (const x of doc.terms) {
    if (!negP.has(x) || doc.negated.has(x) || !r.unit.a.terms.includes(x)) continue;
    if (!by(x)) return false;
    shared = true;
  }
  return shared;
}

/** The claims that the editors record as stating claim b (Claim.entails), by index. */
function entailedBy(index: MatchIndex, b: number): readonly number[] {
  const sc = scratch(index);
  if (!sc.entailedBy) {
    sc.entailedBy = new Map();
    index.claims.forEach((c, a) => {
      for (const id of c.entails ?? []) {
        const e = index.claimIndex.get(id);
        if (e === undefined) continue;
        const list = sc.entailedBy!.get(e);
        if (list) list.push(a);
        else sc.entailedBy!.set(e, [a]);
      }
    });
  }
  return sc.entailedBy.get(b) ?? [];
}

/** Whether the dataset's editors record that claim a states claim b too (Claim.entails). */
function entails(index: MatchIndex, a: number, b: number): boolean {
  return entailedBy(index, b).includes(a);
}

/** Whether the dataset records claims a and b as in conflict (with `onFigure`, about a figure: see FIGURE_CONFLICTS). */
function inConflict(index: MatchIndex, a: number, b: number, onFigure = false): boolean {
  const sc = scratch(index);
  return (onFigure ? sc.figureConflicts : sc.conflicts).has(a * index.claims.length + b);
}

function stanceOf(index: MatchIndex, text: string, r: Scored): StanceResult {
  const passage = text.slice(r.unit.start, r.unit.end);
  const st = detectConflict(index, r.claim, passage, r.unit.a, index.docs[r.doc]!, r.supportScore < r.score - 0.05);
  if (!st.byNegation) return st;
  // A negation is judged on the claim's wording the page matched best, and scopes are a few
  // words wide: another wording of the claim that the page matches nearly as well, and agrees
  // with ("would not recommend the company's products to his family" against "does not use
  // Kaspersky products and would not recommend them", not "wouldn't advise friends or family to
  // install Kaspersky", whose negation does not reach the page's "warning"), settles it.
  const sc = scratch(index);
  const stamp = markUnit(sc, r.unit);
  for (const d of index.claimDocs[r.claim]!) {
    if (d === r.doc || index.docContradicts[d] === 1) continue;
    if (scoreDoc(index, sc, r.unit, d, sc.mark, stamp, 0) < r.score - ALT_WORDING) continue;
    const alt = detectConflict(index, r.claim, passage, r.unit.a, index.docs[d]!);
    if (alt.stance === 'supports') return alt;
  }
  return st;
}
/** How much less well another wording of a claim may match a page and still settle a negation (see stanceOf). */
const ALT_WORDING = 0.1;

function toMatch(index: MatchIndex, text: string, r: Scored, span: Span, stance: StanceResult | null): Match {
  const d = index.docs[r.doc]!;
  const m: Match = {
    claimId: index.claims[r.claim]!.id,
    start: span.start,
    end: span.end,
    score: Math.round(r.score * 1000) / 1000,
    pageStance: 'supports',
    doc: { kind: d.kind, text: d.text, ...(d.mentionId ? { mentionId: d.mentionId } : {}), ...(d.sourceId ? { sourceId: d.sourceId } : {}) },
  };
  if (stance) {
    m.pageStance = stance.stance;
    if (stance.reason) m.reason = stance.reason;
  }
  return m;
}
