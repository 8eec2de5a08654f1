// Does the page agree with the claim it matched? The claim's values (year, number, date,
// relative date, name/attribution) are looked for in the passage; a different value, a known
// rival wording ("declined to comment" vs "confirmed"), or a negated core statement makes the
// page contradict the claim, with a plain reason: "page says 1997; AFP says 1977".
import type { ClaimValue, ConflictKind, Mention } from '../dataset/types';
import { rootWith } from '../dataset/derive';
import { analyze, calendarWord, conceptOf, type Analysis, type NumberValue } from '../text/analyze';
import { aspectAt, aspectOf, type Aspect } from '../text/aspect';
import { OFF_VERBS, STOPWORDS, WEEKDAYS } from '../text/lexicon';
import { comparable, durations, sameDuration } from '../text/duration';
import { MONTHS } from '../text/calendar';
import { conditionalOf, entityParents, headsOf, isClassTerm, isEntityTerm, negatedTerms, type IndexDoc, type MatchIndex } from './index';

export interface StanceResult {
  stance: 'supports' | 'contradicts';
  reason?: string;
  /** The page gives one of the claim's figures differently: a year, a number, a length, a date. */
  byValue?: boolean;
  /** The page's value is the one another source of the claim gives: the disagreement is on record, not inferred. */
  documented?: boolean;
  /**
   * The page names someone else as who reported or said it (see otherParty): the names that
   * differ are themselves what lowers the page's similarity to the claim.
   */
  byParty?: boolean;
  /** A concept is negated on one side only: judged on one wording of the claim, whose negation scope may differ from another's. */
  byNegation?: boolean;
  /**
   * The page reports suspicion of what the claim denies ("concerns about its alleged Kremlin
   * ties" against "has no ties to any government"): it does not say the claim, nor say it is
   * false, so the claim is not shown.
   */
  hedged?: boolean;
}

// Per-index memo of per-claim facts (outlet names, claim analyses, rival values), one map per
// kind of fact, keyed by what the fact is of (a claim, a value string, a claim's value object):
// no key string is built, and hashed, on every look-up.
const memo = new WeakMap<MatchIndex, Map<string, Map<unknown, unknown>>>();
function cached<T>(index: MatchIndex, kind: string, key: unknown, f: () => T): T {
  let kinds = memo.get(index);
  if (!kinds) memo.set(index, (kinds = new Map()));
  let m = kinds.get(kind);
  if (!m) kinds.set(kind, (m = new Map()));
  if (m.has(key)) return m.get(key) as T;
  const v = f();
  m.set(key, v);
  return v;
}

/**
 * Outlets (independence roots) that state the claim as it stands; with a value key, those that
 * give the claim's own value for it (not a source's other figure: "at least a dozen" for "several").
 */
export function claimOutlets(index: MatchIndex, claim: number, key?: string): string[] {
  return cached(index, 'outlets', key === undefined ? claim : `${claim} ${key}`, () => computeOutlets(index, claim, key));
}

/** The outlet a source's text comes from: the end of its chain of copies. */
function rootOutlet(index: MatchIndex, sourceId: string): string {
  return index.sources.get(rootWith(index.sources, sourceId))?.outlet ?? sourceId;
}

/** The mentions that state the claim as it stands, but for those of the sources left out of the index. */
function supportingMentions(index: MatchIndex, claim: number): Mention[] {
  return cached(index, 'supporting mentions', claim, () => {
    const id = index.claims[claim]!.id;
    return index.dataset.mentions.filter((m) => m.claimId === id && m.stance === 'supports' && !index.excluded.has(m.sourceId));
  });
}

function computeOutlets(index: MatchIndex, claim: number, key?: string): string[] {
  const c = index.claims[claim]!;
  const own = key === undefined ? undefined : c.values.find((v) => v.key === key);
  const names: string[] = [];
  for (const m of supportingMentions(index, claim)) {
    if (own && m.values?.some((v) => v.key === key && differs(index, claim, own, v))) continue;
    const name = rootOutlet(index, m.sourceId);
    if (!names.includes(name)) names.push(name);
  }
  return names;
}

