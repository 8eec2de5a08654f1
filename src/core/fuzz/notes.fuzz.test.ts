// Fuzz: notes import/export and display (importAnnotations, exportAnnotations,
// tokenizeNoteBody, notesToMarkdown) and dataset validation, on hostile input.
// Invariants: importAnnotations never throws on any JSON value or text (prototype-pollution
// keys, 10,000-level nesting, huge strings, mutated valid exports) and returns ok or errors;
// export → import round-trips notes with adversarial strings (src/core/notes/w3c.test.ts has
// the plain round-trip property); tokenizeNoteBody never yields a non-http(s) link, never
// yields bidi controls, and loses no text; validateDataset never throws.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
// Test-only exception to the core→data boundary: the brief is to fuzz against the real bundled
// dataset (nothing shipped imports this file).
// eslint-disable-next-line boundaries/dependencies
import { dataset } from '../../data/index';
import { validateDataset } from '../dataset/validate';
import { describeRange } from '../anchoring/selectors';
import { createNote, type Note } from '../notes/model';
import { exportAnnotations, importAnnotations, type ImportResult } from '../notes/w3c';
import { notesToMarkdown } from '../notes/markdown';
import { hasBidiControls, stripControls, tokenizeNoteBody } from '../notes/render';
import { fixedCase, fuzz, NASTY_CHARS, textArb, timeout, within } from './arbitraries';

const BUDGET_MS = 2000;

function checkImport(r: ImportResult): void {
  expect(typeof r.ok).toBe('boolean');
  if (r.ok) {
    expect(Array.isArray(r.notes)).toBe(true);
  } else {
    expect(r.errors.length).toBeGreaterThan(0);
    for (const e of r.errors) expect(typeof e).toBe('string');
  }
  // nothing leaked onto Object.prototype
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

const nastyString = fc.oneof(textArb(30), fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom(...NASTY_CHARS));

/** A valid note with adversarial strings wherever the model accepts them. */
const nastyNoteArb: fc.Arbitrary<Note> = fc
  .record({
    i: fc.nat(1_000_000),
    kind: fc.constantFrom('passage' as const, 'claim' as const),
    url: fc.webUrl({ withQueryParameters: true, withFragments: true }),
    title: nastyString,
    body: fc.oneof(nastyString, fc.array(nastyString, { maxLength: 20 }).map((a) => a.join('\n'))),
    tags: fc.array(nastyString, { maxLength: 5 }),
    text: fc.option(fc.tuple(textArb(60), fc.nat(), fc.nat(), fc.integer({ min: 0, max: 64 })), { nil: undefined }),
  })
  .map((r) => {
    let target: Note['target'];
    if (r.text) {
      const [text, a, b, ctx] = r.text;
      const s = text.length ? a % text.length : 0;
      const [quote, position] = describeRange(text, s, Math.min(text.length, s + 1 + (b % 30)), ctx);
      if (quote.exact !== '') target = { quote, position };
    }
    const made = createNote(
      { kind: r.kind, claimId: 'claim-x', pageUrl: r.url, pageTitle: r.title, body: r.body, tags: r.tags, ...(target ? { target } : {}) },
      { newId: () => `note-${r.i}`, now: () => '2024-05-01T10:00:00.000Z' },
    );
    return made.ok ? made.note : null;
  })
  .filter((n): n is Note => n !== null);

/** JSON text with prototype-pollution keys spliced into objects. */
const pollutedJsonText = fc.tuple(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom('__proto__', 'constructor', 'prototype'), fc.jsonValue({ maxDepth: 2 })).map(([v, key, inner]) =>
  JSON.stringify(v).replace(/\{/g, () => `{${JSON.stringify(key)}:${JSON.stringify(inner) ?? 'null'}${JSON.stringify(v) === '{}' ? '' : ','}`).replace(/,\}/g, '}'),
);

/** A valid export with one subtree replaced by junk (structure-aware mutation). */
function mutate(value: unknown, path: number[], junk: unknown): unknown {
  if (path.length === 0 || value === null || typeof value !== 'object') return junk;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    if (!value.length) return junk;
    const i = head! % value.length;
    return value.map((v, j) => (j === i ? mutate(v, rest, junk) : v));
  }
  const keys = Object.keys(value);
  if (!keys.length) return junk;
  const k = keys[head! % keys.length]!;
  return { ...(value as Record<string, unknown>), [k]: mutate((value as Record<string, unknown>)[k], rest, junk) };
}

