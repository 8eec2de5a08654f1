import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createNote, updateNote, type Note } from './model.ts';
import { describeRange } from '../anchoring/selectors.ts';
import { exportAnnotations, importAnnotations, noteToAnnotation, parseIsoDateTime, stableHash } from './w3c.ts';

function mustCreate(...args: Parameters<typeof createNote>): Note {
  const r = createNote(...args);
  if (!r.ok) throw new Error(r.error);
  return r.note;
}

const clock = (iso: string) => () => new Date(iso);
const TEXT = 'The council voted on Tuesday to approve a new budget for public transport.';
const [quote, position] = describeRange(TEXT, 4, 19);

const passage = mustCreate(
  { kind: 'passage', pageUrl: 'https://example.com/story', pageTitle: 'A story', target: { quote, position }, body: 'Check this', tags: ['budget'] },
  { newId: () => 'note-1', now: clock('2024-05-01T10:00:00Z') },
);
const claimNote = mustCreate(
  { kind: 'claim', claimId: 'budget-approved', pageUrl: 'https://example.com/story', pageTitle: 'A story', body: '' },
  { newId: () => 'note-2', now: clock('2024-05-02T10:00:00Z') },
);

function errorsOf(input: unknown): string[] {
  const r = importAnnotations(input);
  if (r.ok) throw new Error('expected the import to be refused');
  return r.errors;
}

/** A valid export, parsed, for tests to break. */
function validFile(): { first: { items: Record<string, unknown>[] } } & Record<string, unknown> {
  return JSON.parse(JSON.stringify(exportAnnotations([passage, claimNote, passage, claimNote].map((n, i) => ({ ...n, id: `note-${i}` })))));
}

describe('export', () => {
  it('writes an AnnotationCollection with W3C annotations', () => {
    const c = exportAnnotations([passage, claimNote]);
    expect(c).toMatchObject({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 2, first: { type: 'AnnotationPage' } });
    expect(noteToAnnotation(passage)).toEqual({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:crosscheck:note:note-1',
      type: 'Annotation',
      created: '2024-05-01T10:00:00.000Z',
      modified: '2024-05-01T10:00:00.000Z',
      motivation: 'commenting',
      body: [
        { type: 'TextualBody', value: 'Check this', format: 'text/plain', purpose: 'commenting' },
        { type: 'TextualBody', value: 'budget', purpose: 'tagging' },
      ],
      target: { source: 'https://example.com/story', 'dc:title': 'A story', selector: [quote, position] },
    });
    expect(noteToAnnotation(claimNote)).toMatchObject({
      motivation: 'highlighting',
      target: [{ source: 'https://example.com/story' }, 'urn:crosscheck:claim:budget-approved'],
    });
    expect(noteToAnnotation(claimNote)).not.toHaveProperty('body');
  });
});

