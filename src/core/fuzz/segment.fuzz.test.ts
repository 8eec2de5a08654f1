// Fuzz: sentence and clause segmentation (segment, clauses).
// Invariants: spans sorted, non-overlapping, non-empty, within the text and within their block,
// trimmed, never splitting a surrogate pair, deterministic; bounded time on 1 MB degenerate text.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clauses, segment, type Span } from '../text/segment';
import { bigTexts, fixedCase, fuzz, textArb, timeout, within } from './arbitraries';

const BUDGET_MS = 2000;

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
/** True when an offset falls between the two halves of a surrogate pair. */
const splitsPair = (text: string, i: number): boolean => i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));

/** The whitespace segment() trims (its own set, not /\s/: e.g. U+1680 counts as text). */
const TRIMMED = /[ \t\n\r\f\v\u00a0\u202f\u2000-\u200b\u3000\ufeff\u2028\u2029]/;

/** `cuts`: offsets the caller chose (block bounds), which may split a pair themselves. */
function checkSpans(text: string, spans: Span[], within?: Span, cuts: ReadonlySet<number> = new Set()): void {
  // plain checks in the loop (expect() per span is slow on 100,000-span inputs)
  const fail = (s: Span, why: string): never => {
    throw new Error(`span ${s.start}-${s.end} ${why} (text length ${text.length}): ${JSON.stringify(text.slice(s.start, s.start + 60))}`);
  };
  let prevEnd = within ? within.start : 0;
  const end = within ? within.end : text.length;
  const split = (i: number): boolean => splitsPair(text, i) && !cuts.has(i) && i !== within?.start && i !== within?.end;
  for (const s of spans) {
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) fail(s, 'has non-integer offsets');
    if (s.start < prevEnd) fail(s, `starts before the previous span's end ${prevEnd}`);
    if (s.end <= s.start) fail(s, 'is empty');
    if (s.end > end) fail(s, `ends after ${end}`);
    if (split(s.start) || split(s.end)) fail(s, 'splits a surrogate pair');
    prevEnd = s.end;
  }
}

/** Random blocks: sorted, disjoint spans of the text (as extraction produces). */
const textWithBlocks = textArb(400).chain((text) =>
  fc
    .uniqueArray(fc.integer({ min: 0, max: text.length }), { maxLength: 12 })
    .map((cuts) => {
      const c = [...cuts].sort((a, b) => a - b);
      const blocks: Span[] = [];
      for (let i = 0; i + 1 < c.length; i += 2) if (c[i + 1]! > c[i]!) blocks.push({ start: c[i]!, end: c[i + 1]! });
      return { text, blocks };
    }),
);

describe('segment fuzz', () => {
  it('random adversarial text: sentences sorted, disjoint, trimmed, in bounds, deterministic', () => {
    fuzz(
      'segment: random text',
      textArb(400),
      (text) => {
        const spans = segment(text);
        checkSpans(text, spans);
        for (const s of spans) expect(TRIMMED.test(text[s.start]!) || TRIMMED.test(text[s.end - 1]!)).toBe(false);
        expect(segment(text)).toEqual(spans);
      },
      500,
    );
  });

  it('with blocks: every sentence inside its block, blocks never crossed', () => {
    fuzz(
      'segment: random text with blocks',
      textWithBlocks,
      ({ text, blocks }) => {
        const spans = segment(text, blocks);
        checkSpans(text, spans, undefined, new Set(blocks.flatMap((b) => [b.start, b.end])));
        for (const s of spans) expect(blocks.some((b) => b.start <= s.start && s.end <= b.end)).toBe(true);
      },
      300,
    );
  });

  it('clauses of random sentences: inside the sentence, sorted, disjoint, no split pairs', () => {
    fuzz(
      'clauses: random sentences',
      fc.tuple(textArb(300), fc.integer({ min: 0, max: 30 })),
      ([text, minWords]) => {
        for (const s of [{ start: 0, end: text.length }, ...segment(text)]) {
          const cl = clauses(text, s, minWords);
          checkSpans(text, cl, s);
          expect(cl.length === 0 || cl.length >= 2).toBe(true);
        }
      },
      400,
    );
  });

  it('1 MB degenerate texts: bounded time, same invariants', () => {
    for (const [name, text] of Object.entries(bigTexts(1 << 20))) {
      fixedCase(`segment: 1 MB ${name}`, () => {
        const spans = within(BUDGET_MS, `segment(${name})`, () => segment(text));
        checkSpans(text, spans);
        // the matcher asks for clauses of sentences up to 5,000 characters; ask for all of them here
        const whole = { start: 0, end: text.length };
        checkSpans(text, within(BUDGET_MS, `clauses(${name})`, () => clauses(text, whole)), whole);
        within(BUDGET_MS, `clauses per sentence (${name})`, () => {
          for (const s of spans.slice(0, 20_000)) clauses(text, s);
        });
      });
    }
  }, timeout(60_000));

  it('whitespace-heavy sentences for clauses (formerly quadratic) in bounded time', () => {
    const words = 'a b c d e f g h i j k l m n o p q r s t ';
    const cases: Record<string, string> = {
      'a long space run': words + ' '.repeat(1 << 20) + 'z',
      'space runs before a dash': (words + ' '.repeat(5000) + 'x').repeat(200),
      'tabs and newlines': words + '\t\n \u00a0'.repeat(250_000) + 'amid',
    };
    for (const [name, text] of Object.entries(cases)) {
      fixedCase(`clauses: ${name}`, () => {
        const s = { start: 0, end: text.length };
        checkSpans(text, within(BUDGET_MS, `clauses(${name})`, () => clauses(text, s)), s);
      });
    }
  }, timeout(30_000));
});
