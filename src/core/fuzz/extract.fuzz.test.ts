// Fuzz: article extraction (extractArticle on linkedom DOMs, extractFromText on plain text).
// Invariants: never throws; null or blocks in bounds, ordered, joined by "\n\n"; mapRange is
// exact (the DOM text between the mapped endpoints is the extracted slice); bounded time on
// degenerate documents (5,000-deep nesting, 20,000 tiny nodes, a 1 MB text node, huge attributes,
// shadow roots, iframes/templates/scripts, unclosed tags).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { extractArticle, type Extracted, type MappedRange } from '../extract/extract';
import { extractFromText } from '../extract/text';
import { bigTexts, buildTree, fixedCase, fuzz, htmlArb, NASTY_CHARS, textArb, timeout, treeArb, within } from './arbitraries';

const parse = (h: string): Document => parseHTML(h).document as unknown as Document;
const emptyDoc = (): Document => parse('<!DOCTYPE html><html><head><title>t</title></head><body></body></html>');

/** Generous per-document budget: catches hangs and quadratic blow-ups, not slowness. */
const BUDGET_MS = 2000;

const isText = (n: Node): boolean => n.nodeType === 3 || n.nodeType === 4;

/** Next node in document order (light DOM: shadow roots are not children). */
function nextNode(n: Node): Node | null {
  if (n.firstChild) return n.firstChild;
  for (let c: Node | null = n; c; c = c.parentNode) if (c.nextSibling) return c.nextSibling;
  return null;
}

/** The data of every text node from the range's start to its end, in document order (partial at both ends). */
function rangePieces(r: MappedRange, maxNodes = 1_000_000): string[] | null {
  const pieces: string[] = [];
  let n: Node | null = r.startContainer;
  for (let steps = 0; n && steps < maxNodes; steps++, n = nextNode(n)) {
    if (!isText(n)) continue;
    const d = (n as Text).data;
    const from = n === r.startContainer ? r.startOffset : 0;
    const to = n === r.endContainer ? r.endOffset : d.length;
    pieces.push(d.slice(from, to));
    if (n === r.endContainer) return pieces;
  }
  return null; // end not reached in document order: a reversed or detached range
}

/**
 * `expected` must be the first piece, then some of the middle pieces taken whole (extraction
 * leaves out scripts, hidden and boilerplate nodes, but only ever whole text nodes), then the
 * last piece.
 */
function isWholeNodeSubsequence(pieces: string[], expected: string): boolean {
  if (pieces.length === 1) return pieces[0] === expected;
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  if (!expected.startsWith(first) || !expected.endsWith(last) || first.length + last.length > expected.length) return false;
  const target = expected.length - last.length;
  let reach = new Set<number>([first.length]);
  for (let i = 1; i < pieces.length - 1; i++) {
    const p = pieces[i]!;
    if (!p) continue;
    const next = new Set(reach);
    for (const pos of reach) if (pos + p.length <= target && expected.startsWith(p, pos)) next.add(pos + p.length);
    reach = next;
  }
  return reach.has(target);
}

function checkMapped(ex: Extracted, r: MappedRange, s: number, e: number, strict: boolean): void {
  expect(r.startOffset).toBeGreaterThanOrEqual(0);
  expect(r.startOffset).toBeLessThanOrEqual(r.startContainer.data.length);
  expect(r.endOffset).toBeGreaterThanOrEqual(0);
  expect(r.endOffset).toBeLessThanOrEqual(r.endContainer.data.length);
  const pieces = rangePieces(r);
  expect(pieces, `range ${s}-${e} runs backwards in the DOM`).not.toBeNull();
  const expected = ex.text.slice(s, e);
  if (strict) expect(pieces!.join('')).toBe(expected);
  else expect(isWholeNodeSubsequence(pieces!, expected), `range ${s}-${e}: ${JSON.stringify(expected.slice(0, 80))}`).toBe(true);
}

type MapPoint = (node: Node, offset: number, side: 'start' | 'end') => number | null;

/**
 * The structural invariants of an extraction, plus exact mapping for `probes` random ranges
 * inside blocks (`strict`: every text node between the endpoints is extracted, so the DOM text
 * must equal the slice; otherwise whole skipped nodes are allowed between them).
 */
