import { describe, expect, it } from 'vitest';
import { anchor, type AnchorSelectors } from './anchor.ts';
import { describeRange } from './selectors.ts';
import { ARTICLE, makeText } from './fixtures/texts.ts';

function selectorsFor(text: string, passage: string, occurrence = 0): AnchorSelectors {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(passage, start + 1);
  if (start < 0) throw new Error(`fixture passage not found: ${passage}`);
  const [quote, position] = describeRange(text, start, start + passage.length);
  return { quote, position };
}

const PASSAGE = 'ridership fell by nine percent last year, the steepest decline in a decade';

describe('describeRange', () => {
  it('builds quote and position selectors with context', () => {
    const text = 'alpha beta gamma delta';
    expect(describeRange(text, 6, 10, 5)).toEqual([
      { type: 'TextQuoteSelector', exact: 'beta', prefix: 'lpha ', suffix: ' gamm' },
      { type: 'TextPositionSelector', start: 6, end: 10 },
    ]);
    expect(describeRange(text, 0, 5)[0]).toEqual({ type: 'TextQuoteSelector', exact: 'alpha', suffix: ' beta gamma delta' });
  });

  it('clamps and orders offsets and never splits a surrogate pair', () => {
    expect(describeRange('abc', 5, -2)[1]).toEqual({ type: 'TextPositionSelector', start: 0, end: 3 });
    const text = 'x😀y quote z😀w';
    const s = text.indexOf('quote');
    const [q] = describeRange(text, s, s + 5, 3);
    expect(q.prefix).toBe('y ');
    expect(q.suffix).toBe(' z');
  });
});

