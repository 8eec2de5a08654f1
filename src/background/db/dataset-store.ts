// Loads the bundled claims dataset into IndexedDB and reads it back. The write is one
// transaction keyed by a content hash: a newer dataset replaces claims and sources in full, an
// identical one is a no-op, and an invalid or half-written one leaves the previous in place
// (validation runs before the transaction; any failure inside it aborts the whole write).
import type { Dataset } from '../../core/dataset/types';
import { validateDataset } from '../../core/dataset/validate';
import type { CrosscheckDB } from './schema';

export const DATASET_META_KEY = 'dataset';

export interface DatasetMeta {
  hash: string;
  loadedAt: string;
  claims: number;
}

export type SeedOutcome =
  | { status: 'loaded'; hash: string }
  | { status: 'unchanged'; hash: string }
  | { status: 'rejected'; errors: string[] };

export async function datasetHash(ds: Dataset): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(ds));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest).slice(0, 16), (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function seedDataset(db: CrosscheckDB, ds: Dataset, now = new Date()): Promise<SeedOutcome> {
  const errors = validateDataset(ds);
  if (errors.length > 0) {
    return { status: 'rejected', errors: errors.map((e) => `${e.path}${e.id ? ` (${e.id})` : ''}: ${e.message}`) };
  }
  const hash = await datasetHash(ds);
  return db.transaction('rw', [db.meta, ...db.datasetTables()], async () => {
    const current = (await db.meta.get(DATASET_META_KEY))?.value as DatasetMeta | undefined;
    if (current?.hash === hash) return { status: 'unchanged', hash } as const;
    await Promise.all(db.datasetTables().map((t) => t.clear()));
    await db.topics.bulkAdd(ds.topics);
    await db.entities.bulkAdd(ds.entities);
    await db.sources.bulkAdd(ds.sources);
    await db.claims.bulkAdd(ds.claims);
    await db.mentions.bulkAdd(ds.mentions);
    await db.conflicts.bulkAdd(ds.conflicts);
    const meta: DatasetMeta = { hash, loadedAt: now.toISOString(), claims: ds.claims.length };
    await db.meta.put({ key: DATASET_META_KEY, value: meta });
    return { status: 'loaded', hash } as const;
  });
}

export async function readDataset(db: CrosscheckDB): Promise<Dataset | null> {
  return db.transaction('r', [db.meta, ...db.datasetTables()], async () => {
    const meta = await db.meta.get(DATASET_META_KEY);
    if (!meta) return null;
    const [topics, entities, sources, claims, mentions, conflicts] = await Promise.all([
      db.topics.toArray(),
      db.entities.toArray(),
      db.sources.toArray(),
      db.claims.toArray(),
      db.mentions.toArray(),
      db.conflicts.toArray(),
    ]);
    return { schemaVersion: 1, topics, entities, sources, claims, mentions, conflicts };
  });
}