function who(index: MatchIndex, claim: number, key?: string): string {
  const o = claimOutlets(index, claim, key);
  if (!o.length) return 'the claim says';
  if (o.length === 1) return `${o[0]} says`;
  if (o.length === 2) return `${o[0]} and ${o[1]} say`;
  return `${o[0]}, ${o[1]} and others say`;
}

const sameNumber = (a: number | string, b: number | string): boolean =>
  typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= Math.abs(b) * 0.01 : a === b;
const fmtNum = (n: NumberValue): string => n.raw;

/** Content concepts of a short value string ("a Best Buy spokeswoman" → {@best-buy, ~spokesperson}). */
function valueTerms(index: MatchIndex, s: string): string[] {
  return cached(index, 'value terms', s, () => analyze(s, index.lex).terms.filter((t) => !isClassTerm(t)));
}
const analyzed = (index: MatchIndex, s: string): Analysis => cached(index, 'analysis', s, () => analyze(s, index.lex));

// A passage's words as one string, made once per analysis: every value of every claim the
// passage is checked against looks them up. (Its concepts are a short list: searched as it is.)
const wordLines = new WeakMap<Analysis, string>();
const wordLine = (a: Analysis): string => {
  let line = wordLines.get(a);
  if (line === undefined) wordLines.set(a, (line = ' ' + a.words.join(' ') + ' '));
  return line;
};

const ARTICLES = new Set(['the', 'a', 'an']);
function hasWords(index: MatchIndex, a: Analysis, value: string): boolean {
  const ws = analyzed(index, value).words;
  const w = (ARTICLES.has(ws[0] ?? '') ? ws.slice(1) : ws).join(' ');
  return w.length > 0 && wordLine(a).includes(' ' + w + ' ');
}

/**
 * Whether the passage gives this value: its concepts, or its words when it has none. A name
 * that reads as a common concept is looked for by its words: "the White House" reads as
 * government, and "government contracts" names no White House.
 */
function containsValue(index: MatchIndex, a: Analysis, value: string, type?: ClaimValue['type']): boolean {
  const vt = valueTerms(index, value);
  if (!vt.length || (type === 'name' && !vt.some(isEntityTerm))) return hasWords(index, a, value);
  return vt.every((t) => a.terms.includes(t) || (isEntityTerm(t) && a.terms.some((x) => partOf(index, x, t))));
}

/** Whether entity concept x is a part of entity concept whole ("@gsa" of "@us-government"): naming the part names the whole. */
function partOf(index: MatchIndex, x: string, whole: string): boolean {
  if (!isEntityTerm(x)) return false;
  const parents = entityParents(index.dataset);
  const seen = new Set<string>();
  for (let p = parents.get(x); p !== undefined && !seen.has(p); p = parents.get(p)) {
    if (p === whole) return true;
    seen.add(p);
  }
  return false;
}

/**
 * Rival values for a key, from the dataset's recorded conflicts only: the other claim's value
 * (or the other mention's value) for the same key. Supporting mentions that merely word a value
 * differently ("agency probe" for "counterintelligence investigation") are not rivals.
 */
function rivals(index: MatchIndex, claim: number, v: ClaimValue): string[] {
  // v is one of the claim's own values: the object stands for the pair
  return cached(index, 'rivals', v, () => computeRivals(index, claim, v));
}

/**
 * The kinds of value each kind of recorded conflict is about: two claims that disagree on a
 * date ("September 5" against "last week") do not disagree on everything else they share a key
 * for ("called it a threat" and "legislation to ban" are two things Shaheen did).
 */
const CONFLICT_VALUES: Record<ConflictKind, readonly ClaimValue['type'][]> = {
  date: ['date', 'relative-date'],
  number: ['number'],
  fact: ['year', 'number', 'date', 'name', 'phrase'],
  attribution: ['name', 'attribution'],
  value: ['name', 'attribution', 'phrase'],
  statement: ['name', 'attribution', 'phrase'],
};

