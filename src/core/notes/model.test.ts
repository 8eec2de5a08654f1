import { describe, expect, it } from 'vitest';
import { createNote, normaliseTags, NOTE_LIMITS, updateNote, type Note } from './model.ts';
import { describeRange } from '../anchoring/selectors.ts';

const deps = { newId: () => 'note-test-1', now: () => new Date('2024-05-01T10:00:00Z') };

function mustCreate(...args: Parameters<typeof createNote>): Note {
  const r = createNote(...args);
  if (!r.ok) throw new Error(r.error);
  return r.note;
}

describe('createNote', () => {
  it('creates a passage note with a normalised URL, injected id and clock', () => {
    const [quote, position] = describeRange('Hello brave new world', 6, 11);
    const note = mustCreate(
      {
        kind: 'passage',
        pageUrl: 'https://Example.com/story?utm_source=x#top',
        pageTitle: '  A story ',
        target: { quote, position },
        body: 'line one\r\nline two',
        tags: [' Politics', 'politics', 'ECONOMY  ', ''],
      },
      deps,
    );
    expect(note).toEqual({
      id: 'note-test-1',
      kind: 'passage',
      pageUrl: 'https://example.com/story',
      pageTitle: 'A story',
      target: { quote, position },
      body: 'line one\nline two',
      tags: ['politics', 'economy'],
      created: '2024-05-01T10:00:00.000Z',
      modified: '2024-05-01T10:00:00.000Z',
    });
  });

  it('uses a same-site canonical URL and defaults the id to note-<uuid>', () => {
    const note = mustCreate({ kind: 'claim', claimId: 'kaspersky-founded-1997', pageUrl: 'https://m.example.com/a', canonicalUrl: 'https://www.example.com/a' });
    expect(note.pageUrl).toBe('https://www.example.com/a');
    expect(note.id).toMatch(/^note-[0-9a-f-]{36}$/);
    expect(note.claimId).toBe('kaspersky-founded-1997');
  });

  it('refuses bad input with a message', () => {
    expect(createNote({ kind: 'passage', pageUrl: 'https://e.com/', body: 'x'.repeat(NOTE_LIMITS.body + 1) }, deps)).toEqual({
      ok: false,
      error: `the note is too long (${NOTE_LIMITS.body + 1} characters; the limit is ${NOTE_LIMITS.body})`,
    });
    expect(createNote({ kind: 'passage', pageUrl: 'javascript:alert(1)' }, deps)).toMatchObject({ ok: false, error: 'notes can only be attached to http(s) pages' });
    expect(createNote({ kind: 'claim', pageUrl: 'https://e.com/' }, deps)).toMatchObject({ ok: false, error: 'a claim note needs a valid claim id' });
    expect(createNote({ kind: 'passage', pageUrl: 'https://e.com/', tags: ['x'.repeat(65)] }, deps)).toMatchObject({ ok: false });
    expect(createNote({ kind: 'passage', pageUrl: 'https://e.com/' }, { ...deps, now: () => new Date(NaN) })).toMatchObject({ ok: false });
    expect(createNote({ kind: 'passage', pageUrl: 'https://e.com/' }, { ...deps, newId: () => '../etc' })).toMatchObject({ ok: false });
    const bad = { quote: { type: 'TextQuoteSelector' as const, exact: 'x' }, position: { type: 'TextPositionSelector' as const, start: 5, end: 2 } };
    expect(createNote({ kind: 'passage', pageUrl: 'https://e.com/', target: bad }, deps)).toMatchObject({ ok: false, error: 'the passage position is invalid' });
  });
});

describe('updateNote', () => {
  it('changes body and tags, keeps identity, bumps modified', () => {
    const note = mustCreate({ kind: 'passage', pageUrl: 'https://e.com/', body: 'old' }, deps);
    const r = updateNote(note, { body: 'new', tags: ['A', 'b', 'a'] }, new Date('2024-06-01T00:00:00Z'));
    expect(r).toEqual({ ok: true, note: { ...note, body: 'new', tags: ['a', 'b'], modified: '2024-06-01T00:00:00.000Z' } });
    expect(note.body).toBe('old'); // not mutated
    expect(updateNote(note, { body: 'x'.repeat(20_001) }, new Date())).toMatchObject({ ok: false });
  });
});

describe('normaliseTags', () => {
  it('trims, lowercases, collapses spaces, dedupes and limits', () => {
    expect(normaliseTags(['  Fact  Check ', 'fact check', 'ÉTÉ'])).toEqual({ ok: true, tags: ['fact check', 'été'] });
    expect(normaliseTags(Array.from({ length: 51 }, (_, i) => `t${i}`))).toMatchObject({ ok: false });
  });
});
