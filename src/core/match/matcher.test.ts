import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/types';
import { buildIndex, matchPassages } from './index';
import { segment } from '../text/segment';
import { analyze } from '../text/analyze';
import { identifyOutlet } from './outlet';
import { stanceOfText } from './test-support';

// A tiny dataset written for these tests (independent of src/data).
const ds: Dataset = {
  schemaVersion: 1,
  topics: [{ id: 'kaspersky', name: 'Kaspersky Lab', description: '', entityIds: ['kaspersky-lab', 'best-buy'] }],
  entities: [
    { id: 'kaspersky-lab', name: 'Kaspersky Lab', aliases: ['Kaspersky', 'Kaspersky Labs'], kind: 'organisation' },
    { id: 'best-buy', name: 'Best Buy', aliases: ['Best Buy Co'], kind: 'organisation', descriptors: ['retailer', 'electronics chain'] },
    { id: 'eugene-kaspersky', name: 'Eugene Kaspersky', aliases: [], kind: 'person' },
    { id: 'fbi', name: 'FBI', aliases: ['Federal Bureau of Investigation'], kind: 'government-body', descriptors: ['agency'] },
    // named by no claim: pages still name them
    { id: 'dhs', name: 'Department of Homeland Security', aliases: ['Homeland Security Department'], kind: 'government-body', descriptors: ['department'], partOf: 'us-government' },
    { id: 'acme-news', name: 'Acme News', aliases: [], kind: 'organisation' },
    { id: 'us-government', name: 'US government', aliases: ['U.S. government'], kind: 'government-body' },
  ],
  sources: [
    { id: 'wire', outlet: 'Wire', title: 'Wire story', kind: 'original', domains: ['wire.example'] },
    { id: 'paper', outlet: 'Paper', title: 'Paper story', kind: 'wire-copy', copies: 'wire', domains: ['paper.example'] },
    { id: 'blog', outlet: 'Blog', title: 'Blog post', kind: 'rewrite' },
  ],
  claims: [
    { id: 'pulls', text: 'Best Buy has stopped selling Kaspersky Lab software.', topic: 'kaspersky', entities: ['best-buy', 'kaspersky-lab'], values: [] },
    { id: 'founded', text: 'Kaspersky Lab was founded in 1977 by Eugene Kaspersky.', topic: 'kaspersky', entities: ['kaspersky-lab'], values: [{ key: 'founded-year', type: 'year', value: '1977' }] },
    { id: 'exchange', text: 'Best Buy gives customers 45 days to exchange their Kaspersky software.', topic: 'kaspersky', entities: ['best-buy'], values: [{ key: 'window', type: 'number', value: '45 days' }] },
    { id: 'fbi', text: 'The FBI interviewed several Kaspersky employees.', topic: 'kaspersky', entities: ['fbi'], values: [{ key: 'count', type: 'number', value: 'several' }] },
    { id: 'us-ban', text: 'The US government banned Kaspersky Lab software from federal computers.', topic: 'kaspersky', entities: ['us-government', 'kaspersky-lab'], values: [] },
    { id: 'denies', text: 'Kaspersky Lab denies having ties to the Russian government.', topic: 'kaspersky', entities: ['kaspersky-lab'], values: [] },
    { id: 'centre', text: 'On September 8, Kaspersky Lab said it will open a transparency centre in Zurich.', topic: 'kaspersky', entities: ['kaspersky-lab'], values: [{ key: 'said-when', type: 'date', value: 'September 8' }] },
  ],
  mentions: [
    { id: 'm1', claimId: 'pulls', sourceId: 'wire', quote: 'US electronics retailer Best Buy has stopped selling products by computer security firm Kaspersky Lab', stance: 'supports' },
    { id: 'm2', claimId: 'pulls', sourceId: 'blog', quote: 'is pulling Kaspersky Lab cyber security products from its shelves and website', stance: 'supports' },
    { id: 'm3', claimId: 'founded', sourceId: 'wire', quote: 'founded in 1977 by Russia-born Eugene Kaspersky', stance: 'supports' },
    { id: 'm4', claimId: 'exchange', sourceId: 'blog', quote: 'Best Buy is giving customers 45 days to swap Kaspersky Lab products for other software', stance: 'supports' },
    { id: 'm5', claimId: 'fbi', sourceId: 'blog', quote: 'the FBI had interviewed several US employees of Kaspersky Lab', stance: 'supports' },
  ],
  conflicts: [],
};
const index = buildIndex(ds);
const best = (text: string) => {
  const ms = matchPassages(index, text, segment(text));
  return ms.sort((a, b) => b.score - a.score)[0] ?? null;
};