describe('import: accepted shapes', () => {
  it('round-trips an export, as an object or as a JSON string, with the same ids', () => {
    const json = JSON.stringify(exportAnnotations([passage, claimNote]));
    expect(importAnnotations(json)).toEqual({ ok: true, notes: [passage, claimNote] });
    expect(importAnnotations(JSON.parse(json))).toEqual({ ok: true, notes: [passage, claimNote] });
  });

  it('accepts a single annotation, a page or a plain array', () => {
    const a = noteToAnnotation(passage);
    expect(importAnnotations(a)).toEqual({ ok: true, notes: [passage] });
    expect(importAnnotations([a])).toEqual({ ok: true, notes: [passage] });
    expect(importAnnotations({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationPage', items: [a] })).toEqual({ ok: true, notes: [passage] });
    expect(importAnnotations('[]')).toEqual({ ok: true, notes: [] });
  });

  it('imports W3C annotations from other tools with stable derived ids', () => {
    const hypothesis = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      id: 'https://hypothes.is/a/AbC123xyz',
      created: '2019-01-01T12:00:00.123456+00:00',
      modified: '2019-01-02T13:30:00.000000+01:00',
      creator: 'acct:alice@hypothes.is',
      body: [
        { type: 'TextualBody', value: 'Interesting **claim**', format: 'text/markdown' },
        { type: 'TextualBody', value: 'Economy', purpose: 'tagging' },
      ],
      target: [
        {
          source: 'https://example.com/a?utm_source=hyp',
          selector: [
            { type: 'RangeSelector', startSelector: { type: 'XPathSelector', value: '/p[1]' }, endSelector: { type: 'XPathSelector', value: '/p[1]' } },
            { type: 'TextPositionSelector', start: 10, end: 20 },
            { type: 'TextQuoteSelector', exact: 'quoted bit', prefix: 'before ', suffix: ' after' },
          ],
        },
      ],
    };
    const r1 = importAnnotations(hypothesis);
    const r2 = importAnnotations(JSON.parse(JSON.stringify(hypothesis)));
    expect(r1).toEqual(r2);
    expect(r1).toEqual({
      ok: true,
      notes: [
        {
          id: `note-h${stableHash('https://hypothes.is/a/AbC123xyz')}`,
          kind: 'passage',
          pageUrl: 'https://example.com/a',
          pageTitle: '',
          body: 'Interesting **claim**',
          tags: ['economy'],
          created: '2019-01-01T12:00:00.123Z',
          modified: '2019-01-02T12:30:00.000Z',
          target: {
            quote: { type: 'TextQuoteSelector', exact: 'quoted bit', prefix: 'before ', suffix: ' after' },
            position: { type: 'TextPositionSelector', start: 10, end: 20 },
          },
        },
      ],
    });
    // Without an id, the id derives from the content: still stable.
    const { id: _drop, ...anonymous } = hypothesis;
    const a1 = importAnnotations(anonymous);
    const a2 = importAnnotations(anonymous);
    expect(a1.ok && a2.ok && a1.notes[0]!.id === a2.notes[0]!.id).toBe(true);
    // bodyValue shorthand and a plain IRI target (a page note).
    expect(
      importAnnotations({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', id: 'x:1', created: '2020-02-29T00:00:00Z', bodyValue: 'hi', target: 'http://example.org/p' }),
    ).toMatchObject({ ok: true, notes: [{ kind: 'passage', body: 'hi', pageUrl: 'http://example.org/p', tags: [] }] });
  });
});

describe('import: refused files', () => {
  it('truncated JSON text', () => {
    const json = JSON.stringify(exportAnnotations([passage]));
    const errors = errorsOf(json.slice(0, 120));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^root: not valid JSON \(truncated\?\) at position \d+$/);
    expect(errorsOf('{"a": 1,, }')[0]).toMatch(/^root: not valid JSON \(truncated\?\) at position 8$/);
  });

  it('an HTML file', () => {
    expect(errorsOf('<!doctype html><html><body>notes</body></html>')).toEqual(['root: not JSON: this looks like an HTML or XML file']);
  });

  it('the claims dataset and other JSON', () => {
    expect(errorsOf({ schemaVersion: 1, topics: [], claims: [], mentions: [] })).toEqual(['root: this is a claims dataset, not a notes export']);
    expect(errorsOf({ export_date: '2024', annotations: [] })[0]).toMatch(/^root: this is a Hypothesis export in Hypothesis's own format/);
    expect(errorsOf({ hello: 'world' })[0]).toMatch(/^root: not a W3C Web Annotation file/);
    expect(errorsOf(42)[0]).toMatch(/^root: must be a W3C AnnotationCollection.*got a number$/);
    expect(errorsOf(null)[0]).toMatch(/got null$/);
  });

  it('a plain array of strings', () => {
    expect(errorsOf(['a', 'b'])).toEqual([
      'items[0]: must be an object (an Annotation), got a string',
      'items[1]: must be an object (an Annotation), got a string',
    ]);
  });

  it('prototype-pollution keys anywhere', () => {
    const json = JSON.stringify(exportAnnotations([passage])).replace('"type":"Annotation"', '"type":"Annotation","__proto__":{"polluted":true}');
    expect(errorsOf(json)).toEqual(['first.items[0].__proto__: forbidden key "__proto__"']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const f = validFile();
    (f.first.items[1]!['target'] as Record<string, unknown>[])[0]!['constructor'] = { prototype: {} };
    expect(errorsOf(f)).toEqual(['first.items[1].target[0].constructor: forbidden key "constructor"']);
  });

  it('a javascript: or non-http target source, naming the item', () => {
    const f = validFile();
    (f.first.items[3]!['target'] as Record<string, unknown>[])[0]!['source'] = 'javascript:alert(document.cookie)';
    expect(errorsOf(f)).toEqual(['items[3].target[0].source: must be an http(s) URL']);
    const g = validFile();
    (g.first.items[0]!['target'] as Record<string, unknown>)['source'] = 'file:///etc/passwd';
    expect(errorsOf(g)).toEqual(['items[0].target.source: must be an http(s) URL']);
  });

  it('huge strings and too many items', () => {
    const f = validFile();
    (f.first.items[0]!['target'] as Record<string, unknown>)['dc:title'] = 'x'.repeat(200_000);
    expect(errorsOf(f)).toEqual(['first.items[0].target.dc:title: string longer than 100000 characters']);
    const g = validFile();
    ((g.first.items[0]!['body'] as Record<string, unknown>[])[0]!)['value'] = 'y'.repeat(20_001);
    expect(errorsOf(g)).toEqual(['items[0].body: note text longer than 20000 characters']);
    const many = Array.from({ length: 50_001 }, () => noteToAnnotation(passage));
    expect(errorsOf(many)).toEqual(['root: more than 50000 annotations']);
  });

  it('wrong types, missing fields and bad dates', () => {
    const f = validFile();
    const [a0, a1, a2, a3] = f.first.items as [Record<string, unknown>, Record<string, unknown>, Record<string, unknown>, Record<string, unknown>];
    a0['created'] = 1714557600000;
    delete a1['target'];
    a2['modified'] = '2024-02-30T10:00:00Z';
    a3['type'] = 'Note';
    expect(errorsOf(f)).toEqual([
      'items[0].created: must be an ISO 8601 date-time with a time zone, e.g. 2024-05-01T10:00:00Z',
      'items[1].target: missing (every annotation needs a target)',
      'items[2].modified: must be an ISO 8601 date-time with a time zone, e.g. 2024-05-01T10:00:00Z',
      'items[3].type: must be "Annotation"',
    ]);
  });

  it('bad selectors', () => {
    const f = validFile();
    const sel = (f.first.items[0]!['target'] as { selector: Record<string, unknown>[] }).selector;
    sel[1]!['start'] = 10;
    sel[1]!['end'] = 5;
    const sel2 = (f.first.items[2]!['target'] as { selector: Record<string, unknown>[] }).selector;
    sel2[1]!['start'] = -1;
    sel2[0]!['exact'] = '';
    expect(errorsOf(f)).toEqual([
      'items[0].target.selector[1]: start (10) is after end (5)',
      'items[2].target.selector[0].exact: must be a non-empty string',
      'items[2].target.selector[1].start: must be a non-negative integer',
    ]);
  });

  it('inconsistent containers, wrong context and duplicate ids', () => {
    const f = validFile();
    f['total'] = 7;
    expect(errorsOf(f)).toEqual(['total: says 7 annotations but first.items holds 4 (truncated or edited file?)']);
    const g = validFile();
    (g as Record<string, unknown>)['first'] = 'https://example.com/page/1';
    expect(errorsOf(g)[0]).toMatch(/^first: the collection refers to a remote page/);
    const a = noteToAnnotation(passage);
    expect(errorsOf([a, a])).toEqual(['items[1].id: same note id as items[0]']);
    expect(errorsOf([{ ...a, '@context': 'https://schema.org' }])).toEqual(['items[0].@context: must be "http://www.w3.org/ns/anno.jsonld"']);
    expect(errorsOf([{ ...a, id: 'urn:crosscheck:note:../../x' }])).toEqual(['items[0].id: invalid Crosscheck note id']);
  });

  it('is all-or-nothing: one bad record refuses the file', () => {
    const f = validFile();
    (f.first.items[2]!['body'] as unknown[]).push('not a body');
    const r = importAnnotations(f);
    expect(r).toEqual({ ok: false, errors: ['items[2].body[2]: must be a TextualBody object, got a string'] });
  });
});

describe('parseIsoDateTime', () => {
  it('parses zoned date-times and refuses others', () => {
    expect(parseIsoDateTime('2024-05-01T10:00:00Z')).toBe('2024-05-01T10:00:00.000Z');
    expect(parseIsoDateTime('2024-05-01T10:00:00.57Z')).toBe('2024-05-01T10:00:00.570Z');
    expect(parseIsoDateTime('2024-05-01T12:00+0200')).toBe('2024-05-01T10:00:00.000Z');
    expect(parseIsoDateTime('0050-01-01T00:00:00Z')).toBe('0050-01-01T00:00:00.000Z');
    expect(parseIsoDateTime('2024-05-01')).toBeNull();
    expect(parseIsoDateTime('2024-05-01T10:00:00')).toBeNull();
    expect(parseIsoDateTime('2023-02-29T00:00:00Z')).toBeNull();
    expect(parseIsoDateTime('yesterday')).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------

const str = (maxLength: number) => fc.string({ unit: 'binary', maxLength });
const dateArb = fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true });

const noteArb: fc.Arbitrary<Note> = fc
  .record({
    uuid: fc.uuid(),
    kind: fc.constantFrom('passage' as const, 'claim' as const),
    claimId: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/),
    url: fc.webUrl({ withQueryParameters: true, withFragments: true }),
    title: str(60),
    body: str(300),
    tags: fc.array(str(20), { maxLength: 6 }),
    text: fc.option(fc.tuple(str(200), fc.nat(), fc.nat(), fc.integer({ min: 0, max: 40 })), { nil: undefined }),
    created: dateArb,
    edit: fc.option(fc.tuple(dateArb, str(50)), { nil: undefined }),
  })
  .map((r) => {
    let target: Note['target'];
    if (r.text) {
      const [text, a, b, ctx] = r.text;
      const s = text.length ? a % text.length : 0;
      const e = Math.min(text.length, s + 1 + (b % 40));
      const [q, p] = describeRange(text, s, e, ctx);
      if (q.exact !== '') target = { quote: q, position: p };
    }
    const created = createNote(
      { kind: r.kind, claimId: r.claimId, pageUrl: r.url, pageTitle: r.title, body: r.body, tags: r.tags, ...(target ? { target } : {}) },
      { newId: () => `note-${r.uuid}`, now: () => r.created },
    );
    if (!created.ok) return null;
    if (!r.edit) return created.note;
    const updated = updateNote(created.note, { body: r.edit[1] }, r.edit[0]);
    return updated.ok ? updated.note : null;
  })
  .filter((n): n is Note => n !== null);

describe('round trip (property)', () => {
  it('export → JSON text → import gives back the same notes, twice', () => {
    fc.assert(
      fc.property(fc.uniqueArray(noteArb, { maxLength: 8, selector: (n) => n.id }), (notes) => {
        const json = JSON.stringify(exportAnnotations(notes));
        const first = importAnnotations(JSON.parse(json));
        expect(first).toEqual({ ok: true, notes });
        // Importing again (and importing the string form) yields the same ids: upsert-safe.
        const second = importAnnotations(json);
        expect(second).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });
});
