import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dataset } from './index.ts';
import { gateTopics } from './gate-topics.ts';
import { loadSourceTexts, sourcesDir } from './source-texts.ts';
import { validateDataset } from '../core/dataset/validate.ts';
import { policyErrors } from './check.ts';

const texts = loadSourceTexts(dataset);
const SEEDS = '/work/shared/seeds';

describe('bundled dataset', () => {
  it('is valid, with every quote an exact substring of its source text', () => {
    expect(validateDataset(dataset, { sourceTexts: texts })).toEqual([]);
    expect(policyErrors(dataset, gateTopics, readdirSync(sourcesDir).filter((f) => f.endsWith('.txt')))).toEqual([]);
  });

  it.skipIf(!existsSync(SEEDS))('carries the seed texts verbatim', () => {
    for (const f of readdirSync(SEEDS).filter((x) => /^\d{3}_.*\.txt$/.test(x))) {
      const id = `seed-${f.slice(0, 3)}`;
      expect(texts[id], id).toBe(readFileSync(join(SEEDS, f), 'utf8'));
    }
  });

  it('meets the issue: 25+ claims, each seed related to 8+ claims, AFP copies marked', () => {
    expect(dataset.claims.length).toBeGreaterThanOrEqual(25);
    for (const id of ['seed-000', 'seed-001', 'seed-002', 'seed-003', 'seed-004']) {
      const claims = new Set(dataset.mentions.filter((m) => m.sourceId === id).map((m) => m.claimId));
      expect(claims.size, id).toBeGreaterThanOrEqual(8);
    }
    const src = (id: string) => dataset.sources.find((s) => s.id === id);
    expect(src('seed-002')).toMatchObject({ kind: 'wire-copy', copies: 'afp', outlet: 'SecurityWeek (AFP)' });
    expect(src('seed-004')).toMatchObject({ kind: 'wire-copy', copies: 'afp', outlet: 'Taipei Times', date: '2017-09-10' });
    expect(src('seed-003')).toMatchObject({ kind: 'republication', copies: 'business-insider' });
    expect(src('seed-001')).toMatchObject({ kind: 'rewrite', cites: ['the-verge', 'star-tribune'] });
    expect(dataset.conflicts.length).toBeGreaterThan(6);
    for (const c of dataset.claims) expect(c.topic).toBe('kaspersky');
  });

  it('writes paraphrases in words different from the sources', () => {
    const all = Object.values(texts).map((t) => t.toLowerCase());
    for (const c of dataset.claims) {
      for (const p of c.paraphrases ?? []) {
        expect(all.some((t) => t.includes(p.toLowerCase())), `${c.id}: "${p}"`).toBe(false);
      }
    }
  });

  it('keeps the browser modules free of node APIs and the gate free of the dataset', () => {
    const gate = readFileSync(new URL('./gate-topics.ts', import.meta.url), 'utf8');
    expect(gate).not.toMatch(/^\s*import\s/m);
    const index = readFileSync(new URL('./index.ts', import.meta.url), 'utf8');
    expect(index).not.toMatch(/from ['"](node:|[^'"]*source-texts)/);
  });
});
