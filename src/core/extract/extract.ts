// Reader-view style article extraction in ONE linear walk over the DOM (content-script
// budget: ≤ 3× a bare text read). Text nodes are appended verbatim (no whitespace collapsing,
// so every offset maps back exactly); blocks are separated by "\n\n" which maps to nothing.
// Boilerplate is pruned on entry (nav, aside, hidden, our own UI, class/id patterns) or rolled
// back on exit (link-dense lists, "Related"/"More from"/comment boxes found by their heading).
//
// Why not a TreeWalker: pruning needs enter/exit events per element; linkedom's TreeWalker
// only has nextNode(), and firstChild/nextSibling/parentNode pointer chasing is what a
// TreeWalker does internally, without a filter callback per node.

export interface Block {
  start: number;
  end: number;
}
export interface MappedRange {
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
}
export interface Extracted {
  text: string;
  blocks: Block[];
  title: string;
  mapRange(start: number, end: number): MappedRange | null;
  /**
   * The reverse of mapRange for one boundary point (a selection's start or end): the offset in
   * `text`, or null when the point is outside the extracted article.
   */
  mapPoint(node: Node, offset: number, side: 'start' | 'end'): number | null;
}
export interface ExtractOptions {
  /** Stop after this many characters of text (the gate reads a bounded prefix). */
  maxChars?: number;
  /** Start from this element instead of choosing a content root. */
  root?: Element;
}

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

const SKIP_TAGS = new Set([
  'NAV', 'FOOTER', 'ASIDE', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'FORM', 'BUTTON', 'SELECT',
  'TEXTAREA', 'INPUT', 'IFRAME', 'SVG', 'CANVAS', 'VIDEO', 'AUDIO', 'OBJECT', 'EMBED', 'MENU', 'DIALOG', 'HEAD',
  'LINK', 'META', 'TITLE', 'MATH', 'PICTURE', 'IMG', 'FIGURE',
]);
const BLOCK_TAGS = new Set([
  'P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'PRE',
  'SECTION', 'ARTICLE', 'MAIN', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH', 'CAPTION', 'FIGCAPTION',
  'HR', 'BR', 'ADDRESS', 'DETAILS', 'SUMMARY', 'FIELDSET', 'CENTER', 'BODY',
]);
/** Containers that are dropped when mostly links. */
const LINKY_TAGS = new Set(['UL', 'OL', 'DL', 'DIV', 'SECTION', 'TABLE', 'TBODY', 'P', 'LI', 'TD', 'SPAN']);
/** Elements whose class/id/role/style are checked for boilerplate (inline tags are not). */
const CONTAINER_TAGS = new Set(['DIV', 'SECTION', 'UL', 'OL', 'DL', 'TABLE', 'TBODY', 'TR', 'TD', 'LI', 'SPAN', 'CENTER', 'DETAILS', 'BLOCKQUOTE', 'H2', 'H3', 'H4', 'H5', 'H6']);
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const NEGATIVE =
  /(^|[\s_-])(related|recommend|more-from|morefrom|more-stories|read-more|readmore|also-read|comment|comments|disqus|share|sharing|social|newsletter|subscribe|subscription|promo|sponsor|advert|ads?|ad-slot|banner|sidebar|side-bar|breadcrumbs?|nav|navbar|menu|footer|header|masthead|popup|modal|cookie|gdpr|paywall|outbrain|taboola|trending|most-popular|popular|widget|tags?|byline-social|skip|toolbar|pagination|pager|signup|related-links)([\s_-]|$)/i;