function computeRivals(index: MatchIndex, claim: number, v: ClaimValue): string[] {
  const c = index.claims[claim]!;
  const out = new Set<string>();
  const mentionById = (id?: string) => (id ? index.dataset.mentions.find((m) => m.id === id) : undefined);
  for (const cf of index.dataset.conflicts) {
    if (!CONFLICT_VALUES[cf.kind].includes(v.type)) continue;
    for (const [mine, other] of [[cf.a, cf.b], [cf.b, cf.a]] as const) {
      if (mine.claimId !== c.id) continue;
      const om = mentionById(other.mentionId);
      for (const ov of om?.values ?? []) if (ov.key === v.key) out.add(ov.value);
      if (other.claimId !== c.id) {
        const oc = index.claims[index.claimIndex.get(other.claimId) ?? -1];
        for (const ov of oc?.values ?? []) if (ov.key === v.key) out.add(ov.value);
      }
    }
  }
  out.delete(v.value);
  return [...out];
}

/**
 * What a number value counts, as the claim words it ("400 million … users worldwide" → users,
 * worldwide); empty for a length of time (any unit may give it: "six weeks" for "45 days") or a
 * bare number.
 */
export function countedUnit(index: MatchIndex, claim: number, v: ClaimValue): ReadonlySet<string> {
  // v is one of the claim's own values: the object stands for the pair
  return cached(index, 'counted unit', v, () => {
    const va = analyzed(index, v.value);
    const cv = va.numbers[0];
    if (!cv || durations(va.words).length) return new Set<string>();
    const inClaim = analyzed(index, index.claims[claim]!.text).numbers.find((n) => sameNumber(n.value, cv.value));
    return new Set((cv.unit.length ? cv.unit : inClaim?.unit ?? []).filter((t) => !isClassTerm(t)));
  });
}

/**
 * A name in an attribution frame: capitalised words ("the Wall Street Journal", "NPR", "Michael
 * Hayden"), possibly joined by "of" or "&".
 */
const NAME = String.raw`(?:\p{Lu}[\p{L}\p{N}.&'’-]*)(?:\s+(?:of\s+|&\s+)?\p{Lu}[\p{L}\p{N}.&'’-]*){0,4}`;
/** "obtained by X", "according to X", "told X", "in an interview with X": X reported, was the source, or heard it. */
const PARTY_AFTER = new RegExp(
  String.raw`\b(according to|(?:first )?(?:obtained|reported|published|cited|quoted|revealed|seen|reviewed) by|told|telling|tells|interview with|speaking (?:to|with)|spoke (?:to|with)|talk(?:ing|ed) to|went on|appeared on)\s+(?:the\s+)?(` + NAME + ')',
  'gu',
);
/** "X reported", "X has said", "Michael Hayden has said flatly": X reported or said it. */
const PARTY_BEFORE = new RegExp(
  '(' + NAME + String.raw`)\s+(?:(?:has|have|had|also|later|reportedly|first|previously|publicly|flatly|once)\s+){0,2}(reported|reports|published|publishes|revealed|reveals|obtained|said|says|told|tells|wrote|writes|confirmed|confirms|warned|cautioned|argued|claimed|stated|noted|added)\b`,
  'gu',
);
/**
 * The role an attribution frame gives its name: who reported it ("obtained by X", "X
 * reported"), who said it ("X said"), who heard it ("told X"), or a source of either ("according
 * to X").
 */
