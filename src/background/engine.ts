// The background's matching engine: the dataset read from IndexedDB (seeded from the bundle
// when missing or outdated), the matcher index and the claim views, built once per service
// worker life and kept in memory. The worker's entry starts it as soon as the worker runs
// (most wake-ups are a page asking for its matches); anything else waits for it.
import { dataset as bundledDataset } from '../data/index';
import type { Dataset } from '../core/dataset/types';
import { buildClaimViews, independenceRoot, type ClaimView } from '../core/dataset/derive';
import { buildIndex, matchPassages, type MatchIndex } from '../core/match/index';
import { identifyOutlet } from '../core/match/outlet';
import { segment } from '../core/text/segment';
import type { PageMatch, PageReport, PassageOffsets } from '../shared/messages';
import { CrosscheckDB } from './db/schema';
import { readDataset, seedDataset, type SeedOutcome } from './db/dataset-store';

export interface Engine {
  dataset: Dataset;
  index: MatchIndex;
  views(excludeRoot: string | null): Map<string, ClaimView>;
}

let db: CrosscheckDB | null = null;
export function database(): CrosscheckDB {
  db ??= new CrosscheckDB();
  return db;
}

/** Seeds the bundled dataset (no-op when the stored one has the same hash). */
export async function ensureSeeded(): Promise<SeedOutcome> {
  const outcome = await seedDataset(database(), bundledDataset);
  if (outcome.status === 'rejected') console.error('Crosscheck: bundled dataset rejected', outcome.errors);
  return outcome;
}

let engine: Promise<Engine> | null = null;

export function getEngine(): Promise<Engine> {
  engine ??= (async () => {
    let ds = await readDataset(database());
    if (!ds) {
      await ensureSeeded();
      ds = (await readDataset(database())) ?? bundledDataset;
    }
    const loaded = ds;
    const viewCache = new Map<string, Map<string, ClaimView>>();
    return {
      dataset: loaded,
      index: buildIndex(loaded),
      views(excludeRoot: string | null) {
        const key = excludeRoot ?? '';
        let v = viewCache.get(key);
        if (!v) {
          const exclude = excludeRoot
            ? loaded.sources.filter((s) => independenceRoot(loaded, s.id) === excludeRoot).map((s) => s.id)
            : [];
          v = buildClaimViews(loaded, { excludeSourceIds: exclude });
          viewCache.set(key, v);
        }
        return v;
      },
    };
  })().catch((e: unknown) => {
    engine = null; // let the next request retry
    throw e;
  });
  return engine;
}

/** The text of these claims (by id; unknown ids are left out), from the bundled dataset. */
export function claimTexts(ids: Iterable<string>): Record<string, string> {
  const want = new Set(ids);
  const out: Record<string, string> = {};
  if (want.size) for (const c of bundledDataset.claims) if (want.has(c.id)) out[c.id] = c.text;
  return out;
}

/** Forgets the in-memory engine (after a dataset update). */
export function resetEngine(): void {
  engine = null;
}

export async function analysePage(input: {
  url: string;
  title: string;
  text: string;
  passages: PassageOffsets[];
  topics: string[];
}): Promise<PageReport> {
  const eng = await getEngine();
  const outletId = identifyOutlet(eng.dataset, { url: input.url, title: input.title, text: input.text });
  const root = outletId ? independenceRoot(eng.dataset, outletId) : null;
  const views = eng.views(root);
  // only the claims of the topics the content script's gate found the page to be about
  const raw = matchPassages(eng.index, input.text, input.passages, input.topics.length ? { topics: input.topics } : {});
  const claims: Record<string, ClaimView> = {};
  const matches: PageMatch[] = [];
  for (const m of raw) {
    const view = views.get(m.claimId);
    if (!view) continue;
    claims[m.claimId] = view;
    matches.push({
      claimId: m.claimId,
      start: m.start,
      end: m.end,
      passage: input.text.slice(m.start, m.end),
      score: m.score,
      verdict: view.verdict,
      pageStance: m.pageStance,
      ...(m.reason ? { reason: m.reason } : {}),
      summary: summarise(view, m.pageStance, m.reason),
    });
  }
  matches.sort((a, b) => a.start - b.start || a.end - b.end);
  const outletSource = outletId ? eng.dataset.sources.find((s) => s.id === outletId) : undefined;
  return {
    url: input.url,
    title: input.title,
    topics: input.topics,
    outlet: outletSource ? { sourceId: outletSource.id, outlet: outletSource.outlet } : null,
    matches,
    claims,
  };
}

const VERDICT_WORDS = {
  corroborated: 'Corroborated',
  contested: 'Contested',
  contradicted: 'Contradicted',
  'single-source': 'Single source',
} as const;

export function summarise(view: ClaimView, stance: 'supports' | 'contradicts', reason?: string): string {
  const clip = (t: string, n: number) => (t.length > n ? `${t.slice(0, n - 1)}…` : t);
  // What the page itself gets wrong comes first: it is the most useful thing on hover.
  const page = stance === 'contradicts' ? `This page differs${reason ? `: ${reason}` : ''}. ` : '';
  return clip(`${page}${VERDICT_WORDS[view.verdict]} — ${view.verdictReason}`, 120);
}

/** Claims stated in a piece of text the reader selected (context menu), best first. */
export async function lookupText(text: string): Promise<ClaimView[]> {
  const eng = await getEngine();
  const clipped = text.slice(0, 20_000);
  const found = matchPassages(eng.index, clipped, segment(clipped));
  const views = eng.views(null);
  const ids = [...new Set(found.sort((a, b) => b.score - a.score).map((m) => m.claimId))];
  return ids.map((id) => views.get(id)).filter((v): v is ClaimView => v !== undefined);
}
