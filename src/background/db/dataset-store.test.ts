import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dataset } from '../../data/index';
import type { Dataset } from '../../core/dataset/types';
import { CrosscheckDB } from './schema';
import { DATASET_META_KEY, readDataset, seedDataset } from './dataset-store';

let db: CrosscheckDB;
let n = 0;
beforeEach(() => {
  db = new CrosscheckDB(`test-${++n}`);
});
afterEach(async () => {
  await db.delete();
});

const clone = (ds: Dataset): Dataset => structuredClone(ds);

describe('seedDataset', () => {
  it('loads the bundled dataset in full, then is a no-op for the same content', async () => {
    const first = await seedDataset(db, dataset);
    expect(first.status).toBe('loaded');
    expect(await db.claims.count()).toBe(dataset.claims.length);
    expect(await db.mentions.count()).toBe(dataset.mentions.length);
    const again = await seedDataset(db, dataset);
    expect(again).toEqual({ status: 'unchanged', hash: first.status === 'loaded' ? first.hash : '' });
    const back = await readDataset(db);
    expect(back?.claims.map((c) => c.id).sort()).toEqual(dataset.claims.map((c) => c.id).sort());
  });

  it('a newer dataset replaces claims and sources entirely', async () => {
    await seedDataset(db, dataset);
    const newer = clone(dataset);
    const dropped = newer.claims[0]!.id;
    newer.claims = newer.claims.filter((c) => c.id !== dropped);
    newer.mentions = newer.mentions.filter((m) => m.claimId !== dropped);
    newer.conflicts = newer.conflicts.filter((c) => c.a.claimId !== dropped && c.b.claimId !== dropped);
    for (const c of newer.claims) if (c.entails) c.entails = c.entails.filter((e) => e !== dropped);
    const out = await seedDataset(db, newer);
    expect(out.status).toBe('loaded');
    expect(await db.claims.get(dropped)).toBeUndefined();
    expect(await db.claims.count()).toBe(newer.claims.length);
  });

  it('an invalid dataset is rejected and leaves the previous one in place', async () => {
    const first = await seedDataset(db, dataset);
    const bad = clone(dataset);
    bad.mentions[0]!.claimId = 'no-such-claim';
    const out = await seedDataset(db, bad);
    expect(out.status).toBe('rejected');
    expect(await db.claims.count()).toBe(dataset.claims.length);
    expect((await db.meta.get(DATASET_META_KEY))?.value).toMatchObject({
      hash: first.status === 'loaded' ? first.hash : 'x',
    });
  });

  it('a write that fails half-way aborts the transaction: the previous dataset stays whole', async () => {
    await seedDataset(db, dataset);
    const newer = clone(dataset);
    newer.claims[0] = { ...newer.claims[0]!, text: `${newer.claims[0]!.text} (revised)` };
    // A storage fault while writing mentions, after the tables were cleared and claims written.
    db.mentions.hook('creating', () => {
      throw new Error('simulated storage fault');
    });
    await expect(seedDataset(db, newer)).rejects.toThrow('simulated storage fault');
    expect(await db.claims.count()).toBe(dataset.claims.length);
    expect((await db.claims.get(dataset.claims[0]!.id))?.text).toBe(dataset.claims[0]!.text);
    expect(await db.mentions.count()).toBe(dataset.mentions.length);
  });
});