type Role = 'reported' | 'said' | 'heard' | 'source';
const REPORT_VERB = /^(?:reported|reports|published|publishes|revealed|reveals|obtained)$/;
/** Nouns a name qualifies ("the Minneapolis paper", "the Moscow daily"): the name then names no one. */
const QUALIFIED = new Set(['paper', 'papers', 'newspaper', 'newspapers', 'daily', 'weekly', 'outlet', 'outlets', 'site', 'network', 'station', 'broadcaster', 'company', 'firm', 'agency', 'official', 'officials', 'authorities', 'government', 'business', 'reporter', 'reporters', 'journalist', 'journalists', 'news', 'media', 'publication', 'magazine', 'tabloid', 'bureau', 'service', 'newsroom', 'correspondent', 'press', 'wire', 'source', 'sources', 'people', 'person', 'insiders', 'executive', 'executives', 'spokesman', 'spokeswoman', 'spokesperson']);
/** The names in attribution frames of a text, with the role each gives. */
function parties(text: string): { name: string; role: Role }[] {
  const out: { name: string; role: Role }[] = [];
  for (const m of text.matchAll(PARTY_AFTER)) {
    // a name that qualifies a noun names no one ("told the Minneapolis paper")
    const next = /^\s+(\p{Ll}+)/u.exec(text.slice(m.index + m[0].length));
    if (next && QUALIFIED.has(next[1]!)) continue;
    out.push({ name: m[2]!, role: m[1] === 'according to' ? 'source' : m[1]!.endsWith(' by') ? 'reported' : 'heard' });
  }
  for (const m of text.matchAll(PARTY_BEFORE)) out.push({ name: m[1]!, role: REPORT_VERB.test(m[2]!) ? 'reported' : 'said' });
  return out;
}
/** The roles the claim's own wordings give the party of value v ("obtained by Bloomberg": reported). */
function partyRoles(index: MatchIndex, claim: number, v: ClaimValue): ReadonlySet<Role> {
  return cached(index, 'party roles', v, () => {
    const own = valueTerms(index, v.value).filter(isEntityTerm);
    const roles = new Set<Role>();
    for (const t of [index.claims[claim]!.text, ...supportingMentions(index, claim).map((m) => m.quote)]) {
      for (const p of parties(t)) if (analyzed(index, p.name).terms.some((x) => own.includes(x))) roles.add(p.role);
    }
    return roles;
  });
}
/** Share of the claims an entity may be named in and still be a third party. */
const THIRD_PARTY_SHARE = 0.1;
/**
 * Whether an entity is a third party that reports or comments (an outlet, an expert: "Bloomberg",
 * "Michael Morell"), named in few claims, not an actor most claims are about ("Best Buy
 * confirmed…": its spokespeople, named or not, speak for it).
 */
function thirdParty(index: MatchIndex, entity: string): boolean {
  const counts = cached(index, 'entity claims', null, () => {
    const m = new Map<string, number>();
    for (const c of index.claims) for (const e of c.entities) m.set('@' + e, (m.get('@' + e) ?? 0) + 1);
    return m;
  });
  return (counts.get(entity) ?? 0) <= THIRD_PARTY_SHARE * index.claims.length;
}
/** Page roles that stand in for a claim's: a source may have reported or said it. */
const ROLE_FITS: Record<Role, readonly Role[]> = { reported: ['reported', 'source'], said: ['said', 'source'], heard: ['heard'], source: ['source', 'reported', 'said'] };
/** Capitalised words that name no one, beside function words, days and months ("Earlier Reuters said"). */
const NOT_PARTY = new Set(['earlier', 'later', 'last', 'today', 'yesterday', 'you']);
const namesNoOne = (w: string): boolean => STOPWORDS.has(w) || NOT_PARTY.has(w) || WEEKDAYS.has(w) || MONTHS[w] !== undefined;

/**
 * Who the passage says reported, said or heard it, in place of the party value v of the claim
 * names ("internal emails obtained by the Washington Post" for Bloomberg's, "he told NPR" for
 * CBS News, "Michael Hayden has said" for Michael Morell), as a reason; or null. Only a proper
 * name counts, in a frame that gives it the role the claim's own wordings give its party: none
 * of the claim's entities, nor a place, nor one word with a concept of its own ("Russian
 * officials said", "Washington says"); and only when the page names no one the value names.
 */
function otherParty(index: MatchIndex, claim: number, v: ClaimValue, passage: string, a: Analysis): string | null {
  const own = valueTerms(index, v.value).filter(isEntityTerm);
  if (!own.length || own.some((t) => a.terms.includes(t) || !thirdParty(index, t))) return null;
  const roles = partyRoles(index, claim, v);
  if (!roles.size) return null;
  const mine = [...own, ...index.claims[claim]!.entities.map((e) => '@' + e)];
  const places = cached(index, 'places', null, () => new Set(index.dataset.entities.filter((e) => e.kind === 'place').map((e) => '@' + e.id)));
  for (const p of parties(passage)) {
    if (![...roles].some((r) => ROLE_FITS[r].includes(p.role))) continue;
    const name = p.name.replace(/^(?:The|A|An)\s+/, '');
    const { words, terms } = analyzed(index, name);
    if (!words.length || words.every(namesNoOne)) continue;
    if (terms.some((t) => places.has(t) || (isEntityTerm(t) && mine.some((x) => x === t || partOf(index, t, x) || partOf(index, x, t))))) continue;
    // one word: an acronym, or a word with no concept of its own ("NPR", "Reuters", not "Russian")
    if (words.length === 1 && !/^\p{Lu}{2,}$/u.test(name) && !terms.some(isEntityTerm) && terms[0] !== words[0]) continue;
    return `page says “${name}”; ${who(index, claim, v.key)} “${v.value}”`;
  }
  return null;
}

