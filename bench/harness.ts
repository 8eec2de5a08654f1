// In-page benchmark harness: bundled by scripts/bench.ts (Vite, IIFE) and injected into a
// served demo page with page.addScriptTag. It runs the content script's own modules (prefilter,
// extraction, gate, segmentation, highlighter) and the background's matcher on the page's live
// DOM, and times them with performance.now() inside the page. Each entry point runs a timed
// loop and returns the raw samples (ms); the Node side takes medians.
//
// Matching runs in the extension's service worker; here it runs in the page, on the same V8, so
// the pipeline's stages can be timed one after another without message-passing noise.
import Mark from 'mark.js';
import { prefilter } from '../src/content/prefilter';
import { Highlighter, VERDICT_HIGHLIGHT, type Target } from '../src/content/highlighter';
import { gateTopics } from '../src/data/gate-topics';
import { dataset } from '../src/data/index';
import type { Dataset, Verdict } from '../src/core/dataset/types';
import { createGate } from '../src/core/match/gate';
import { extractArticle, type Extracted } from '../src/core/extract/extract';
import { segment, type Span } from '../src/core/text/segment';
import { buildIndex, matchPassages, type MatchIndex } from '../src/core/match/index';
import { identifyOutlet } from '../src/core/match/outlet';
import { buildClaimViews, independenceRoot, type ClaimView } from '../src/core/dataset/derive';
import { syntheticDataset } from './synthetic';

const now = (): number => performance.now();
const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

// As in src/content/main.ts: compiled once when the content script loads.
const gate = createGate(gateTopics);

interface Engine {
  ds: Dataset;
  index: MatchIndex;
  views: Map<string, Map<string, ClaimView>>;
}
let bundled: Engine | null = null;
function engineFor(ds: Dataset): Engine {
  return { ds, index: buildIndex(ds), views: new Map() };
}
function viewsFor(eng: Engine, root: string | null): Map<string, ClaimView> {
  const key = root ?? '';
  let v = eng.views.get(key);
  if (!v) {
    const exclude = root ? eng.ds.sources.filter((s) => independenceRoot(eng.ds, s.id) === root).map((s) => s.id) : [];
    v = buildClaimViews(eng.ds, { excludeSourceIds: exclude });
    eng.views.set(key, v);
  }
  return v;
}

/** What src/content/main.ts does before it knows whether the page is on topic. */
function gateDecision(doc: Document): { extracted: Extracted; topics: string[] } | null {
  if (!prefilter(doc, gateTopics)) return null;
  const extracted = extractArticle(doc);
  if (!extracted) return null;
  const verdict = gate({ title: doc.title, url: doc.location?.href ?? '', text: extracted.text });
  return verdict.relevant ? { extracted, topics: verdict.topics } : null;
}

/** The floor: a bare TreeWalker read of all text in the body. */
function textWalk(): number {
  const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  for (let n = w.nextNode(); n; n = w.nextNode()) parts.push(n.nodeValue ?? '');
  return parts.join('').length;
}

export interface PipelineSample {
  total: number;
  gate: number;
  extract: number;
  segment: number;
  match: number;
  highlight: number;
  passages: number;
  matches: number;
  highlighted: number;
}

let highlighter: Highlighter | null = null;
let lastRanges: { startContainer: Text; startOffset: number; endContainer: Text; endOffset: number }[] = [];

