import { describe, expect, it } from 'vitest';
import { validateDataset, isValidDataset } from './validate.ts';
import type { Dataset } from './types.ts';

function base(): Dataset {
  return {
    schemaVersion: 1,
    topics: [{ id: 'kaspersky', name: 'Kaspersky Lab', description: 'd', entityIds: ['kaspersky-lab'] }],
    entities: [
      { id: 'kaspersky-lab', name: 'Kaspersky Lab', aliases: ['Kaspersky'], kind: 'organisation' },
      { id: 'best-buy', name: 'Best Buy', aliases: [], kind: 'organisation' },
    ],
    sources: [
      { id: 'afp', outlet: 'AFP', title: 't', kind: 'original' },
      { id: 'seed-002', outlet: 'SecurityWeek (AFP)', title: 't', kind: 'wire-copy', copies: 'afp', textFile: 'seed-002.txt' },
      { id: 'ref-about', outlet: 'Kaspersky', title: 't', kind: 'reference', textFile: 'ref-about.txt' },
    ],
    claims: [
      { id: 'founded-1977', text: 'Founded 1977.', topic: 'kaspersky', entities: ['kaspersky-lab'], values: [{ key: 'founded-year', type: 'year', value: '1977' }] },
      { id: 'founded-1997', text: 'Founded 1997.', topic: 'kaspersky', entities: ['kaspersky-lab'], values: [{ key: 'founded-year', type: 'year', value: '1997' }] },
    ],
    mentions: [
      { id: 'm1', claimId: 'founded-1977', sourceId: 'seed-002', quote: 'founded in 1977', stance: 'supports' },
      { id: 'm2', claimId: 'founded-1997', sourceId: 'ref-about', quote: 'founded in 1997', stance: 'supports' },
      { id: 'm3', claimId: 'founded-1977', sourceId: 'ref-about', quote: 'founded in 1997', stance: 'contradicts' },
    ],
    conflicts: [
      {
        id: 'x-year',
        kind: 'fact',
        a: { claimId: 'founded-1977', mentionId: 'm1' },
        b: { claimId: 'founded-1997' },
        reason: '1977 vs 1997',
        settledBy: { sourceId: 'ref-about', favours: 'b', note: 'Refuted' },
      },
    ],
  };
}
const texts = { 'seed-002': 'The vendor, founded in 1977 by “Eugene”.', 'ref-about': 'Kaspersky was founded in 1997.' };

