import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { blockText, extractArticle } from './extract';
import { extractFromText } from './text';
import html from './fixtures/article.html?raw';

const load = (h: string) => parseHTML(h).document as unknown as Document;

/** The DOM text between two boundary points, by walking text nodes in document order. */
function domText(doc: Document, r: { startContainer: Text; startOffset: number; endContainer: Text; endOffset: number }): string {
  const out: string[] = [];
  let on = false;
  const walk = (n: Node): boolean => {
    if (n.nodeType === 3) {
      const t = n as Text;
      const s = t === r.startContainer ? r.startOffset : 0;
      if (t === r.startContainer) on = true;
      if (on) out.push(t.data.slice(s, t === r.endContainer ? r.endOffset : undefined));
      if (t === r.endContainer) return true;
    }
    for (let c = n.firstChild; c; c = c.nextSibling) if (walk(c)) return true;
    return false;
  };
  walk(doc.body);
  return out.join('');
}

describe('extractArticle', () => {
  const doc = load(html);
  const ex = extractArticle(doc)!;
  it('keeps the article body and title', () => {
    expect(ex.title).toBe('Best Buy drops Kaspersky');
    expect(ex.text).toContain('has stopped selling Kaspersky Lab products');
    expect(ex.text).toContain('ties to the Kremlin');
    expect(ex.text).toContain('45 days');
  });
  it('drops navigation, share tools, related boxes, link lists, hidden text, our UI, comments and scripts', () => {
    for (const bad of ['Home', 'Tweet', 'Related stories', 'Kaspersky denies Kremlin links', 'Story A', 'Hidden paragraph', 'Our own UI', 'More from', 'Another headline', 'Most read', 'never trusted', '©', 'var kaspersky']) {
      expect(ex.text, bad).not.toContain(bad);
    }
  });
  it('separates blocks with blank lines and reports block ranges', () => {
    expect(ex.blocks.length).toBeGreaterThanOrEqual(4);
    for (const b of ex.blocks) expect(ex.text.slice(b.start, b.end).trim().length).toBeGreaterThan(0);
    expect(blockText(ex)).toBe(ex.blocks.map((b) => ex.text.slice(b.start, b.end)).join('\n\n'));
  });
  it('maps every block and arbitrary ranges back to the exact DOM text', () => {
    for (const b of ex.blocks) {
      const r = ex.mapRange(b.start, b.end)!;
      expect(r).not.toBeNull();
      expect(domText(doc, r)).toBe(ex.text.slice(b.start, b.end));
    }
    const i = ex.text.indexOf('ties to the Kremlin');
    const j = ex.text.indexOf('45 days');
    const r = ex.mapRange(i - 10, i + 12)!;
    expect(domText(doc, r)).toBe(ex.text.slice(i - 10, i + 12)); // crosses into the <a>
    const r2 = ex.mapRange(j, j + 7)!;
    expect(r2.startContainer.data).toBe('45 days');
    expect(ex.mapRange(5, 3)).toBeNull();
    expect(ex.mapRange(0, ex.text.length + 1)).toBeNull();
  });
  it('falls back to the element with most paragraph text when there is no article markup', () => {
    const d = load(`<html><body><div class="top"><a href="/">Home</a> | <a href="/x">X</a></div>
      <div id="c"><h1>Headline here</h1><p>${'Kaspersky said a thing. '.repeat(10)}</p><p>${'Another paragraph of body text. '.repeat(8)}</p></div>
      <div class="ft">Contact us at the office</div></body></html>`);
    const e = extractArticle(d)!;
    expect(e.text).toContain('Headline here');
    expect(e.text).toContain('Another paragraph');
    expect(e.text).not.toContain('Contact us');
    for (const b of e.blocks) expect(domText(d, e.mapRange(b.start, b.end)!)).toBe(e.text.slice(b.start, b.end));
  });
  const story = `<p>${'Best Buy has stopped selling Kaspersky Lab software in its stores. '.repeat(4)}</p><p>${'The retailer did not announce the move itself. '.repeat(4)}</p>`;
  const blockTexts = (e: NonNullable<ReturnType<typeof extractArticle>>): string[] => e.blocks.map((b) => e.text.slice(b.start, b.end));
  it("reads the headline in the article's own <header> (a WordPress entry header), not the site's", () => {
    const d = load(`<html><body><header class="site-header"><p class="site-title"><a href="/">The Byte Report</a></p><p>Tech news since 2009</p></header>
      <main><article class="post"><header class="entry-header"><h1 class="entry-title">Best Buy pulls Kaspersky antivirus from its shelves</h1>
      <div class="entry-meta">by Jordan Lee, September 8, 2017</div></header><div class="entry-content">${story}</div></article></main></body></html>`);
    const e = extractArticle(d)!;
    expect(blockTexts(e)[0]).toBe('Best Buy pulls Kaspersky antivirus from its shelves');
    expect(e.text).not.toContain('Tech news since 2009');
    expect(e.title).toBe('Best Buy pulls Kaspersky antivirus from its shelves');
    // on a page without article markup, a <header> that holds the headline is read, the site's is not
    const f = extractArticle(load(`<html><body><header><p>Valley Courier: serving the valley since 1921</p></header><div id="story">
      <header><h1>Best Buy pulls Kaspersky antivirus from its shelves</h1></header><div class="body">${story}</div></div></body></html>`))!;
    expect(blockTexts(f)[0]).toBe('Best Buy pulls Kaspersky antivirus from its shelves');
    expect(f.text).not.toContain('serving the valley');
  });
  it('puts a headline that stands outside the articleBody element first, and maps it back to the page', () => {
    const d = load(`<html><body><header class="header"><h1>NNN</h1><nav><a href="/">US</a></nav></header>
      <div class="headline"><h1 class="headline__text">Best Buy drops Kaspersky over Russia fears</h1><div class="byline">By Brian Fung</div></div>
      <div class="image"><span class="caption">A store in Richfield</span></div>
      <div class="article__content" itemprop="articleBody">${story}</div><aside><h1>Most read stories of the week</h1></aside></body></html>`);
    const e = extractArticle(d)!;
    expect(blockTexts(e)).toEqual(['Best Buy drops Kaspersky over Russia fears', expect.stringContaining('has stopped selling'), expect.stringContaining('did not announce')]);
    expect(e.title).toBe('Best Buy drops Kaspersky over Russia fears');
    for (const b of e.blocks) expect(domText(d, e.mapRange(b.start, b.end)!)).toBe(e.text.slice(b.start, b.end));
    const h = d.querySelector('.headline__text')!.firstChild!;
    expect(e.mapPoint(h, 5, 'start')).toBe(5);
    // a site's name in an <h1> before the body is no headline; one after the body is not the article's
    const g = extractArticle(load(`<html><body><h1>NNN News</h1><div itemprop="articleBody">${story}</div><h1>Five other stories you missed this week</h1></body></html>`))!;
    expect(blockTexts(g)[0]).toContain('has stopped selling');
    expect(g.text).not.toContain('NNN');
    expect(g.text).not.toContain('you missed');
  });
  it('drops a "Previously:" or "Read more" line that is a link to another story (block separators are no text of its own)', () => {
    const e = extractArticle(load(`<html><body><article><h1>Best Buy pulls Kaspersky antivirus</h1>${story}
      <p><em>Previously:</em> <a href="/x">Kaspersky Lab says it has no ties to any government</a></p><p>Kaspersky said it would keep selling online.</p></article></body></html>`))!;
    expect(e.text).not.toContain('no ties to any government');
    expect(e.text).toContain('keep selling online');
  });
  it('keeps the short last part of a story cut into divs of one class (no article markup)', () => {
    const group = (n: number) => `<div class="group">${`<p>${'Best Buy has stopped selling Kaspersky Lab software in its stores and online. '.repeat(3)}</p>`.repeat(n)}</div>`;
    const e = extractArticle(load(`<html><body><div class="nav"><a href="/">Markets</a></div><div class="ArticleBody">${group(4)}<div class="video"><a href="#">Watch the clip</a></div>${group(4)}
      <div class="group"><p>Shares of Best Buy were little changed.</p></div></div><div class="footer-note">Data is a real-time snapshot of the market.</div></body></html>`))!;
    expect(e.text).toContain('Shares of Best Buy were little changed.');
    expect(e.text).not.toContain('real-time snapshot');
  });
  it('stops early with maxChars (the gate reads a bounded prefix)', () => {
    const big = `<html><body><article>${'<p>Unrelated words about gardening and weather.</p>'.repeat(5000)}</article></body></html>`;
    const e = extractArticle(load(big), { maxChars: 1000 })!;
    expect(e.text.length).toBeLessThan(1200);
  });
  it('returns null for a page without text', () => {
    expect(extractArticle(load('<html><body><nav><a href="/">x</a></nav></body></html>'))).toBeNull();
  });
});