describe('importAnnotations fuzz', () => {
  it('arbitrary JSON values, as values and as text: ok or errors, never an exception', () => {
    fuzz(
      'import: fc.jsonValue (value and text)',
      fc.jsonValue({ maxDepth: 6 }),
      (v) => {
        checkImport(importAnnotations(v));
        checkImport(importAnnotations(JSON.stringify(v) ?? ''));
      },
      500,
    );
  });

  it('fc.anything (null-prototype objects, __proto__ keys, sparse arrays, odd numbers)', () => {
    fuzz(
      'import: fc.anything',
      fc.anything({ withNullPrototype: true, withObjectString: true, withSparseArray: true, withBoxedValues: true, withMap: true, withSet: true, withDate: true, withTypedArray: true, withBigInt: true, key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'prototype', 'type', 'items', 'first')) }),
      (v) => checkImport(importAnnotations(v)),
      500,
    );
  });

  it('JSON text with __proto__ / constructor keys, truncated and garbled text', () => {
    fuzz(
      'import: polluted and garbled JSON text',
      fc.oneof(
        pollutedJsonText,
        fc.tuple(fc.jsonValue({ maxDepth: 4 }), fc.nat()).map(([v, n]) => {
          const s = JSON.stringify(v) ?? '';
          return s.slice(0, n % (s.length + 1));
        }),
        textArb(60),
        fc.constantFrom('\uFEFF{}', '<html>', '{"type":"Annotation"', 'null', '"x"', '1e999', '[]', '{"__proto__":{"polluted":1},"type":"AnnotationCollection"}'),
      ),
      (s) => checkImport(importAnnotations(s)),
      500,
    );
  });

  it('valid exports with one subtree replaced by junk', () => {
    fuzz(
      'import: mutated valid exports',
      fc.tuple(fc.array(nastyNoteArb, { minLength: 1, maxLength: 4 }), fc.array(fc.nat(), { maxLength: 8 }), fc.oneof(fc.jsonValue({ maxDepth: 3 }), nastyString, fc.constantFrom(-1, 1e308, '', 'Annotation', 'TextQuoteSelector', [], {}))),
      ([notes, path, junk]) => {
        const unique = notes.map((n, i) => ({ ...n, id: `note-${i}` }));
        const json = JSON.parse(JSON.stringify(exportAnnotations(unique))) as unknown;
        const mutated = mutate(json, path, junk);
        checkImport(importAnnotations(mutated));
        checkImport(importAnnotations(JSON.stringify(mutated) ?? ''));
      },
      400,
    );
  });

  it('export → import round trip with adversarial strings (bidi, NUL, lone surrogates)', () => {
    fuzz(
      'import: round trip, adversarial strings',
      fc.array(nastyNoteArb, { maxLength: 5 }),
      (notes) => {
        const unique = notes.map((n, i) => ({ ...n, id: `note-${i}` }));
        const json = JSON.stringify(exportAnnotations(unique));
        expect(importAnnotations(json)).toEqual({ ok: true, notes: unique });
      },
      300,
    );
  });

  it('10,000 levels of nesting, huge strings, huge arrays: bounded time', () => {
    const deepArr = (n: number): unknown => {
      let v: unknown = 'bottom';
      for (let i = 0; i < n; i++) v = [v];
      return v;
    };
    const deepObj = (n: number): unknown => {
      let v: unknown = { type: 'Annotation' };
      for (let i = 0; i < n; i++) v = { type: 'AnnotationCollection', first: { type: 'AnnotationPage', items: [v] } };
      return v;
    };
    const cases: Record<string, () => unknown> = {
      '10,000-deep array value': () => deepArr(10_000),
      '10,000-deep object value': () => deepObj(10_000),
      '10,000-deep array text': () => '['.repeat(10_000) + ']'.repeat(10_000),
      '10,000-deep object text': () => '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000),
      '10,000-deep unterminated text': () => '[{"x":'.repeat(10_000),
      '1 MB string value': () => ({ type: 'Annotation', body: { type: 'TextualBody', value: 'x'.repeat(1 << 20) } }),
      '1 MB string key': () => ({ ['k'.repeat(1 << 20)]: 1, type: 'AnnotationPage', items: [] }),
      '16 MB JSON text of one string': () => JSON.stringify({ type: 'AnnotationPage', items: ['\u202e'.repeat(1 << 24)] }),
      '100,000 items': () => ({ type: 'AnnotationPage', items: Array.from({ length: 100_000 }, () => ({})) }),
      '50,000 junk items': () => ({ type: 'AnnotationPage', items: Array.from({ length: 50_000 }, (_, i) => ({ type: 'Annotation', id: i })) }),
    };
    for (const [name, make] of Object.entries(cases)) {
      fixedCase(`import: ${name}`, () => {
        const v = make();
        checkImport(within(BUDGET_MS, `importAnnotations(${name})`, () => importAnnotations(v)));
      });
    }
  }, timeout(60_000));
});