/** gate → extract → segment → match (+ verdicts) → highlight, each stage timed. */
function pipelineOnce(): PipelineSample {
  const doc = document;
  highlighter?.clear();
  const eng = (bundled ??= engineFor(dataset));
  const t0 = now();
  // gate, as in main.ts: the prefilter first, then extraction, then the topic gate on its text
  const pre = prefilter(doc, gateTopics);
  const t1 = now();
  const extracted = pre ? extractArticle(doc) : null;
  const t2 = now();
  const verdict = extracted ? gate({ title: doc.title, url: doc.location.href, text: extracted.text }) : null;
  const t3 = now();
  if (!extracted || !verdict?.relevant) throw new Error('the long article did not pass the gate');
  const passages = segment(extracted.text, extracted.blocks).map(({ start, end }) => ({ start, end }));
  const t4 = now();
  // the background's analysePage: outlet, claim views (cached per outlet root), matching
  const outlet = identifyOutlet(eng.ds, { url: doc.location.href, title: doc.title, text: extracted.text });
  const views = viewsFor(eng, outlet ? independenceRoot(eng.ds, outlet) : null);
  const raw = matchPassages(eng.index, extracted.text, passages, { topics: verdict.topics });
  const matches: { start: number; end: number; verdict: Verdict }[] = [];
  for (const m of raw) {
    const v = views.get(m.claimId);
    if (v) matches.push({ start: m.start, end: m.end, verdict: v.verdict });
  }
  matches.sort((a, b) => a.start - b.start);
  const t5 = now();
  // the content script's toTargets + Highlighter.set (StaticRanges, one Highlight per verdict)
  const targets: Target[] = [];
  const ranges: typeof lastRanges = [];
  for (const m of matches) {
    const r = extracted.mapRange(m.start, m.end);
    if (!r) continue;
    ranges.push(r);
    targets.push({ start: { node: r.startContainer, offset: r.startOffset }, end: { node: r.endContainer, offset: r.endOffset }, name: VERDICT_HIGHLIGHT[m.verdict] });
  }
  highlighter = new Highlighter(doc);
  highlighter.set(targets);
  const t6 = now();
  lastRanges = ranges;
  return {
    total: t6 - t0,
    gate: t1 - t0 + (t3 - t2),
    extract: t2 - t1,
    segment: t4 - t3,
    match: t5 - t4,
    highlight: t6 - t5,
    passages: passages.length,
    matches: matches.length,
    highlighted: targets.length,
  };
}

/** mark.js ranges ({start, length} over its own concatenation of the context's text nodes). */
function markjsRanges(root: HTMLElement): { start: number; length: number }[] {
  const offsets = new Map<Node, number>();
  const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let pos = 0;
  for (let n = w.nextNode(); n; n = w.nextNode()) {
    offsets.set(n, pos);
    pos += (n.textContent ?? '').length;
  }
  const out: { start: number; length: number }[] = [];
  for (const r of lastRanges) {
    const s = offsets.get(r.startContainer);
    const e = offsets.get(r.endContainer);
    if (s === undefined || e === undefined) continue;
    const start = s + r.startOffset;
    const end = e + r.endOffset;
    if (end > start) out.push({ start, length: end - start });
  }
  return out;
}

function markOnce(ctx: HTMLElement, ranges: { start: number; length: number }[]): Promise<{ mark: number; unmark: number; marks: number }> {
  const inst = new Mark(ctx);
  return new Promise((resolve) => {
    const t0 = now();
    // mark.js sorts and rewrites the range objects it is given: hand it fresh copies
    inst.markRanges(
      ranges.map((r) => ({ ...r })),
      {
        done: () => {
          const t1 = now();
          const marks = ctx.querySelectorAll('mark[data-markjs]').length;
          const t2 = now();
          inst.unmark({
            done: () => resolve({ mark: t1 - t0, unmark: now() - t2, marks }),
          });
        },
      },
    );
  });
}

