import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { dataset } from '../data/index';
import { buildClaimViews } from '../core/dataset/derive';
import { analysePage, lookupText, summarise } from './engine';
import { segment } from '../core/text/segment';

describe('summarise (the hover line)', () => {
  const views = buildClaimViews(dataset);
  it('names the verdict and its reason, in at most 120 characters', () => {
    const v = views.get('kaspersky-founded-1977')!;
    const line = summarise(v, 'supports');
    expect(line.startsWith('Contradicted — ')).toBe(true);
    expect(line).toContain('1997');
    expect(line.length).toBeLessThanOrEqual(120);
  });
  it('says when the page itself differs', () => {
    const v = views.get('best-buy-pulls-kaspersky')!;
    expect(summarise(v, 'contradicts', 'page says X; AFP says Y')).toMatch(/^This page differs: page says X; AFP says Y\. Corroborated — /);
  });
});

describe('the engine over IndexedDB', () => {
  it('looks up a selection sent with the context menu, in other words than the seeds', async () => {
    const found = await lookupText("Best Buy won't sell Kaspersky software anymore.");
    expect(found[0]?.claim.id).toBe('best-buy-pulls-kaspersky');
    expect(await lookupText('The weather stayed mild through the afternoon.')).toEqual([]);
  });

  it('analyses a page: matches in page order, the page outlet left out of its corroboration', async () => {
    const text =
      'The security software vendor, founded in 1977 by Russia-born Eugene Kaspersky, operates a global business.\n\n' +
      'US electronics retailer Best Buy has stopped selling products by leading computer security firm Kaspersky Lab amid concerns the company has links to Russian intelligence, the two companies confirmed Friday.';
    const report = await analysePage({
      url: 'https://www.securityweek.com/x',
      title: 'Best Buy pulls Kaspersky',
      text,
      passages: segment(text),
      topics: ['kaspersky'],
    });
    expect(report.matches.length).toBeGreaterThanOrEqual(2);
    expect(report.matches.map((m) => m.start)).toEqual([...report.matches.map((m) => m.start)].sort((a, b) => a - b));
    const founded = report.matches.find((m) => m.claimId === 'kaspersky-founded-1977');
    expect(founded?.verdict).toBe('contradicted');
    for (const m of report.matches) expect(text.slice(m.start, m.end)).toBe(m.passage);
  });
});
