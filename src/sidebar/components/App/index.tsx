// The sidebar: page summary, then one card per claim in page order.
import type { PageMatch, PageReport } from '../../../shared/messages';
import { ask } from '../../api';
import { usePageReport, type Focus } from '../../hooks/use-page-report';
import { ClaimCard } from '../ClaimCard';
import { Summary } from '../Summary';

function groupByClaim(report: PageReport): { claimId: string; matches: { match: PageMatch; index: number }[] }[] {
  const groups = new Map<string, { match: PageMatch; index: number }[]>();
  report.matches.forEach((match, index) => {
    const g = groups.get(match.claimId) ?? [];
    g.push({ match, index });
    groups.set(match.claimId, g);
  });
  return [...groups].map(([claimId, matches]) => ({ claimId, matches }));
}

function Body({ report, focus }: { report: PageReport | null; focus: Focus | null }) {
  if (!report || report.matches.length === 0) {
    return (
      <div class="empty" role="status">
        <p>
          <strong>No known claims on this page.</strong>
        </p>
        <p>
          Crosscheck highlights statements about topics in its database (today: Kaspersky Lab and Best Buy’s
          September 2017 decision to stop selling its software).
        </p>
      </div>
    );
  }
  const groups = groupByClaim(report);
  return (
    <>
      <Summary report={report} />
      <div class="cards">
        {groups.map(({ claimId, matches }) => {
          const view = report.claims[claimId];
          if (!view) return null;
          return (
            <ClaimCard
              key={claimId}
              view={view}
              matches={matches}
              focused={focus?.claimId === claimId}
              focusSeq={focus?.seq ?? 0}
              onShowPassage={(index) => void ask({ type: 'sidebar/focus-match', index })}
            />
          );
        })}
      </div>
    </>
  );
}

export function App() {
  const { state, focus } = usePageReport();
  return (
    <div class="app">
      <header class="bar">
        <h1>Crosscheck</h1>
        <button
          type="button"
          class="close"
          aria-label="Close sidebar"
          onClick={() => void ask({ type: 'sidebar/close' })}
        >
          ×
        </button>
      </header>
      <main>
        {state.status === 'loading' ? (
          <p class="loading" role="status">
            Checking this page…
          </p>
        ) : state.status === 'error' ? (
          <div class="error" role="alert">
            <p>
              <strong>Crosscheck could not load this page’s claims.</strong>
            </p>
            <p>{state.message}</p>
          </div>
        ) : (
          <Body report={state.report} focus={focus} />
        )}
      </main>
    </div>
  );
}
