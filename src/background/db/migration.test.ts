// Schema upgrades: a database created with schema version 1 and filled with notes is opened by
// the current schema; every note must survive, gain its new indexed fields, and be findable
// through the new indexes.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { createNote, type Note } from '../../core/notes/model';
import { CrosscheckDB, SCHEMA_V1 } from './schema';

function sampleNotes(n: number): Note[] {
  const out: Note[] = [];
  for (let i = 0; i < n; i++) {
    const res = createNote(
      {
        kind: i % 5 === 0 ? 'claim' : 'passage',
        pageUrl: `https://${i % 2 ? 'www.example.com' : 'news.example.org'}/story-${i % 7}?utm_source=x`,
        pageTitle: `Story ${i}`,
        ...(i % 5 === 0
          ? { claimId: 'best-buy-pulls-kaspersky' }
          : {
              target: {
                quote: { type: 'TextQuoteSelector', exact: `quoted passage ${i}`, prefix: 'before ', suffix: ' after' },
                position: { type: 'TextPositionSelector', start: i, end: i + 17 },
              },
            }),
        body: `note ${i}\nwith a second line`,
        tags: i % 3 ? ['checked', `t${i % 4}`] : [],
      },
      { newId: () => `note-${i}`, now: () => new Date(Date.UTC(2026, 0, 1, 0, i)) },
    );
    if (!res.ok) throw new Error(res.error);
    out.push(res.note);
  }
  return out;
}

describe('notes schema migration v1 → v2', () => {
  it('keeps every note, adds the site field and makes the new indexes work', async () => {
    const name = 'migration-test';
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    const notes = sampleNotes(60);
    await v1.table('notes').bulkAdd(notes);
    expect(await v1.table('notes').count()).toBe(60);
    v1.close();

    const db = new CrosscheckDB(name);
    await db.open();
    expect(db.verno).toBe(2);
    const rows = await db.notes.toArray();
    expect(rows).toHaveLength(60);
    for (const n of notes) {
      const row = rows.find((r) => r.id === n.id)!;
      const { site, ...rest } = row;
      expect(rest).toEqual(n); // nothing lost or changed
      expect(site).toBe(new URL(n.pageUrl).hostname.replace(/^www\./, ''));
    }
    expect(await db.notes.where('site').equals('example.com').count()).toBe(30);
    expect(await db.notes.where('tags').equals('checked').count()).toBe(notes.filter((n) => n.tags.includes('checked')).length);
    expect(await db.notes.where('claimId').equals('best-buy-pulls-kaspersky').count()).toBe(12);
    db.close();
    await Dexie.delete(name);
  });
});
