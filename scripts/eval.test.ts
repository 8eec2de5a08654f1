// The matcher's quality floors (issue #4: precision ≥ 0.9 and recall ≥ 0.85 on held-out text),
// on the same evaluation `npm run eval` prints. A change to the thesaurus, the scoring or the
// conflict rules that costs real matches fails here, not only in a report nobody reads.
import { describe, expect, it } from 'vitest';
import { evaluate } from './lib/evaluate';

describe('matcher evaluation', () => {
  const { result, errors } = evaluate();
  const floors = (name: string, v: { precision: number; recall: number }, recall = 0.85) =>
    it(`${name}: precision ≥ 0.9, recall ≥ ${recall}`, () => {
      expect(v.precision, errors.join('\n')).toBeGreaterThanOrEqual(0.9);
      expect(v.recall, errors.join('\n')).toBeGreaterThanOrEqual(recall);
    });
  floors('reworded passages', result.passages);
  floors('leave-one-outlet-out', result.leaveOneOut.overall);
  floors('held-out articles', result.articles.heldOut);
  // All articles, the tuned-on ones included: the aim's recall is not met here. The four blind
  // articles of stop 12 (a TV transcript, state media, an investor note, a year in review) ran
  // first at P 0.735 / R 0.554 and are at R 0.47–0.76 after the fixes they prompted; this floor
  // guards what is reached (0.827), it does not claim the aim.
  floors('articles', result.articles.overall, 0.82);
  it('page stance, conflicts and the topic gate', () => {
    expect(result.stance.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(result.articles.stance.accuracy, errors.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(result.conflicts.correct).toBe(result.conflicts.total);
    expect(result.gate.rows.filter((r) => r.expected !== r.got)).toEqual([]);
  });
  it('counts every labelled set', () => {
    expect(result.passages.items).toBeGreaterThanOrEqual(90);
    expect(Object.keys(result.articles.perArticle)).toHaveLength(23);
    expect(result.articles.heldOut.tp + result.articles.heldOut.fn).toBeGreaterThanOrEqual(15);
  });
});
