// A deterministic synthetic claims dataset for the matcher benchmarks (index build and
// matching at 10,000 claims). Shaped like a real one grown large: the bundled Kaspersky claims
// plus generated claims over ~40 topics, each topic with its own entities and a Zipf-skewed
// vocabulary (news words, the matcher's thesaurus words, the seed articles' own words, and a
// long tail of rare pseudo-words for names, places and jargon); claims carry values (years,
// numbers, dates, relative dates, names), editors' paraphrases, and 2–3 reworded mentions from
// different outlets (some two-sentence quotes, some contradicting with another value).
// Pure TypeScript, no Node or DOM APIs: it runs in the page harness and in unit tests.
import type { Claim, ClaimValue, Conflict, Dataset, Entity, Mention, Source, Stance, Topic } from '../src/core/dataset/types';
import { THESAURUS } from '../src/core/text/lexicon';

/** mulberry32: small, fast, good enough for test data. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
/** Zipf-ish pick: early items much likelier (s ≈ 1). */
const zipf = <T>(r: Rand, xs: readonly T[]): T => xs[Math.min(xs.length - 1, Math.floor(Math.pow(xs.length + 1, r()) - 1))]!;
const shuffle = <T>(r: Rand, xs: T[]): T[] => {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [xs[i], xs[j]] = [xs[j]!, xs[i]!];
  }
  return xs;
};
const thousands = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

// Everyday news vocabulary (content words; function words are added by the templates).
const NEWS_WORDS = (
  'plan budget minister court ruling contract billion shares profit revenue quarter deal merger lawsuit judge ' +
  'tariff export import factory plant workers union strike wage inflation rate bank loan debt bond market ' +
  'investor fund stake acquisition board chairman election candidate party coalition parliament vote poll ' +
  'reform policy tax subsidy grant project bridge railway airport port highway housing rent price fuel energy ' +
  'power grid solar wind coal oil gas pipeline emissions climate flood drought wildfire storm earthquake ' +
  'hospital patients vaccine drug trial study researchers university school students teachers police arrest ' +
  'charges prison sentence fraud bribery corruption scandal audit regulator fine penalty license permit ' +
  'satellite launch rocket mission telescope chip semiconductor smartphone platform cloud server outage breach ' +
  'ransomware hackers malware password encryption privacy regulation directive treaty summit talks ceasefire ' +
  'troops border refugees aid donors famine harvest wheat rice farmers fisheries tourism visitors museum ' +
  'festival film album concert league season match coach player transfer stadium record medal championship ' +
  'ministry agency council mayor governor province district village region capital coast island river ' +
  'tower district memorial monument cathedral heritage excavation fossil species forest reserve wildlife ' +
  'water supply sewage waste recycling plastic ban levy toll fare ticket passengers delays cancellation ' +
  'recall defect safety inspection investigation report findings estimate forecast growth decline surge drop ' +
  'layoffs hiring jobs unemployment pension retirement benefits insurance premiums claims settlement appeal ' +
  'verdict jury testimony witness evidence document leak memo email interview spokesperson statement ' +
  'announced approved rejected delayed postponed cancelled expanded reduced raised cut signed opened closed ' +
  'acquired merged sued fined arrested charged convicted acquitted elected appointed resigned dismissed ' +
  'built completed launched unveiled suspended resumed increased decreased doubled halved exceeded missed'
).split(/\s+/);

const FIRST = ('Anna Marco Lena Tomas Sofia Ravi Mei Jonas Elena Karim Ines Pavel Amara Lucas Nadia Oskar Priya ' +
  'Felix Yara Hugo Leila Stefan Aiko Diego Hana Viktor Zara Emil Noor Matteo Ilse Tariq Greta Kofi Lina Bruno').split(' ');
