// Generators and harness for the fuzz suite (src/core/fuzz/*.fuzz.test.ts). Test support only:
// nothing in the extension imports this module. It produces adversarial text (lone surrogates,
// bidi overrides, NUL, odd spaces, punctuation runs, real dataset words) and adversarial HTML,
// and wraps fast-check so every property records how many cases it ran and how long it took.
//
// Scale: FUZZ_RUNS=<n> sets the case count of a "standard" property (default 100); every
// property's count scales by n/100 (cheap properties run more, heavy 1 MB ones fewer, never < 1).
// Seed: fixed by default so `npm test` is reproducible; FUZZ_SEED=<int> picks another one and
// FUZZ_SEED=random (or any FUZZ_RUNS deep run without FUZZ_SEED) draws a fresh seed. A failing
// property prints its seed and counterexample path (fast-check), so any failure replays.

import fc from 'fast-check';
import { afterAll } from 'vitest';

const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env ?? {};

/** The standard case count; FUZZ_RUNS overrides it. */
export const STANDARD_RUNS = 100;
const requested = Number(env.FUZZ_RUNS);
export const DEEP = Number.isFinite(requested) && requested > 0;
export const SCALE = DEEP ? requested / STANDARD_RUNS : 1;

const seedEnv = env.FUZZ_SEED;
/** The base seed (each property offsets it by its name so properties do not share a stream). */
export const SEED: number | undefined =
  seedEnv === 'random' || (DEEP && seedEnv === undefined)
    ? undefined
    : Number.isFinite(Number(seedEnv)) && seedEnv !== undefined && seedEnv !== ''
      ? Number(seedEnv)
      : 20_240_501;

/** Case count for a property whose default is `base` (scaled by FUZZ_RUNS, at least 1). */
export function runs(base: number): number {
  return Math.max(1, Math.round(base * SCALE));
}

/** A per-test timeout that grows with the scale (vitest's default is 20 s). */
export function timeout(baseMs: number): number {
  return Math.round(baseMs * Math.max(1, SCALE));
}

interface Tally {
  cases: number;
  ms: number;
  seed: number | string;
}
const tallies = new Map<string, Tally>();