describe('anchor', () => {
  const sel = selectorsFor(ARTICLE, PASSAGE);

  it('finds an unchanged passage at its stored position', () => {
    const r = anchor(ARTICLE, sel);
    expect(r).toEqual({ start: sel.position!.start, end: sel.position!.end, score: 1, method: 'exact-position' });
  });

  it('accepts the selectors as a W3C selector array', () => {
    const r = anchor(ARTICLE, [sel.position!, sel.quote]);
    expect(r?.method).toBe('exact-position');
  });

  it('finds the passage after words were inserted before it', () => {
    const edited = 'BREAKING: an update was added at the top of this story. ' + ARTICLE;
    const r = anchor(edited, sel);
    expect(r?.method).toBe('exact');
    expect(edited.slice(r!.start, r!.end)).toBe(PASSAGE);
  });

  it('finds the passage when the quote itself was slightly edited', () => {
    const edited = ARTICLE.replace('fell by nine percent', 'fell by almost 9 percent');
    const r = anchor(edited, sel);
    expect(r?.method).toBe('fuzzy');
    expect(edited.slice(r!.start, r!.end)).toBe('ridership fell by almost 9 percent last year, the steepest decline in a decade');
    expect(r!.score).toBeGreaterThan(0.8);
  });

  it('finds an edited passage whose paragraph moved far away', () => {
    const paragraphs = ARTICLE.split('\n\n');
    const moved = [paragraphs[3]!.replace('steepest', 'sharpest'), ...paragraphs.slice(0, 3), ...paragraphs.slice(4)]
      .map((p, i) => (i === 0 ? p : p))
      .join('\n\n');
    const long = makeText(3000, 5) + '\n\n' + moved; // the stored position is now far off
    const r = anchor(long, sel);
    expect(r?.method).toBe('fuzzy');
    expect(long.slice(r!.start, r!.end)).toBe(PASSAGE.replace('steepest', 'sharpest'));
  });

  it('returns null (orphaned) when the passage was deleted', () => {
    const deleted = ARTICLE.replace(/According to the transport authority[^.]*\./, '');
    expect(anchor(deleted, sel)).toBeNull();
    expect(anchor(makeText(20_000, 3), sel)).toBeNull();
  });

  it('disambiguates a repeated phrase by prefix and suffix', () => {
    const phrase = 'The mayor said the vote was a turning point';
    const first = selectorsFor(ARTICLE, phrase, 0);
    const second = selectorsFor(ARTICLE, phrase, 1);
    // Shift everything so stored positions no longer hit either occurrence.
    const shifted = 'Updated: '.repeat(7) + ARTICLE;
    const r1 = anchor(shifted, first)!;
    const r2 = anchor(shifted, second)!;
    expect(r1.start).toBe(shifted.indexOf(phrase));
    expect(r2.start).toBe(shifted.indexOf(phrase, r1.start + 1));
    // Even when the stored position points at the other occurrence, context wins.
    const swapped = { quote: second.quote, position: first.position! };
    expect(anchor(ARTICLE, swapped)!.start).toBe(second.position!.start);
  });

  it('prefers a slightly edited annotated occurrence over a verbatim copy elsewhere with other context', () => {
    const phrase = 'the budget relies on optimistic forecasts';
    const sel2 = selectorsFor(ARTICLE, phrase);
    const edited =
      ARTICLE.replace('Critics argued that the budget relies on optimistic forecasts.', 'Critics argued that the budget relies on overly optimistic forecasts.') +
      '\n\nIn an unrelated column, a writer noted that the budget relies on optimistic forecasts too.';
    const r = anchor(edited, sel2)!;
    expect(edited.slice(r.start, r.end)).toBe('the budget relies on overly optimistic forecasts');
  });

  it('never matches a short quote fuzzily', () => {
    const text = 'The vote was held. The mayor spoke.';
    const [quote, position] = describeRange(text, 4, 8); // "vote"
    expect(anchor('The vots was held. The mayor spoke.', { quote, position })).toBeNull();
    const seven = { type: 'TextQuoteSelector' as const, exact: 'mayor s' };
    expect(anchor('The mayer spoke.', { quote: seven })).toBeNull();
    expect(anchor('The mayor spoke.', { quote: seven })?.method).toBe('exact');
  });

  it('handles a long quote (> 256 chars) edited in its head, middle and tail', () => {
    const text = makeText(5000, 11);
    const [quote, position] = describeRange(text, 10_000, 13_000);
    const edited =
      'Intro paragraph added. '.repeat(20) +
      text.slice(0, 10_005) + 'EDIT' + text.slice(10_012, 11_500) + 'MIDDLE EDIT' + text.slice(11_510, 12_990) + '!!' + text.slice(12_996);
    const r = anchor(edited, { quote, position })!;
    expect(r.method).toBe('fuzzy');
    const shift = 'Intro paragraph added. '.length * 20;
    expect(r.start).toBe(10_000 + shift);
    expect(Math.abs(r.end - (13_000 + shift - 4 - 1 - 4))).toBeLessThanOrEqual(4);
  });

  it('stays bounded and correct on a 1 MB page', () => {
    const big = makeText(170_000, 7);
    expect(big.length).toBeGreaterThan(900_000);
    const [quote, position] = describeRange(big, 800_000, 800_120);
    const original = big.slice(800_000, 800_120);
    const edited = big.slice(0, 800_010) + 'ZZZZ' + big.slice(800_014);
    const r = anchor(edited, { quote, position })!;
    expect(r.method).toBe('fuzzy');
    expect(r.start).toBe(800_000);
    // Deleted passage on 1 MB: a full bounded scan, then null.
    const deleted = big.slice(0, 799_990) + big.slice(800_130);
    expect(deleted.includes(original)).toBe(false);
    expect(anchor(deleted, { quote, position })).toBeNull();
    // Degenerate text: many near-matches everywhere; must still return.
    const degenerate = 'a'.repeat(1_000_000);
    const r2 = anchor(degenerate, { quote: { type: 'TextQuoteSelector', exact: 'aaaaaaaab' } });
    expect(r2 === null || r2.end - r2.start <= 11).toBe(true);
    // A huge quote that is not there.
    expect(anchor(deleted, { quote: { type: 'TextQuoteSelector', exact: makeText(3000, 99) } })).toBeNull();
  });

  it('returns null for empty or malformed input instead of throwing', () => {
    expect(anchor('', sel)).toBeNull();
    expect(anchor(ARTICLE, { quote: { type: 'TextQuoteSelector', exact: '' } })).toBeNull();
    expect(anchor(ARTICLE, [])).toBeNull();
    const badPos = { quote: sel.quote, position: { type: 'TextPositionSelector' as const, start: -5, end: NaN } };
    expect(anchor(ARTICLE, badPos)?.method).toBe('exact');
  });
});

describe('anchor option regressions (found by src/core/fuzz)', () => {
  it('ignores negative or fractional counts instead of throwing a RangeError', () => {
    const text = 'a a a a a';
    const quote = { type: 'TextQuoteSelector' as const, exact: 'a' };
    for (const maxOccurrences of [-1, -5e-324, 1.5, 0]) {
      expect(() => anchor(text, { quote }, { maxOccurrences })).not.toThrow();
    }
    expect(anchor(text, { quote }, { maxOccurrences: 1.5 })?.start).toBe(0);
  });
});
