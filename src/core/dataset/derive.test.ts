// Derive on a small synthetic dataset (the real dataset's views are tested in src/data/claim-views.test.ts).
import { describe, expect, it } from 'vitest';
import { buildClaimViews, independenceRoot } from './derive.ts';
import type { Claim, Dataset, Mention } from './types.ts';

const claim = (id: string): Claim => ({ id, text: id, topic: 't', entities: ['e'], values: [] });
const mention = (id: string, claimId: string, sourceId: string, stance: Mention['stance'] = 'supports'): Mention => ({
  id,
  claimId,
  sourceId,
  quote: `q-${id}`,
  stance,
});

const ds: Dataset = {
  schemaVersion: 1,
  topics: [{ id: 't', name: 'T', description: '', entityIds: ['e'] }],
  entities: [{ id: 'e', name: 'E', aliases: [], kind: 'organisation' }],
  sources: [
    { id: 'wire', outlet: 'Wire', title: 'w', kind: 'original' },
    { id: 'copy-1', outlet: 'Paper One', title: 'c1', kind: 'wire-copy', copies: 'wire', textFile: 'c1.txt', url: 'https://one.example/a' },
    { id: 'copy-2', outlet: 'Paper Two', title: 'c2', kind: 'wire-copy', copies: 'wire', textFile: 'c2.txt' },
    { id: 'indie', outlet: 'Indie', title: 'i', kind: 'original', textFile: 'i.txt' },
    { id: 'ref', outlet: 'Reference', title: 'r', kind: 'reference', textFile: 'r.txt' },
  ],
  claims: [claim('wired'), claim('both'), claim('refuted'), claim('right'), claim('argued'), claim('other')],
  mentions: [
    mention('w1', 'wired', 'copy-1'),
    mention('w2', 'wired', 'copy-2'),
    mention('b1', 'both', 'copy-2'),
    mention('b2', 'both', 'indie'),
    mention('b3', 'both', 'copy-1'),
    mention('r1', 'refuted', 'indie'),
    mention('r2', 'refuted', 'ref', 'contradicts'),
    mention('g1', 'right', 'ref'),
    mention('a1', 'argued', 'indie'),
    mention('o1', 'other', 'copy-1'),
  ],
  conflicts: [
    { id: 'x-ref', kind: 'fact', a: { claimId: 'refuted' }, b: { claimId: 'right' }, reason: '1 vs 2', settledBy: { sourceId: 'ref', favours: 'b', note: 'Refuted: 2' } },
    { id: 'x-arg', kind: 'statement', a: { claimId: 'argued' }, b: { claimId: 'other', mentionId: 'o1' }, reason: 'yes vs no' },
  ],
};

describe('derive (synthetic)', () => {
  it('follows copies and survives cycles', () => {
    expect(independenceRoot(ds, 'copy-2')).toBe('wire');
    const cyclic: Dataset = { ...ds, sources: [{ id: 'a', outlet: 'A', title: '', kind: 'wire-copy', copies: 'b' }, { id: 'b', outlet: 'B', title: '', kind: 'wire-copy', copies: 'a' }] };
    expect(['a', 'b']).toContain(independenceRoot(cyclic, 'a'));
  });

  it('counts copies of one wire story once and groups them', () => {
    const v = buildClaimViews(ds);
    const wired = v.get('wired');
    expect(wired?.verdict).toBe('single-source');
    expect(wired?.verdictReason).toBe('Only one independent source (Wire), carried by Paper One and Paper Two');
    expect(wired?.independentCount).toBe(1);
    expect(wired?.totalCount).toBe(2);
    expect(wired?.corroboratedBy[0]?.alsoIn).toEqual([{ sourceId: 'copy-2', outlet: 'Paper Two' }]);
    expect(wired?.corroboratedBy[1]?.independent).toBe(false);
    const both = v.get('both');
    expect(both?.verdict).toBe('corroborated');
    expect(both?.verdictReason).toBe('2 independent sources (Wire, Indie); no disagreement');
    expect(both?.corroboratedBy.map((r) => [r.sourceId, r.independent])).toEqual([
      ['copy-2', true],
      ['indie', true],
      ['copy-1', false],
    ]);
    expect(both?.corroboratedBy[0]?.alsoIn).toEqual([{ sourceId: 'copy-1', outlet: 'Paper One', url: 'https://one.example/a' }]);
  });

  it('derives contradicted and contested verdicts', () => {
    const v = buildClaimViews(ds);
    expect(v.get('refuted')?.verdict).toBe('contradicted');
    expect(v.get('refuted')?.verdictReason).toBe('Refuted: 2');
    expect(v.get('refuted')?.contradictedBy.map((r) => [r.mentionId, r.reason, r.claimId])).toEqual([['r2', '1 vs 2', 'refuted']]);
    expect(v.get('right')?.verdict).toBe('single-source');
    expect(v.get('argued')?.verdict).toBe('contested');
    expect(v.get('argued')?.verdictReason).toBe('Sources disagree: yes vs no');
    expect(v.get('argued')?.contradictedBy.map((r) => [r.mentionId, r.claimId, r.outlet, r.rootOutlet])).toEqual([['o1', 'other', 'Paper One', 'Wire']]);
    expect(v.get('other')?.contradictedBy.map((r) => r.mentionId)).toEqual(['a1']);
  });

  it('excludes a whole independence group', () => {
    const both = buildClaimViews(ds, { excludeSourceIds: ['copy-1'] }).get('both');
    expect(both?.corroboratedBy.map((r) => r.sourceId)).toEqual(['indie']);
    expect(both?.verdict).toBe('corroborated');
  });
});