const POSITIVE = /(^|[\s_-])(article|body|content|entry|main|post|story|text)([\s_-]|$)/i;
export const FURNITURE_HEADING =
  /^\s*(related( (stories|articles|news|content|posts|coverage|links|reading))?|more (from|on|in|stories|news|articles|coverage|to read)\b.*|recommended( news| for you| stories| reading)?|read (more|next|also)|also read|see also|latest( news| stories)?|most (read|popular|viewed|shared)|popular( now| stories)?|you (may|might) (also )?like|trending( now)?|comments?( \(\d+\))?|leave a (reply|comment)|join the (discussion|conversation)|share this( article| story)?|top stories|editor'?s picks|around the web|sponsored( content| stories)?|from our partners|(sign up|subscribe)( to)?.*newsletter.*|tags?|topics)\s*:?\s*$/i;

interface Frame {
  el: Element;
  tag: string;
  outLen: number;
  /** Block separators written before the element began (they are no text of its own). */
  seps: number;
  parts: number;
  segs: number;
  blocks: number;
  linkChars: number;
  block: boolean;
  /** A furniture heading was seen directly inside: drop later siblings (or the whole box). */
  furniture: boolean;
  skipRest: boolean;
  blockStart: number;
}

/** Picks a content root cheaply: tag collections first (fast on huge pages), then attributes. */
function pickRoot(doc: Document): Element | null {
  const arts = doc.getElementsByTagName('article');
  if (arts.length === 1) return arts[0]!;
  if (arts.length > 1) {
    // several <article>s (teasers): the one with the most paragraph text
    let best: Element | null = null;
    let bestLen = 0;
    for (let i = 0; i < arts.length && i < 50; i++) {
      const a = arts[i]!;
      const ps = a.getElementsByTagName('p');
      let len = 0;
      for (let j = 0; j < ps.length && len < 5000; j++) len += (ps[j]!.textContent ?? '').length;
      if (len > bestLen) {
        bestLen = len;
        best = a;
      }
    }
    if (best && bestLen > 200) return best;
  }
  const ab = doc.querySelector('[itemprop="articleBody"]');
  if (ab) return ab;
  return doc.getElementsByTagName('main')[0] ?? doc.querySelector('[role="main"]');
}

function attr(el: Element, name: string): string {
  return el.getAttribute(name) ?? '';
}

/** Where a headline is never: the page's navigation, footer and side columns. */
const NOT_HEADLINE = new Set(['NAV', 'FOOTER', 'ASIDE']);

/**
 * The article's headline when it stands outside the element chosen as the article (which then
 * holds no <h1>): the first <h1> before that element, of a headline's length (a site's name in an
 * <h1> is a word or three), not in navigation, a footer, a side column or hidden.
 */
function headlineOutside(doc: Document, root: Element): Element | null {
  // querySelector stops at the first <h1>, where a live collection's length walks the whole article
  if (root.querySelector('h1')) return null;
  const h1s = doc.getElementsByTagName('h1');
  const rootPath = treePath(root);
  for (let i = 0; i < h1s.length && i < 10; i++) {
    const h = h1s[i]!;
    if (comparePaths(treePath(h), rootPath) >= 0) return null;
    const words = (h.textContent ?? '').trim().split(/\s+/).length;
    if (words < 4 || words > 40) continue;
    let ok = true;
    for (let a: Element | null = h; a && ok; a = a.parentElement) {
      if (NOT_HEADLINE.has(a.tagName.toUpperCase()) || a.hasAttribute('hidden') || attr(a, 'aria-hidden') === 'true') ok = false;
    }
    if (ok) return h;
  }
  return null;
}

function pageTitle(doc: Document, root: Element | null): string {
  // live collections: cheap, unlike a querySelector over a huge page
  const h1 = (root ?? doc.body ?? doc).getElementsByTagName('h1')[0];
  const t = h1?.textContent?.trim();
  if (t) return t.replace(/\s+/g, ' ');
  const dt = (doc.title ?? '').trim();
  if (dt) return dt;
  return doc.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim() ?? '';
}

/** Extracts the main article text of a document, or null when there is no text. */
export function extractArticle(doc: Document, opts: ExtractOptions = {}): Extracted | null {
  // No root element (an empty or comment-only file in the scan CLI): linkedom's `body` getter
  // throws there instead of returning null as browsers do.
  if (!doc.documentElement) return null;
  const body = doc.body ?? doc.documentElement;
  if (!body) return null;
  const chosen = opts.root ?? pickRoot(doc);
  const root = chosen ?? body;
  const max = opts.maxChars ?? Infinity;

  const parts: string[] = [];
  let outLen = 0;
  // segments: parallel arrays (text offset, node, node offset, length)
  const segOff: number[] = [];
  const segNode: Text[] = [];
  const segNodeOff: number[] = [];
  const segLen: number[] = [];
  const blocks: Block[] = [];
  let blockStart = -1; // offset where the current block's text began, -1 = no text yet
  let linkChars = 0;
  // characters of the "\n\n" separators written so far: an element's own text is its length
  // less the separators it holds (a "Previously: <a>…</a>" paragraph is 80% link without its
  // separator, and 78% with it)
  let seps = 0;
  let linkDepth = 0;
  // per-element paragraph text, for choosing a root when the page has no article markup
  const pScore = chosen ? null : new Map<Element, number>();
  let firstH1 = '';

  const closeBlock = (): void => {
    if (blockStart >= 0) {
      blocks.push({ start: blockStart, end: outLen });
      blockStart = -1;
    }
  };
  const stack: Frame[] = [];
  const rootFrame: Frame = {
    el: root, tag: root.tagName, outLen: 0, seps: 0, parts: 0, segs: 0, blocks: 0, linkChars: 0, block: true, furniture: false, skipRest: false, blockStart: -1,
  };

  const exitElement = (f: Frame): void => {
    const len = outLen - f.outLen - (seps - f.seps);
    if (f.tag === 'A') linkDepth--;
    let drop = false;
    if (len > 0) {
      const links = linkChars - f.linkChars;
      if (f.tag === 'H1' && !firstH1) firstH1 = parts.slice(f.parts).join('').replace(/\s+/g, ' ').trim();
      if (HEADING_TAGS.has(f.tag) || f.tag === 'STRONG' || f.tag === 'B') {
        const t = parts.slice(f.parts).join('');
        if (t.length < 80 && FURNITURE_HEADING.test(t)) {
          drop = true;
          const p = stack[stack.length - 1] ?? rootFrame;
          p.furniture = true;
        }
      }
      if (!drop && LINKY_TAGS.has(f.tag) && links / len > (f.tag === 'P' || f.tag === 'SPAN' ? 0.8 : 0.5) && len < 8000) {
        drop = true;
      }
      if (!drop && f.furniture && f.el !== root && f.tag !== 'BODY' && f.tag !== 'MAIN' && f.tag !== 'ARTICLE' && len < 20000) drop = true;
    }
    if (drop) {
      // roll back everything this element added
      parts.length = f.parts;
      outLen = f.outLen;
      seps = f.seps;
      segOff.length = segNode.length = segNodeOff.length = segLen.length = f.segs;
      blocks.length = f.blocks;
      linkChars = f.linkChars;
      blockStart = -1;
      blockStart = f.blockStart;
      return;
    }
    if (pScore && f.tag === 'P' && len > 0) {
      const par = f.el.parentNode as Element | null;
      if (par) pScore.set(par, (pScore.get(par) ?? 0) + len);
    }
    if (f.block) closeBlock();
  };
  // A headline outside the article's element (a page that marks up only the body as
  // articleBody, the headline above it) is the article's first block. The walk is written out
  // once, inline: as a closure called per root it made extraction half as slow again.
  const headline = chosen ? headlineOutside(doc, chosen) : null;
  for (const top of headline ? [headline, root] : [root]) {
    if (outLen >= max) break;
    let node: Node | null = top.firstChild;
    let parentFrame: Frame = rootFrame;
    rootFrame.furniture = rootFrame.skipRest = false;
    while (node) {
      let descend = false;
      const type = node.nodeType;
      if (type === TEXT || type === CDATA) {
        const data = (node as Text).data;
        if (data.length && !parentFrame.skipRest) {
          const blank = blockStart < 0 && !/\S/.test(data);
          if (!blank) {
            if (blockStart < 0) {
              if (outLen > 0) {
                parts.push('\n\n');
                outLen += 2;
                seps += 2;
              }
              blockStart = outLen;
            }
            segOff.push(outLen);
            segNode.push(node as Text);
            segNodeOff.push(0);
            segLen.push(data.length);
            parts.push(data);
            outLen += data.length;
            if (linkDepth > 0) linkChars += data.length;
          }
        }
      } else if (type === ELEMENT) {
        const el = node as Element;
        const tag = el.tagName.toUpperCase();
        let skip = SKIP_TAGS.has(tag) || parentFrame.skipRest;
        // a <header> in the article's element is the article's (its headline, dek and byline); on
        // a page without article markup, only one that holds a headline is read
        if (!skip && tag === 'HEADER' && !chosen && !el.getElementsByTagName('h1').length) skip = true;
        if (!skip && (el.hasAttribute('hidden') || attr(el, 'aria-hidden') === 'true' || el.hasAttribute('data-crosscheck-ui'))) skip = true;
        if (!skip && tag.startsWith('CROSSCHECK')) skip = true;
        if (!skip && CONTAINER_TAGS.has(tag)) {
          const cls = attr(el, 'class') + ' ' + attr(el, 'id');
          if (cls.length > 1 && NEGATIVE.test(cls) && !POSITIVE.test(cls)) skip = true;
          else if (attr(el, 'role') === 'navigation' || attr(el, 'role') === 'complementary' || attr(el, 'role') === 'contentinfo') skip = true;
          else {
            const st = attr(el, 'style');
            if (st && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(st)) skip = true;
          }
        }
        if (!skip) {
          const block = BLOCK_TAGS.has(tag);
          if (block) closeBlock();
          if (tag === 'BR' || tag === 'HR') {
            // no children
          } else if (el.firstChild) {
            const f: Frame = {
              el, tag, outLen, seps, parts: parts.length, segs: segOff.length, blocks: blocks.length, linkChars, block, furniture: false, skipRest: false, blockStart,
            };
            if (tag === 'A') linkDepth++;
            stack.push(f);
            parentFrame = f;
            descend = true;
          }
        }
      }
      if (outLen >= max) break;
      if (descend) {
        node = node.firstChild;
        continue;
      }
      // next sibling, or climb
      while (node) {
        const sib: Node | null = node.nextSibling;
        if (sib) {
          node = sib;
          // after a furniture heading inside this parent, later siblings are furniture too
          const pf = parentFrame;
          if (pf && pf.furniture && !pf.skipRest) pf.skipRest = true;
          if (pf?.skipRest && sib.nodeType === ELEMENT && HEADING_TAGS.has((sib as Element).tagName.toUpperCase())) {
            const t = (sib.textContent ?? '').trim();
            // Length first, as in exitElement: FURNITURE_HEADING backtracks (".*newsletter.*")
            // and was quadratic on a huge heading (a 1 MB one hung extraction in the fuzz suite).
            if (t.length >= 80 || !FURNITURE_HEADING.test(t)) {
              pf.skipRest = false;
              pf.furniture = false;
            }
          }
          break;
        }
        const parent: Node | null = node.parentNode;
        if (!parent || parent === top) {
          node = null;
          break;
        }
        const f = stack.pop();
        parentFrame = stack[stack.length - 1] ?? rootFrame;
        if (f) exitElement(f);
        node = parent;
      }
    }
    // unwind (maxChars stop)
    while (stack.length) {
      const f = stack.pop()!;
      exitElement(f);
    }
    closeBlock();
    if (top === headline) firstH1 = parts.join('').replace(/\s+/g, ' ').trim();
  }

  // No article markup: keep the element with the most paragraph text, its siblings with a
  // fair share of paragraph text, and any <h1> (Readability's sibling rule, simplified).
  let text = parts.join('');
  let finalBlocks = blocks;
  if (pScore && pScore.size && max === Infinity) {
    let best: Element | null = null;
    let bestLen = 0;
    for (const [el, len] of pScore) {
      if (len > bestLen) {
        bestLen = len;
        best = el;
      }
    }
    if (best && best !== root && bestLen >= 300) {
      const keepEls = new Set<Node>([best]);
      const par = best.parentNode;
      if (par) {
        for (let c = par.firstChild; c; c = c.nextSibling) {
          if (c.nodeType !== ELEMENT) continue;
          const score = pScore.get(c as Element) ?? 0;
          // a sibling of the same kind (tag and class) is more of the story, however short: the
          // last of the "group" divs a story is cut into is often a paragraph or two
          if (score >= 0.25 * bestLen || (score > 0 && sameKind(c as Element, best))) keepEls.add(c);
        }
      }
      const keptRanges: Block[] = [];
      for (let i = 0; i < segNode.length; i++) {
        let inKeep = false;
        for (let a: Node | null = segNode[i]!; a && a !== root; a = a.parentNode) {
          if (keepEls.has(a) || (a.nodeType === ELEMENT && (a as Element).tagName.toUpperCase() === 'H1')) {
            inKeep = true;
            break;
          }
        }
        if (inKeep) keptRanges.push({ start: segOff[i]!, end: segOff[i]! + segLen[i]! });
      }
      // Blocks and kept ranges are both in text order and disjoint: one merge pass. (A some()
      // per block was quadratic: 80,000 short paragraphs took 3.7 s; found by the fuzz suite.)
      let ki = 0;
      const keep = finalBlocks.filter((b) => {
        while (ki < keptRanges.length && keptRanges[ki]!.end <= b.start) ki++;
        return ki < keptRanges.length && keptRanges[ki]!.start < b.end;
      });
      if (keep.length && keep.length < finalBlocks.length) {
        // rebuild text from kept blocks only, re-basing segments
        const nb: Block[] = [];
        const np: string[] = [];
        let len = 0;
        const nOff: number[] = [];
        const nNode: Text[] = [];
        const nNodeOff: number[] = [];
        const nLen: number[] = [];
        let si = 0;
        for (const b of keep) {
          if (len > 0) {
            np.push('\n\n');
            len += 2;
          }
          const shift = len - b.start;
          while (si < segOff.length && segOff[si]! < b.start) si++;
          while (si < segOff.length && segOff[si]! < b.end) {
            nOff.push(segOff[si]! + shift);
            nNode.push(segNode[si]!);
            nNodeOff.push(segNodeOff[si]!);
            nLen.push(segLen[si]!);
            si++;
          }
          np.push(text.slice(b.start, b.end));
          nb.push({ start: len, end: len + b.end - b.start });
          len += b.end - b.start;
        }
        text = np.join('');
        finalBlocks = nb;
        segOff.length = segNode.length = segNodeOff.length = segLen.length = 0;
        segOff.push(...nOff);
        segNode.push(...nNode);
        segNodeOff.push(...nNodeOff);
        segLen.push(...nLen);
      }
    }
  }
  if (!/\S/.test(text)) return null;
  const nSeg = segOff.length;
  const title = firstH1 || (max < Infinity ? (doc.title ?? '').trim() : pageTitle(doc, chosen));

  const find = (off: number, preferEnd: boolean): number => {
    // last segment with segOff <= off (or < off when preferEnd)
    let lo = 0;
    let hi = nSeg - 1;
    let ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const so = segOff[mid]!;
      if (preferEnd ? so < off : so <= off) {
        ans = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return ans;
  };

  let byNode: Map<Node, number[]> | null = null;
  const segmentsOf = (node: Node): number[] | undefined => {
    if (!byNode) {
      byNode = new Map();
      for (let i = 0; i < nSeg; i++) {
        const list = byNode.get(segNode[i]!) ?? [];
        list.push(i);
        byNode.set(segNode[i]!, list);
      }
    }
    return byNode.get(node);
  };
  /** Index of the first segment whose text node lies after the boundary point (segments are in
   *  document order). Document order is computed from child-index paths, not with
   *  compareDocumentPosition, which linkedom gets wrong for nested elements. */
  const firstAfter = (node: Node, offset: number): number => {
    const isText = node.nodeType === TEXT || node.nodeType === CDATA;
    const bp = isText ? treePath(node) : [...treePath(node), offset];
    let lo = 0;
    let hi = nSeg;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const c = comparePaths(treePath(segNode[mid]!), bp);
      if (isText ? c > 0 : c >= 0) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };

  return {
    text,
    blocks: finalBlocks,
    title,
    mapPoint(node: Node, offset: number, side: 'start' | 'end'): number | null {
      const segs = segmentsOf(node);
      if (segs) {
        for (const i of segs) {
          const from = segNodeOff[i]!;
          if (offset >= from && offset <= from + segLen[i]!) return segOff[i]! + (offset - from);
        }
        // In a part of the node that extraction trimmed: clamp to the node's nearest segment.
        const first = segs[0]!;
        const last = segs[segs.length - 1]!;
        return offset < segNodeOff[first]! ? segOff[first]! : segOff[last]! + segLen[last]!;
      }
      const i = firstAfter(node, offset);
      if (side === 'start') return i < nSeg ? segOff[i]! : null;
      return i > 0 ? segOff[i - 1]! + segLen[i - 1]! : null;
    },
    mapRange(start: number, end: number): MappedRange | null {
      if (!(start >= 0) || !(end > start) || end > text.length) return null;
      const s = start;
      const e = end;
      let si = find(s, false);
      if (si < 0) si = 0;
      let sNodeOff: number;
      if (s >= segOff[si]! + segLen[si]!) {
        // in a gap ("\n\n"): move to the next segment
        si++;
        if (si >= nSeg) return null;
        sNodeOff = segNodeOff[si]!;
      } else sNodeOff = segNodeOff[si]! + (s - segOff[si]!);
      const ei = find(e, true);
      if (ei < 0) return null;
      let eNodeOff: number;
      if (e > segOff[ei]! + segLen[ei]!) eNodeOff = segNodeOff[ei]! + segLen[ei]!;
      else eNodeOff = segNodeOff[ei]! + (e - segOff[ei]!);
      if (ei < si) return null;
      if (segOff[si]! >= end) return null;
      return { startContainer: segNode[si]!, startOffset: sNodeOff, endContainer: segNode[ei]!, endOffset: eNodeOff };
    },
  };
}

/** Whether two elements have the same tag and the same (non-empty) class. */
function sameKind(a: Element, b: Element): boolean {
  const cls = attr(a, 'class');
  return cls !== '' && a.tagName === b.tagName && cls === attr(b, 'class');
}

/** Child indices from the root down to `node`. */
function treePath(node: Node): number[] {
  const path: number[] = [];
  for (let n: Node = node, p = n.parentNode; p; n = p, p = n.parentNode) {
    path.push(Array.prototype.indexOf.call(p.childNodes, n));
  }
  return path.reverse();
}

/** Lexicographic order of tree paths; an ancestor sorts before its descendants. */
function comparePaths(a: number[], b: number[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** The text of the extracted blocks only (plain-text extraction keeps furniture lines in `text`). */
export function blockText(ex: Pick<Extracted, 'text' | 'blocks'>, maxChars = Infinity): string {
  let out = '';
  for (const b of ex.blocks) {
    if (out.length >= maxChars) break;
    out += (out ? '\n\n' : '') + ex.text.slice(b.start, b.end);
  }
  return out.length > maxChars ? out.slice(0, maxChars) : out;
}
