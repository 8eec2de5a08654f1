// Fuzz: anchoring (describeRange → anchor) and URL normalisation.
// Invariants: on unmodified text anchor returns exactly the described range (repeated phrases
// included); after arbitrary edits it never throws and returns null or an in-bounds range with
// a score in [0, 1]; garbage selectors yield null, not exceptions; bounded time on 1 MB and
// degenerate texts. normaliseUrl never throws, is idempotent, and its result is a fixed point.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anchor, type AnchorResult } from '../anchoring/anchor';
import { describeRange, type TextSelector } from '../anchoring/selectors';
import { normaliseUrl } from '../anchoring/url';
import { bigTexts, fixedCase, fuzz, NASTY_CHARS, repetitiveTextArb, textArb, timeout, within } from './arbitraries';

const BUDGET_MS = 2000;

function checkResult(text: string, r: AnchorResult | null): void {
  if (r === null) return;
  expect(Number.isInteger(r.start) && Number.isInteger(r.end)).toBe(true);
  expect(r.start).toBeGreaterThanOrEqual(0);
  expect(r.end).toBeGreaterThanOrEqual(r.start);
  expect(r.end).toBeLessThanOrEqual(text.length);
  expect(Number.isFinite(r.score)).toBe(true);
  expect(r.score).toBeGreaterThanOrEqual(0);
  expect(r.score).toBeLessThanOrEqual(1);
  expect(['exact-position', 'exact', 'fuzzy']).toContain(r.method);
}

/** A text and a non-empty range in it. */
const textRange = (text: fc.Arbitrary<string>) =>
  text
    .filter((t) => t.length > 0)
    .chain((t) => fc.tuple(fc.constant(t), fc.nat(t.length - 1), fc.nat(t.length), fc.integer({ min: 0, max: 100 })))
    .map(([t, a, b, ctx]) => {
      const s = Math.min(a, t.length - 1);
      const e = Math.max(s + 1, Math.min(t.length, b));
      return { text: t, s, e, ctx };
    });

type Edit = { at: number; del: number; ins: string };
const editArb: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  del: fc.nat(40),
  ins: fc.oneof(textArb(6), fc.constantFrom(...NASTY_CHARS), fc.constant('')),
});
function applyEdits(text: string, edits: Edit[]): string {
  let t = text;
  for (const e of edits) {
    const i = e.at % (t.length + 1);
    t = t.slice(0, i) + e.ins + t.slice(i + e.del);
  }
  return t;
}

