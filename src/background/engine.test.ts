import { describe, expect, it } from 'vitest';
import { dataset } from '../data/index';
import { buildClaimViews } from '../core/dataset/derive';
import { summarise } from './engine';

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
