// The extension's IndexedDB (extension origin, never the page's): the bundled claims dataset,
// replaced wholesale on install/update, and the reader's notes, which nothing but the reader
// ever deletes. Dexie versions are append-only: add a new `version(n)` with an upgrade, never
// edit an old one (see notes-migration tests).
import Dexie, { type Table } from 'dexie';
import type { Claim, Conflict, Entity, Mention, Source, Topic } from '../../core/dataset/types';

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

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores({
      meta: 'key',
      topics: 'id',
      entities: 'id',
      sources: 'id',
      claims: 'id, topic',
      mentions: 'id, claimId, sourceId',
      conflicts: 'id',
    });
  }

  /** The tables the bundled dataset owns; notes are deliberately not among them. */
  datasetTables(): Table<{ id: string }, string>[] {
    return [this.topics, this.entities, this.sources, this.claims, this.mentions, this.conflicts] as unknown as Table<
      { id: string },
      string
    >[];
  }
}