describe('tokenizeNoteBody fuzz', () => {
  const bodyArb = fc.oneof(
    textArb(80),
    fc.array(fc.oneof(textArb(5), fc.constantFrom('https://', 'http://', 'HTTPS://a.b/', 'javascript:', 'data:', '(', ')', '[', ']', '.', '\u202e', '\u2066', 'https://\u202eevil.com/', 'https://ex.com/path?q=1#f', 'https://xn--80ak6aa92e.com', 'http://[::1]/', 'http://0x7f.1/', 'https://a..b', 'https://%00', '\r\n', '\u2028', '\u0085')), { maxLength: 30 }).map((a) => a.join('')),
  );
  it('links are http(s) only, no bidi controls in any token, no text lost', () => {
    fuzz(
      'tokenizeNoteBody: random bodies',
      bodyArb,
      (body) => {
        const tokens = tokenizeNoteBody(body);
        let joined = '';
        for (const t of tokens) {
          if (t.type === 'br') {
            joined += '\n';
            continue;
          }
          expect(hasBidiControls(t.text)).toBe(false);
          if (t.type === 'link') {
            const u = new URL(t.href);
            expect(['http:', 'https:']).toContain(u.protocol);
            expect(u.hostname).not.toBe('');
            expect(hasBidiControls(t.href)).toBe(false);
            expect(t.text.length).toBeGreaterThan(0);
          }
          joined += t.text;
        }
        // the displayed text is the body minus control characters, line breaks normalised
        expect(joined).toBe(stripControls(body).split(/\r\n|[\r\n\u2028\u2029\u0085]/).join('\n'));
      },
      1000,
    );
  });

  it('degenerate bodies at the 20,000-character limit and beyond: bounded time', () => {
    const cases: Record<string, string> = {
      'unbalanced closers': 'https://a' + ')'.repeat(20_000),
      'balanced brackets': 'https://a' + '('.repeat(10_000) + ')'.repeat(10_000),
      'trailing punctuation': 'https://a' + '.,;:!?'.repeat(3400),
      'many links': 'https://a.b/ '.repeat(1600),
      'bidi soup': '\u202ehttps://x\u202c'.repeat(1500),
      '1 MB of closers': 'https://a' + ')]}'.repeat(350_000),
      '1 MB one URL': 'https://a.com/' + 'x'.repeat(1 << 20),
    };
    for (const [name, body] of Object.entries(cases)) {
      fixedCase(`tokenizeNoteBody: ${name}`, () => {
        const tokens = within(BUDGET_MS, `tokenizeNoteBody(${name})`, () => tokenizeNoteBody(body));
        for (const t of tokens) if (t.type === 'link') expect(/^https?:/.test(t.href)).toBe(true);
      });
    }
  }, timeout(60_000));
});

describe('markdown and dataset validation fuzz', () => {
  it('notesToMarkdown: never throws, no bidi controls in the output', () => {
    fuzz(
      'markdown: adversarial notes',
      fc.tuple(fc.array(nastyNoteArb, { maxLength: 5 }), fc.option(nastyString, { nil: undefined })),
      ([notes, title]) => {
        const md = notesToMarkdown(notes, title === undefined ? {} : { title });
        expect(typeof md).toBe('string');
        expect(hasBidiControls(md)).toBe(false);
      },
      300,
    );
  });

  it('validateDataset: mutated real dataset and arbitrary values give an error list, never an exception', () => {
    const base = JSON.parse(JSON.stringify(dataset)) as unknown;
    fuzz(
      'validateDataset: mutated dataset / anything',
      fc.oneof(
        fc.tuple(fc.array(fc.nat(), { maxLength: 6 }), fc.oneof(fc.jsonValue({ maxDepth: 3 }), nastyString, fc.constantFrom(null, -1, '', [], {}))).map(([path, junk]) => mutate(base, path, junk)),
        fc.anything({ withNullPrototype: true, key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'claims', 'sources')) }),
      ),
      (v) => {
        const errs = validateDataset(v);
        expect(Array.isArray(errs)).toBe(true);
      },
      150,
    );
  }, timeout(30_000));
});