function hashName(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * fc.assert with the suite's run count and seed, counting the cases that actually ran. The
 * predicate may throw (expect) or return false to fail.
 */
export function fuzz<T>(name: string, arb: fc.Arbitrary<T>, predicate: (value: T) => boolean | void, baseRuns: number): void {
  const numRuns = runs(baseRuns);
  const seed = SEED === undefined ? (Math.random() * 2 ** 31) | 0 : (SEED + hashName(name)) | 0;
  const tally: Tally = tallies.get(name) ?? { cases: 0, ms: 0, seed };
  tallies.set(name, tally);
  const t0 = performance.now();
  try {
    fc.assert(
      fc.property(arb, (v) => {
        tally.cases++;
        return predicate(v);
      }),
      { numRuns, seed, endOnFailure: false },
    );
  } finally {
    tally.ms += performance.now() - t0;
  }
}

/** Records a fixed (non-random) adversarial case as one run of `name`. */
export function fixedCase(name: string, body: () => void): void {
  const tally: Tally = tallies.get(name) ?? { cases: 0, ms: 0, seed: 'fixed' };
  tallies.set(name, tally);
  const t0 = performance.now();
  try {
    tally.cases++;
    body();
  } finally {
    tally.ms += performance.now() - t0;
  }
}

// One summary per test file (vitest evaluates this module once per file, at collection time,
// which is when afterAll may be registered).
afterAll(() => {
  if (!tallies.size) return;
  const rows = [...tallies].map(([name, t]) => `  ${String(t.cases).padStart(7)} cases  ${t.ms.toFixed(0).padStart(6)} ms  ${name}`);
  const total = [...tallies.values()].reduce((n, t) => n + t.cases, 0);
  console.log(`[fuzz] scale ${SCALE} (FUZZ_RUNS=${env.FUZZ_RUNS ?? 'unset'}), seed ${SEED ?? 'random'}; ${total} cases\n${rows.join('\n')}`);
});

/** Wall-clock budget guard: throws when `f` takes longer than `ms` (catches hangs, not speed). */
export function within<T>(ms: number, label: string, f: () => T): T {
  const t0 = performance.now();
  const out = f();
  const dt = performance.now() - t0;
  if (dt > ms) throw new Error(`${label}: took ${dt.toFixed(0)} ms (budget ${ms} ms)`);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Text

/** Characters that break naive code: lone surrogates, bidi controls, NUL, BOM, odd spaces. */
export const NASTY_CHARS = [
  '\u0000', '\u0001', '\u0008', '\u001f', '\u007f', '\u0085', '\u00a0', '\u00ad', '\ufeff', '\ufffd', '\uffff',
  '\ud800', '\udbff', '\udc00', '\udfff', // lone surrogates
  '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c',
  '\u200b', '\u200c', '\u200d', '\u2060', '\u2028', '\u2029', '\u3000', '\u202f', '\u2009', '\u1680',
  '\u0301', '\u0308', '\u20dd', // combining marks
  '\r', '\n', '\t', '\v', '\f', '\r\n',
] as const;
/** Sentence and clause punctuation, quotes and brackets. */
export const PUNCT = ['.', '!', '?', '\u2026', ';', ':', ',', '\u2014', '\u2013', '-', '"', "'", '\u201c', '\u201d', '\u2018', '\u2019', '\u00ab', '\u00bb', '(', ')', '[', ']', '{', '}', '<', '>', '&', '#', '/', '\\', '*', '_', '`', '|', '~', '%', '=', '+', '@', '$', '^'] as const;
/** Tokens that steer segmentation and the matcher down their special paths. */
export const TRICKY_WORDS = [
  'Mr.', 'Dr.', 'U.S.', 'Inc.', 'Co.', 'No.', 'e.g.', 'i.e.', 'Sept.', 'J.', 'a.m.', 'vs.', 'etc.', '10.6', '1,000', '1997', '1977',
  '45', 'days', 'Friday', 'last week', 'yesterday', 'not', "didn't", "won't", 'never', 'no', 'without', 'constructor', '__proto__',
  'toString', 'hasOwnProperty', 'prototype', 'valueOf', 'The', 'However', 'But', 'and', 'which', 'because', 'amid', 'due to',
  '😀', '👨‍👩‍👧', '𝒜', 'عربي', 'עברית', '中文', 'Ǆ', 'ß', 'İ', 'ﬁ', 'Å', 'Å', 'Related stories', 'Subscribe to our newsletter',
  'https://example.com/a?b=c#d', 'javascript:alert(1)', 'data:text/html,x', 'http://', 'https://a)))', 'www.',
] as const;

const letters = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'.split(''));
const shortWord = fc.array(letters, { minLength: 1, maxLength: 10 }).map((a) => a.join(''));

/** One token of adversarial text. `vocabulary` adds domain words (e.g. from the dataset). */
export function tokenArb(vocabulary: readonly string[] = []): fc.Arbitrary<string> {
  const parts: fc.WeightedArbitrary<string>[] = [
    { arbitrary: shortWord, weight: 10 },
    { arbitrary: fc.constant(' '), weight: 12 },
    { arbitrary: fc.constantFrom(...PUNCT), weight: 5 },
    { arbitrary: fc.constantFrom(...NASTY_CHARS), weight: 3 },
    { arbitrary: fc.constantFrom(...TRICKY_WORDS), weight: 3 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 4 }), weight: 1 },
    { arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }), weight: 1 },
  ];
  if (vocabulary.length) parts.push({ arbitrary: fc.constantFrom(...vocabulary), weight: 12 });
  return fc.oneof(...parts);
}

/** Adversarial text of up to `maxTokens` tokens. */
export function textArb(maxTokens = 200, vocabulary: readonly string[] = []): fc.Arbitrary<string> {
  return fc.array(tokenArb(vocabulary), { maxLength: maxTokens }).map((a) => a.join(''));
}

/** Text over a tiny alphabet: repeated phrases, many equal candidates (anchoring's worst case). */
export function repetitiveTextArb(maxLength = 400): fc.Arbitrary<string> {
  return fc.oneof(
    fc.array(fc.constantFrom('a', 'b', ' ', 'ab ', 'the cat ', '.'), { maxLength: maxLength / 4 }).map((a) => a.join('')),
    fc.tuple(fc.constantFrom('the same phrase. ', 'a', 'ab', '😀', 'x\ud800'), fc.integer({ min: 1, max: maxLength / 4 })).map(([s, n]) => s.repeat(n)),
  );
}

/** Degenerate large texts (each ~`size` UTF-16 units). */
export function bigTexts(size: number): Record<string, string> {
  const rep = (s: string): string => s.repeat(Math.ceil(size / s.length)).slice(0, size);
  return {
    'one letter': rep('a'),
    'no punctuation': rep('lorem ipsum dolor sit amet '),
    'all punctuation': rep('.!?;:,\u2014"\u201c\u201d()'),
    'dots': rep('.'),
    'dot space': rep('. '),
    'dot space capital': rep('. A'),
    'abbreviations': rep('Mr. U.S. Inc. '),
    'spaces': rep(' '),
    'newlines': rep('\n'),
    'a newline': rep('a\n'),
    'lone surrogates': rep('\ud800x\udc00'),
    'bidi': rep('\u202eabc\u202c '),
    'NUL': rep('\u0000'),
    'emoji': rep('😀'),
    'words and clauses': rep('The firm said, but the agency denied it; however — amid concerns — it was 1997 and not 1977. '),
  };
}