/** The years claims record as values of their own ("founded in 1997"). */
const valueYears = (index: MatchIndex): ReadonlySet<number> =>
  cached(index, 'value years', null, () => new Set(index.claims.flatMap((c) => c.values.filter((v) => v.type === 'year').map((v) => Number(v.value)))));
/** The years a text gives that may date an event: not those claims record of their own ("Kaspersky, founded in 1997, was pulled…"). */
export const eventYears = (index: MatchIndex, a: Analysis): number[] => {
  const own = valueYears(index);
  return a.years.filter((y) => !own.has(y));
};

/** Why the page contradicts value v of the claim (what the page says, and who says otherwise), or null. */
function checkValue(index: MatchIndex, claim: number, v: ClaimValue, a: Analysis): string | null {
  const p = pageValue(index, claim, v, a);
  if (p === null) return null;
  const q = (x: string): string => (p.quoted ? `“${x}”` : x);
  return `page says ${q(p.says)}; ${who(index, claim, v.key)} ${q(v.value)}`;
}

/**
 * What the page says in place of value v of the claim, where it says something else (quoted:
 * a wording rather than a figure), or null when it gives the same value or none.
 */
function pageValue(index: MatchIndex, claim: number, v: ClaimValue, a: Analysis, bare = false): { says: string; quoted: boolean } | null {
  const c = index.claims[claim]!;
  switch (v.type) {
    case 'year': {
      const y = Number(v.value);
      if (!a.years.length || !Number.isFinite(y) || a.years.includes(y)) return null;
      return { says: String(a.years[0]), quoted: false };
    }
    case 'number': {
      // a length of time ("a decade", "45 days"): any way the page words it ("ten years", "six weeks")
      const cd = durations(analyzed(index, v.value).words)[0];
      if (cd) {
        const page = durations(a.words).filter((d) => comparable(cd, d));
        if (!page.length || page.some((d) => sameDuration(d, cd))) return null;
        return { says: page[0]!.raw, quoted: true };
      }
      const cv = analyzed(index, v.value).numbers[0];
      if (!cv) return null;
      const unit = countedUnit(index, claim, v);
      let rel = a.numbers;
      // (a bare value, "at least a dozen", names no unit: it is the claim's)
      if (unit.size && !bare) rel = a.numbers.filter((n) => n.unit.some((t) => unit.has(t)));
      if (!rel.length) return null;
      if (rel.some((n) => sameNumber(n.value, cv.value))) return null;
      return { says: fmtNum(rel[0]!), quoted: false };
    }
    case 'date': {
      const ca = analyzed(index, v.value);
      const cd = ca.dates[0];
      // another year ("July 12, 2018", "back in 2019"): a year apart is the same event misdated
      // (further apart is another event: see otherEvent in matcher.ts)
      const cy = ca.years[0];
      const years = eventYears(index, a);
      if (cy !== undefined && years.length && !years.includes(cy)) return { says: a.dates.find((d) => d.raw.includes(String(years[0])))?.raw ?? String(years[0]), quoted: false };
      if (!a.dates.length) {
        // no date, but the day of the week: "on Thursday" for "Friday, September 8"
        const cw = ca.relative.find((r) => WEEKDAYS.has(r));
        const says = cw && !a.relative.includes(cw) ? a.relative.find((r) => WEEKDAYS.has(r)) : undefined;
        return says === undefined ? null : { says: calendarWord(says), quoted: true };
      }
      if (!cd) return null;
      const agrees = (d: { month: number; day?: number }): boolean => d.month === cd.month && (d.day === undefined || cd.day === undefined || d.day === cd.day);
      if (a.dates.some((d) => agrees(d) || (d.alt !== undefined && agrees(d.alt)))) return null;
      return { says: a.dates[0]!.raw, quoted: false };
    }
    case 'relative-date': {
      const cr = analyzed(index, v.value).relative[0] ?? v.value.toLowerCase();
      if (!a.relative.length || a.relative.includes(cr)) return null;
      // each outlet counts from the day it wrote: "Tuesday" or "this week" on one page and
      // "last week" on another can be the same day, so only a weekday differs from a weekday
      // (the days of one news week), unless a source gives the page's word ("Friday" for "last week")
      const rival = rivals(index, claim, v).map((x) => analyzed(index, x).relative[0]);
      const says = a.relative.find((r) => (WEEKDAYS.has(r) && WEEKDAYS.has(cr)) || rival.includes(r));
      // (a weekday as the page writes it: "page says “Thursday”")
      return says === undefined ? null : { says: WEEKDAYS.has(says) ? calendarWord(says) : says, quoted: true };
    }
    default: {
      // a superlative given another rank ("the second-largest retailer" for "the largest")
      const rank = valueRank(index, v);
      if (rank) {
        const page = superlativeRanks(index, a.words);
        if (page.length && !page.some((r) => r.rank === rank)) return { says: page[0]!.says, quoted: true };
      }
      // name / attribution / phrase: only a known rival wording counts as a contradiction
      if (containsValue(index, a, v.value, v.type)) return null;
      // a page that names who the claim names ("the General Services Administration" for "US
      // government (GSA)") agrees on who, whatever else it says ("government contracts" is no
      // "White House", which reads as government too)
      if (v.type === 'name' || v.type === 'attribution') {
        if (valueTerms(index, v.value).some((t) => isEntityTerm(t) && a.terms.includes(t))) return null;
      }
      const own = analyzed(index, c.text).terms;
      for (const r of rivals(index, claim, v)) {
        // a rival the claim's own wording contains ("Kaspersky" in "Best Buy and Kaspersky") cannot tell them apart
        if (valueTerms(index, r).every((t) => own.includes(t))) continue;
        if (containsValue(index, a, r, v.type)) return { says: r, quoted: true };
      }
      return null;
    }
  }
}

