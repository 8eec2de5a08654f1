// clauseCuts (src/core/text/segment.ts) replaced a regular expression: it must cut exactly where
// that expression did, on the eval articles (read from disk, hence here and not in src/core) and
// on generated text.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clauseCuts, segment } from '../src/core/text/segment';

describe('clauseCuts', () => {
  // the regular expression clauseCuts replaced, with its comma filter: the reference it must equal
  const WORDS = /(?:but|and|while|which|who|whereas|although|though|because|as|after|amid|since|so|yet|when|with)\b/iy;
  const SUBJECTS = /(?:the|it|he|she|they|its|kaspersky)\b/iy;
  const reference = (str: string): number[] => {
    const re = /(?:(?<!\s)\s+)?[;:]\s+|(?<!\s)\s+[—–-]{1,2}\s+|,\s+(?=[a-zA-Z])|[”"],?\s+(?=[“"])|(?<!\s)\s+(?=(?:amid|amidst|because|due to|following|after concerns|as concerns)\s)/g;
    const cuts: number[] = [];
    for (let m = re.exec(str); m; m = re.exec(str)) {
      if (m[0].trim().startsWith(',')) {
        const rest = m.index + m[0].length;
        WORDS.lastIndex = rest;
        SUBJECTS.lastIndex = rest;
        if (!WORDS.test(str) && !SUBJECTS.test(str)) continue;
      }
      cuts.push(m.index, m.index + m[0].length);
    }
    return cuts;
  };
  it('cuts where the regular expression did, on every sentence of the eval articles', () => {
    const dir = 'eval/articles';
    let n = 0;
    for (const f of readdirSync(dir)) {
      const a = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as { paragraphs: { text: string }[] };
      for (const p of a.paragraphs) {
        for (const s of segment(p.text)) {
          const str = p.text.slice(s.start, s.end);
          expect(clauseCuts(str), str).toEqual(reference(str));
          n++;
        }
      }
    }
    expect(n).toBeGreaterThan(1000);
  });
  it('cuts where the regular expression did, on generated text full of breaks', () => {
    const piece = fc.constantFrom(' ', '  ', '\u00a0', '\n', ';', ':', '-', '--', '—', '–', ',', '"', '”', '“', 'amid', 'amidst', 'because', 'due to', 'following', 'after concerns', 'as concerns', 'and', 'the', 'Kaspersky', 'x', 'Due', '1');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const str = parts.join('');
        expect(clauseCuts(str)).toEqual(reference(str));
      }),
      { numRuns: 5000, seed: 18 },
    );
  });
});