// ---------------------------------------------------------------------------------------------
// HTML

const TAGS = [
  'p', 'div', 'span', 'b', 'i', 'em', 'strong', 'a', 'h1', 'h2', 'h3', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre',
  'section', 'article', 'main', 'table', 'tbody', 'tr', 'td', 'th', 'figure', 'figcaption', 'nav', 'aside', 'header', 'footer',
  'script', 'style', 'template', 'iframe', 'noscript', 'svg', 'math', 'textarea', 'button', 'form', 'select', 'option', 'details',
  'summary', 'center', 'font', 'x-custom', 'crosscheck-highlight', 'my:tag', 'q', 'sub', 'sup', 'br', 'hr', 'img', 'wbr', 'title',
] as const;
/** Tags whose content extraction keeps and that are never dropped as boilerplate (for exact-mapping DOMs). */
export const CLEAN_TAGS = ['p', 'div', 'span', 'i', 'em', 'section', 'li', 'ul', 'blockquote', 'pre', 'td', 'tr', 'table', 'q', 'sub', 'br'] as const;
const ATTRS = [
  'class="related"', 'class="article-body content"', 'class="share social"', 'id="comments"', 'hidden', 'aria-hidden="true"',
  'style="display:none"', 'style="visibility : hidden"', 'role="navigation"', 'role="main"', 'data-crosscheck-ui',
  'itemprop="articleBody"', 'dir="rtl"', 'lang="ar"', 'href="javascript:alert(1)"', 'onclick="x()"', 'class', 'id=""',
  'title="\u202e\u0000"',
] as const;

const htmlText = (maxTokens: number, vocabulary: readonly string[]): fc.Arbitrary<string> =>
  fc.oneof(
    { arbitrary: textArb(maxTokens, vocabulary), weight: 6 },
    { arbitrary: fc.constantFrom('&amp;', '&lt;', '&#0;', '&#xD800;', '&#x202E;', '&nbsp;', '&bogus;', '&', '&#', '&#x110000;', '<', '>', '</', '<!', '<!--', '-->', '<![CDATA[x]]>', '<?pi x?>', '<!DOCTYPE html>'), weight: 1 },
  );

/** Random, frequently malformed HTML (unclosed and stray tags, comments, entities, nasty text). */
export function htmlArb(opts: { maxDepth?: number; maxChildren?: number; vocabulary?: readonly string[] } = {}): fc.Arbitrary<string> {
  const maxDepth = opts.maxDepth ?? 6;
  const maxChildren = opts.maxChildren ?? 5;
  const vocabulary = opts.vocabulary ?? [];
  const attrs = fc.oneof(
    { arbitrary: fc.constantFrom(...ATTRS), weight: 4 },
    { arbitrary: fc.integer({ min: 1, max: 5000 }).map((n) => `class="${'x'.repeat(n)} nav"`), weight: 1 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 20 }).map((s) => `data-x="${s.replace(/"/g, '')}"`), weight: 1 },
  );
  const { node } = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', maxDepth, withCrossShrink: true },
      { arbitrary: htmlText(12, vocabulary), weight: 4 },
      { arbitrary: fc.string({ unit: 'binary', maxLength: 30 }).map((s) => `<!--${s}-->`), weight: 1 },
      {
        arbitrary: fc
          .record({
            tag: fc.oneof({ arbitrary: fc.constantFrom('p', 'div', 'span', 'a', 'b', 'li', 'h2', 'section'), weight: 3 }, { arbitrary: fc.constantFrom(...TAGS), weight: 2 }),
            attrs: fc.array(attrs, { maxLength: 2 }),
            children: fc.array(tie('node'), { maxLength: maxChildren }),
            close: fc.constantFrom('close', 'close', 'close', 'unclosed', 'stray', 'mismatched'),
          })
          .map(({ tag, attrs: a, children, close }) => {
            const open = `<${tag}${a.length ? ' ' + a.join(' ') : ''}>`;
            const inner = children.join('');
            if (close === 'unclosed') return open + inner;
            if (close === 'stray') return open + inner + `</${tag}></${tag}></p>`;
            if (close === 'mismatched') return open + inner + '</div>';
            return `${open}${inner}</${tag}>`;
          }),
        weight: 4,
      },
    ),
  }));
  return fc
    .tuple(fc.array(node, { maxLength: maxChildren }), fc.constantFrom('doc', 'doc', 'fragment', 'article', 'main', 'head-only'), htmlText(6, vocabulary))
    .map(([nodes, wrap, title]) => {
      const body = nodes.join('');
      if (wrap === 'fragment') return body;
      if (wrap === 'head-only') return `<html><head><title>${title}</title></head>${body}`;
      const inner = wrap === 'article' ? `<article>${body}</article>` : wrap === 'main' ? `<main>${body}</main>` : body;
      return `<!DOCTYPE html><html><head><title>${title}</title></head><body>${inner}</body></html>`;
    });
}

