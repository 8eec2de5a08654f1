import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Ref { sourceId: string; outlet: string; quote: string; independent?: boolean; reason?: string }
interface M { claimId: string; passage: string; start: number; end: number; verdict: string; pageStance: string; corroboratedBy: Ref[]; contradictedBy: Ref[] }
interface FileOut { file: string; error?: string; topic: { relevant: boolean; score: number; topics: string[] }; matches: M[] }

const ROOT = join(import.meta.dirname, '..');
// The seeds are kept byte-identical in src/data/sources (checked by src/data/dataset.test.ts).
const SEEDS = join(ROOT, 'src', 'data', 'sources');
const run = (...args: string[]) => {
  const r = spawnSync('npx', ['tsx', 'scripts/scan.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

describe('scan CLI', () => {
  it('scans a seed: claims with corroboration from the other seeds, own outlet left out', () => {
    const r = run('--json', join(SEEDS, 'seed-002.txt'));
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as FileOut[];
    expect(out).toHaveLength(1);
    const f = out[0]!;
    expect(f.topic).toMatchObject({ relevant: true, topics: ['kaspersky'] });
    expect(typeof f.topic.score).toBe('number');
    expect(f.matches.length).toBeGreaterThan(5);
    const text = spawnSync('cat', [join(SEEDS, 'seed-002.txt')], { encoding: 'utf8' }).stdout;
    for (const m of f.matches) {
      expect(Object.keys(m)).toEqual(expect.arrayContaining(['claimId', 'claim', 'passage', 'start', 'end', 'score', 'verdict', 'pageStance', 'corroboratedBy', 'contradictedBy']));
      expect(text.slice(m.start, m.end)).toBe(m.passage);
      expect(['corroborated', 'contested', 'contradicted', 'single-source']).toContain(m.verdict);
      expect(['supports', 'contradicts']).toContain(m.pageStance);
      // seed 002 is AFP wire copy: neither it nor the Taipei Times copy corroborates it
      for (const c of m.corroboratedBy) {
        expect(['seed-002', 'seed-004', 'afp']).not.toContain(c.sourceId);
        expect(Object.keys(c).sort()).toEqual(['independent', 'outlet', 'quote', 'sourceId']);
      }
      for (const c of m.contradictedBy) expect(Object.keys(c).sort()).toEqual(['outlet', 'quote', 'reason', 'sourceId']);
    }
    const pulls = f.matches.find((m: M) => m.claimId === 'best-buy-pulls-kaspersky');
    expect(pulls?.corroboratedBy.length).toBeGreaterThan(0);
    const founded = f.matches.find((m: M) => m.claimId === 'kaspersky-founded-1977');
    expect(founded?.contradictedBy.length).toBeGreaterThan(0);
  });

  it('bad files: one-line message each, non-zero exit, other files still scanned', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-'));
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const bin = join(dir, 'bin.html');
    writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
    const sub = join(dir, 'sub');
    mkdirSync(sub);
    const missing = join(dir, 'missing.html');
    const r = run('--json', missing, empty, bin, sub, join(SEEDS, 'seed-000.txt'));
    expect(r.code).not.toBe(0);
    const out = JSON.parse(r.stdout) as FileOut[];
    expect(out.map((x) => Boolean(x.error))).toEqual([true, true, true, true, false]);
    expect(out[4]!.matches.length).toBeGreaterThan(0);
    const lines = r.stderr.trim().split('\n').filter((l) => l.startsWith('scan:'));
    expect(lines).toHaveLength(4);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(lines[0]).toContain('no such file');
  });

  it('without --json prints a readable report', () => {
    const r = run(join(ROOT, 'eval', 'gate', 'kaspersky-article.html'), join(ROOT, 'eval', 'gate', 'unrelated-cooking.html'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('kaspersky-article.html — about kaspersky');
    expect(r.stdout).toContain('not about a covered topic');
  });
});