const ORG_SUFFIX = ['Group', 'Systems', 'Holdings', 'Bank', 'Energy', 'Motors', 'Labs', 'Networks', 'Foods', 'Airways', 'Pharma', 'Media', 'Capital', 'Telecom', 'Mining'];
const GOV_PREFIX = ['Ministry of', 'Department of', 'Office of', 'National Agency for', 'Commission on'];
const SYLL = ['ka', 'ro', 'mi', 'ten', 'va', 'lor', 'dis', 'ne', 'bra', 'tu', 'sel', 'qui', 'mar', 'o', 'zen', 'pa', 'dri', 'lu', 'fen', 'sha', 'gor', 'e', 'vik', 'ul', 'tor', 'an', 'bel', 'cra', 'mo', 'ri'];
const OUTLET_WORDS = ['Herald', 'Tribune', 'Courier', 'Gazette', 'Post', 'Times', 'Observer', 'Chronicle', 'Ledger', 'Wire', 'Journal', 'Monitor', 'Dispatch', 'Record'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const UNITS = ['percent', 'million users', 'jobs', 'days', 'kilometres', 'tonnes', 'billion dollars', 'million euros', 'employees', 'stores', 'customers', 'homes'];
const RELATIVE = ['last week', 'last month', 'on Friday', 'on Monday', 'yesterday', 'this week', 'last year'];
const GLUE = ['the', 'its', 'a', 'new', 'of', 'for', 'to', 'with', 'and', 'in'];
const ATTRIBUTIONS = [
  'officials said', 'a spokesperson said', 'according to people familiar with the matter', 'the company said in a statement',
  'sources told reporters', 'a report said', 'according to filings', 'analysts noted', 'the ministry confirmed', 'local media reported',
  'according to a press release', 'two people briefed on the plans said',
];

export interface SyntheticOptions {
  /** Total number of claims (the bundled ones included). */
  claims: number;
  seed?: number;
  /** Synthetic topics besides the bundled one. */
  topics?: number;
  /** Share of generated claims on the bundled topic (their vocabulary overlaps real articles). */
  onTopicShare?: number;
}

function pseudoWord(r: Rand, seen: Set<string>): string {
  for (;;) {
    let w = '';
    const n = int(r, 2, 4);
    for (let i = 0; i < n; i++) w += pick(r, SYLL);
    if (w.length >= 4 && !seen.has(w)) {
      seen.add(w);
      return w;
    }
  }
}

const wordsOf = (s: string): string[] => s.toLowerCase().match(/[a-z][a-z'-]{2,}/g) ?? [];

/** Builds the synthetic dataset around the bundled one (which must be passed in). */
export function syntheticDataset(base: Dataset, opts: SyntheticOptions): Dataset {
  const r = prng(opts.seed ?? 20170908);
  const nTopics = opts.topics ?? 40;
  const onTopicShare = opts.onTopicShare ?? 0.05;
  const seen = new Set<string>();

  // ---- vocabulary pools ----
  const stop = new Set(GLUE.concat(['that', 'this', 'from', 'was', 'were', 'has', 'have', 'had', 'but', 'not', 'are', 'his', 'her', 'their', 'they', 'said', 'will', 'would', 'been', 'which', 'who', 'also']));
  const thesaurusWords = THESAURUS.flat().filter((w) => /^[a-z]+$/.test(w) && w.length > 2);
  const realText = [...base.claims.map((c) => c.text), ...base.claims.flatMap((c) => c.paraphrases ?? []), ...base.mentions.map((m) => m.quote)].join(' ');
  const realWords = [...new Set(wordsOf(realText))].filter((w) => !stop.has(w));
  const newsWords = NEWS_WORDS.filter(Boolean);
  const tail: string[] = [];
  for (let i = 0; i < 6000; i++) tail.push(pseudoWord(r, seen));
  // synonyms: word → other words of its thesaurus group
  const synonyms = new Map<string, string[]>();
  for (const g of THESAURUS) {
    const ws = g.filter((w) => /^[a-z]+$/.test(w));
    for (const w of ws) synonyms.set(w, ws.filter((x) => x !== w));
  }

  // ---- entities ----
  const entities: Entity[] = [...base.entities];
  const names = new Set<string>();
  for (const e of base.entities) for (const n of [e.name, ...e.aliases]) names.add(n.toLowerCase());
  const newEntity = (kind: Entity['kind']): Entity => {
    for (;;) {
      const root = cap(pseudoWord(r, seen));
      let name: string;
      const aliases: string[] = [];
      if (kind === 'person') {
        name = `${pick(r, FIRST)} ${root}`;
        aliases.push(root);
      } else if (kind === 'government-body') {
        name = `${pick(r, GOV_PREFIX)} ${root} Affairs`;
        if (r() < 0.5) aliases.push(`${root} Ministry`);
      } else if (kind === 'place') {
        name = root;
      } else {
        name = `${root} ${pick(r, ORG_SUFFIX)}`;
        if (r() < 0.6) aliases.push(root);
        if (r() < 0.2) aliases.push(`${root} Inc`);
      }
      const all = [name, ...aliases];
      if (all.some((n) => names.has(n.toLowerCase()))) continue;
      for (const n of all) names.add(n.toLowerCase());
      const id = `syn-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
      const e: Entity = { id, name, aliases, kind };
      entities.push(e);
      return e;
    }
  };

  // ---- topics ----
  interface TopicGen {
    topic: Topic;
    ents: Entity[];
    vocab: string[];
  }
  const baseTopic = base.topics[0]!;
  const gens: TopicGen[] = [
    {
      topic: baseTopic,
      ents: baseTopic.entityIds.map((id) => entities.find((e) => e.id === id)!).filter(Boolean),
      vocab: shuffle(r, realWords.slice()),
    },
  ];
  const topics: Topic[] = [...base.topics];
  const kinds: Entity['kind'][] = ['organisation', 'organisation', 'person', 'person', 'government-body', 'place', 'product'];
  for (let t = 0; t < nTopics; t++) {
    const ents: Entity[] = [];
    const n = int(r, 12, 30);
    for (let i = 0; i < n; i++) ents.push(newEntity(kinds[i % kinds.length]!));
    const vocab: string[] = [];
    const vs = new Set<string>();
    const want = int(r, 120, 220);
    while (vocab.length < want) {
      const x = r();
      const w = x < 0.45 ? pick(r, newsWords) : x < 0.7 ? pick(r, thesaurusWords) : x < 0.8 ? pick(r, realWords) : pick(r, tail);
      if (!vs.has(w)) {
        vs.add(w);
        vocab.push(w);
      }
    }
    const id = `syn-topic-${t + 1}`;
    const topic: Topic = { id, name: `${ents[0]!.name} and related coverage`, description: `Synthetic topic ${t + 1}`, entityIds: ents.map((e) => e.id) };
    topics.push(topic);
    gens.push({ topic, ents, vocab });
  }

  // ---- sources ----
  const sources: Source[] = [...base.sources];
  const synSources: Source[] = [];
  for (let i = 0; i < 300; i++) {
    const w = cap(pseudoWord(r, seen));
    const id = `syn-src-${i + 1}`;
    const s: Source = {
      id,
      outlet: `The ${w} ${pick(r, OUTLET_WORDS)}`,
      title: `${w} coverage`,
      kind: 'original',
      textFile: `${id}.txt`,
      domains: [`${w.toLowerCase()}.example`],
    };
    if (i > 20 && r() < 0.1) {
      s.kind = 'wire-copy';
      s.copies = synSources[int(r, 0, 19)]!.id;
    } else if (r() < 0.15) s.kind = 'rewrite';
    synSources.push(s);
  }
  sources.push(...synSources);

  // ---- claims and mentions ----
  const claims: Claim[] = [...base.claims];
  const mentions: Mention[] = [...base.mentions];
  const conflicts: Conflict[] = [...base.conflicts];
  const byTopicWithYear = new Map<string, { claim: Claim; year: string }[]>();

  const valueFor = (): { v: ClaimValue; phrase: string; alt: () => { v: ClaimValue; phrase: string } } | null => {
    const x = r();
    if (x < 0.35) {
      const y = String(int(r, 1985, 2024));
      const mk = (yy: string) => ({ v: { key: 'when-year', type: 'year' as const, value: yy }, phrase: `in ${yy}` });
      return { ...mk(y), alt: () => mk(String(Number(y) + int(r, 1, 6))) };
    }
    if (x < 0.6) {
      const unit = pick(r, UNITS);
      const n = pick(r, [int(r, 2, 99), int(r, 100, 990), int(r, 1, 40) * 1000]);
      const mk = (nn: number) => ({ v: { key: 'amount', type: 'number' as const, value: `${nn} ${unit}` }, phrase: `${thousands(nn)} ${unit}` });
      return { ...mk(n), alt: () => mk(n * 2 + int(r, 1, 9)) };
    }
    if (x < 0.75) {
      const m = pick(r, MONTH_NAMES);
      const d = int(r, 1, 28);
      const mk = (mm: string, dd: number) => ({ v: { key: 'on-date', type: 'date' as const, value: `${mm} ${dd}` }, phrase: `on ${mm} ${dd}` });
      return { ...mk(m, d), alt: () => mk(pick(r, MONTH_NAMES), int(r, 1, 28)) };
    }
    if (x < 0.8) {
      const rel = pick(r, RELATIVE);
      const mk = (rr: string) => ({ v: { key: 'when', type: 'relative-date' as const, value: rr }, phrase: rr });
      return { ...mk(rel), alt: () => mk(pick(r, RELATIVE)) };
    }
    return null;
  };

  /** A content word: mostly the topic's own (Zipf), some general news words, a rare tail. */
  const word = (g: TopicGen): string => {
    const x = r();
    if (x < 0.65) return zipf(r, g.vocab);
    if (x < 0.9) return pick(r, newsWords);
    return pick(r, tail);
  };
  const synonym = (w: string): string => {
    const s = synonyms.get(w);
    return s && s.length && r() < 0.6 ? pick(r, s) : w;
  };
  const nameOf = (e: Entity): string => (e.aliases.length && r() < 0.4 ? pick(r, e.aliases) : e.name);

  const toGenerate = Math.max(0, opts.claims - base.claims.length);
  for (let i = 0; i < toGenerate; i++) {
    const g = r() < onTopicShare ? gens[0]! : gens[1 + Math.floor(r() * (gens.length - 1))]!;
    const subj = pick(r, g.ents);
    const obj = r() < 0.4 ? pick(r, g.ents) : null;
    const verb = r() < 0.5 ? pick(r, thesaurusWords) : pick(r, newsWords.slice(-120));
    const nContent = int(r, 3, 7);
    const content: string[] = [];
    for (let k = 0; k < nContent; k++) content.push(word(g));
    const val = valueFor();
    const values: ClaimValue[] = [];
    if (val) values.push(val.v);
    if (obj && obj !== subj) values.push({ key: 'counterpart', type: 'name', value: obj.name });

    const sentence = (subjName: string, vb: string, cw: string[], valuePhrase: string | null, objName: string | null, front: boolean): string => {
      const body: string[] = [];
      cw.forEach((w, k) => {
        if (k > 0 && r() < 0.45) body.push(pick(r, GLUE));
        body.push(w);
      });
      let s = `${subjName} ${vb} ${r() < 0.5 ? 'the ' : ''}${body.join(' ')}`;
      if (objName) s += ` with ${objName}`;
      if (valuePhrase && front) s = `${cap(valuePhrase)}, ${s}`;
      else if (valuePhrase) s += ` ${valuePhrase}`;
      return s;
    };
    const id = `syn-claim-${i + 1}`;
    const text = sentence(subj.name, verb, content, val?.phrase ?? null, obj && obj !== subj ? obj.name : null, false) + '.';
    const paraphrases: string[] = [];
    const nPara = int(r, 0, 3);
    for (let k = 0; k < nPara; k++) {
      const cw = content.filter(() => r() < 0.85).map(synonym);
      if (r() < 0.5) cw.push(word(g));
      const p = sentence(nameOf(subj), synonym(verb), cw.length ? cw : content, val?.phrase ?? null, obj && obj !== subj ? nameOf(obj) : null, r() < 0.4);
      const l = p.toLowerCase().trim();
      if (l !== text.toLowerCase().trim() && !paraphrases.some((q) => q.toLowerCase().trim() === l)) paraphrases.push(p);
    }
    const claim: Claim = { id, text, topic: g.topic.id, entities: [subj.id, ...(obj && obj !== subj ? [obj.id] : [])], values };
    if (paraphrases.length) claim.paraphrases = paraphrases;
    claims.push(claim);
    if (val?.v.type === 'year') {
      const list = byTopicWithYear.get(g.topic.id) ?? [];
      list.push({ claim, year: val.v.value });
      byTopicWithYear.set(g.topic.id, list);
    }

    // 2–3 mentions from different outlets, reworded
    const nMent = int(r, 2, 3);
    const used = new Set<string>();
    for (let k = 0; k < nMent; k++) {
      let src = pick(r, synSources);
      while (used.has(src.id)) src = pick(r, synSources);
      used.add(src.id);
      const x = r();
      const stance: Stance = x < 0.08 ? 'contradicts' : x < 0.12 ? 'qualifies' : 'supports';
      const alt = stance === 'contradicts' && val ? val.alt() : null;
      const cw = content.filter(() => r() < 0.8).map(synonym);
      for (let e = int(r, 0, 3); e > 0; e--) cw.splice(int(r, 0, cw.length), 0, word(g));
      let quote = sentence(nameOf(subj), synonym(verb), cw.length ? cw : content, (alt ?? val)?.phrase ?? null, obj && obj !== subj ? nameOf(obj) : null, r() < 0.3);
      if (stance === 'contradicts' && !alt) quote = `${nameOf(subj)} denied that it ${verb} the ${cw.join(' ')}`;
      if (r() < 0.35) quote += `, ${pick(r, ATTRIBUTIONS)}`;
      if (r() < 0.2) {
        const extra: string[] = [];
        for (let e = int(r, 5, 10); e > 0; e--) extra.push(word(g));
        quote += `. ${cap(pick(r, GLUE))} ${extra.join(' ')}`;
      }
      const m: Mention = { id: `${id}-m${k + 1}`, claimId: id, sourceId: src.id, quote, stance };
      if (alt) m.values = [alt.v];
      mentions.push(m);
    }
  }

  // ---- conflicts: pairs of same-topic claims stating different years for similar things ----
  let nc = 0;
  for (const [, list] of byTopicWithYear) {
    for (let k = 0; k + 1 < list.length && nc < 400; k += 17) {
      const a = list[k]!;
      const b = list[k + 1]!;
      if (a.year === b.year) continue;
      conflicts.push({ id: `syn-conflict-${++nc}`, kind: 'value', a: { claimId: a.claim.id }, b: { claimId: b.claim.id }, reason: `${a.year} vs ${b.year}` });
    }
  }

  return { schemaVersion: 1, topics, entities, sources, claims, mentions, conflicts };
}

/** Median of a list of numbers (NaN for an empty list). */
export function median(xs: readonly number[]): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
