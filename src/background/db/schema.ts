// The extension's IndexedDB (extension origin, never the page's): the bundled claims dataset,
// replaced wholesale on install/update, and the reader's notes, which nothing but the reader
// ever deletes. Dexie versions are append-only: add a new `version(n)` with an upgrade, never
// edit an old one (see notes-migration tests).
import Dexie, { type Table } from 'dexie';
import type { Claim, Conflict, Entity, Mention, Source, Topic } from '../../core/dataset/types';
import type { Note } from '../../core/notes/model';
import { siteOf } from '../../core/anchoring/url';

/** A stored note: the note plus the fields it is indexed by. */
export interface NoteRow extends Note {
  /** The page's hostname, for the "filter by site" view (added in schema version 2). */
  site: string;
}

export { siteOf };

/** Schema version 1, kept verbatim: the migration tests open a database with exactly this. */
export const SCHEMA_V1 = {
  meta: 'key',
  topics: 'id',
  entities: 'id',
  sources: 'id',
  claims: 'id, topic',
  mentions: 'id, claimId, sourceId',
  conflicts: 'id',
  notes: 'id, pageUrl',
} as const;

/** Version 2: notes indexed by site, claim, modification time and tag. */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  notes: 'id, pageUrl, site, claimId, modified, *tags',
} as const;

export interface MetaRow {
  key: string;
  value: unknown;
}

export const DB_NAME = 'crosscheck';

export class CrosscheckDB extends Dexie {
  meta!: Table<MetaRow, string>;
  topics!: Table<Topic, string>;
  entities!: Table<Entity, string>;
  sources!: Table<Source, string>;
  claims!: Table<Claim, string>;
  mentions!: Table<Mention, string>;
  conflicts!: Table<Conflict, string>;
  notes!: Table<NoteRow, string>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    // 'strict': a write is reported done only once it is on disk. Notes cannot be rebuilt, and
    // with Chrome's default ('relaxed') a browser closed right after "Saved" lost them (seen in
    // e2e/notes.spec.ts before this setting).
    super(name, { chromeTransactionDurability: 'strict', ...options });
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade((tx) =>
        tx
          .table('notes')
          .toCollection()
          .modify((n: NoteRow) => {
            n.site = siteOf(n.pageUrl);
          }),
      );
  }

  /** The tables the bundled dataset owns; notes are deliberately not among them. */
  datasetTables(): Table<{ id: string }, string>[] {
    return [this.topics, this.entities, this.sources, this.claims, this.mentions, this.conflicts] as unknown as Table<
      { id: string },
      string
    >[];
  }
}
