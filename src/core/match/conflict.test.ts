import { describe, expect, it } from 'vitest';
import type { Dataset } from '../dataset/types';
import { buildIndex, matchPassages, negatedTerms } from './index';
import { stanceOfText } from './test-support';
import { DEFAULT_THRESHOLD } from './scoring';
import { segment } from '../text/segment';
import { analyze } from '../text/analyze';

const terms = (text: string): string[] => analyze(text).terms;

const ds: Dataset = {
  schemaVersion: 1,
  topics: [],
  entities: [
    { id: 'kaspersky-lab', name: 'Kaspersky Lab', aliases: ['Kaspersky'], kind: 'organisation' },
    { id: 'best-buy', name: 'Best Buy', aliases: [], kind: 'organisation' },
    { id: 'eugene-kaspersky', name: 'Eugene Kaspersky', aliases: [], kind: 'person' },
    { id: 'fbi', name: 'FBI', aliases: [], kind: 'government-body' },
  ],
  sources: [
    { id: 'afp', outlet: 'AFP', title: 'AFP', kind: 'original' },
    { id: 'bi', outlet: 'Business Insider', title: 'BI', kind: 'original' },
  ],
  claims: [
    { id: 'founded-1977', text: 'Kaspersky Lab was founded in 1977 by Eugene Kaspersky.', topic: 'k', entities: [], values: [{ key: 'founded-year', type: 'year', value: '1977' }] },
    { id: 'fbi', text: 'The FBI interviewed several Kaspersky Lab employees.', topic: 'k', entities: [], values: [{ key: 'count', type: 'number', value: 'several' }] },
    { id: 'confirmed-friday', text: 'Best Buy and Kaspersky Lab confirmed the change on Friday.', topic: 'k', entities: [], values: [{ key: 'when', type: 'relative-date', value: 'Friday' }] },
    { id: 'pulls', text: 'Best Buy has stopped selling Kaspersky Lab software.', topic: 'k', entities: [], values: [] },
    { id: 'no-probe', text: 'Best Buy has not conducted its own investigation and relied on media reports.', topic: 'k', entities: [], values: [] },
    { id: 'uninstall', text: "Best Buy's Geek Squad will uninstall Kaspersky Lab software for free.", topic: 'k', entities: [], values: [] },
    { id: 'users', text: 'Kaspersky Lab software has about 400 million users.', topic: 'k', entities: [], values: [{ key: 'users', type: 'number', value: '400 million' }] },
    { id: 'largest', text: 'Best Buy is the largest electronics retailer in the United States.', topic: 'k', entities: [], values: [] },
    { id: 'partnership', text: 'Kaspersky Lab and Best Buy had a partnership lasting about a decade.', topic: 'k', entities: [], values: [{ key: 'length', type: 'number', value: 'a decade' }] },
    { id: 'window', text: 'Best Buy customers have 45 days to exchange Kaspersky Lab software.', topic: 'k', entities: [], values: [{ key: 'window', type: 'number', value: '45 days' }] },
    { id: 'denies-work', text: 'Kaspersky Lab rejects claims that it works with the FSB spy agency.', topic: 'k', entities: [], values: [] },
  ],
  mentions: [
    { id: 'm1', claimId: 'founded-1977', sourceId: 'afp', quote: 'founded in 1977 by Russia-born Eugene Kaspersky', stance: 'supports' },
    { id: 'm2', claimId: 'fbi', sourceId: 'bi', quote: 'the FBI interviewed several employees of Kaspersky Lab', stance: 'supports' },
    { id: 'm3', claimId: 'confirmed-friday', sourceId: 'afp', quote: 'Best Buy and Kaspersky confirmed the change on Friday', stance: 'supports' },
    { id: 'm6', claimId: 'users', sourceId: 'afp', quote: 'Kaspersky software protects some 400 million users around the globe', stance: 'supports' },
    { id: 'm5', claimId: 'partnership', sourceId: 'bi', quote: 'Best Buy had carried Kaspersky software for about ten years', stance: 'supports' },
    { id: 'm4', claimId: 'pulls', sourceId: 'afp', quote: 'Best Buy has stopped selling products by security firm Kaspersky Lab', stance: 'supports' },
    // AFP gives another count than the claim's, and the same number of users in other words
    { id: 'm7', claimId: 'fbi', sourceId: 'afp', quote: 'the FBI questioned at least a dozen people who work for Kaspersky Lab', stance: 'supports', values: [{ key: 'count', type: 'number', value: 'at least a dozen' }] },
    { id: 'm8', claimId: 'users', sourceId: 'bi', quote: 'more than 400 million people use Kaspersky software', stance: 'supports', values: [{ key: 'users', type: 'number', value: 'more than 400 million' }] },
  ],
  conflicts: [],
};
const index = buildIndex(ds);
const one = (text: string) => matchPassages(index, text, segment(text))[0];