function checkExtracted(ex: Extracted | null, probes: readonly [number, number, number][], strict: boolean, dom = true): void {
  if (ex === null) return;
  const { text, blocks } = ex;
  expect(typeof text).toBe('string');
  expect(/\S/.test(text)).toBe(true);
  let prev = 0;
  for (const b of blocks) {
    // plain checks (expect() per block is slow on 20,000-block documents)
    const ok = Number.isInteger(b.start) && Number.isInteger(b.end) && b.start >= prev && b.end > b.start && b.end <= text.length;
    if (!ok) throw new Error(`block ${b.start}-${b.end} out of order or bounds (previous end ${prev}, text length ${text.length})`);
    prev = b.end;
  }
  if (!dom) return;
  // DOM extraction: the text is exactly its blocks joined by "\n\n" (which maps to nothing).
  expect(blocks.map((b) => text.slice(b.start, b.end)).join('\n\n')).toBe(text);
  const mapPoint = (ex as { mapPoint?: MapPoint }).mapPoint;
  for (const [bi, a, c] of probes) {
    if (!blocks.length) break;
    const b = blocks[bi % blocks.length]!;
    const len = b.end - b.start;
    const s = b.start + (a % len);
    const e = s + 1 + (c % Math.min(b.end - s, 4000)); // bounded: the whole-node check is a DP over pieces × offsets
    const r = ex.mapRange(s, e);
    expect(r, `mapRange(${s}, ${e}) inside block ${b.start}-${b.end}`).not.toBeNull();
    checkMapped(ex, r!, s, e, strict);
    if (mapPoint) {
      expect(mapPoint(r!.startContainer, r!.startOffset, 'start')).toBe(s);
      expect(mapPoint(r!.endContainer, r!.endOffset, 'end')).toBe(e);
    }
  }
  // anywhere (across blocks, out of bounds, NaN): never throws, null or a well-formed range
  const n = text.length;
  for (const [s, e] of [[0, n], [-1, 2], [n - 1, n + 5], [NaN, 3], [2, 1], [n, n], [1.5, 3.5], [0, Infinity]] as [number, number][]) {
    const r = ex.mapRange(s, e);
    if (r) {
      expect(r.startOffset).toBeGreaterThanOrEqual(0);
      expect(r.endOffset).toBeLessThanOrEqual(r.endContainer.data.length);
    }
  }
}

const probesArb = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { minLength: 1, maxLength: 8 });
const maxCharsArb = fc.option(fc.oneof(fc.integer({ min: 0, max: 300 }), fc.constant(50_000)), { nil: undefined, freq: 3 });

function extractTimed(doc: Document, maxChars?: number, budget = BUDGET_MS): Extracted | null {
  return within(budget, 'extractArticle', () => extractArticle(doc, maxChars === undefined ? {} : { maxChars }));
}

