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
  // All articles, the tuned-on ones included. The blind articles of stops 12, 13, 14 and 15 ran
  // first at P 0.735 / R 0.554, P 0.836 / R 0.680, P 0.945 / R 0.878 and P 0.975 / R 0.906;
  // this floor guards what is reached (0.948 at the end of stops 23 and 24, 0.949 of stop 25, 0.953 of stop 26), a little under it.
  floors('articles', result.articles.overall, 0.92);
  // Claim by claim (every labelled claim of a paragraph, not the paragraph as found when one of
  // its claims is): below the aim, 0.789 reached at the end of stops 24 and 25, 0.800 of stop 26 (0.676 in stop 17, whose
  // blind batch first ran at 0.541); guarded a little under what is reached, not claimed.
  floors('articles, claim by claim', result.articles.claims.overall, 0.75);
  it('page stance, conflicts and the topic gate', () => {
    expect(result.stance.accuracy).toBeGreaterThanOrEqual(0.95);
    expect(result.articles.stance.accuracy, errors.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(result.conflicts.correct).toBe(result.conflicts.total);
    // most discrepancies the writers planted in the articles are shown as differences
    expect(result.articles.planted.found / result.articles.planted.total).toBeGreaterThanOrEqual(0.7);
    expect(result.gate.rows.filter((r) => r.expected !== r.got)).toEqual([]);
  });
  it('the articles as web pages: every page passes the gate, extraction loses no paragraph that states a claim, and a page finds what its plain text does', () => {
    const web = result.webPages;
    expect(Object.keys(web.perLayout)).toHaveLength(7);
    expect(web.gatedOut).toBe(0);
    expect(web.lostLabelled, errors.filter((e) => e.includes('lost by extraction')).join('\n')).toBe(0);
    // none but a short first paragraph of no claim: a layout puts an article's first paragraph
    // in its headline's place, and in a cable-news page's <h1> (outside the body) a label of
    // three words or fewer ("FOR IMMEDIATE RELEASE", "TECH TALK") reads as a site's name, as it
    // should there (see headlineOutside)
    expect(web.lost).toBe(web.lostAsSiteName);
    expect(web.lost).toBeLessThanOrEqual(3);
    // a page's blocks around the story (a dek, a byline) change who a later "it" is for a few
    // sentences, either way; the furniture around the story (navigation, captions, boxes of
    // links, comments that state claims, a subtitle about "the year Kaspersky is having") is
    // never matched
    expect(Math.abs(web.claims.tp - result.articles.claims.overall.tp)).toBeLessThanOrEqual(10);
    expect(web.claims.precision).toBeGreaterThanOrEqual(result.articles.claims.overall.precision - 0.005);
    expect(web.furniture, errors.filter((e) => e.includes(' furniture ')).join('\n')).toBe(0);
  });
  it('counts every labelled set', () => {
    expect(result.passages.items).toBeGreaterThanOrEqual(90);
    expect(Object.keys(result.articles.perArticle)).toHaveLength(197);
    expect(result.articles.heldOut.tp + result.articles.heldOut.fn).toBeGreaterThanOrEqual(15);
  });
});
