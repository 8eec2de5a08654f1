// The page summary at the top of the sidebar: topic, claims found, how many are disputed.
import type { PageReport } from '../../../shared/messages';

export function Summary({ report }: { report: PageReport }) {
  const claimIds = [...new Set(report.matches.map((m) => m.claimId))];
  const disputed = claimIds.filter((id) => {
    const v = report.claims[id]?.verdict;
    return v === 'contested' || v === 'contradicted';
  }).length;
  const differs = report.matches.filter((m) => m.pageStance === 'contradicts').length;
  return (
    <section class="summary" aria-label="Page summary">
      <p class="summary-topic">
        Topic: <strong>{report.topics.length ? report.topics.join(', ') : 'none recognised'}</strong>
        {report.outlet ? (
          <>
            {' '}
            · Outlet: <strong>{report.outlet.outlet}</strong>
          </>
        ) : null}
      </p>
      <p class="summary-counts" data-testid="summary-counts">
        <strong>{claimIds.length}</strong> claim{claimIds.length === 1 ? '' : 's'} found
        {disputed ? (
          <>
            , <strong>{disputed}</strong> disputed by other outlets
          </>
        ) : null}
        {differs ? (
          <>
            , <strong>{differs}</strong> where this page differs
          </>
        ) : null}
      </p>
    </section>
  );
}
