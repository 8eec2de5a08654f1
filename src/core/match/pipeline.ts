// One page, end to end: gate → extraction → segmentation → outlet → matching → claim views.
// Shared by the scan CLI, the eval and the benchmarks (the extension splits the same steps
// between the content script and the background, see src/background/engine.ts).
import type { Dataset, Verdict } from '../dataset/types';
import { buildClaimViews, independenceRoot, type ClaimView } from '../dataset/derive';
import { blockText, type Extracted } from '../extract/extract';
import { segment } from '../text/segment';
import { createGate, GATE_PREFIX_CHARS, type GateResult, type GateTopic } from './gate';
import { buildIndex, type MatchIndex } from './index';
import { matchPassages, type Match } from './matcher';
import { identifyOutlet } from './outlet';

export interface ScanEngine {
  dataset: Dataset;
  index: MatchIndex;
  gate: ReturnType<typeof createGate>;
  views(excludeRoot: string | null): Map<string, ClaimView>;
}

export interface ScanMatch {
  claimId: string;
  claim: string;
  passage: string;
  start: number;
  end: number;
  score: number;
  verdict: Verdict;
  pageStance: 'supports' | 'contradicts';
  reason?: string;
  corroboratedBy: { sourceId: string; outlet: string; quote: string; independent: boolean }[];
  contradictedBy: { sourceId: string; outlet: string; quote: string; reason: string }[];
}

export interface ScanResult {
  topic: GateResult;
  outlet: string | null;
  matches: ScanMatch[];
}

export function createScanEngine(dataset: Dataset, topics: GateTopic[]): ScanEngine {
  const index = buildIndex(dataset);
  const cache = new Map<string, Map<string, ClaimView>>();
  return {
    dataset,
    index,
    gate: createGate(topics),
    views(excludeRoot) {
      const key = excludeRoot ?? '';
      let v = cache.get(key);
      if (!v) {
        const exclude = excludeRoot ? dataset.sources.filter((s) => independenceRoot(dataset, s.id) === excludeRoot).map((s) => s.id) : [];
        v = buildClaimViews(dataset, { excludeSourceIds: exclude });
        cache.set(key, v);
      }
      return v;
    },
  };
}

export interface ScanOptions {
  url?: string;
  /** Match even when the gate says the page is off topic. */
  force?: boolean;
}

/** Runs gate + matching on an extracted page. */
export function scanExtracted(engine: ScanEngine, ex: Extracted, opts: ScanOptions = {}): ScanResult {
  const url = opts.url ?? '';
  const topic = engine.gate({ title: ex.title, url, text: blockText(ex, GATE_PREFIX_CHARS) });
  const out: ScanResult = { topic, outlet: null, matches: [] };
  if (!topic.relevant && !opts.force) return out;
  const outlet = identifyOutlet(engine.dataset, { url, title: ex.title, text: ex.text });
  out.outlet = outlet;
  const root = outlet ? independenceRoot(engine.dataset, outlet) : null;
  const views = engine.views(root);
  const passages = segment(ex.text, ex.blocks);
  // only the claims of the topics the gate found (all of them when forced onto an off-topic page)
  const raw: Match[] = matchPassages(engine.index, ex.text, passages, topic.relevant ? { topics: topic.topics } : {});
  for (const m of raw) {
    const view = views.get(m.claimId);
    if (!view) continue;
    out.matches.push({
      claimId: m.claimId,
      claim: view.claim.text,
      passage: ex.text.slice(m.start, m.end),
      start: m.start,
      end: m.end,
      score: m.score,
      verdict: view.verdict,
      pageStance: m.pageStance,
      ...(m.reason ? { reason: m.reason } : {}),
      corroboratedBy: view.corroboratedBy.map((o) => ({ sourceId: o.sourceId, outlet: o.outlet, quote: o.quote, independent: o.independent })),
      contradictedBy: view.contradictedBy.map((o) => ({ sourceId: o.sourceId, outlet: o.outlet, quote: o.quote, reason: o.reason })),
    });
  }
  out.matches.sort((a, b) => a.start - b.start || a.end - b.end);
  return out;
}