const ORDINALS = new Map([['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9], ['tenth', 10]]);

/**
 * The superlatives of a text with the rank each gives: "largest" is first, "second-largest" and
 * "2nd-biggest" second. "One of the largest" gives no rank (nor does a superlative of anything
 * but size, which the lexicon keeps apart).
 */
function superlativeRanks(index: MatchIndex, words: readonly string[]): { rank: number; says: string }[] {
  const out: { rank: number; says: string }[] = [];
  for (let i = 0; i < words.length; i++) {
    if (conceptOf(index.lex, words[i]!) !== '~largest') continue;
    const prev = words[i - 1] ?? '';
    const ord = ORDINALS.get(prev) ?? (/^(nd|rd|th)$/.test(prev) && /^\d+$/.test(words[i - 2] ?? '') ? Number(words[i - 2]) : 0);
    if (ord) out.push({ rank: ord, says: `${ORDINALS.has(prev) ? prev : words[i - 2] + prev}-${words[i]}` });
    else if (!(prev === 'the' && words[i - 2] === 'of' && words[i - 3] === 'one')) out.push({ rank: 1, says: words[i]! });
  }
  return out;
}

/** The rank a claim's value gives ("largest US electronics retailer": first), or 0 for none. */
function valueRank(index: MatchIndex, v: ClaimValue): number {
  return cached(index, 'value rank', v.value, () => superlativeRanks(index, analyzed(index, v.value).words)[0]?.rank ?? 0);
}

/** Whether a source's value v for a key of the claim is another figure than the claim's own ("at least a dozen" for "several", not "more than 400 million" for "400 million"). */
function differs(index: MatchIndex, claim: number, own: ClaimValue, v: ClaimValue): boolean {
  return pageValue(index, claim, own, analyzed(index, v.value), true) !== null;
}

/** The other figures the claim's supporting mentions give for a key, with their outlets. */
function sourceValues(index: MatchIndex, claim: number, key: string): { value: ClaimValue; outlet: string }[] {
  return cached(index, 'source values', `${claim} ${key}`, () => {
    const c = index.claims[claim]!;
    const own = c.values.find((v) => v.key === key);
    const out: { value: ClaimValue; outlet: string }[] = [];
    if (!own) return out;
    for (const m of supportingMentions(index, claim)) {
      for (const v of m.values ?? []) {
        if (v.key === key && !out.some((x) => x.value.value === v.value) && differs(index, claim, own, v)) out.push({ value: v, outlet: rootOutlet(index, m.sourceId) });
      }
    }
    return out;
  });
}

export const FIGURES = new Set<ClaimValue['type']>(['year', 'number', 'date', 'relative-date']);

/** A claim's own aspect, and the words of the event it is about (see timedAspect). */
export interface Timed {
  aspect: Aspect;
  event: ReadonlySet<string>;
}

/**
 * A claim's own aspect (done or to come: see aspect.ts) when the dataset records a rival claim
 * whose own words give the other one ("had already stopped selling" against "will stop
 * selling"): outlets disagreed about whether it had happened yet. The event is the concept of
 * the word each claim's marker points at (stopping), looked for among what the two share. Null
 * for other claims.
 */
export function timedAspect(index: MatchIndex, claim: number): Timed | null {
  const timed = cached(index, 'timed', null, () => {
    const out = new Map<number, Timed>();
    for (const c of index.dataset.conflicts) {
      const a = index.claimIndex.get(c.a.claimId);
      const b = index.claimIndex.get(c.b.claimId);
      if (a === undefined || b === undefined) continue;
      const [wa, wb] = [analyzed(index, index.claims[a]!.text), analyzed(index, index.claims[b]!.text)];
      const shared = new Set(wb.terms);
      const common = (w: string): boolean => {
        const t = conceptOf(index.lex, w);
        return shared.has(t) && wa.terms.includes(t) && !isClassTerm(t) && !isEntityTerm(t);
      };
      const x = aspectAt(wa.words, common);
      const y = aspectAt(wb.words, common);
      if (!x || !y || x.aspect === y.aspect) continue;
      const event = new Set<string>();
      if (x.at >= 0) event.add(conceptOf(index.lex, wa.words[x.at]!));
      if (y.at >= 0) event.add(conceptOf(index.lex, wb.words[y.at]!));
      if (!event.size) continue;
      out.set(a, { aspect: x.aspect, event });
      out.set(b, { aspect: y.aspect, event });
    }
    return out;
  });
  return timed.get(claim) ?? null;
}

/**
 * The aspect a passage gives the event of a timed claim, or null. A verb that means stopping
 * with "off" after its object ("took the software off its shelves") is the event's word too.
 */
export function pageAspect(index: MatchIndex, t: Timed, a: Analysis): Aspect | null {
  const stop = t.event.has(conceptOf(index.lex, 'stop'));
  return aspectOf(a.words, (w) => t.event.has(conceptOf(index.lex, w)) || (stop && OFF_VERBS.has(w)), true);
}

/** What stopping is: "stops selling", "no longer carries", "pulls … off", "dropped". */
export const STOP_CONCEPT = '~stop';
/** Actions a claim can say were stopped: selling (offering, carrying, stocking), using, buying. */
export const CEASED_ACTIONS = ['~sell', '~us', '~purchas'];
/** What a page that negates them says was stopped: those actions, and finding it (see detectConflict). */
const STOPPED_ACTS = new Set([...CEASED_ACTIONS, 'find']);

/** Concerns, suspicion, allegations (see StanceResult.hedged). */
const HEDGE = '~concern';

/**
 * Stance of a passage towards the claim it matched. `contradictingDocWins`: the passage was
 * closer to a mention that disputes the claim than to any supporting one.
 */
export function detectConflict(
  index: MatchIndex, claim: number, passage: string, a: Analysis, doc: IndexDoc, contradictingDocWins = false,
): StanceResult {
  const c = index.claims[claim]!;
  for (const v of c.values) {
    let r = checkValue(index, claim, v, a);
    // someone else named as who reported or said it: as plain as a figure given otherwise
    const byParty = !r && v.type === 'attribution' && (r = otherParty(index, claim, v, passage, a)) !== null;
    if (!r) continue;
    // (a rank is a figure too: "second-largest" for "largest")
    const byValue = FIGURES.has(v.type) || valueRank(index, v) ? { byValue: true } : byParty ? { byValue: true, byParty: true } : {};
    // the figure another source of the claim gives ("at least a dozen" employees against
    // "several"): a contradiction of the claim as stated, but on record, and the reason says whose
    const agrees = FIGURES.has(v.type) ? sourceValues(index, claim, v.key).find((sv) => pageValue(index, claim, sv.value, a) === null) : undefined;
    if (agrees) return { stance: 'contradicts', reason: `${r}; ${agrees.outlet} says “${agrees.value.value}”`, documented: true, ...byValue };
    return { stance: 'contradicts', reason: r, ...byValue };
  }
  // done against to come ("no longer sells" for "will stop selling"), where outlets disagreed on it
  const timed = timedAspect(index, claim);
  const page = timed && pageAspect(index, timed, a);
  if (timed && page && page !== timed.aspect) {
    const said = (x: Aspect) => (x === 'done' ? 'it has already happened' : 'it is still to come');
    return { stance: 'contradicts', reason: `page says ${said(page)}; ${who(index, claim)} ${said(timed.aspect)}` };
  }
  // negation: a core concept negated on one side only ("did not stop selling")
  const negP = negatedTerms(passage, index.lex, a);
  const negD = doc.negated;
  // Scopes are a few words wide, so they catch neighbours of what is negated: when both sides
  // negate a concept they share, they agree ("carried out no investigation" / "has not conducted
  // its own investigation"), whatever else the scopes happen to cover. So do two denials: what
  // each denies is what its scope happens to reach ("has long denied that it has ever helped any
  // government" reaches no government, "denies having ties to the Russian government" does).
  const bothDeny = a.terms.includes('~deni') && doc.terms.includes('~deni') && !negP.has('~deni') && !negD.has('~deni');
  const bothNegate = bothDeny || (negP.size > 0 && negD.size > 0 && doc.terms.some((t) => negP.has(t) && negD.has(t) && !isClassTerm(t) && !isEntityTerm(t)));
  // not selling (buying, using, finding) it is what stopping leaves: "Best Buy does not sell
  // Kaspersky software" states that Best Buy stopped, "you won't find it" that it is gone
  const pageStops = negP.size > 0 && doc.terms.includes(STOP_CONCEPT) && !negD.has(STOP_CONCEPT) && [...headsOf(negP)].some((h) => STOPPED_ACTS.has(h));
  if ((negP.size || negD.size) && !bothNegate) {
    for (const t of doc.terms) {
      if (isClassTerm(t) || isEntityTerm(t) || !a.terms.includes(t)) continue;
      if (negP.has(t) !== negD.has(t)) {
        // the same concept both negated and asserted in the passage: cannot tell
        if (negP.has(t) && a.terms.filter((x) => x === t).length > 1) continue;
        // a condition either side sets ("…unless they switch", "…unless they adopt homegrown
        // software") is not denied: "they must switch or lose out" says the same
        if (conditionalOf(negD).has(t) || conditionalOf(negP).has(t)) continue;
        // what a source's scope only reaches (the object of what it negates) is not denied by
        // itself: "state institutions cannot work with companies running foreign software" does
        // not deny the software a page calls a risk (a page's own negation is read whole: "Best
        // Buy did not drop Kaspersky over its ties…" denies the reason too)
        if (!negP.has(t) && !headsOf(negD).has(t)) continue;
        if (negP.has(t) && pageStops) continue;
        return {
          stance: 'contradicts',
          reason: negP.has(t) ? `page denies or negates it; ${who(index, claim)} it happened` : `page asserts what ${who(index, claim).replace(/ says?$/, '')} deny`,
          byNegation: true,
          ...(!negP.has(t) && a.terms.includes(HEDGE) && !doc.terms.includes(HEDGE) ? { hedged: true } : {}),
        };
      }
    }
  }
  if (contradictingDocWins && doc.stance === 'contradicts') {
    const src = doc.sourceId ? index.sources.get(doc.sourceId)?.outlet : undefined;
    return { stance: 'contradicts', reason: `page agrees with ${src ?? 'a source'} that disputes this claim` };
  }
  return { stance: 'supports' };
}