describe('matchPassages', () => {
  it.each([
    'Best Buy has stopped selling products by Kaspersky Lab.',
    "Best Buy won't sell Kaspersky software anymore.",
    "The retailer is pulling Kaspersky's antivirus off its shelves.",
    'The electronics chain is no longer offering Kaspersky Labs security products.',
  ])('paraphrase matches the Best Buy claim: %s', (text) => {
    expect(best(text)?.claimId).toBe('pulls');
  });
  it.each([
    'Best Buy reported higher quarterly sales of laptops.',
    'Kaspersky released a new antivirus for Mac users this week.',
    'Eugene Kaspersky spoke at a conference in Singapore.',
    "Kaspersky's founder was born in 1965.",
    'Best Buy gives shoppers a free laptop bag with every purchase.',
    'Symantec said it had no plans to stop selling Norton products at retailers.',
  ])('hard negative does not match: %s', (text) => {
    expect(best(text)).toBeNull();
  });
  it.each([
    'Best Buy and Kaspersky Lab both declined to say how much Kaspersky software Best Buy had sold.',
    'Best Buy sells Kaspersky Lab software in its stores.',
    'Best Buy still offers Kaspersky Lab software to its customers.',
  ])('selling is not stopping selling: %s', (text) => {
    expect(best(text)).toBeNull();
  });
  it.each(['Best Buy will not sell Kaspersky Lab software.', 'Best Buy no longer carries Kaspersky Lab software.'])('negated or stopped selling still matches: %s', (text) => {
    expect(best(text)?.claimId).toBe('pulls');
  });
  it('a founding-year claim needs a year', () => {
    expect(best('Eugene Kaspersky set up the company in 1977.')?.claimId).toBe('founded');
    expect(best('Eugene Kaspersky set up the company.')).toBeNull();
  });
  it('normalises numbers written as words', () => {
    expect(best('Customers get forty-five days to exchange Kaspersky products at Best Buy.')?.claimId).toBe('exchange');
  });
  it('returns exact offsets into the text, one claim per sentence', () => {
    const text = 'Headline here\n\nThe FBI interviewed several employees of Kaspersky Lab. Unrelated sentence about weather.';
    const ms = matchPassages(index, text, segment(text, [{ start: 0, end: 13 }, { start: 15, end: text.length }]));
    expect(ms).toHaveLength(1);
    expect(text.slice(ms[0]!.start, ms[0]!.end)).toBe('The FBI interviewed several employees of Kaspersky Lab.');
  });
  it('a sentence can state several claims, one per clause, each highlighted on its own clause', () => {
    const text = 'Best Buy has stopped selling Kaspersky Lab software; Kaspersky Lab denies having ties to the Russian government; the FBI interviewed several Kaspersky employees.';
    const ms = matchPassages(index, text, segment(text));
    expect(ms.map((m) => m.claimId)).toEqual(['pulls', 'denies', 'fbi']);
    expect(ms.map((m) => text.slice(m.start, m.end))).toEqual([
      'Best Buy has stopped selling Kaspersky Lab software', 'Kaspersky Lab denies having ties to the Russian government', 'the FBI interviewed several Kaspersky employees.',
    ]);
  });
  it('excluding a source removes its quotes from the index', () => {
    const ix = buildIndex(ds, { excludeSourceIds: ['blog'] });
    expect(ix.docs.some((d) => d.sourceId === 'blog')).toBe(false);
    expect(ix.docs.some((d) => d.sourceId === 'wire')).toBe(true);
  });
  it('a quote of several sentences is a document, and so is each of its sentences, with the concepts their own analyses give', () => {
    const quote = 'Kaspersky Lab was founded in 1977. It now says it has 400 million users around the world.';
    const two: Dataset = { ...ds, mentions: [...ds.mentions, { id: 'm-two', claimId: 'founded', sourceId: 'blog', quote, stance: 'supports' }] };
    const ix = buildIndex(two);
    const mine = ix.docs.filter((d) => d.mentionId === 'm-two');
    const sentences = segment(quote).map((s) => quote.slice(s.start, s.end));
    expect(mine.map((d) => d.text)).toEqual([quote, ...sentences]);
    for (const d of mine) expect(d.terms).toEqual([...new Set(analyze(d.text, ix.lex).terms)]);
  });
  it('builds and matches a 10,000-claim dataset (timings: npm run bench)', () => {
    const vocab = 'alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu'.split(' ');
    const words = Array.from({ length: 3000 }, (_, i) => `${vocab[i % vocab.length]}${Math.floor(i / vocab.length)}`);
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pick = () => words[Math.floor(rnd() * words.length)]!;
    const big: Dataset = { ...ds, claims: [...ds.claims], mentions: [...ds.mentions] };
    for (let i = 0; i < 10_000; i++) {
      const text = `Kaspersky ${Array.from({ length: 10 }, pick).join(' ')}.`;
      big.claims.push({ id: `c${i}`, text, topic: 'kaspersky', entities: [], values: [] });
      big.mentions.push({ id: `mm${i}`, claimId: `c${i}`, sourceId: 'wire', quote: `Kaspersky ${Array.from({ length: 12 }, pick).join(' ')}`, stance: 'supports' });
    }
    const ix = buildIndex(big);
    const article = Array.from({ length: 60 }, () => `Kaspersky ${Array.from({ length: 18 }, pick).join(' ')}.`).join(' ') + ' Best Buy has stopped selling Kaspersky Lab software.';
    const passages = segment(article);
    const ms = matchPassages(ix, article, passages);
    expect(ms.some((m) => m.claimId === 'pulls')).toBe(true);
  });
  it("matches only the claims of the page's topics when told them; each topic's documents are one range", () => {
    const two: Dataset = {
      ...ds,
      topics: [...ds.topics, { id: 'rail', name: 'Rail', description: '', entityIds: [] }],
      claims: [{ id: 'strike', text: 'Train drivers walked out in a strike over pay.', topic: 'rail', entities: [], values: [] }, ...ds.claims],
      mentions: [...ds.mentions, { id: 'r1', claimId: 'strike', sourceId: 'wire', quote: 'train drivers went on strike over wages', stance: 'supports' }],
    };
    const ix = buildIndex(two);
    for (const [topic, [lo, hi]] of ix.topics) {
      const inRange = ix.docs.flatMap((d, i) => (two.claims[d.claim]!.topic === topic ? [i] : []));
      expect(inRange).toEqual(Array.from({ length: hi - lo }, (_, k) => lo + k));
    }
    const text = 'Train drivers went on strike over their pay. Best Buy has stopped selling Kaspersky Lab software.';
    const ids = (topics?: string[]) => matchPassages(ix, text, segment(text), topics ? { topics } : {}).map((m) => m.claimId);
    expect(ids()).toEqual(['strike', 'pulls']);
    expect(ids(['kaspersky'])).toEqual(['pulls']);
    expect(ids(['rail'])).toEqual(['strike']);
    expect(ids(['rail', 'kaspersky'])).toEqual(['strike', 'pulls']);
    expect(ids(['weather'])).toEqual([]);
    // the scan below the candidate prefixes' score (every posting) is scoped too
    expect(matchPassages(ix, text, segment(text), { topics: ['kaspersky'], allAbove: 0.1 }).every((m) => m.claimId !== 'strike')).toBe(true);
  });
  describe('several claims in one sentence', () => {
    const many: Dataset = {
      ...ds,
      claims: [
        ...ds.claims,
        { id: 'largest', text: 'Best Buy is the largest electronics retailer in the US.', topic: 'kaspersky', entities: ['best-buy'], values: [] },
        { id: 'will-stop', text: 'Best Buy will stop selling Kaspersky Lab software.', topic: 'kaspersky', entities: ['best-buy', 'kaspersky-lab'], values: [] },
      ],
      mentions: [
        ...ds.mentions,
        // one sentence of the wire story, quoted for two claims
        { id: 'w1', claimId: 'pulls', sourceId: 'wire', quote: 'Best Buy, the biggest US electronics retailer, has stopped selling Kaspersky Lab software', stance: 'supports' },
        { id: 'w2', claimId: 'largest', sourceId: 'wire', quote: 'Best Buy, the biggest US electronics retailer', stance: 'supports' },
      ],
    };
    const ix = buildIndex(many);
    const claims = (text: string) => matchPassages(ix, text, segment(text)).map((m) => m.claimId).sort();
    it('a claim that the echoed source sentence states too is shown with it, on the same words', () => {
      expect(claims('Best Buy, the biggest electronics retailer in the US, has stopped selling Kaspersky Lab software.')).toEqual(['largest', 'pulls']);
    });
    it('a further claim on the same words must explain something the first claim cannot: neighbours are not shown', () => {
      // "will stop selling" shares nothing with this sentence that the "has stopped" claim does not explain
      expect(claims('Best Buy has stopped selling Kaspersky Lab software.')).toEqual(['pulls']);
      // the denial explains words the Best Buy claim does not
      expect(claims('Best Buy has stopped selling Kaspersky Lab software as Kaspersky Lab denies having ties to the Russian government.')).toEqual(['denies', 'pulls']);
    });
    it('what a claim explains is what its own words say, not what its quotes carry: an apposition is still its own claim', () => {
      // the Best Buy claim's quotes call Best Buy a US electronics retailer; its own words do not,
      // so the largest-retailer claim explains something it cannot
      const text = 'Best Buy, the largest electronics retailer in the US, is pulling Kaspersky Lab cyber security products from its shelves and website.';
      expect(claims(text)).toEqual(['largest', 'pulls']);
      // nor do the words of the quote the first claim was matched by, beyond its own: the wire's
      // "US electronics retailer Best Buy has stopped selling…" describes Best Buy on the way
      expect(claims('Best Buy, the largest US electronics retailer, has stopped selling products by computer security firm Kaspersky Lab.')).toEqual(['largest', 'pulls']);
    });
  });
  it('a date that is only when something was said is not required', () => {
    expect(best('Kaspersky Lab will open a transparency centre in Zurich, it said.')?.claimId).toBe('centre');
  });
  it('"it", "the firm", "he" at the start of a sentence stand for who the previous sentence named first', () => {
    const score = (text: string): number => {
      const ms = matchPassages(index, text, segment(text), { allAbove: 0 });
      return Math.max(0, ...ms.filter((m) => m.claimId === 'denies' && text.slice(m.start, m.end).includes('denied')).map((m) => m.score));
    };
    const second = 'In July, it denied having ties to the Russian government.';
    const afterKaspersky = score(`Kaspersky Lab is a security company based in Moscow. ${second}`);
    const afterBestBuy = score(`Best Buy sells laptops, and Kaspersky Lab sells antivirus. ${second}`);
    const alone = score(`The weather was fine. ${second}`);
    expect(afterKaspersky).toBeGreaterThanOrEqual(0.45);
    expect(afterKaspersky).toBeGreaterThan(alone + 0.1);
    expect(afterBestBuy).toBeLessThanOrEqual(alone);
    // a pronoun deep in the sentence is not resolved
    expect(score('Kaspersky Lab is a security company based in Moscow. Reports in July said that over the years it denied having ties to the Russian government.'))
      .toBeCloseTo(score('The weather was fine. Reports in July said that over the years it denied having ties to the Russian government.'), 6);
  });
});