describe('conflict detection', () => {
  it('1997 vs 1977 contradicts, with a plain reason', () => {
    const m = one('Kaspersky Lab was founded in 1997 by Eugene Kaspersky.');
    expect(m?.claimId).toBe('founded-1977');
    expect(m?.pageStance).toBe('contradicts');
    expect(m?.reason).toBe('page says 1997; AFP says 1977');
  });
  it('the same year supports', () => {
    expect(one('Eugene Kaspersky founded the company in 1977.')).toMatchObject({ claimId: 'founded-1977', pageStance: 'supports' });
  });
  it('"a dozen" vs "several" contradicts', () => {
    const m = one('The FBI interviewed at least a dozen Kaspersky Lab employees.');
    expect(m).toMatchObject({ claimId: 'fbi', pageStance: 'contradicts' });
    expect(m?.reason).toContain('Business Insider says several');
  });
  it("a page that gives another source's value contradicts the claim and says which source it agrees with", () => {
    const st = stanceOfText(index, 'fbi', 'The FBI interviewed a dozen Kaspersky Lab employees.');
    expect(st).toMatchObject({ stance: 'contradicts', documented: true });
    // AFP, which gives "at least a dozen", is not among those who say "several"
    expect(st.reason).toBe('page says dozen; Business Insider says several; AFP says “at least a dozen”');
    // a value no source gives is a contradiction inferred, not documented
    expect(stanceOfText(index, 'fbi', 'The FBI interviewed thirty Kaspersky Lab employees.')).not.toHaveProperty('documented');
    // "more than 400 million" is the claim's figure in other words: Business Insider says it too
    expect(stanceOfText(index, 'users', 'Kaspersky Lab software has about 300 million users.').reason).toBe('page says 300 million; AFP and Business Insider say 400 million');
  });
  it('a documented contradiction needs no more confidence than a highlight', () => {
    // a loose wording, above the threshold but below threshold + margin
    const text = 'The FBI spoke with a dozen Kaspersky Lab workers at their homes on both coasts last summer.';
    const m = one(text);
    expect(m).toMatchObject({ claimId: 'fbi', pageStance: 'contradicts' });
    expect(m!.score).toBeLessThan(DEFAULT_THRESHOLD + 0.1);
  });
  it('a length of time worded otherwise agrees; a different length contradicts', () => {
    expect(one('Kaspersky Lab and Best Buy had a ten-year partnership.')).toMatchObject({ claimId: 'partnership', pageStance: 'supports' });
    expect(one('Kaspersky Lab and Best Buy had a decade-long partnership.')).toMatchObject({ claimId: 'partnership', pageStance: 'supports' });
    const m = one('Kaspersky Lab and Best Buy had a partnership lasting about three years.');
    expect(m).toMatchObject({ claimId: 'partnership', pageStance: 'contradicts' });
    expect(m?.reason).toBe('page says “three years”; Business Insider says “a decade”');
    expect(one('Best Buy customers have forty-five days to exchange Kaspersky Lab software.')).toMatchObject({ claimId: 'window', pageStance: 'supports' });
    expect(one('Best Buy customers have six weeks to exchange Kaspersky Lab software.')).toMatchObject({ claimId: 'window', pageStance: 'supports' });
    expect(one('Best Buy customers have two weeks to exchange Kaspersky Lab software.')).toMatchObject({ claimId: 'window', pageStance: 'contradicts' });
  });
  it('a figure the page gives differently keeps the claim it is about, over a near-tie the page supports', () => {
    const text = 'Best Buy has stopped selling Kaspersky Lab software after a partnership lasting about three years.';
    const all = matchPassages(index, text, segment(text), { allAbove: 0.3 });
    const [first, second] = [all[0]!, all[1]!];
    expect(first.claimId).toBe('partnership');
    expect(second.claimId).toBe('pulls');
    expect(second.score).toBeGreaterThanOrEqual(first.score * 0.8);
    expect(one(text)).toMatchObject({ claimId: 'partnership', pageStance: 'contradicts' });
  });
  it('a required number must count what the claim counts', () => {
    expect(one('Kaspersky software protects some 400 million users around the world.')).toMatchObject({ claimId: 'users', pageStance: 'supports' });
    expect(one('Kaspersky software protects some 300 million users around the world.')).toMatchObject({ claimId: 'users', pageStance: 'contradicts' });
    const text = 'Kaspersky software protects some 200 countries around the world.';
    expect(matchPassages(index, text, segment(text), { allAbove: 0.3 }).map((m) => m.claimId)).not.toContain('users');
    // millions of people counted are a user base; a few dozen people are not
    expect(one('Kaspersky software protects some 250 million people around the world.')).toMatchObject({ claimId: 'users', pageStance: 'contradicts' });
    const few = 'Kaspersky software protects some 60 people around the world.';
    expect(matchPassages(index, few, segment(few), { allAbove: 0.3 }).map((m) => m.claimId)).not.toContain('users');
  });
  it('"no one sells more than X" is a superlative, not a denial', () => {
    expect(one('No American retailer sells more electronics than Best Buy.')).toMatchObject({ claimId: 'largest', pageStance: 'supports' });
    expect(one('Best Buy is not the largest electronics retailer in the United States.')).toMatchObject({ claimId: 'largest', pageStance: 'contradicts' });
  });
  it('a weekday contradicts another weekday; "last week" contradicts "Friday" only where a source says so', () => {
    expect(one('Best Buy and Kaspersky confirmed the change on Thursday.')).toMatchObject({ claimId: 'confirmed-friday', pageStance: 'contradicts', reason: 'page says “Thursday”; AFP says “Friday”' });
    // each outlet counts from the day it wrote: "last week" on a Monday can be the Friday before
    expect(one('Best Buy and Kaspersky confirmed the change last week.')).toMatchObject({ claimId: 'confirmed-friday', pageStance: 'supports' });
    expect(one('Best Buy and Kaspersky confirmed the change this week.')).toMatchObject({ claimId: 'confirmed-friday', pageStance: 'supports' });
    // the editors record an outlet that said "last week" as disagreeing: then it does
    const recorded = buildIndex({
      ...ds,
      claims: [...ds.claims, { id: 'confirmed-last-week', text: 'Kaspersky Lab confirmed the suspension last week.', topic: 'k', entities: [], values: [{ key: 'when', type: 'relative-date', value: 'last week' }] }],
      conflicts: [{ id: 'x-when', kind: 'date', a: { claimId: 'confirmed-friday' }, b: { claimId: 'confirmed-last-week' }, reason: 'Friday vs last week' }],
    });
    expect(stanceOfText(recorded, 'confirmed-friday', 'Best Buy and Kaspersky confirmed the change last week.')).toMatchObject({ stance: 'contradicts' });
  });
  it('negation flips the stance; "no longer" and "won\'t … anymore" do not', () => {
    expect(one('Best Buy has not stopped selling Kaspersky Lab software.')?.pageStance).toBe('contradicts');
    expect(one('Best Buy is no longer selling Kaspersky Lab security products.')?.pageStance).toBe('supports');
    expect(one("Best Buy won't sell Kaspersky Lab software anymore.")?.pageStance).toBe('supports');
  });
  it('a negator inside a phrase that means something else does not negate ("without charging you" is free)', () => {
    expect(one("Best Buy's Geek Squad will uninstall Kaspersky Lab software without charging you.")).toMatchObject({ claimId: 'uninstall', pageStance: 'supports' });
    expect(one("Best Buy's Geek Squad will uninstall Kaspersky Lab software at no cost.")).toMatchObject({ claimId: 'uninstall', pageStance: 'supports' });
    // "no longer" is "stop", even where another negation makes the sentence's scopes count
    const neg = negatedTerms('He never approved the plan, nor the budget, and Best Buy is no longer selling the software.', index.lex);
    expect([...neg]).toContain('~approv');
    expect([...neg]).not.toContain('~sell');
    // a denial denied is no negation at all ("he did not deny it": he acknowledged it)
    expect(negatedTerms('He did not deny it, and Best Buy is no longer selling the software.', index.lex).size).toBe(0);
    // but a denial in a clause of its own is one ("did not say whether Kaspersky denied any ties")
    expect([...negatedTerms('The report did not say whether Kaspersky denied any ties to the Russian government.', index.lex)]).toContain('~tie');
    // "did not believe the accusations" is disbelief, not a denial of the accusations
    expect(negatedTerms('A rival executive did not believe the accusations.', index.lex).size).toBe(0);
  });
  it('a negation scope ends at a clause break, and a concept the text also states outside every scope is not negated', () => {
    const neg = negatedTerms('Kaspersky, which has denied ties with any government, confirmed last week the companies had suspended their ties.', index.lex);
    expect([...neg]).toContain('~govern');
    expect([...neg]).not.toContain('~confirm');
    expect([...neg]).not.toContain('~tie');
    // without the break, the scope runs on
    expect([...negatedTerms('Kaspersky Lab denied the report about ties to the FSB.', index.lex)]).toContain('~tie');
    expect([...negatedTerms('Kaspersky Lab denied the report, and ties to the FSB were confirmed.', index.lex)]).not.toContain('~tie');
  });
  it('a negation scope reaches five words that say something, past fillers, but not past a sentence', () => {
    const neg = negatedTerms('Nobody in government has put any actual public proof on the table.', index.lex);
    expect([...neg]).toContain('~evid');
    // two sentences read together (a claim told over both) keep their own negations
    expect([...negatedTerms('Customers are not stuck with it. For 45 days they can swap it for another product.', index.lex)]).not.toContain('~exchang');
  });
  it('a negation scope ends at a conjunction after its first word ("wasn\'t worth the risk and ended it")', () => {
    const neg = negatedTerms("Best Buy decided the tie-up wasn't worth the risk and ended it.", index.lex);
    expect([...neg]).toContain('worth');
    expect([...neg]).not.toContain('~stop');
    expect([...negatedTerms('Best Buy did not confirm the report but stopped selling the software.', index.lex)]).not.toContain('~sell');
    // "isn't going anywhere" is an idiom for staying
    expect(negatedTerms("Kaspersky says it isn't going anywhere.", index.lex).size).toBe(0);
  });
  it('a preference ("would rather not …") is not a denial', () => {
    expect(one("If you'd rather not bother uninstalling Kaspersky Lab software yourself, Best Buy's Geek Squad will do it for free.")).toMatchObject({ claimId: 'uninstall', pageStance: 'supports' });
  });
  it('any denial word opens a scope ("disputes claims that …" agrees with "rejects claims that …")', () => {
    expect(one('Kaspersky Lab disputes claims that it works with the FSB spy agency.')).toMatchObject({ claimId: 'denies-work', pageStance: 'supports' });
    expect(one('Kaspersky Lab dismissed claims that it works with the FSB spy agency.')).toMatchObject({ claimId: 'denies-work', pageStance: 'supports' });
  });
  it('"unless" negates what follows: "would lose … unless they switch" agrees with "that do not switch … could lose"', () => {
    const lex = index.lex;
    expect([...negatedTerms('companies would lose contracts unless they switch to domestic software', lex)]).toContain('~domest');
    expect(terms('unless they switch')).not.toContain('unless');
  });
  it('a question contradicts nothing', () => {
    expect(one('Best Buy has not stopped selling Kaspersky Lab software.')).toMatchObject({ claimId: 'pulls', pageStance: 'contradicts' });
    expect(one('Has Best Buy not stopped selling Kaspersky Lab software?')).toBeUndefined();
    expect(one('"Has Best Buy not stopped selling Kaspersky Lab software?"')).toBeUndefined();
  });
  it('dismissing something as what it is calls it that, and denies nothing', () => {
    const lex = index.lex;
    expect([...negatedTerms('The Kremlin dismissed the US moves as politically motivated.', lex)]).toEqual([]);
    expect([...negatedTerms('The Kremlin dismissed the politically motivated US moves.', lex)]).toContain('~polit');
    // "such as" and "as well as" are no characterization
    expect([...negatedTerms('Kaspersky denied links to agencies such as the FSB.', lex)]).toContain('~tie');
  });
  it('two denials agree, whatever their scopes reach', () => {
    expect(one('Kaspersky Lab has repeatedly denied that it has ever knowingly worked with the FSB spy agency.')).toMatchObject({ claimId: 'denies-work', pageStance: 'supports' });
    // what the claim denies, the page asserts
    expect(one('Kaspersky Lab accepts claims that it works with the FSB spy agency.')).toMatchObject({ claimId: 'denies-work', pageStance: 'contradicts' });
  });
  it('"rather than" negates what follows; two negations of the same thing agree', () => {
    // "carried out" stands before the page's "no", "conducted" after the claim's "not": the
    // scopes differ, but both negate the investigation
    expect(one('Best Buy carried out no investigation of its own and relied on media reports.')).toMatchObject({ claimId: 'no-probe', pageStance: 'supports' });
    expect(one('Best Buy relied on media reports rather than its own investigation.')).toMatchObject({ claimId: 'no-probe', pageStance: 'supports' });
    expect(one('Best Buy conducted its own investigation and relied on media reports.')).toMatchObject({ claimId: 'no-probe', pageStance: 'contradicts' });
  });
  it('who did it: naming the claim\'s body agrees, whatever else reads as government; naming the rival contradicts', () => {
    const who = buildIndex({
      ...ds,
      entities: [
        ...ds.entities,
        { id: 'us-government', name: 'US government', aliases: [], kind: 'government-body' },
        { id: 'gsa', name: 'General Services Administration', aliases: ['GSA'], kind: 'government-body', partOf: 'us-government' },
        { id: 'white-house', name: 'White House', aliases: [], kind: 'government-body', partOf: 'us-government' },
      ],
      claims: [
        ...ds.claims,
        { id: 'gsa-removed', text: 'The General Services Administration removed Kaspersky Lab from its list of approved vendors.', topic: 'k', entities: [], values: [{ key: 'removed-by', type: 'name', value: 'US government (GSA)' }] },
        { id: 'wh-removed', text: 'The White House removed Kaspersky Lab from the list of approved software vendors.', topic: 'k', entities: [], values: [{ key: 'removed-by', type: 'name', value: 'The White House' }] },
      ],
      conflicts: [{ id: 'x-who', kind: 'attribution', a: { claimId: 'gsa-removed' }, b: { claimId: 'wh-removed' }, reason: 'GSA vs White House' }],
    });
    const stance = (text: string) => stanceOfText(who, 'gsa-removed', text).stance;
    expect(stance('The General Services Administration struck Kaspersky off its lists of vendors approved for government contracts.')).toBe('supports');
    expect(stance('The White House struck Kaspersky off its lists of approved vendors.')).toBe('contradicts');
    // and the other way: "White House" reads as government, but only its words name it
    const whStance = (text: string) => stanceOfText(who, 'wh-removed', text).stance;
    expect(whStance('The General Services Administration struck Kaspersky off its lists of vendors approved for government contracts.')).toBe('contradicts');
    expect(whStance('The Trump White House struck Kaspersky off its lists of vendors approved for government contracts.')).toBe('supports');
  });
  it('a conflict on one kind of value makes no rivals of the others (a date conflict is not about what was done)', () => {
    const when = buildIndex({
      ...ds,
      entities: [...ds.entities, { id: 'shaheen', name: 'Jeanne Shaheen', aliases: ['Shaheen'], kind: 'person' }],
      claims: [
        ...ds.claims,
        {
          id: 'threat', text: 'On September 5 Senator Jeanne Shaheen called Kaspersky Lab software a threat to national security.', topic: 'k', entities: [],
          values: [{ key: 'when', type: 'date', value: 'September 5' }, { key: 'action', type: 'phrase', value: 'called it a threat to national security' }],
        },
        {
          id: 'bill', text: 'Senator Jeanne Shaheen was introducing legislation to ban government use of Kaspersky Lab software.', topic: 'k', entities: [],
          values: [{ key: 'action', type: 'phrase', value: 'legislation to ban government use' }, { key: 'when', type: 'relative-date', value: 'last week' }],
        },
      ],
      conflicts: [{ id: 'x-when', kind: 'date', a: { claimId: 'threat' }, b: { claimId: 'bill' }, reason: 'September 5 vs last week' }],
    });
    const stance = (text: string) => stanceOfText(when, 'bill', text);
    // she did both: the bill is not contradicted by the threat
    expect(stance('Senator Jeanne Shaheen called Kaspersky Lab software a threat to national security and is pressing a bill that would bar federal agencies from using it.').stance).toBe('supports');
    // the date still is the conflict's to judge
    expect(stanceOfText(when, 'threat', 'On September 7 Senator Jeanne Shaheen called Kaspersky Lab software a threat to national security.')).toMatchObject({ stance: 'contradicts' });
    // a weekday is no other day than "last week": each outlet counts from the day it wrote
    expect(stance('On Tuesday Senator Jeanne Shaheen was introducing legislation to ban government use of Kaspersky Lab software.')).toMatchObject({ stance: 'supports' });
  });
});
