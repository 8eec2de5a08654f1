// Node-only: loads the source texts every mention quote is checked against.
// Never import this from browser code (it uses node:fs and would bundle the article texts).
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../core/dataset/types.ts';

export const sourcesDir = join(dirname(fileURLToPath(import.meta.url)), 'sources');

/** Reads the text file of every source that names one; keyed by source id. Missing files are skipped (the validator reports them). */
export function loadSourceTexts(ds: Dataset, dir: string = sourcesDir): Record<string, string> {
  const present = new Set(readdirSync(dir));
  const texts: Record<string, string> = {};
  for (const s of ds.sources) {
    if (s.textFile && present.has(s.textFile)) texts[s.id] = readFileSync(join(dir, s.textFile), 'utf8');
  }
  return texts;
}

/** File names present in the sources directory. */
export function listSourceFiles(dir: string = sourcesDir): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
}