describe('identifyOutlet', () => {
  it('by domain, most specific first', () => {
    expect(identifyOutlet(ds, { url: 'https://www.paper.example/news/1', title: '', text: '' })).toBe('paper');
    expect(identifyOutlet(ds, { url: 'https://news.wire.example/x', title: '', text: '' })).toBe('wire');
  });
  it('by fingerprint: the page carries a source’s quotes verbatim', () => {
    const text = 'Intro. Best Buy is giving customers 45 days to swap Kaspersky Lab products for other software. Also the FBI had interviewed several US employees of Kaspersky Lab, it said.';
    expect(identifyOutlet(ds, { url: 'file:///tmp/x.txt', title: '', text })).toBe('blog');
  });
  it('null when nothing fits', () => {
    expect(identifyOutlet(ds, { url: 'https://elsewhere.example/', title: 'Other', text: 'Nothing to see.' })).toBeNull();
  });
});

describe('required values', () => {
  const d: Dataset = {
    ...ds,
    claims: [
      { id: 'window', text: 'Best Buy gives customers 45 days to exchange their Kaspersky software.', topic: 'kaspersky', entities: [], values: [{ key: 'window', type: 'number', value: '45 days' }] },
      {
        id: 'uninstall', text: 'Within that 45-day window, Best Buy technicians uninstall Kaspersky software for free.', topic: 'kaspersky', entities: [],
        values: [{ key: 'uninstalled-by', type: 'name', value: 'Best Buy technicians' }, { key: 'window', type: 'number', value: '45 days' }],
      },
    ],
    mentions: [],
  };
  const ix = buildIndex(d);
  const top = (text: string) => matchPassages(ix, text, segment(text))[0]?.claimId ?? null;
  it('only the main value (listed first) must be on the page', () => {
    expect(ix.required).toEqual([['#num'], []]);
    // the window is what the first claim is about…
    expect(top('Best Buy gives customers time to exchange their Kaspersky software.')).toBeNull();
    // …but only circumstance of the second
    expect(top('Best Buy technicians will also remove Kaspersky software for free.')).toBe('uninstall');
  });
});

