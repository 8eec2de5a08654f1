// Derived views over the claims dataset, used by the background (built once at startup),
// the sidebar and the scan CLI. Pure and O(n) over the dataset: plain maps, no DOM/Node APIs.
import type { Claim, Conflict, Dataset, Mention, Source, Verdict } from './types.ts';

/** Follows `copies` to the source whose text this is (cycle-safe). */
export function independenceRoot(ds: Dataset, sourceId: string): string {
  return rootWith(indexSources(ds), sourceId);
}

function indexSources(ds: Dataset): Map<string, Source> {
  const m = new Map<string, Source>();
  for (const s of ds.sources) m.set(s.id, s);
  return m;
}

/** independenceRoot over sources already indexed by id (the matcher's index keeps them so). */
export function rootWith(sources: ReadonlyMap<string, Source>, sourceId: string): string {
  let id = sourceId;
  const seen = new Set<string>();
  for (;;) {
    const next = sources.get(id)?.copies;
    if (!next || seen.has(next) || !sources.has(next)) return id;
    seen.add(id);
    id = next;
  }
}

export interface OutletRef {
  mentionId: string;
  sourceId: string;
  outlet: string;
  title: string;
  url?: string;
  date?: string;
  quote: string;
  attributedTo?: string;
  /** True for the first mention of each independence root; false for copies of it. */
  independent: boolean;
  /** Copies of the same original grouped under the first one listed: "AFP — also in Taipei Times". */
  alsoIn: { sourceId: string; outlet: string; url?: string }[];
  /** Outlet of the independence root ("AFP" for the SecurityWeek and Taipei Times copies). */
  rootOutlet: string;
}

export interface ContradictionRef extends OutletRef {
  reason: string;
  /** The claim this contradicting mention belongs to (may be a conflicting claim). */
  claimId: string;
}

export interface ClaimView {
  claim: Claim;
  verdict: Verdict;
  verdictReason: string;
  corroboratedBy: OutletRef[];
  /** Distinct independence roots among corroboratedBy. */
  independentCount: number;
  /** Number of corroboratedBy entries (supporting mentions, copies included). */
  totalCount: number;
  contradictedBy: ContradictionRef[];
  qualifiedBy: OutletRef[];
  conflicts: Conflict[];
}

export interface BuildClaimViewsOptions {
  /**
   * Sources to leave out of the lists (typically the page's own outlet). Each id excludes its
   * whole independence group: passing `seed-002` (an AFP copy) or `afp` also leaves out every
   * other copy of AFP. The verdict and verdictReason are always computed over the whole dataset.
   */
  excludeSourceIds?: string[];
}

interface Ctx {
  sources: Map<string, Source>;
  roots: Map<string, string>;
  mentions: Map<string, Mention>;
}

function rootOf(ctx: Ctx, sourceId: string): string {
  return ctx.roots.get(sourceId) ?? sourceId;
}

function outletOf(ctx: Ctx, sourceId: string): string {
  return ctx.sources.get(sourceId)?.outlet ?? sourceId;
}

function makeRef(ctx: Ctx, m: Mention, independent: boolean): OutletRef {
  const s = ctx.sources.get(m.sourceId);
  const ref: OutletRef = {
    mentionId: m.id,
    sourceId: m.sourceId,
    outlet: s?.outlet ?? m.sourceId,
    title: s?.title ?? '',
    quote: m.quote,
    independent,
    alsoIn: [],
    rootOutlet: outletOf(ctx, rootOf(ctx, m.sourceId)),
  };
  if (s?.url !== undefined) ref.url = s.url;
  if (s?.date !== undefined) ref.date = s.date;
  if (m.attributedTo !== undefined) ref.attributedTo = m.attributedTo;
  return ref;
}

/** Refs for mentions in source order of appearance, copies of a root grouped under its first mention. */
function groupRefs(ctx: Ctx, ms: Mention[]): OutletRef[] {
  const out: OutletRef[] = [];
  const firstByRoot = new Map<string, OutletRef>();
  for (const m of ms) {
    const root = rootOf(ctx, m.sourceId);
    const first = firstByRoot.get(root);
    const ref = makeRef(ctx, m, first === undefined);
    if (first === undefined) firstByRoot.set(root, ref);
    else if (first.sourceId !== m.sourceId && !first.alsoIn.some((a) => a.sourceId === m.sourceId)) {
      const s = ctx.sources.get(m.sourceId);
      const also: { sourceId: string; outlet: string; url?: string } = { sourceId: m.sourceId, outlet: ref.outlet };
      if (s?.url !== undefined) also.url = s.url;
      first.alsoIn.push(also);
    }
    out.push(ref);
  }
  return out;
}

function listNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** Which side(s) of a conflict the claim is on. */
function sidesOf(c: Conflict, claimId: string): { a: boolean; b: boolean } {
  return { a: c.a.claimId === claimId, b: c.b.claimId === claimId };
}

function isSettled(c: Conflict): boolean {
  return c.settledBy !== undefined && c.settledBy.favours !== 'neither';
}

/**
 * One view per claim: verdict, supporting / contradicting / qualifying outlets, conflicts.
 *
 * Verdicts (over the whole dataset):
 * - `contradicted`: a reference source contradicts the claim, or a conflict is settled against it;
 * - `contested`: an unsettled conflict involves the claim, or a non-reference source contradicts it;
 * - `corroborated`: at least two independent sources support it;
 * - `single-source`: otherwise.
 */
export function buildClaimViews(ds: Dataset, opts: BuildClaimViewsOptions = {}): Map<string, ClaimView> {
  const sources = indexSources(ds);
  const roots = new Map<string, string>();
  for (const s of ds.sources) roots.set(s.id, rootWith(sources, s.id));
  const mentions = new Map<string, Mention>();
  for (const m of ds.mentions) mentions.set(m.id, m);
  const ctx: Ctx = { sources, roots, mentions };

  const excludedRoots = new Set<string>();
  for (const id of opts.excludeSourceIds ?? []) excludedRoots.add(rootOf(ctx, id));
  const excluded = (sourceId: string): boolean => excludedRoots.has(rootOf(ctx, sourceId));

  const mentionsByClaim = new Map<string, Mention[]>();
  for (const m of ds.mentions) {
    const list = mentionsByClaim.get(m.claimId);
    if (list) list.push(m);
    else mentionsByClaim.set(m.claimId, [m]);
  }
  const conflictsByClaim = new Map<string, Conflict[]>();
  for (const c of ds.conflicts) {
    for (const claimId of new Set([c.a.claimId, c.b.claimId])) {
      const list = conflictsByClaim.get(claimId);
      if (list) list.push(c);
      else conflictsByClaim.set(claimId, [c]);
    }
  }

  const views = new Map<string, ClaimView>();
  for (const claim of ds.claims) {
    const ms = mentionsByClaim.get(claim.id) ?? [];
    const conflicts = conflictsByClaim.get(claim.id) ?? [];
    const supporting = ms.filter((m) => m.stance === 'supports');
    const contradicting = ms.filter((m) => m.stance === 'contradicts');
    const qualifying = ms.filter((m) => m.stance === 'qualifies');

    // ---- verdict (whole dataset) ----
    const supportRoots: string[] = [];
    for (const m of supporting) {
      const r = rootOf(ctx, m.sourceId);
      if (!supportRoots.includes(r)) supportRoots.push(r);
    }
    const refContradiction = contradicting.find((m) => sources.get(m.sourceId)?.kind === 'reference');
    const settledAgainst = conflicts.find((c) => {
      if (!isSettled(c) || !c.settledBy) return false;
      const side = sidesOf(c, claim.id);
      if (side.a && side.b) return false; // a dispute between mentions of this claim, settled: not a refutation
      return (side.a && c.settledBy.favours === 'b') || (side.b && c.settledBy.favours === 'a');
    });
    const unsettled = conflicts.filter((c) => !isSettled(c));

    let verdict: Verdict;
    let verdictReason: string;
    if (settledAgainst?.settledBy) {
      verdict = 'contradicted';
      verdictReason = settledAgainst.settledBy.note;
    } else if (refContradiction) {
      verdict = 'contradicted';
      verdictReason = `Refuted by ${outletOf(ctx, refContradiction.sourceId)}: “${refContradiction.quote}”`;
    } else if (unsettled.length > 0 || contradicting.length > 0) {
      verdict = 'contested';
      const reasons = unsettled.map((c) => c.reason);
      if (contradicting.length > 0) {
        reasons.push(`contradicted by ${listNames(unique(contradicting.map((m) => outletOf(ctx, rootOf(ctx, m.sourceId)))))}`);
      }
      verdictReason = `Sources disagree: ${reasons.slice(0, 2).join('; ')}${reasons.length > 2 ? `; and ${reasons.length - 2} more` : ''}`;
    } else if (supportRoots.length >= 2) {
      verdict = 'corroborated';
      verdictReason = `${supportRoots.length} independent sources (${supportRoots.map((r) => outletOf(ctx, r)).join(', ')}); ${conflicts.length === 0 ? 'no disagreement' : 'no unresolved disagreement'}`;
    } else {
      verdict = 'single-source';
      verdictReason =
        supportRoots.length === 1
          ? `Only one independent source (${outletOf(ctx, supportRoots[0] ?? '')})${copyNote(ctx, supporting)}`
          : 'No source supports it directly';
    }
    const citedBy = commonCitation(ctx, supporting);
    if (citedBy && supportRoots.length >= 2) verdictReason += `; all of them citing ${citedBy}`;

    // ---- lists (page's own outlet left out) ----
    const corroboratedBy = groupRefs(ctx, supporting.filter((m) => !excluded(m.sourceId)));
    const qualifiedBy = groupRefs(ctx, qualifying.filter((m) => !excluded(m.sourceId)));
    const contradictedBy: ContradictionRef[] = [];
    const seen = new Set<string>();
    const pushContra = (m: Mention, reason: string): void => {
      const key = `${m.sourceId}\u0000${reason}`; // one entry per source and reason
      if (excluded(m.sourceId) || seen.has(key)) return;
      seen.add(key);
      contradictedBy.push({ ...makeRef(ctx, m, true), reason, claimId: m.claimId });
    };
    for (const m of contradicting) {
      const c =
        conflicts.find((x) => x.a.mentionId === m.id || x.b.mentionId === m.id) ??
        conflicts.find((x) => x.settledBy?.sourceId === m.sourceId) ??
        settledAgainst;
      pushContra(m, c?.reason ?? 'contradicts this claim');
    }
    for (const c of conflicts) {
      const side = sidesOf(c, claim.id);
      const others: Conflict['a'][] = [];
      if (side.a && side.b) {
        // both sides are mentions of this claim: list the side(s) the conflict does not favour
        if (c.settledBy?.favours !== 'b') others.push(c.b);
        if (c.settledBy?.favours !== 'a') others.push(c.a);
      } else {
        others.push(side.a ? c.b : c.a);
      }
      for (const o of others) {
        const ms2 = o.mentionId
          ? [ctx.mentions.get(o.mentionId)].filter((x): x is Mention => x !== undefined)
          : (mentionsByClaim.get(o.claimId) ?? []).filter((x) => x.stance === 'supports');
        for (const m of ms2) pushContra(m, c.reason);
      }
    }
    // independence within the contradiction list
    const contraRoots = new Map<string, ContradictionRef>();
    for (const r of contradictedBy) {
      const root = rootOf(ctx, r.sourceId);
      const first = contraRoots.get(root);
      if (!first) contraRoots.set(root, r);
      else {
        r.independent = false;
        if (first.sourceId !== r.sourceId && !first.alsoIn.some((a) => a.sourceId === r.sourceId)) {
          const also: { sourceId: string; outlet: string; url?: string } = { sourceId: r.sourceId, outlet: r.outlet };
          if (r.url !== undefined) also.url = r.url;
          first.alsoIn.push(also);
        }
      }
    }

    const independentCount = new Set(corroboratedBy.map((r) => rootOf(ctx, r.sourceId))).size;
    views.set(claim.id, {
      claim,
      verdict,
      verdictReason,
      corroboratedBy,
      independentCount,
      totalCount: corroboratedBy.length,
      contradictedBy,
      qualifiedBy,
      conflicts,
    });
  }
  return views;
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

function copyNote(ctx: Ctx, supporting: Mention[]): string {
  const copies = unique(supporting.map((m) => m.sourceId)).filter((id) => rootOf(ctx, id) !== id);
  return copies.length > 1 ? `, carried by ${listNames(copies.map((id) => outletOf(ctx, id)))}` : '';
}

/**
 * The outlet every supporting mention attributes the claim to, when that outlet is one its source
 * (or the source's original) cites: "all citing Star Tribune". Independent outlets relaying one
 * report are worth knowing about.
 */
function commonCitation(ctx: Ctx, supporting: Mention[]): string | undefined {
  if (supporting.length === 0) return undefined;
  let common: Set<string> | undefined;
  for (const m of supporting) {
    const attributed = m.attributedTo?.toLowerCase();
    if (attributed === undefined) return undefined;
    const s = ctx.sources.get(m.sourceId);
    const root = ctx.sources.get(rootOf(ctx, m.sourceId));
    const cited = [...(s?.cites ?? []), ...(root?.cites ?? [])].filter((id) =>
      attributed.includes(outletOf(ctx, id).toLowerCase()),
    );
    const set = new Set(cited);
    common = common === undefined ? set : new Set([...common].filter((x) => set.has(x)));
    if (common.size === 0) return undefined;
  }
  const first = common ? [...common][0] : undefined;
  return first === undefined ? undefined : outletOf(ctx, first);
}

/** Sources whose `domains` match a page hostname (`www.taipeitimes.com` matches `taipeitimes.com`). */
export function sourcesForHostname(ds: Dataset, hostname: string): Source[] {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return ds.sources.filter((s) => (s.domains ?? []).some((d) => host === d || host.endsWith(`.${d}`)));
}
