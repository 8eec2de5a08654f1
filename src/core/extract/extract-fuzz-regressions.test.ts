// Regressions found by the fuzz suite (src/core/fuzz): kept apart from extract.test.ts so the
// cases read as one list. Each input used to throw or take minutes.
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractArticle } from './extract';
import { extractFromText } from './text';

const load = (h: string) => parseHTML(h).document as unknown as Document;
const timed = <T>(f: () => T): { out: T; ms: number } => {
  const t0 = performance.now();
  const out = f();
  return { out, ms: performance.now() - t0 };
};

describe('extractArticle regressions', () => {
  it('returns null for a document without a root element (empty or comment-only file) instead of throwing', () => {
    for (const html of ['', '   ', '<!-- only a comment -->', '<!DOCTYPE html>']) expect(extractArticle(load(html))).toBeNull();
  });

  it('a huge heading after a furniture heading is not run through the backtracking furniture regex', () => {
    const doc = load('<html><body><article><p>Lead paragraph of the story.</p><h2>Related stories</h2><p>teaser</p><h2 id="big"></h2><p>After the long heading.</p></article></body></html>');
    // "subscribe … newsletter …" lets FURNITURE_HEADING's ".*newsletter.*" backtrack: quadratic
    doc.getElementById('big')!.appendChild(doc.createTextNode('subscribe ' + 'newsletter '.repeat(20_000) + '\nx'));
    const { out, ms } = timed(() => extractArticle(doc));
    expect(ms).toBeLessThan(1000); // was ~40 s at this size, hours at 1 MB
    expect(out!.text).toContain('Lead paragraph of the story.');
    expect(out!.text).toContain('After the long heading.'); // a long heading ends the furniture
  });
});

describe('extractArticle regressions (no article markup: the paragraph-rich element is kept)', () => {
  it('keeps blocks by a linear merge (80,000 paragraphs took 3.7 s with a some() per block)', () => {
    const doc = load('<html><body><div id="junk"><div>Menu text outside the story</div></div><h1>Headline</h1><div id="story"></div><div><p>x</p></div></body></html>');
    const story = doc.getElementById('story')!;
    for (let i = 0; i < 80_000; i++) {
      const p = doc.createElement('p');
      p.appendChild(doc.createTextNode(`Paragraph ${i} of the story.`));
      story.appendChild(p);
    }
    const { out, ms } = timed(() => extractArticle(doc));
    expect(ms).toBeLessThan(2000);
    expect(out!.blocks.length).toBe(80_001); // the <h1> and every paragraph; the menu and the stray <p> are left out
    expect(out!.text.startsWith('Headline\n\nParagraph 0 of the story.')).toBe(true);
    expect(out!.text.endsWith('Paragraph 79999 of the story.')).toBe(true);
    const r = out!.mapRange(out!.text.length - 9, out!.text.length)!;
    expect(r.endContainer.data.slice(r.startOffset, r.endOffset)).toBe('he story.');
  });
});

describe('extractFromText regressions', () => {
  it('many hard-wrapped lines are joined in linear time', () => {
    const { out, ms } = timed(() => extractFromText('a\n'.repeat(100_000)));
    expect(ms).toBeLessThan(1000); // was ~35 s at this size, minutes at 1 MB
    expect(out.blocks).toEqual([{ start: 0, end: 199_999 }]);
    // the join rule is unchanged: a line ending a sentence is not continued
    expect(extractFromText('First line ends.\nsecond line goes on\nthird joins').blocks.length).toBe(2);
  });

  it('a long furniture-like line is not run through the backtracking furniture regex', () => {
    const { out, ms } = timed(() => extractFromText('subscribe ' + 'newsletter '.repeat(20_000) + '\u2028x')); // was ~35 s
    expect(ms).toBeLessThan(1000);
    expect(out.blocks.length).toBe(1);
  });
});