describe('validateDataset', () => {
  it('accepts a valid dataset', () => {
    expect(validateDataset(base(), { sourceTexts: texts })).toEqual([]);
    expect(isValidDataset(base(), { sourceTexts: texts })).toBe(true);
  });

  it('rejects non-objects and a wrong schema version', () => {
    expect(validateDataset(null)).toEqual([{ path: '', message: 'the dataset must be an object, got null' }]);
    const ds = { ...base(), schemaVersion: 2 };
    expect(validateDataset(ds)).toEqual([{ path: 'schemaVersion', message: '"schemaVersion" must be 1, got number 2' }]);
  });

  it('reports bad enums, types and missing fields with paths and ids', () => {
    const ds = base() as unknown as { sources: Record<string, unknown>[]; claims: Record<string, unknown>[]; mentions: Record<string, unknown>[] };
    ds.sources[0]!['kind'] = 'blog';
    ds.claims[0]!['values'] = [{ key: 'founded-year', type: 'decade', value: '1970s' }];
    delete ds.mentions[0]!['stance'];
    ds.mentions[1]!['quote'] = 42;
    expect(validateDataset(ds)).toEqual([
      { path: 'sources[0].kind', id: 'afp', message: `"kind" must be one of 'original', 'wire-copy', 'rewrite', 'republication', 'reference', got 'blog'` },
      { path: 'claims[0].values[0].type', id: 'founded-1977', message: `"type" must be one of 'year', 'date', 'relative-date', 'number', 'name', 'attribution', 'phrase', got 'decade'` },
      { path: 'mentions[0].stance', id: 'm1', message: 'missing required field "stance"' },
      { path: 'mentions[1].quote', id: 'm2', message: '"quote" must be a string, got number 42' },
    ]);
  });

  it('an entity may be part of another one, which must exist', () => {
    const ok = base();
    ok.entities[1]!.partOf = ok.entities[0]!.id;
    expect(validateDataset(ok)).toEqual([]);
    const bad = base() as unknown as { entities: Record<string, unknown>[] };
    bad.entities[1]!['partOf'] = 'nobody';
    expect(validateDataset(bad).map((e) => e.path)).toEqual(['entities[1].partOf']);
    bad.entities[1]!['partOf'] = bad.entities[1]!['id'];
    expect(validateDataset(bad).map((e) => e.path)).toEqual(['entities[1].partOf']);
  });
  it('entity descriptors and products are optional, and lists of strings when present', () => {
    const ok = base();
    ok.entities[1]!.descriptors = ['retailer', 'electronics chain'];
    ok.entities[1]!.products = ['Geek Squad Protection'];
    expect(validateDataset(ok)).toEqual([]);
    const bad = base() as unknown as { entities: Record<string, unknown>[] };
    bad.entities[1]!['descriptors'] = 'retailer';
    bad.entities[1]!['products'] = [42];
    expect(validateDataset(bad).map((e) => e.path)).toEqual(['entities[1].descriptors', 'entities[1].products[0]']);
  });
  it('reports duplicate ids and non-kebab ids', () => {
    const ds = base();
    ds.claims.push({ ...ds.claims[0]!, text: 'again' });
    ds.entities[1]!.id = 'Best_Buy';
    const errs = validateDataset(ds);
    expect(errs).toContainEqual({ path: 'claims[2].id', id: 'founded-1977', message: "duplicate id 'founded-1977' (also at claims[0])" });
    expect(errs).toContainEqual({ path: 'entities[1].id', id: 'Best_Buy', message: "id 'Best_Buy' must be kebab-case (lowercase letters, digits and single hyphens)" });
  });

  it('checks references between collections', () => {
    const ds = base();
    ds.mentions[0]!.claimId = 'nope';
    ds.mentions[1]!.sourceId = 'ghost';
    ds.claims[0]!.entities = ['kaspersky-lab', 'eugene'];
    ds.claims[1]!.topic = 'other';
    ds.sources[1]!.copies = 'missing';
    ds.sources[0]!.cites = ['reuters'];
    ds.topics[0]!.entityIds.push('x');
    ds.conflicts[0]!.b.mentionId = 'm3';
    const errs = validateDataset(ds);
    expect(errs).toEqual(
      expect.arrayContaining([
        { path: 'mentions[0].claimId', id: 'm1', message: "unknown claim 'nope'" },
        { path: 'mentions[1].sourceId', id: 'm2', message: "unknown source 'ghost'" },
        { path: 'claims[0].entities[1]', id: 'founded-1977', message: "unknown entity 'eugene'" },
        { path: 'claims[1].topic', id: 'founded-1997', message: "unknown topic 'other'" },
        { path: 'sources[1].copies', id: 'seed-002', message: "copies unknown source 'missing'" },
        { path: 'sources[0].cites[0]', id: 'afp', message: "cites unknown source 'reuters'" },
        { path: 'topics[0].entityIds[1]', id: 'kaspersky', message: "unknown entity 'x'" },
        { path: 'conflicts[0].b.mentionId', id: 'x-year', message: "mention 'm3' belongs to claim 'founded-1977', not 'founded-1997'" },
      ]),
    );
  });

  it('requires every claim to have a mention', () => {
    const ds = base();
    ds.mentions = ds.mentions.filter((m) => m.claimId !== 'founded-1997');
    ds.conflicts = [];
    expect(validateDataset(ds)).toEqual([{ path: 'claims[1]', id: 'founded-1997', message: "claim 'founded-1997' has no mentions (every claim needs at least one)" }]);
  });

  it('requires quotes to be exact substrings of the source text, explaining near misses', () => {
    const ds = base();
    ds.mentions[0]!.quote = 'founded in 1977 by "Eugene"';
    ds.mentions[1]!.quote = 'founded in 1987';
    const errs = validateDataset(ds, { sourceTexts: texts });
    expect(errs).toEqual([
      {
        path: 'mentions[0].quote',
        id: 'm1',
        message:
          "quote is not an exact substring of the text of source 'seed-002': it matches only after normalising quotes, dashes and whitespace — copy the exact characters (curly quotes ’ “ ”, non-breaking spaces, repeated spaces) from the source",
      },
      {
        path: 'mentions[1].quote',
        id: 'm2',
        message: `quote is not an exact substring of the text of source 'ref-about': the first 13 of 15 characters match (…"founded in 19"), then the quote has "87"`,
      },
    ]);
  });

  it('reports a missing source text and mentions of sources without text', () => {
    const ds = base();
    ds.mentions.push({ id: 'm4', claimId: 'founded-1977', sourceId: 'afp', quote: 'x', stance: 'supports' });
    const errs = validateDataset(ds, { sourceTexts: { 'seed-002': texts['seed-002'] } });
    expect(errs).toEqual([
      { path: 'sources[2].textFile', id: 'ref-about', message: "source text file 'ref-about.txt' is missing" },
      {
        path: 'mentions[3].sourceId',
        id: 'm4',
        message: "source 'afp' has no textFile, so the quote cannot be checked (quote the outlet whose text you have, and list 'afp' in its \"cites\" or \"copies\")",
      },
    ]);
  });

  it('checks copy kinds, copy cycles and dates', () => {
    const ds = base();
    delete ds.sources[1]!.copies;
    ds.sources[0]!.date = '2017-02-30';
    const errs = validateDataset(ds);
    expect(errs).toEqual([
      { path: 'sources[0].date', id: 'afp', message: "date '2017-02-30' must be a valid ISO date YYYY-MM-DD" },
      { path: 'sources[1].copies', id: 'seed-002', message: `a 'wire-copy' source must name the source whose text it carries in "copies"` },
    ]);
    const cyc = base();
    cyc.sources[0] = { ...cyc.sources[0]!, kind: 'republication', copies: 'seed-002' };
    expect(validateDataset(cyc)).toContainEqual({ path: 'sources[0].copies', id: 'afp', message: `"copies" forms a cycle through 'afp'` });
  });

  it('checks conflicts: dangling refs, settledBy kind and the refuting mention', () => {
    const ds = base();
    ds.conflicts.push({ id: 'x-bad', kind: 'date', a: { claimId: 'founded-1977' }, b: { claimId: 'gone', mentionId: 'm9' }, reason: 'x' });
    ds.conflicts.push({ id: 'x-dup', kind: 'fact', a: { claimId: 'founded-1997' }, b: { claimId: 'founded-1977', mentionId: 'm1' }, reason: 'again' });
    ds.mentions = ds.mentions.filter((m) => m.id !== 'm3');
    ds.conflicts[0]!.settledBy!.sourceId = 'afp';
    expect(validateDataset(ds)).toEqual([
      { path: 'conflicts[0].settledBy.sourceId', id: 'x-year', message: "a conflict can only be settled by a 'reference' source; 'afp' is 'original'" },
      { path: 'conflicts[0].settledBy', id: 'x-year', message: "settled in favour of side b, but claim 'founded-1977' has no 'contradicts' mention from 'afp' (add one so the verdict can be derived)" },
      { path: 'conflicts[1].b.claimId', id: 'x-bad', message: "unknown claim 'gone'" },
      { path: 'conflicts[1].b.mentionId', id: 'x-bad', message: "unknown mention 'm9'" },
      { path: 'conflicts[2]', id: 'x-dup', message: "duplicates conflict 'x-year' (same two sides)" },
    ]);
  });

  it('rejects unknown fields and mention value keys the claim does not have', () => {
    const ds = base() as unknown as Dataset & { claims: Record<string, unknown>[] };
    ds.claims[0]!['note'] = 'x';
    ds.mentions[0]!.values = [{ key: 'founder', type: 'name', value: 'Eugene' }];
    expect(validateDataset(ds)).toEqual([
      { path: 'claims[0].note', id: 'founded-1977', message: 'unknown field "note" (allowed: id, text, topic, entities, values, paraphrases, entails)' },
      { path: 'mentions[0].values', id: 'm1', message: "value key 'founder' is not one of claim 'founded-1977''s value keys (founded-year)" },
    ]);
  });

  it('checks that a claim entails known claims other than itself, once each', () => {
    const ds = base();
    const id = ds.claims[0]!.id;
    ds.claims[0]!.entails = ['gone', id, ds.claims[1]!.id, ds.claims[1]!.id];
    expect(validateDataset(ds).map((p) => p.message)).toEqual([
      "unknown claim 'gone'",
      'a claim cannot entail itself',
      `'${ds.claims[1]!.id}' is listed twice`,
    ]);
  });
  it('reports aliases shared by two entities', () => {
    const ds = base();
    ds.entities[1]!.aliases = ['kaspersky'];
    expect(validateDataset(ds)).toEqual([{ path: 'entities[1].aliases[0]', id: 'best-buy', message: "name or alias 'kaspersky' is also used by entity 'kaspersky-lab'" }]);
  });
});
