import { describe, expect, it } from 'vitest';
import precomputed from './lexicon-base.json' with { type: 'json' };
import { buildBaseLexicon, encodeLexicon } from './analyze';

describe('the precomputed thesaurus lexicon', () => {
  it('is what lexicon.ts, the stemmer and the tokenizer build (else run `npm run lexicon`)', () => {
    expect(precomputed, 'lexicon-base.json is out of date: run `npm run lexicon`').toEqual(encodeLexicon(buildBaseLexicon()));
  });
});
