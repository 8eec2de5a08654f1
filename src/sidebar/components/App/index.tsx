// The sidebar: page summary, filters and search, then one card per claim in page order.
import { useMemo, useState } from 'preact/hooks';
import type { Lookup, PageReport } from '../../../shared/messages';
import { ask } from '../../api';
import { countVerdicts, filterGroups, groupByClaim } from '../../filter';
import { usePageReport, type Focus } from '../../hooks/use-page-report';
import { ClaimCard } from '../ClaimCard';
import { Filters, type VerdictFilter } from '../Filters';
import { Summary } from '../Summary';

function Empty() {
  return (
    <div class="empty" role="status">
      <p>
        <strong>No known claims on this page.</strong>
      </p>
      <p>
        Crosscheck highlights statements about topics in its database (today: Kaspersky Lab and Best Buy’s
        September 2017 decision to stop selling its software). Select text and choose “Crosscheck” from the
        context menu to look up a passage.
      </p>
    </div>
  );
}

function LookupSection({ lookup, focus }: { lookup: Lookup; focus: Focus | null }) {
  return (
    <section class="lookup" aria-label="Selected text">
      <h2 class="section-title">Your selection</h2>
      <blockquote class="quote">{lookup.selection}</blockquote>
      {lookup.claims.length === 0 ? (
        <p class="muted">No known claim in the selected text.</p>
      ) : (
        <div class="cards">
          {lookup.claims.map((view) => (
            <ClaimCard
              key={view.claim.id}
              view={view}
              matches={[]}
              focused={focus?.claimId === view.claim.id}
              focusSeq={focus?.seq ?? 0}
              onShowPassage={() => undefined}
            />
          ))}
        </div>
      )}
    </section>
  );
}

function PageClaims({ report, focus }: { report: PageReport; focus: Focus | null }) {
  const [filter, setFilter] = useState<VerdictFilter>('all');
  const [query, setQuery] = useState('');
  const groups = useMemo(() => groupByClaim(report), [report]);
  const counts = useMemo(() => countVerdicts(groups), [groups]);
  const shown = filterGroups(groups, filter, query);
  return (
    <>
      <Summary report={report} />
      <Filters counts={counts} filter={filter} query={query} onFilter={setFilter} onQuery={setQuery} />
      <p class="sr-only" role="status">
        {shown.length} of {groups.length} claims shown
      </p>
      <div class="cards">
        {shown.map(({ claimId, view, matches }) => (
          <ClaimCard
            key={claimId}
            view={view}
            matches={matches}
            focused={focus?.claimId === claimId}
            focusSeq={focus?.seq ?? 0}
            onShowPassage={(index) => void ask({ type: 'sidebar/focus-match', index })}
          />
        ))}
        {shown.length === 0 ? (
          <p class="muted" role="status">
            No claim matches this filter.{' '}
            <button
              type="button"
              class="link"
              onClick={() => {
                setFilter('all');
                setQuery('');
              }}
            >
              Show all
            </button>
          </p>
        ) : null}
      </div>
    </>
  );
}

export function App() {
  const { state, focus, setHighlightsHidden } = usePageReport();
  const hasMatches = state.status === 'ready' && (state.report?.matches.length ?? 0) > 0;
  return (
    <div class="app">
      <header class="bar">
        <h1>Crosscheck</h1>
        <div class="bar-actions">
          {hasMatches && state.status === 'ready' ? (
            <button
              type="button"
              class="toggle"
              aria-pressed={!state.highlightsHidden}
              onClick={() => setHighlightsHidden(!state.highlightsHidden)}
            >
              {state.highlightsHidden ? 'Show highlights' : 'Hide highlights'}
            </button>
          ) : null}
          <button
            type="button"
            class="close"
            aria-label="Close sidebar"
            onClick={() => void ask({ type: 'sidebar/close' })}
          >
            ×
          </button>
        </div>
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
            <p>Reload the page to try again.</p>
          </div>
        ) : (
          <>
            {state.notice ? (
              <p class="notice" role="status">
                {state.notice}
              </p>
            ) : null}
            {state.lookup ? <LookupSection lookup={state.lookup} focus={focus} /> : null}
            {state.report && state.report.matches.length > 0 ? (
              <PageClaims report={state.report} focus={focus} />
            ) : state.lookup ? null : (
              <Empty />
            )}
          </>
        )}
      </main>
    </div>
  );
}