describe('a different value', () => {
  const scoreOf = (ix: ReturnType<typeof buildIndex>, text: string) => {
    const ms = matchPassages(ix, text, segment(text));
    return ms.sort((a, b) => b.score - a.score)[0]?.score ?? 0;
  };
  it('costs a page next to nothing: conflict detection judges it, not similarity', () => {
    // 1977 is the claim's recorded year; 1997 and 1989 are years no text of the dataset states
    const known = scoreOf(index, 'Kaspersky Lab was founded in 1977 by Eugene Kaspersky, the company says.');
    const unseen = scoreOf(index, 'Kaspersky Lab was founded in 1997 by Eugene Kaspersky, the company says.');
    expect(unseen).toBeGreaterThan(0);
    expect(Math.abs(unseen - scoreOf(index, 'Kaspersky Lab was founded in 1989 by Eugene Kaspersky, the company says.'))).toBeLessThan(1e-9);
    expect(unseen).toBeLessThanOrEqual(known);
    expect(unseen).toBeGreaterThan(known - 0.02);
  });
  it('only where the claim records a value of that kind: a number in its wording is not one', () => {
    const d: Dataset = {
      ...ds,
      claims: [{ id: 'offices', text: 'Kaspersky Lab has two main offices, in Moscow and in Woburn.', topic: 'kaspersky', entities: ['kaspersky-lab'], values: [] }],
      mentions: [],
    };
    const ix = buildIndex(d);
    const same = scoreOf(ix, 'Kaspersky Lab has two main offices, in Moscow and in Woburn, it says.');
    const other = scoreOf(ix, 'Kaspersky Lab has 30 main offices, in Moscow and in Woburn, it says.');
    expect(other).toBeGreaterThan(0);
    // "30" is no recorded value the page differs on: it counts against the passage as any word
    expect(other).toBeLessThan(same - 0.015);
  });
  it('a number stands in for the claim\'s only when it counts the same thing or is a length of time like it', () => {
    const d: Dataset = {
      ...ds,
      claims: [
        {
          id: 'partnership', text: 'Kaspersky Lab and Best Buy had a partnership of ten years.', topic: 'kaspersky', entities: ['kaspersky-lab', 'best-buy'],
          values: [{ key: 'length', type: 'number', value: 'ten years' }],
        },
      ],
      mentions: [],
    };
    const ix = buildIndex(d);
    const same = scoreOf(ix, 'Kaspersky Lab and Best Buy had a partnership of ten years, it says.');
    const longer = scoreOf(ix, 'Kaspersky Lab and Best Buy had a partnership of fifteen years, it says.');
    const money = scoreOf(ix, 'Kaspersky Lab and Best Buy had a partnership of 15 dollars for years, it says.');
    expect(longer).toBeGreaterThan(same - 0.02);
    // a claim about how long something lasted is not stated without a length of time
    expect(money).toBe(0);
    expect(scoreOf(ix, 'Kaspersky Lab and Best Buy had a partnership for years, it says.')).toBe(0);
  });
});