describe('extractArticle fuzz', () => {
  it('random malformed HTML: well-formed result, mapping consistent with the DOM', () => {
    fuzz(
      'extract: random malformed HTML (parseHTML)',
      fc.tuple(htmlArb(), probesArb, maxCharsArb),
      ([html, probes, maxChars]) => {
        const doc = parse(html);
        checkExtracted(extractTimed(doc, maxChars), probes, false);
      },
      150,
    );
  }, timeout(20_000));

  it('programmatic trees (shadow roots, comments, odd tag names, huge attributes): same invariants', () => {
    fuzz(
      'extract: programmatic trees with shadow roots',
      fc.tuple(treeArb(), probesArb, maxCharsArb),
      ([specs, probes, maxChars]) => {
        const doc = emptyDoc();
        buildTree(doc, doc.body, specs);
        const before = doc.body.outerHTML;
        checkExtracted(extractTimed(doc, maxChars), probes, false);
        expect(doc.body.outerHTML).toBe(before); // extraction never mutates the page
      },
      150,
    );
  }, timeout(20_000));

  it('clean trees (only extracted content): mapRange is exact, character for character', () => {
    fuzz(
      'extract: clean trees, exact mapping',
      fc.tuple(treeArb({ clean: true, maxDepth: 8 }), probesArb),
      ([specs, probes]) => {
        const doc = emptyDoc();
        buildTree(doc, doc.body, specs);
        checkExtracted(extractTimed(doc), probes, true);
      },
      150,
    );
  }, timeout(20_000));

  it('shadow-root text is not read (and does not disturb the mapping of the light DOM)', () => {
    fixedCase('extract: shadow roots, iframe, template, script, style, comments', () => {
      const doc = emptyDoc();
      const host = doc.createElement('div');
      host.appendChild(doc.createTextNode('Light text of a long enough paragraph.'));
      doc.body.appendChild(host);
      const sr = host.attachShadow({ mode: 'open' });
      sr.appendChild(doc.createTextNode('SHADOW secret'));
      for (const tag of ['iframe', 'template', 'script', 'style', 'noscript', 'textarea']) {
        const el = doc.createElement(tag);
        el.appendChild(doc.createTextNode(`${tag.toUpperCase()} hidden`));
        doc.body.appendChild(el);
      }
      doc.body.appendChild(doc.createComment('COMMENT'));
      const p = doc.createElement('p');
      p.appendChild(doc.createTextNode('Second paragraph.'));
      doc.body.appendChild(p);
      const ex = extractTimed(doc)!;
      expect(ex.text).toBe('Light text of a long enough paragraph.\n\nSecond paragraph.');
      checkExtracted(ex, [[0, 3, 9], [1, 0, 100]], true);
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Degenerate documents (few runs each: every case is large)

const tagArb = fc.constantFrom('div', 'span', 'p', 'section', 'b', 'i', 'li', 'blockquote', 'td', 'x-y', 'em');

describe('extractArticle on degenerate documents', () => {
  it('5,000 levels of nesting, built programmatically and parsed from a string', () => {
    fuzz(
      'extract: 5,000-deep nesting',
      fc.tuple(fc.array(tagArb, { minLength: 1, maxLength: 4 }), fc.constantFrom('bottom', 'every', 'every-10'), probesArb),
      ([tags, where, probes]) => {
        const doc = emptyDoc();
        let el: Element = doc.body;
        for (let i = 0; i < 5000; i++) {
          const c = doc.createElement(tags[i % tags.length]!);
          el.appendChild(c);
          el = c;
          if (where === 'every' || (where === 'every-10' && i % 10 === 0)) c.appendChild(doc.createTextNode(`w${i} `));
        }
        el.appendChild(doc.createTextNode('The bottom of a very deep document.'));
        const ex = extractTimed(doc);
        expect(ex).not.toBeNull();
        checkExtracted(ex, probes, true);
        const html = `<html><body>${tags.map((t) => `<${t}>`).join('').repeat(Math.ceil(5000 / tags.length))}deep text.</body></html>`;
        checkExtracted(extractTimed(parse(html)), probes, false);
      },
      3,
    );
  }, timeout(30_000));

  it('20,000 tiny text nodes (one paragraph), 20,000 tiny elements, 20,000 paragraphs', () => {
    fuzz(
      'extract: 20,000 tiny nodes',
      fc.tuple(fc.constantFrom('text', 'span', 'p', 'a', 'mixed'), fc.array(fc.constantFrom('a', ' ', '.', 'b. ', ...NASTY_CHARS), { minLength: 1, maxLength: 8 }), probesArb),
      ([shape, chars, probes]) => {
        const doc = emptyDoc();
        const p = doc.createElement('div');
        doc.body.appendChild(p);
        for (let i = 0; i < 20_000; i++) {
          const t = doc.createTextNode(chars[i % chars.length]! + (i % 7 === 0 ? 'x' : ''));
          const kind = shape === 'mixed' ? (['text', 'span', 'p', 'a'] as const)[i % 4]! : shape;
          if (kind === 'text') p.appendChild(t);
          else {
            const el = doc.createElement(kind);
            if (kind === 'a') el.setAttribute('href', '/x');
            el.appendChild(t);
            p.appendChild(el);
          }
        }
        checkExtracted(extractTimed(doc), probes, shape === 'text' || shape === 'span' || shape === 'p');
      },
      4,
    );
  }, timeout(30_000));

  it('a single 1 MB text node of degenerate text', () => {
    const big = bigTexts(1 << 20);
    fuzz(
      'extract: 1 MB single text node',
      fc.tuple(fc.constantFrom(...Object.keys(big)), fc.constantFrom('p', 'pre', 'div', 'h2'), probesArb),
      ([kind, tag, probes]) => {
        const doc = emptyDoc();
        const el = doc.createElement(tag);
        el.appendChild(doc.createTextNode(big[kind]!));
        doc.body.appendChild(el);
        const ex = extractTimed(doc);
        checkExtracted(ex, probes, true);
        extractTimed(doc, 50_000);
      },
      4,
    );
  }, timeout(30_000));

  it('huge attribute values, unclosed tags by the thousand, furniture headings over huge text', () => {
    const MB = 1 << 20;
    const cases: Record<string, () => Document> = {
      // (linkedom's DOMTokenList overflows the stack on a class of ~100k tokens: one huge token here)
      'class attribute of 1 MB (parsed)': () => parse(`<html><body><div class="nav${'x'.repeat(MB)}">x</div><div class="${'a'.repeat(MB)} content"><p>Body text here.</p></div></body></html>`),
      'class, id, style attributes of 1 MB (set)': () => {
        const doc = emptyDoc();
        for (const [k, v] of [['class', 'a-'.repeat(MB / 2) + ' nav'], ['id', '-'.repeat(MB)], ['style', 'display :'.repeat(MB / 9) + ' none'], ['style', 'display:' + ' '.repeat(MB)], ['class', 'nav '.repeat(5000)]]) {
          const div = doc.createElement('div');
          div.setAttribute(k!, v!);
          const p = doc.createElement('p');
          p.appendChild(doc.createTextNode(`Paragraph under ${k}.`));
          div.appendChild(p);
          doc.body.appendChild(div);
        }
        return doc;
      },
      '20,000 unclosed <p>': () => parse(`<html><body>${'<p>word '.repeat(20_000)}</body></html>`),
      '5,000 unclosed <b><i>': () => parse(`<html><body><p>${'<b><i>x '.repeat(5000)}</p></body></html>`),
      '10,000 stray closing tags': () => parse(`<html><body>${'</div></p></span>'.repeat(10_000)}<p>after</p></body></html>`),
      '10,000 unclosed comments and CDATA': () => parse(`<html><body><p>a${'<!-- x <![CDATA[ y'.repeat(10_000)}</p></body></html>`),
      'furniture heading then a 1 MB heading': () => {
        const doc = emptyDoc();
        const art = doc.createElement('article');
        doc.body.appendChild(art);
        for (const [tag, text] of [['p', 'Lead paragraph of the story.'], ['h2', 'Related stories'], ['p', 'teaser'], ['h2', 'subscribe ' + 'newsletter '.repeat(MB / 11) + '\nx'], ['p', 'After the long heading.']] as const) {
          const el = doc.createElement(tag);
          el.appendChild(doc.createTextNode(text));
          art.appendChild(el);
        }
        return doc;
      },
      '1 MB of bidi overrides and lone surrogates in 50,000 spans': () => {
        const doc = emptyDoc();
        const p = doc.createElement('p');
        doc.body.appendChild(p);
        for (let i = 0; i < 50_000; i++) {
          const s = doc.createElement('span');
          s.appendChild(doc.createTextNode('\u202e\ud800ab\u202c\udfff\u0000' + 'x'.repeat(14)));
          p.appendChild(s);
        }
        return doc;
      },
    };
    for (const [name, make] of Object.entries(cases)) {
      fixedCase(`extract: ${name}`, () => {
        const doc = make();
        checkExtracted(extractTimed(doc), [[0, 0, 5], [1, 7, 1000], [5, 123, 77]], false);
      });
    }
  }, timeout(40_000));
});

// ---------------------------------------------------------------------------------------------

describe('extractFromText fuzz', () => {
  it('random text: blocks in bounds, ordered, trimmed', () => {
    fuzz(
      'extractFromText: random text',
      textArb(300),
      (text) => {
        const ex = within(BUDGET_MS, 'extractFromText', () => extractFromText(text));
        expect(ex.text).toBe(text);
        checkExtracted(ex.blocks.length ? ex : null, [], false, false);
        for (const b of ex.blocks) expect(/\s/.test(text[b.start]!) || /\s/.test(text[b.end - 1]!)).toBe(false);
        expect(ex.mapRange(0, 1)).toBeNull();
      },
      300,
    );
  });

  it('1 MB degenerate texts in bounded time', () => {
    const big = bigTexts(1 << 20);
    big['hard-wrapped lines'] = 'lower case line without a stop\n'.repeat(34_000);
    big['furniture-like line'] = 'subscribe ' + 'newsletter '.repeat(95_000) + '\u2028x';
    for (const [name, text] of Object.entries(big)) {
      fixedCase(`extractFromText: 1 MB ${name}`, () => {
        const ex = within(BUDGET_MS, `extractFromText(${name})`, () => extractFromText(text));
        checkExtracted(ex.blocks.length ? ex : null, [], false, false);
      });
    }
  }, timeout(40_000));
});