const api = {
  /** Gate on the current page: the first call (cold) and `reps` more after `warmup`. */
  gate(reps: number, warmup: number): { first: number; samples: number[]; relevant: boolean; textChars: number } {
    let t = now();
    const first0 = gateDecision(document);
    const first = now() - t;
    for (let i = 0; i < warmup; i++) gateDecision(document);
    const samples: number[] = [];
    for (let i = 0; i < reps; i++) {
      gc();
      t = now();
      gateDecision(document);
      samples.push(now() - t);
    }
    return { first, samples, relevant: first0 !== null, textChars: document.body.textContent?.length ?? 0 };
  },
  textWalk(reps: number, warmup: number): { samples: number[]; chars: number } {
    let chars = 0;
    for (let i = 0; i < warmup; i++) chars = textWalk();
    const samples: number[] = [];
    for (let i = 0; i < reps; i++) {
      gc();
      const t = now();
      textWalk();
      samples.push(now() - t);
    }
    return { samples, chars };
  },
  /** Builds the bundled dataset's index (the service worker does this once per life). */
  prepare(): { ms: number; claims: number } {
    const t = now();
    bundled = engineFor(dataset);
    viewsFor(bundled, null);
    return { ms: now() - t, claims: dataset.claims.length };
  },
  /** Our pipeline and mark.js on the same passages, interleaved in one loop. */
  async pipelineVsMarkjs(
    reps: number,
    warmup: number,
  ): Promise<{ first: PipelineSample; ours: PipelineSample[]; markjs: number[]; unmark: number[]; ranges: number; marks: number; markedChars: number; rangeChars: number }> {
    const ctx: HTMLElement = document.querySelector('article') ?? document.body;
    const first = pipelineOnce();
    const ranges = markjsRanges(ctx);
    const rangeChars = ranges.reduce((n, r) => n + r.length, 0);
    // sanity check: what mark.js wraps is what we highlight
    let markedChars = 0;
    await new Promise<void>((resolve) => {
      const inst = new Mark(ctx);
      inst.markRanges(
        ranges.map((r) => ({ ...r })),
        {
          done: () => {
            ctx.querySelectorAll('mark[data-markjs]').forEach((m) => (markedChars += (m.textContent ?? '').length));
            inst.unmark({ done: () => resolve() });
          },
        },
      );
    });
    for (let i = 0; i < warmup; i++) {
      pipelineOnce();
      await markOnce(ctx, ranges);
    }
    const ours: PipelineSample[] = [];
    const markjs: number[] = [];
    const unmark: number[] = [];
    let marks = 0;
    for (let i = 0; i < reps; i++) {
      gc();
      ours.push(pipelineOnce());
      highlighter?.clear();
      gc();
      const m = await markOnce(ctx, ranges);
      markjs.push(m.mark);
      unmark.push(m.unmark);
      marks = m.marks;
    }
    // leave our highlights on the page
    pipelineOnce();
    return { first, ours, markjs, unmark, ranges: ranges.length, marks, markedChars, rangeChars };
  },
  synth: null as null | { ds: Dataset; index: MatchIndex | null; genMs: number },
  /** Generates the synthetic dataset (untimed for the metrics). */
  makeSynthetic(claims: number, seed: number): { genMs: number; claims: number; mentions: number; entities: number } {
    const t = now();
    const ds = syntheticDataset(dataset, { claims, seed });
    const genMs = now() - t;
    api.synth = { ds, index: null, genMs };
    return { genMs, claims: ds.claims.length, mentions: ds.mentions.length, entities: ds.entities.length };
  },
  synthBuild(reps: number, warmup: number): { samples: number[]; docs: number; terms: number } {
    const s = api.synth!;
    for (let i = 0; i < warmup; i++) s.index = buildIndex(s.ds);
    const samples: number[] = [];
    for (let i = 0; i < reps; i++) {
      s.index = null;
      gc();
      const t = now();
      s.index = buildIndex(s.ds);
      samples.push(now() - t);
    }
    return { samples, docs: s.index!.docs.length, terms: s.index!.termId.size };
  },
  /**
   * Matching the long article against the synthetic index, as the background does (the claims of
   * the topics the gate found: `samples`) and against every claim whatever its topic (`all`).
   */
  synthMatch(reps: number, warmup: number): { samples: number[]; all: number[]; outlet: number[]; topics: string[]; passages: number; matches: number; syntheticMatches: number; allMatches: number } {
    const s = api.synth!;
    const index = (s.index ??= buildIndex(s.ds));
    const decision = gateDecision(document);
    if (!decision) throw new Error('the long article did not pass the gate');
    const { extracted: ex, topics } = decision;
    const passages: Span[] = segment(ex.text, ex.blocks);
    let res = matchPassages(index, ex.text, passages, { topics });
    let resAll = matchPassages(index, ex.text, passages);
    for (let i = 0; i < warmup; i++) {
      res = matchPassages(index, ex.text, passages, { topics });
      resAll = matchPassages(index, ex.text, passages);
    }
    const samples: number[] = [];
    const all: number[] = [];
    const outlet: number[] = [];
    for (let i = 0; i < reps; i++) {
      gc();
      let t = now();
      res = matchPassages(index, ex.text, passages, { topics });
      samples.push(now() - t);
      gc();
      t = now();
      resAll = matchPassages(index, ex.text, passages);
      all.push(now() - t);
      t = now();
      identifyOutlet(s.ds, { url: location.href, title: document.title, text: ex.text });
      outlet.push(now() - t);
    }
    return { samples, all, outlet, topics, passages: passages.length, matches: res.length, syntheticMatches: res.filter((m) => m.claimId.startsWith('syn-')).length, allMatches: resAll.length };
  },
};

(window as unknown as { __bench: typeof api }).__bench = api;
