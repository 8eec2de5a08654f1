import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { dataset, datasetFiles } from '../src/data/index.ts';
import { gateTopics, type GateTopic } from '../src/data/gate-topics.ts';
import { listSourceFiles, loadSourceTexts } from '../src/data/source-texts.ts';
import { runClaimsCheck } from '../src/data/check.ts';
import type { Dataset } from '../src/core/dataset/types.ts';

const texts = loadSourceTexts(dataset);
const run = (ds: unknown, gate: GateTopic[] = gateTopics, files = listSourceFiles()) =>
  runClaimsCheck({ dataset: ds, sourceTexts: texts, gateTopics: gate, files: datasetFiles, sourceFileNames: files });

const copy = (): Dataset => structuredClone(dataset);
const indexOf = <T extends { id: string }>(xs: T[], id: string): number => xs.findIndex((x) => x.id === id);

describe('claims:check', () => {
  it('passes on the bundled dataset and prints counts, a claim table and the conflicts', () => {
    const r = run(dataset);
    expect(r.errors).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.summary).toContain(`${dataset.claims.length} claims, ${dataset.mentions.length} mentions, ${dataset.conflicts.length} conflicts, ${dataset.sources.length} sources`);
    expect(r.summary).toMatch(/kaspersky-founded-1977\s+contradicted\s+1\/2/);
    expect(r.summary).toMatch(/best-buy-pulls-kaspersky\s+corroborated\s+4\/5/);
    expect(r.summary).toContain('- x-founded-year (fact): 1977 vs 1997');
  });

  it('reports precise messages on a deliberately broken copy', () => {
    const ds = copy();
    // 1. a quote that is not a substring (straight apostrophe where the seed has a curly one)
    const mi = indexOf(ds.mentions, 'm-002-spokeswoman');
    ds.mentions[mi]!.quote = ds.mentions[mi]!.quote.replace('Kaspersky’s', "Kaspersky's");
    // 2. a duplicate claim id
    const ci = indexOf(ds.claims, 'kaspersky-founded-1997');
    ds.claims.push({ ...ds.claims[ci]!, text: 'Kaspersky Lab was founded in 1997 (again).' });
    // 3. a dangling conflict reference
    const xi = indexOf(ds.conflicts, 'x-fbi-count');
    ds.conflicts[xi]!.b.mentionId = 'm-003-fbi-two-dozen';
    const r = run(ds);
    expect(r.ok).toBe(false);
    expect(r.summary).toBe('');
    expect(r.errors).toEqual([
      `src/data/dataset/claims.json: claims[${ds.claims.length - 1}].id (kaspersky-founded-1997): duplicate id 'kaspersky-founded-1997' (also at claims[${ci}])`,
      `src/data/dataset/mentions.json: mentions[${mi}].quote (m-002-spokeswoman): quote is not an exact substring of the text of source 'seed-002': it matches only after normalising quotes, dashes and whitespace — copy the exact characters (curly quotes ’ “ ”, non-breaking spaces, repeated spaces) from the source`,
      `src/data/dataset/conflicts.json: conflicts[${xi}].b.mentionId (x-fbi-count): unknown mention 'm-003-fbi-two-dozen'`,
    ]);
  });

  it('reports a claim without mentions, a misspelled stance and a wrong reference', () => {
    const ds = copy();
    const gi = indexOf(ds.mentions, 'm-003-geek-squad');
    ds.mentions.splice(gi, 1);
    const ci = indexOf(ds.claims, 'geek-squad-free-uninstall');
    const si = indexOf(ds.mentions, 'm-001-politicalized');
    (ds.mentions[si] as { stance: string }).stance = 'support';
    const ri = indexOf(ds.sources, 'seed-004');
    ds.sources[ri]!.copies = 'agence-france-presse';
    expect(run(ds).errors).toEqual([
      `src/data/dataset/sources.json: sources[${ri}].copies (seed-004): copies unknown source 'agence-france-presse'`,
      `src/data/dataset/mentions.json: mentions[${si}].stance (m-001-politicalized): "stance" must be one of 'supports', 'contradicts', 'qualifies', got 'support'`,
      `src/data/dataset/claims.json: claims[${ci}] (geek-squad-free-uninstall): claim 'geek-squad-free-uninstall' has no mentions (every claim needs at least one)`,
    ]);
  });

  it('checks the editorial rules: paraphrases, claims per seed, stray fixtures and the topic gate', () => {
    const ds = copy();
    const ci = indexOf(ds.claims, 'crimea-sanctions-2014');
    ds.claims[ci]!.paraphrases = ['only one'];
    const gate: GateTopic[] = [{ ...gateTopics[0]!, terms: gateTopics[0]!.terms.filter((t) => t !== 'Kasperksy').concat('Kaspy') }];
    const r = run(ds, gate, [...listSourceFiles(), 'seed-005.txt']);
    expect(r.errors).toEqual([
      `src/data/dataset/claims.json: claims[${ci}].paraphrases (crimea-sanctions-2014): has 1 paraphrases; write 2–4 in words different from the sources`,
      'src/data/dataset/sources.json: sources: src/data/sources/seed-005.txt is not the textFile of any source',
      "src/data/dataset/entities.json: entities (kaspersky-lab): src/data/gate-topics.ts gateTopics[0]: core entity name or alias 'Kasperksy' is missing from the gate's terms",
      "src/data/dataset/entities.json: entities (kaspersky-lab): src/data/gate-topics.ts gateTopics[0]: gate term 'Kaspy' is not a name or alias of entity 'kaspersky-lab' (add it to the entity's aliases)",
    ]);
  });

  it('npm run claims:check exits 0 on the bundled dataset', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/claims-check.ts'], { encoding: 'utf8' });
    expect(out).toMatch(/^claims:check OK/);
  });
});
