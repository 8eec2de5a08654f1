// The matcher's candidate prefixes (src/core/match/index.ts) must lose nothing: on a synthetic
// 2,000-claim dataset, with passages cut from its mentions (whole, and with words dropped so
// that many land near the threshold, some two to a sentence), matching through the prefix index
// and the passage's candidate bound gives exactly what scoring every document that shares a
// concept with the unit gives.
import { describe, expect, it } from 'vitest';
import { dataset } from '../src/data/index';
import { buildIndex, matchPassages } from '../src/core/match/index';
import { segment } from '../src/core/text/segment';
import { prng, syntheticDataset } from '../bench/synthetic';

describe('candidate prefixes at scale', () => {
  const ds = syntheticDataset(dataset, { claims: 2000, seed: 11 });
  const pruned = buildIndex(ds);
  // minScore above any threshold: every call takes the exhaustive path
  const exhaustive = buildIndex(ds, { minScore: 2 });
  const r = prng(3);
  const sentences: string[] = [];
  let held = '';
  for (const m of ds.mentions) {
    if (r() > 0.25) continue;
    const words = m.quote.split(' ');
    sentences.push(m.quote + '.');
    const cut = words.filter(() => r() > 0.3).join(' ');
    // some sentences carry two statements in clauses (scored through their union's candidates)
    if (r() < 0.3) held = cut;
    else if (held) {
      sentences.push(`${held}; ${r() < 0.5 ? 'it said ' : ''}${cut}.`);
      held = '';
    } else sentences.push(cut + '.');
  }
  const text = sentences.join(' ');
  const passages = segment(text);

  it('gives the same matches as scoring every document, at the default threshold', () => {
    const a = matchPassages(pruned, text, passages);
    const b = matchPassages(exhaustive, text, passages);
    expect(a.length).toBeGreaterThan(500);
    expect(a).toEqual(b);
  });

  it('gives every candidate above the threshold that exhaustive scoring gives (calibration mode)', () => {
    const a = matchPassages(pruned, text, passages, { allAbove: 0.5 });
    const b = matchPassages(exhaustive, text, passages, { allAbove: 0.5 });
    expect(a.length).toBeGreaterThan(1000);
    expect(a).toEqual(b);
  });

  it('scoped to some topics, gives what scoring every document of those topics gives, and only their claims', () => {
    const topics = ['kaspersky', 'syn-topic-3', 'syn-topic-17'];
    const a = matchPassages(pruned, text, passages, { topics, allAbove: 0.5 });
    const b = matchPassages(exhaustive, text, passages, { topics, allAbove: 0.5 });
    expect(a.length).toBeGreaterThan(50);
    expect(a).toEqual(b);
    const topicOf = new Map(ds.claims.map((c) => [c.id, c.topic]));
    expect(a.every((m) => topics.includes(topicOf.get(m.claimId)!))).toBe(true);
    expect(new Set(a.map((m) => topicOf.get(m.claimId))).size).toBe(3);
  });

  it('falls back to the full postings below the prefixes’ minimum score', () => {
    expect(matchPassages(pruned, text, passages, { allAbove: 0.3 })).toEqual(matchPassages(exhaustive, text, passages, { allAbove: 0.3 }));
  });
});
