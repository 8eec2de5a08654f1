import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clauses, isJsSpace, segment } from './segment';

const sents = (t: string, blocks?: { start: number; end: number }[]) => segment(t, blocks).map((s) => t.slice(s.start, s.end));

describe('segment', () => {
  it('keeps abbreviations, initials, No1 and decimals inside sentences', () => {
    const t = 'Best Buy Co. is the No1 U.S. electronics retailer. Mr. Donald J. Trump spoke on Sept. 8 about a 10.6 percent rise. Acme Inc. said nothing.';
    expect(sents(t)).toEqual([
      'Best Buy Co. is the No1 U.S. electronics retailer.',
      'Mr. Donald J. Trump spoke on Sept. 8 about a 10.6 percent rise.',
      'Acme Inc. said nothing.',
    ]);
  });
  it('"No." is an abbreviation before a number only: "said no." ends a sentence', () => {
    expect(sents('It is the No. 1 chain. Rep. Jones said no. Mr. Kaspersky denied it.')).toEqual(['It is the No. 1 chain.', 'Rep. Jones said no.', 'Mr. Kaspersky denied it.']);
  });
  it('a weekday abbreviation goes on before a date, and ends a sentence before another capitalised word', () => {
    expect(sents('Both companies confirmed it on Fri. Sept. 8 in statements. Gone as of Fri. 9/8, it was.')).toEqual(['Both companies confirmed it on Fri. Sept. 8 in statements.', 'Gone as of Fri. 9/8, it was.']);
    expect(sents('Both confirmed the move that same Fri. Star Trib broke the story.')).toEqual(['Both confirmed the move that same Fri.', 'Star Trib broke the story.']);
  });
  it('splits after an abbreviation that ends a sentence before a usual opener', () => {
    expect(sents('The firm moved to the U.S. The decision was final.')).toEqual(['The firm moved to the U.S.', 'The decision was final.']);
  });
  it('handles closing quotes and attribution after a quoted question', () => {
    const t = 'They said the firms “have suspended their relationship at this time.” The retailer declined. “Why then?” she asked.';
    expect(sents(t)).toEqual(['They said the firms “have suspended their relationship at this time.”', 'The retailer declined.', '“Why then?” she asked.']);
  });
  it('ends an all-lowercase sentence before a usual opener (chat, captions), not after an abbreviation', () => {
    expect(sents('kaspersky never helped anyone. also eugene offered his code')).toEqual(['kaspersky never helped anyone.', 'also eugene offered his code']);
    expect(sents('it costs approx. the same, etc. and so on; they sell pens, paper etc. and ink. also books')).toEqual([
      'it costs approx. the same, etc. and so on; they sell pens, paper etc. and ink.',
      'also books',
    ]);
    // not before a word that rarely opens a sentence
    expect(sents('the store sells pens. eugene offered')).toEqual(['the store sells pens. eugene offered']);
  });
  it('treats non-breaking spaces as spaces and ellipses before a capital as an end', () => {
    expect(sents('It was over.\u00a0Then it began… Nobody knew.')).toEqual(['It was over.', 'Then it began…', 'Nobody knew.']);
  });
  it('ends a sentence at a block boundary (headlines without punctuation)', () => {
    const t = 'Best Buy halts Kaspersky sales\n\nThe retailer said so.';
    expect(sents(t, [{ start: 0, end: 30 }, { start: 32, end: t.length }])).toEqual(['Best Buy halts Kaspersky sales', 'The retailer said so.']);
  });
  it('offsets are exact and inside the text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Mr. X', 'said', 'U.S.', 'It', 'ended.', '“Yes.”', 'No.', '3.5', '\u00a0', '\n', 'Why?', 'The'), { maxLength: 40 }), (parts) => {
        const t = parts.join(' ');
        let last = 0;
        for (const s of segment(t)) {
          expect(s.start).toBeGreaterThanOrEqual(last);
          expect(s.end).toBeGreaterThan(s.start);
          expect(s.end).toBeLessThanOrEqual(t.length);
          expect(t.slice(s.start, s.end)).toBe(t.slice(s.start, s.end).trim());
          last = s.end;
        }
      }),
    );
  });
});

describe('clauses', () => {
  it('splits a long sentence at clause boundaries and leaves short ones alone', () => {
    const t =
      'US electronics retailer Best Buy has stopped selling products by leading computer security firm Kaspersky Lab amid concerns the company has links to Russian intelligence, the two companies confirmed Friday.';
    const c = clauses(t, { start: 0, end: t.length });
    expect(c.length).toBeGreaterThanOrEqual(2);
    expect(t.slice(c[0]!.start, c[0]!.end)).toContain('Kaspersky Lab');
    expect(clauses('Short sentence here.', { start: 0, end: 20 })).toEqual([]);
  });
  it("splits a short sentence only where a headline's parts meet: a semicolon, a colon or a spaced dash", () => {
    const parts = (t: string) => clauses(t, { start: 0, end: t.length }).map((s) => t.slice(s.start, s.end));
    expect(parts('Best Buy pulls Kaspersky: What IT managers should do now')).toEqual(['Best Buy pulls Kaspersky', 'What IT managers should do now']);
    expect(parts('Best Buy dumps Kaspersky; Hill hawks take a victory lap')).toEqual(['Best Buy dumps Kaspersky', 'Hill hawks take a victory lap']);
    expect(parts('Best Buy drops Kaspersky — and the Kremlin is not amused')).toEqual(['Best Buy drops Kaspersky', 'and the Kremlin is not amused']);
    // not at a comma, nor where a part would be a word or two ("Update: …")
    expect(parts('Best Buy, the biggest chain, pulls Kaspersky because of Russia')).toEqual([]);
    expect(parts('Update: Best Buy confirmed the move on Friday')).toEqual([]);
  });
});

describe('clauses regressions (found by src/core/fuzz)', () => {
  it('stays linear on long whitespace runs (the leading-whitespace alternatives were retried at every space)', () => {
    const words = 'a b c d e f g h i j k l m n o p q r s t ';
    const t = words + ' '.repeat(200_000) + 'z';
    const t0 = performance.now();
    expect(clauses(t, { start: 0, end: t.length })).toEqual([]);
    expect(performance.now() - t0).toBeLessThan(1000); // was ~5 minutes
  });
  it('cuts exactly where the former regex did (";" and dashes after spaces, a dash then ":")', () => {
    const t = 'one two three four five six seven  ;  eight nine ten eleven twelve — thirteen fourteen fifteen sixteen seventeen – : eighteen nineteen';
    const c = clauses(t, { start: 0, end: t.length }, 5).map((s) => t.slice(s.start, s.end));
    expect(c).toEqual(['one two three four five six seven', 'eight nine ten eleven twelve', 'thirteen fourteen fifteen sixteen seventeen – : eighteen nineteen']);
  });
});

describe('isJsSpace', () => {
  it('is exactly /\\s/ on every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isJsSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});

