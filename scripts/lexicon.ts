// Writes src/core/text/lexicon-base.json, the thesaurus's lexicon precomputed (see baseLexicon
// in analyze.ts): run after editing lexicon.ts, the stemmer or the tokenizer. A unit test fails
// while the file is out of date.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildBaseLexicon, encodeLexicon } from '../src/core/text/analyze';

const out = resolve(import.meta.dirname, '../src/core/text/lexicon-base.json');
writeFileSync(out, JSON.stringify(encodeLexicon(buildBaseLexicon())) + '\n');
console.log(`wrote ${out}`);
