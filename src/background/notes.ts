// The reader's notes: the only data Crosscheck holds that cannot be rebuilt, so every write is
// one transaction, every incoming note is validated with the same code that validates imports,
// and an import is all-or-nothing. A compact list of noted pages is mirrored into
// storage.local so content scripts can tell, without waking this worker, whether a page has notes.
import { exportAnnotations, importAnnotations } from '../core/notes/w3c';
import { notesToMarkdown } from '../core/notes/markdown';
import type { Note } from '../core/notes/model';
import { browser } from '../shared/browser';
import { NOTED_PAGES_KEY } from '../shared/messages';
import { siteOf, type CrosscheckDB, type NoteRow } from './db/schema';

const toRow = (n: Note): NoteRow => ({ ...n, site: siteOf(n.pageUrl) });
const fromRow = ({ site: _site, ...n }: NoteRow): Note => n;

/** Checks a note received from the sidebar; returns the cleaned note or the reason it is refused. */
export function checkNote(raw: unknown): { ok: true; note: Note } | { ok: false; error: string } {
  try {
    const res = importAnnotations(exportAnnotations([raw as Note]));
    if (!res.ok) return { ok: false, error: res.errors.join('; ') };
    const note = res.notes[0];
    if (!note || note.id !== (raw as Note).id) return { ok: false, error: 'malformed note' };
    return { ok: true, note };
  } catch {
    return { ok: false, error: 'malformed note' };
  }
}

async function syncNotedPages(db: CrosscheckDB): Promise<void> {
  const urls = (await db.notes.orderBy('pageUrl').uniqueKeys()) as string[];
  await browser.storage.local.set({ [NOTED_PAGES_KEY]: urls });
}

export async function putNote(db: CrosscheckDB, note: Note): Promise<Note> {
  await db.transaction('rw', db.notes, async () => {
    await db.notes.put(toRow(note));
  });
  await syncNotedPages(db);
  return note;
}

export async function deleteNote(db: CrosscheckDB, id: string): Promise<Note | null> {
  const removed = await db.transaction('rw', db.notes, async () => {
    const row = await db.notes.get(id);
    if (row) await db.notes.delete(id);
    return row ?? null;
  });
  await syncNotedPages(db);
  return removed ? fromRow(removed) : null;
}

export async function notesForPage(db: CrosscheckDB, pageUrl: string): Promise<Note[]> {
  const rows = await db.notes.where('pageUrl').equals(pageUrl).toArray();
  return rows.map(fromRow).sort((a, b) => a.created.localeCompare(b.created));
}

export async function allNotes(db: CrosscheckDB): Promise<Note[]> {
  const rows = await db.notes.orderBy('modified').reverse().toArray();
  return rows.map(fromRow);
}

export interface ImportOutcome {
  added: number;
  updated: number;
}

/** Imports a W3C Web Annotation file: every record valid, or nothing is written. */
export async function importNotes(
  db: CrosscheckDB,
  text: string,
): Promise<{ ok: true; value: ImportOutcome } | { ok: false; errors: string[] }> {
  const res = importAnnotations(text);
  if (!res.ok) return { ok: false, errors: res.errors };
  const outcome = await db.transaction('rw', db.notes, async () => {
    const ids = res.notes.map((n) => n.id);
    const existing = new Set((await db.notes.bulkGet(ids)).filter((r) => r !== undefined).map((r) => r.id));
    await db.notes.bulkPut(res.notes.map(toRow));
    return { added: ids.filter((id) => !existing.has(id)).length, updated: existing.size };
  });
  await syncNotedPages(db);
  return { ok: true, value: outcome };
}

export async function exportNotes(
  db: CrosscheckDB,
  pageUrl: string | null,
): Promise<{ jsonld: string; markdown: string; count: number }> {
  const notes = pageUrl ? await notesForPage(db, pageUrl) : await allNotes(db);
  return {
    jsonld: JSON.stringify(exportAnnotations(notes), null, 2),
    markdown: notesToMarkdown(notes, { title: pageUrl ? 'Crosscheck notes for one page' : 'Crosscheck notes' }),
    count: notes.length,
  };
}