describe('anchor fuzz', () => {
  it('unmodified text: describeRange → anchor returns exactly the original range', () => {
    fuzz(
      'anchor: round trip on unmodified adversarial text',
      textRange(textArb(200)),
      ({ text, s, e, ctx }) => {
        const [quote, position] = describeRange(text, s, e, ctx);
        const r = anchor(text, { quote, position });
        expect(r).not.toBeNull();
        expect([r!.start, r!.end]).toEqual([s, e]);
        // the array form (as stored in a W3C annotation) too
        const r2 = anchor(text, [position, quote]);
        expect([r2!.start, r2!.end]).toEqual([s, e]);
      },
      400,
    );
  });

  it('unmodified repetitive text (repeated phrases, one-letter texts): exact range', () => {
    fuzz(
      'anchor: round trip on repetitive text',
      textRange(repetitiveTextArb(600)),
      ({ text, s, e, ctx }) => {
        const [quote, position] = describeRange(text, s, e, ctx);
        const r = anchor(text, { quote, position });
        expect([r?.start, r?.end]).toEqual([s, e]);
      },
      400,
    );
  });

  it('after random edits: null or an in-bounds range, never an exception', () => {
    fuzz(
      'anchor: edited text',
      fc.tuple(textRange(fc.oneof(textArb(200), repetitiveTextArb(400))), fc.array(editArb, { maxLength: 6 }), fc.boolean()),
      ([{ text, s, e, ctx }, edits, withPosition]) => {
        const [quote, position] = describeRange(text, s, e, ctx);
        const edited = applyEdits(text, edits);
        const r = anchor(edited, withPosition ? { quote, position } : { quote });
        checkResult(edited, r);
        // a quote found verbatim is always accepted
        if (edited.includes(quote.exact)) expect(r).not.toBeNull();
      },
      400,
    );
  });

  it('garbage selectors and options: null or in-bounds, never an exception', () => {
    const numberish = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(NaN, Infinity, -Infinity, -0, 2 ** 53, -1), fc.string() as fc.Arbitrary<unknown>);
    fuzz(
      'anchor: garbage selectors',
      fc.tuple(
        textArb(100),
        fc.oneof(
          fc.anything(),
          fc.array(fc.anything()),
          fc.record({
            quote: fc.oneof(fc.anything(), fc.record({ type: fc.constant('TextQuoteSelector'), exact: fc.oneof(textArb(20), fc.anything()), prefix: fc.anything(), suffix: fc.anything() })),
            position: fc.oneof(fc.anything(), fc.record({ type: fc.constant('TextPositionSelector'), start: numberish, end: numberish })),
          }),
        ),
        fc.record({ minScore: numberish, minFuzzyLength: numberish, maxErrors: numberish, window: numberish, maxScan: numberish, maxOccurrences: numberish }, { requiredKeys: [] }),
      ),
      ([text, sel, opts]) => {
        let r: AnchorResult | null = null;
        try {
          r = anchor(text, sel as readonly TextSelector[], opts as Record<string, number>);
        } catch (err) {
          throw new Error(`anchor threw on ${JSON.stringify(sel)?.slice(0, 200)}: ${String(err)}`);
        }
        checkResult(text, r);
      },
      300,
    );
  });

  it('1 MB and degenerate texts: bounded time for exact, edited and absent quotes', () => {
    // ~1 s per text (the absent quote exhausts the 4,000,000-character fuzzy budget): a few
    // kinds by default, more with FUZZ_RUNS.
    const big = bigTexts(1 << 20);
    fuzz(
      'anchor: 1 MB degenerate texts',
      fc.tuple(fc.constantFrom(...Object.keys(big)), fc.constantFrom(1, 20, 300, 5000), fc.double({ min: 0, max: 0.99, noNaN: true })),
      ([name, len, where]) => {
        const text = big[name]!;
        const at = Math.floor(where * (text.length - len));
        const [quote, position] = describeRange(text, at, at + len);
        const r = within(BUDGET_MS, `anchor exact ${name}/${len}`, () => anchor(text, { quote, position }));
        expect([r?.start, r?.end]).toEqual([position.start, position.end]);
        // edited: the quote's middle changed and the page shifted
        const mid = at + (len >> 1);
        const edited = 'xyz ' + text.slice(0, mid) + 'Q\u202eQ' + text.slice(mid + 1);
        checkResult(edited, within(BUDGET_MS, `anchor edited ${name}/${len}`, () => anchor(edited, { quote, position })));
        checkResult(edited, within(BUDGET_MS, `anchor edited, no position ${name}/${len}`, () => anchor(edited, { quote })));
        // a quote that is nowhere: the whole-text fuzzy scan must stay within its budget
        const absent = { type: 'TextQuoteSelector' as const, exact: 'an entirely different sentence that is not on this page at all, '.repeat(6), prefix: 'p', suffix: 's' };
        checkResult(text, within(BUDGET_MS * 2, `anchor absent ${name}`, () => anchor(text, { quote: absent, position: { type: 'TextPositionSelector', start: 5, end: 400 } })));
      },
      3,
    );
  }, timeout(60_000));
});

describe('normaliseUrl fuzz', () => {
  const urlArb = fc.oneof(
    fc.webUrl({ withQueryParameters: true, withFragments: true, validSchemes: ['http', 'https'] }),
    fc.webUrl({ withQueryParameters: true, withFragments: true, validSchemes: ['http', 'https'] }).map((u) => u + '&utm_source=x&fbclid=1&a=%ZZ&%E0%A4%A=1'),
    fc.tuple(fc.constantFrom('http://', 'https://', 'HTTPS://', 'ftp://', 'javascript:', '//', ' http://', 'http:'), textArb(20)).map(([a, b]) => a + b),
    textArb(20),
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.constantFrom('http://[::1]:80/', 'https://xn--nxasmq6b.com/', 'https://EXAMPLE.com./index.html?b=2&a=1#x', 'http://a/b/../c/./d', 'https://a.b?%00', 'https://u:p@h.com:443/'),
  );
  it('never throws, idempotent, results are fixed points', () => {
    fuzz(
      'normaliseUrl: random URLs and canonicals',
      fc.tuple(urlArb, fc.option(fc.oneof(urlArb, fc.constantFrom('/relative', '../x', '?q=1', '#f', '')), { nil: undefined })),
      ([url, canonical]) => {
        const n = normaliseUrl(url);
        expect(typeof n).toBe('string');
        expect(normaliseUrl(n)).toBe(n);
        const c = normaliseUrl(url, canonical);
        expect(normaliseUrl(c)).toBe(c);
      },
      1000,
    );
  });

  it('non-string input and huge URLs do not throw', () => {
    fixedCase('normaliseUrl: non-strings and 1 MB URLs', () => {
      for (const v of [undefined, null, 42, {}, [], Symbol.iterator]) expect(typeof normaliseUrl(v as unknown as string)).toBe('string');
      const huge = 'https://example.com/' + 'a/'.repeat(1 << 19) + '?' + 'utm_x=1&'.repeat(50_000);
      const n = within(BUDGET_MS, 'normaliseUrl 1 MB', () => normaliseUrl(huge, huge));
      expect(normaliseUrl(n)).toBe(n);
    });
  });
});