/** A DOM tree description, built into a document programmatically by `buildTree`. */
export type TreeSpec =
  | { kind: 'text'; data: string }
  | { kind: 'comment'; data: string }
  | { kind: 'el'; tag: string; attrs: [string, string][]; children: TreeSpec[]; shadow?: TreeSpec[] };

/** Programmatic trees: any tag name createElement accepts, raw attribute values, shadow roots. */
export function treeArb(opts: { clean?: boolean; maxDepth?: number; vocabulary?: readonly string[] } = {}): fc.Arbitrary<TreeSpec[]> {
  const clean = opts.clean ?? false;
  const vocabulary = opts.vocabulary ?? [];
  const tags = clean ? fc.constantFrom(...CLEAN_TAGS) : fc.oneof(fc.constantFrom(...TAGS), fc.constantFrom('a-b', 'x', 'crosscheck-x', 'ns:el', 'CAPS', 'ÿ'));
  const attr: fc.Arbitrary<[string, string]> = clean
    ? fc.constantFrom<[string, string]>(['dir', 'rtl'], ['lang', 'en'], ['data-x', '1'])
    : fc.oneof(
        fc.constantFrom<[string, string]>(['class', 'related'], ['class', 'sidebar'], ['hidden', ''], ['aria-hidden', 'true'], ['style', 'display: none'], ['role', 'navigation'], ['data-crosscheck-ui', ''], ['class', 'article content']),
        fc.tuple(fc.constantFrom('class', 'id', 'style', 'title', 'data-x'), fc.string({ unit: 'binary', maxLength: 40 })),
        fc.integer({ min: 10_000, max: 200_000 }).map((n): [string, string] => ['data-huge', 'q'.repeat(n)]),
      );
  const text = clean ? textArb(10, vocabulary).filter((s) => s.length > 0) : textArb(10, vocabulary);
  const { node } = fc.letrec<{ node: TreeSpec }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', maxDepth: opts.maxDepth ?? 6, withCrossShrink: true },
      { arbitrary: text.map((data): TreeSpec => ({ kind: 'text', data })), weight: 3 },
      ...(clean ? [] : [{ arbitrary: fc.string({ unit: 'binary', maxLength: 20 }).map((data): TreeSpec => ({ kind: 'comment', data })), weight: 1 }]),
      {
        arbitrary: fc
          .record({
            tag: tags,
            attrs: fc.array(attr, { maxLength: clean ? 1 : 2 }),
            children: fc.array(tie('node'), { maxLength: 4 }),
            shadow: clean ? fc.constant(undefined) : fc.option(fc.array(tie('node'), { maxLength: 2 }), { nil: undefined, freq: 4 }),
          })
          .map(({ tag, attrs, children, shadow }): TreeSpec => ({ kind: 'el', tag, attrs, children, ...(shadow ? { shadow } : {}) })),
        weight: 4,
      },
    ),
  }));
  return fc.array(node, { minLength: 1, maxLength: 5 });
}

/** Minimal DOM surface used to build trees (linkedom's document). */
export interface DocLike {
  createElement(tag: string): Element;
  createTextNode(data: string): Text;
  createComment(data: string): Comment;
}

/** Builds `specs` under `parent`. Invalid tag or attribute names (createElement throws) become <span>. */
export function buildTree(doc: DocLike, parent: Node, specs: readonly TreeSpec[]): void {
  for (const s of specs) {
    if (s.kind === 'text') parent.appendChild(doc.createTextNode(s.data));
    else if (s.kind === 'comment') parent.appendChild(doc.createComment(s.data));
    else {
      let el: Element;
      try {
        el = doc.createElement(s.tag);
      } catch {
        el = doc.createElement('span');
      }
      for (const [k, v] of s.attrs) {
        try {
          el.setAttribute(k, v);
        } catch {
          /* invalid name: skip */
        }
      }
      parent.appendChild(el);
      buildTree(doc, el, s.children);
      if (s.shadow && typeof el.attachShadow === 'function') {
        try {
          buildTree(doc, el.attachShadow({ mode: 'open' }), s.shadow);
        } catch {
          /* element kind that cannot host a shadow root */
        }
      }
    }
  }
}