describe('extractFromText', () => {
  it('splits paragraphs on lines, joins hard wraps and leaves out furniture', () => {
    const t = 'Headline\n\nFirst paragraph that is\nwrapped here.\nSecond line paragraph.\n\nMore from AFP\n- Link one\n- Link two\n';
    const e = extractFromText(t);
    const blocks = e.blocks.map((b) => t.slice(b.start, b.end));
    expect(blocks).toEqual(['Headline', 'First paragraph that is\nwrapped here.', 'Second line paragraph.']);
    expect(e.text).toBe(t);
  });
});

describe('mapPoint (selection boundaries back to text offsets)', () => {
  it('maps text-node and element boundary points to the extracted offsets, the inverse of mapRange', async () => {
    const { parseHTML } = await import('linkedom');
    const { document } = parseHTML(
      '<html><body><nav><a href="/">Home</a></nav><article><h1>Title here</h1><p>First <b>bold</b> paragraph of text.</p><p>Second paragraph, longer than the first one.</p></article></body></html>',
    );
    const ex = extractArticle(document as unknown as Document)!;
    const word = ex.text.indexOf('bold');
    const r = ex.mapRange(word, word + 4)!;
    expect(ex.mapPoint(r.startContainer, r.startOffset, 'start')).toBe(word);
    expect(ex.mapPoint(r.endContainer, r.endOffset, 'end')).toBe(word + 4);
    const p2 = document.querySelectorAll('p')[1]!;
    // Element boundary: before the second paragraph's text node / after it.
    expect(ex.mapPoint(p2 as unknown as Node, 0, 'start')).toBe(ex.text.indexOf('Second'));
    expect(ex.mapPoint(p2 as unknown as Node, 1, 'end')).toBe(ex.text.indexOf('first one.') + 'first one.'.length);
    // A point in the navigation (not extracted) moves to the next extracted text for a start.
    const nav = document.querySelector('nav a')!.firstChild!;
    expect(ex.mapPoint(nav as unknown as Node, 0, 'start')).toBe(0);
    expect(ex.mapPoint(nav as unknown as Node, 0, 'end')).toBeNull();
  });
});
