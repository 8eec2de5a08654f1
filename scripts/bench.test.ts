// The benchmark's synthetic dataset generator and median helper (bench/synthetic.ts): the
// dataset must be deterministic, valid by the project's own validator, and shaped as the
// benchmark claims (2–3 mentions per generated claim, values, paraphrases, many entities).
import { describe, expect, it } from 'vitest';
import { dataset } from '../src/data/index';
import { validateDataset } from '../src/core/dataset/validate';
import { buildIndex } from '../src/core/match/index';
import { median, prng, syntheticDataset } from '../bench/synthetic';

describe('bench synthetic dataset', () => {
  const ds = syntheticDataset(dataset, { claims: 2000, seed: 7 });

  it('is deterministic for a seed and differs across seeds', () => {
    const again = syntheticDataset(dataset, { claims: 2000, seed: 7 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(ds));
    const other = syntheticDataset(dataset, { claims: 2000, seed: 8 });
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(ds));
    const r1 = prng(42);
    const r2 = prng(42);
    for (let i = 0; i < 5; i++) expect(r1()).toBe(r2());
  });

  it('passes the dataset validator and keeps the bundled claims', () => {
    expect(validateDataset(JSON.parse(JSON.stringify(ds)))).toEqual([]);
    expect(ds.claims).toHaveLength(2000);
    for (const c of dataset.claims) expect(ds.claims.some((x) => x.id === c.id)).toBe(true);
  });

  it('gives each generated claim 2–3 mentions from distinct outlets, and values and paraphrases overall', () => {
    const byClaim = new Map<string, string[]>();
    for (const m of ds.mentions) byClaim.set(m.claimId, [...(byClaim.get(m.claimId) ?? []), m.sourceId]);
    const generated = ds.claims.filter((c) => c.id.startsWith('syn-'));
    for (const c of generated) {
      const srcs = byClaim.get(c.id) ?? [];
      expect(srcs.length).toBeGreaterThanOrEqual(2);
      expect(srcs.length).toBeLessThanOrEqual(3);
      expect(new Set(srcs).size).toBe(srcs.length);
    }
    const share = (f: (c: (typeof generated)[number]) => boolean) => generated.filter(f).length / generated.length;
    expect(share((c) => c.values.some((v) => v.type === 'year'))).toBeGreaterThan(0.2);
    expect(share((c) => (c.paraphrases?.length ?? 0) > 0)).toBeGreaterThan(0.5);
    expect(ds.entities.length).toBeGreaterThan(500);
    expect(ds.mentions.some((m) => m.stance === 'contradicts')).toBe(true);
  });

  it('builds a matcher index with a varied vocabulary', () => {
    const idx = buildIndex(ds);
    expect(idx.docs.length).toBeGreaterThan(ds.claims.length * 3);
    expect(idx.termId.size).toBeGreaterThan(3000);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([5])).toBe(5);
    expect(Number.isNaN(median([]))).toBe(true);
  });
});