describe('when it happened', () => {
  it('is circumstance for a claim that records no date: the page\'s date costs it nothing', () => {
    const plain = best('Best Buy has stopped selling Kaspersky Lab software, the company says.');
    const dated = best('On Friday, September 8, Best Buy has stopped selling Kaspersky Lab software, the company says.');
    expect(plain?.claimId).toBe('pulls');
    expect(dated?.claimId).toBe('pulls');
    expect(dated!.score).toBeGreaterThan(plain!.score - 0.01);
  });
});

describe('who the passage is about', () => {
  const score = (text: string, claimId = 'pulls'): number =>
    Math.max(0, ...matchPassages(index, text, segment(text), { allAbove: 0 }).filter((m) => m.claimId === claimId).map((m) => m.score));
  it("a claim's action done by someone else is not the claim", () => {
    // the same words, but the FBI (not Best Buy, the claim's subject) does it: 0.8 of the score
    // (without the rule the two score the same)
    const byOther = score('The FBI has stopped selling Kaspersky Lab software.');
    const byNobody = score('The chain has stopped selling Kaspersky Lab software.');
    expect(byNobody).toBeGreaterThanOrEqual(0.45);
    expect(byOther).toBeLessThan(byNobody * 0.85);
  });
  it('a sentence led by the government in general ("Washington", "officials") is not about a company', () => {
    const chain = score('The chain has stopped selling Kaspersky Lab software.');
    expect(score('Washington has stopped selling Kaspersky Lab software.')).toBeLessThan(chain * 0.85);
    expect(score('US officials have stopped selling Kaspersky Lab software.')).toBeLessThan(chain * 0.85);
    // the government in the object is no actor
    expect(score('The chain has stopped selling Kaspersky Lab software to officials.')).toBeGreaterThan(chain * 0.85);
  });
  it('an organisation no claim names is someone else too', () => {
    const byOther = score('The Homeland Security Department has stopped selling Kaspersky Lab software.');
    expect(byOther).toBeLessThan(score('The chain has stopped selling Kaspersky Lab software.') * 0.85);
  });
  it('a company the dataset does not know, named as wire copy does ("Office Depot Inc"), is someone else', () => {
    const chain = score('The chain has stopped selling Kaspersky Lab software.');
    expect(score('Office Depot Inc has stopped selling Kaspersky Lab software.')).toBeLessThan(chain * 0.85);
    expect(score('Office Depot Inc and Staples Corp. have stopped selling Kaspersky Lab software.')).toBeLessThan(chain * 0.85);
    // a known company with its suffix ("Best Buy Co") is the company itself
    expect(score('Best Buy Co has stopped selling Kaspersky Lab software.')).toBeCloseTo(score('Best Buy has stopped selling Kaspersky Lab software.'), 6);
    expect(score('Best Buy Co has stopped selling Kaspersky Lab software.')).toBeGreaterThan(chain * 0.85);
  });
  it('who a sentence is attributed to ("…, X said", "according to X") is not someone else acting', () => {
    const plain = score('The chain has stopped selling Kaspersky Lab software, the weatherman said.');
    expect(plain).toBeGreaterThanOrEqual(0.45);
    expect(score('The chain has stopped selling Kaspersky Lab software, Acme News said.')).toBeCloseTo(plain, 6);
    expect(score('According to Acme News, the chain has stopped selling Kaspersky Lab software.')).toBeCloseTo(
      score('According to the weatherman, the chain has stopped selling Kaspersky Lab software.'), 6);
  });
  it('naming a part names the whole: the Department of Homeland Security is the US government', () => {
    const s = (who: string) => score(`${who} has banned Kaspersky Lab software from federal computers.`, 'us-ban');
    expect(s('The Homeland Security Department')).toBeGreaterThan(s('The Weather Service') + 0.05);
    expect(s('The Homeland Security Department')).toBeCloseTo(s('The Homeland Security Department, the U.S. government,'), 1);
  });
  it('a description stands for the entity whose own word it is, when two share a meaning ("the department", "the agency")', () => {
    const s = (desc: string) => score(`The FBI and the Homeland Security Department met. ${desc} interviewed several Kaspersky employees.`, 'fbi');
    expect(s('The agency')).toBeGreaterThan(s('The department') + 0.05);
  });
  it('"the company" at the start stands for who came before, even when the sentence names someone later', () => {
    const after = (lead: string) => score(`${lead} The company denies having ties to the Kremlin, the FBI said.`, 'denies');
    expect(after('Kaspersky Lab is based in Moscow.')).toBeGreaterThan(after('The weather was fine.') + 0.1);
  });
  it('"it" stays with the company named just before, over a government body named since', () => {
    const s = score('Kaspersky Lab is based in Moscow. The FBI opened an inquiry. In July, it denied having ties to the Russian government.', 'denies');
    expect(s).toBeCloseTo(score('Kaspersky Lab is based in Moscow. In July, it denied having ties to the Russian government.', 'denies'), 6);
    expect(s).toBeGreaterThan(score('The weather was fine. In July, it denied having ties to the Russian government.', 'denies') + 0.05);
  });
  it('"the retailer" stands for Best Buy once the page has named Best Buy; "other retailers" does not', () => {
    const s = (text: string) => score(text, 'exchange');
    const rest = 'gives customers 45 days to exchange their Kaspersky software.';
    const named = s(`Best Buy sells laptops. The retailer ${rest}`);
    expect(named).toBeGreaterThan(s(`Target sells laptops. The retailer ${rest}`) + 0.1);
    expect(named).toBeCloseTo(s(`Best Buy sells laptops. Best Buy ${rest}`), 1);
    expect(s(`Best Buy sells laptops. The chain ${rest}`)).toBeCloseTo(named, 6);
    expect(s(`Best Buy sells laptops. Other retailers ${rest}`)).toBeCloseTo(s(`Target sells laptops. Other retailers ${rest}`), 6);
  });
  it('a closing attribution ("…, it said.") stands for who came before', () => {
    const after = (lead: string) => score(`${lead} Talk of ties to the Russian government is denied in full, it said.`, 'denies');
    expect(after('Kaspersky Lab is based in Moscow.')).toBeGreaterThan(after('The weather was fine.') + 0.1);
    // not when the sentence names an organisation itself
    const named = (lead: string) => score(`${lead} Talk of ties to the Russian government is denied by Best Buy, it said.`, 'denies');
    expect(named('Kaspersky Lab is based in Moscow.')).toBeCloseTo(named('The weather was fine.'), 6);
  });
  it('a sentence led by another company is not about the company its claim names later', () => {
    const denies = (text: string) => score(text, 'denies');
    const led = denies('Best Buy drops Kaspersky Lab over ties to the Russian government.');
    const unknown = denies('Acme Stores drops Kaspersky Lab over ties to the Russian government.');
    expect(unknown).toBeGreaterThan(0.3);
    expect(led).toBeLessThan(unknown * 0.85);
  });
  it('"other retailers" rule out the company the claim is about, unless the sentence names it', () => {
    const claimOf = (text: string) => matchPassages(index, text, segment(text)).map((m) => m.claimId);
    expect(claimOf('Best Buy has stopped selling Kaspersky Lab software.')).toEqual(['pulls']);
    expect(claimOf('Other retailers, including Acme Stores, have stopped selling Kaspersky Lab software.')).toEqual([]);
    expect(claimOf('Several other electronics chains have stopped selling Kaspersky Lab software.')).toEqual([]);
    expect(claimOf('Unlike other retailers, Best Buy has stopped selling Kaspersky Lab software.')).toEqual(['pulls']);
  });
  describe('a claim told over two sentences', () => {
    const all = (text: string) => matchPassages(index, text, segment(text));
    const split = 'Customers who bought Kaspersky software at Best Buy are not stuck with it. For 45 days they can swap it for something else.';
    it('is found over both sentences when neither states it alone', () => {
      for (const s of segment(split)) expect(all(split.slice(s.start, s.end))).toEqual([]);
      const ms = all(split);
      expect(ms.map((m) => [m.claimId, m.start, m.end])).toEqual([['exchange', 0, split.length]]);
    });
    it('not across paragraphs, not after a question', () => {
      const [a, b] = segment(split).map((s) => split.slice(s.start, s.end));
      expect(all(`${a}\n\n${b}`)).toEqual([]);
      expect(all(`${a!.replace(/\.$/, '?')} ${b}`)).toEqual([]);
    });
    it('only two passages in a row with spaces between: not passages given out of order, nor words left out between', () => {
      const [p, q] = segment(split);
      expect(matchPassages(index, split, [q!, p!])).toEqual([]);
      const gap = `${split.slice(0, p!.end)} Meanwhile ${split.slice(q!.start)}`;
      expect(matchPassages(index, gap, [p!, { start: gap.indexOf('For 45'), end: gap.length }])).toEqual([]);
      // the same two passages with only a space between do make the pair
      expect(matchPassages(index, split, [p!, q!]).map((m) => m.claimId)).toEqual(['exchange']);
    });
  });
  it('a second claim on the same words is news when the page gives its own figure, which the claim shown lacks', () => {
    const dated = buildIndex({
      ...ds,
      claims: [
        ...ds.claims,
        { id: 'suspended', text: 'Kaspersky Lab confirmed that it and Best Buy have suspended their relationship.', topic: 'kaspersky', entities: ['best-buy', 'kaspersky-lab'], values: [] },
        { id: 'confirmed-last-week', text: 'Kaspersky Lab confirmed the suspension of its relationship with Best Buy last week.', topic: 'kaspersky', entities: ['kaspersky-lab'], values: [{ key: 'confirmed-when', type: 'relative-date', value: 'last week' }], entails: ['suspended'] },
      ],
    });
    const shown = (text: string) => matchPassages(dated, text, segment(text)).map((m) => m.claimId).sort();
    expect(shown('Kaspersky Lab confirmed last week that it and Best Buy have suspended their relationship.')).toEqual(['confirmed-last-week', 'suspended']);
    // without the figure, the claim shown says it all
    expect(shown('Kaspersky Lab confirmed that it and Best Buy have suspended their relationship.')).toEqual(['suspended']);
  });
  describe('outlets that disagree on whether it has happened yet', () => {
    // "is pulling" says neither; "had already stopped" and "will stop" are recorded rivals
    const timed = buildIndex({
      ...ds,
      claims: [
        ...ds.claims.filter((c) => c.id !== 'pulls'),
        // its paraphrase words the same event: nothing else would tell the two apart
        { id: 'pulling', text: 'Best Buy is pulling Kaspersky Lab software from its stores and website.', topic: 'kaspersky', entities: ['best-buy', 'kaspersky-lab'], values: [], paraphrases: ['the retailer is ending sales of Kaspersky Lab software, and stopped offering it by Friday'] },
        // each states the other, with when: the editors record it (Claim.entails)
        { id: 'stopped', text: 'Best Buy had already stopped selling Kaspersky Lab software by Friday.', topic: 'kaspersky', entities: ['best-buy', 'kaspersky-lab'], values: [], entails: ['pulling'] },
        { id: 'will-stop', text: 'Best Buy will stop selling Kaspersky Lab software.', topic: 'kaspersky', entities: ['best-buy', 'kaspersky-lab'], values: [], entails: ['pulling'] },
      ],
      mentions: ds.mentions.filter((m) => m.claimId !== 'pulls'),
      conflicts: [{ id: 'x-when', kind: 'statement', a: { claimId: 'stopped' }, b: { claimId: 'will-stop' }, reason: 'has stopped vs will stop' }],
    });
    const shown = (text: string) => matchPassages(timed, text, segment(text)).map((m) => [m.claimId, m.pageStance]);
    it('a page that says it is done shows the claim that says so beside the one that does not say; one that says it is to come, its rival', () => {
      expect(shown('Best Buy no longer sells Kaspersky Lab software in its stores or online.')).toEqual([['pulling', 'supports'], ['stopped', 'supports']]);
      expect(shown('Best Buy will stop selling Kaspersky Lab software in its stores and on its website.')).toEqual([['pulling', 'supports'], ['will-stop', 'supports']]);
      expect(shown('Best Buy is pulling Kaspersky Lab software from its stores and website.')).toEqual([['pulling', 'supports']]);
      // a verb that means stopping with "off" after its object is the event's word too
      expect(shown('Best Buy has taken Kaspersky Lab software off its shelves and its website.')).toEqual([['pulling', 'supports'], ['stopped', 'supports']]);
      // whatever the specific claim scores on its own words: the shown claim and the page's
      // marker state it ("has withdrawn" shares little with "had already stopped selling")
      expect(shown('The electronics retailer has withdrawn Kaspersky Lab software from its stores and its website.')).toEqual([['pulling', 'supports'], ['stopped', 'supports']]);
      expect(shown('The electronics retailer is withdrawing Kaspersky Lab software from its stores and its website.')).toEqual([['pulling', 'supports']]);
      // on a page, a simple past reports it done
      expect(shown('Last week the electronics retailer withdrew Kaspersky Lab software from its stores and its website.')).toEqual([['pulling', 'supports'], ['stopped', 'supports']]);
    });
    it('a claim is contradicted by a page that gives the event the rival aspect, with the reason', () => {
      const stance = (claimId: string, text: string) => stanceOfText(timed, claimId, text);
      expect(stance('stopped', 'Best Buy will stop selling Kaspersky Lab software.')).toEqual({ stance: 'contradicts', reason: 'page says it is still to come; the claim says it has already happened' });
      expect(stance('will-stop', 'Best Buy has stopped selling Kaspersky Lab software.').stance).toBe('contradicts');
      expect(stance('stopped', 'Best Buy has stopped selling Kaspersky Lab software.').stance).toBe('supports');
      // the event's own word must carry the marker: "had begun" is not "had stopped"
      expect(stance('will-stop', 'Best Buy had begun to sell Kaspersky Lab software in 2014 and will stop selling it.').stance).toBe('supports');
    });
  });
  describe('claims the dataset records as rivals, in one sentence', () => {
    const rivals = buildIndex({
      ...ds,
      entities: [
        ...ds.entities,
        { id: 'gsa', name: 'General Services Administration', aliases: ['GSA'], kind: 'government-body', partOf: 'us-government' },
        // reads as "government" (lexicon): only its words name it
        { id: 'white-house', name: 'White House', aliases: [], kind: 'government-body', partOf: 'us-government' },
      ],
      claims: [
        ...ds.claims,
        { id: 'gsa-removed', text: 'In July the General Services Administration removed Kaspersky Lab from its lists of approved vendors.', topic: 'kaspersky', entities: ['gsa', 'kaspersky-lab'], values: [{ key: 'removed-by', type: 'name', value: 'General Services Administration' }] },
        { id: 'wh-excluded', text: 'The White House excluded Kaspersky Lab from the list of approved software vendors.', topic: 'kaspersky', entities: ['kaspersky-lab'], values: [{ key: 'removed-by', type: 'name', value: 'White House' }], paraphrases: ['the administration struck Kaspersky Lab from the approved-vendor list'] },
        { id: 'ended', text: 'Best Buy ended its relationship with Kaspersky Lab.', topic: 'kaspersky', entities: ['best-buy', 'kaspersky-lab'], values: [{ key: 'state', type: 'phrase', value: 'ended its relationship' }] },
        { id: 'suspended', text: 'Kaspersky Lab says its relationship with Best Buy is suspended.', topic: 'kaspersky', entities: ['kaspersky-lab', 'best-buy'], values: [{ key: 'state', type: 'phrase', value: 'suspended' }] },
      ],
      conflicts: [
        { id: 'x-who', kind: 'attribution', a: { claimId: 'gsa-removed' }, b: { claimId: 'wh-excluded' }, reason: 'GSA vs White House' },
        { id: 'x-state', kind: 'statement', a: { claimId: 'ended' }, b: { claimId: 'suspended' }, reason: 'ended vs suspended' },
      ],
    });
    const shown = (text: string) => matchPassages(rivals, text, segment(text)).map((m) => [m.claimId, m.pageStance, m.reason ?? '']);
    it('a page that takes a side shows the rival contradicted, by what the whole sentence says, even where the clause does not say who', () => {
      const text = 'In July the General Services Administration, which handles government purchasing, struck Kaspersky Lab from its list of approved vendors.';
      expect(shown(text)).toEqual([
        ['gsa-removed', 'supports', ''],
        ['wh-excluded', 'contradicts', 'page says “General Services Administration”; the claim says “White House”'],
      ]);
      // on the whole sentence, whose words say why
      const rival = matchPassages(rivals, text, segment(text)).find((m) => m.claimId === 'wh-excluded')!;
      expect(text.slice(rival.start, rival.end)).toBe(text);
    });
    it('a page that reports both versions shows both', () => {
      expect(shown('Best Buy has ended its relationship with Kaspersky Lab, a person familiar with the decision said, though Kaspersky Lab says the relationship is merely suspended.').map((m) => m.slice(0, 2))).toEqual([
        ['ended', 'supports'],
        ['suspended', 'supports'],
      ]);
    });
  });
  it('a claim the editors record as entailed by a claim shown is shown with it, on the same words', () => {
    const withEntails = (entails?: string[]) => buildIndex({
      ...ds,
      entities: [...ds.entities, { id: 'russian-government', name: 'Russian government', aliases: ['Kremlin'], kind: 'government-body' }],
      claims: [
        ...ds.claims,
        { id: 'reason', text: 'Best Buy dropped Kaspersky Lab because of concerns about its ties to the Russian government.', topic: 'kaspersky', entities: ['best-buy'], values: [] },
        { id: 'confirmed', text: "A Best Buy spokeswoman confirmed the decision was due to concerns about Kaspersky Lab's ties to the Russian government.", topic: 'kaspersky', entities: ['best-buy'], values: [], ...(entails ? { entails } : {}) },
      ],
    });
    const text = "A Best Buy spokeswoman confirmed the move was due to concerns about Kaspersky Lab's ties to the Kremlin.";
    const ids = (ix: ReturnType<typeof buildIndex>) => matchPassages(ix, text, segment(text)).map((m) => m.claimId).sort();
    expect(ids(withEntails())).toEqual(['confirmed']);
    expect(ids(withEntails(['reason']))).toEqual(['confirmed', 'reason']);
  });
});
