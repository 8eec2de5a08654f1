// Pure filtering of the page's claim groups by verdict and by a search query.
import type { ClaimView } from '../core/dataset/derive';
import type { PageMatch, PageReport } from '../shared/messages';
import type { VerdictFilter } from './components/Filters';

export interface ClaimGroup {
  claimId: string;
  view: ClaimView;
  matches: { match: PageMatch; index: number }[];
}

/** One group per claim, in page order of its first passage. */
export function groupByClaim(report: PageReport): ClaimGroup[] {
  const groups = new Map<string, ClaimGroup>();
  report.matches.forEach((match, index) => {
    const view = report.claims[match.claimId];
    if (!view) return;
    const g = groups.get(match.claimId) ?? { claimId: match.claimId, view, matches: [] };
    g.matches.push({ match, index });
    groups.set(match.claimId, g);
  });
  return [...groups.values()];
}

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

export function haystack(g: ClaimGroup): string {
  const v = g.view;
  return fold(
    [
      v.claim.text,
      v.verdictReason,
      ...g.matches.map((m) => m.match.passage),
      ...v.corroboratedBy.flatMap((r) => [r.outlet, r.quote, ...r.alsoIn.map((a) => a.outlet)]),
      ...v.contradictedBy.flatMap((r) => [r.outlet, r.quote, r.reason]),
    ].join('\n'),
  );
}

export function filterGroups(groups: ClaimGroup[], filter: VerdictFilter, query: string): ClaimGroup[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return groups.filter(
    (g) => (filter === 'all' || g.view.verdict === filter) && (words.length === 0 || words.every((w) => haystack(g).includes(w))),
  );
}

export function countVerdicts(groups: ClaimGroup[]): Record<VerdictFilter, number> {
  const counts: Record<VerdictFilter, number> = { all: groups.length, corroborated: 0, contested: 0, contradicted: 0, 'single-source': 0 };
  for (const g of groups) counts[g.view.verdict]++;
  return counts;
}
