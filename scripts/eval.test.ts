// The matcher's quality floors (issue #4: precision ≥ 0.9 and recall ≥ 0.85 on held-out text),
// on the same evaluation `npm run eval` prints. A change to the thesaurus, the scoring or the
// conflict rules that costs real matches fails here, not only in a report nobody reads.
import { describe, expect, it } from 'vitest';
import { evaluate } from './lib/evaluate';

describe('matcher evaluation', () => {
  const { result, errors } = evaluate();
  const floors = (name: string, v: { precision: number; recall: number }) =>
    it(`${name}: precision ≥ 0.9, recall ≥ 0.85`, () => {
      expect(v.precision, errors.join('\n')).toBeGreaterThanOrEqual(0.9);
      expect(v.recall, errors.join('\n')).toBeGreaterThanOrEqual(0.85);
    });
  floors('reworded passages', result.passages);
  floors('leave-one-outlet-out', result.leaveOneOut.overall);
  floors('articles', result.articles.overall);
  floors('held-out articles', result.articles.heldOut);
  it('page stance, conflicts and the topic gate', () => {
    expect(result.stance.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(result.articles.stance.accuracy, errors.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(result.conflicts.correct).toBe(result.conflicts.total);
    expect(result.gate.rows.filter((r) => r.expected !== r.got)).toEqual([]);
  });
  it('counts every labelled set', () => {
    expect(result.passages.items).toBeGreaterThanOrEqual(90);
    expect(Object.keys(result.articles.perArticle)).toHaveLength(19);
    expect(result.articles.heldOut.tp + result.articles.heldOut.fn).toBeGreaterThanOrEqual(15);
  });
});
