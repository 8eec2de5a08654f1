// The sidebar: page summary, filters and search, then one card per claim in page order.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ClaimView } from '../../../core/dataset/derive';
import type { Lookup, PageReport } from '../../../shared/messages';
import { ask } from '../../api';
import { countVerdicts, filterGroups, groupByClaim } from '../../filter';
import { usePageReport, type Focus } from '../../hooks/use-page-report';
import { ClaimCard } from '../ClaimCard';
import { Filters, type VerdictFilter } from '../Filters';
import { Summary } from '../Summary';
import { NotesPanel } from '../NotesPanel';
import { AllNotes } from '../AllNotes';
import type { EditorSubject } from '../NoteEditor';
import type { SidebarView } from '../../../shared/messages';

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

type AddNote = (view: ClaimView) => void;

function LookupSection({ lookup, focus, onAddNote }: { lookup: Lookup; focus: Focus | null; onAddNote: AddNote }) {
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
              onAddNote={() => onAddNote(view)}
            />
          ))}
        </div>
      )}
    </section>
  );
}

function PageClaims({ report, focus, onAddNote }: { report: PageReport; focus: Focus | null; onAddNote: AddNote }) {
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
            onAddNote={() => onAddNote(view)}
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

const TABS: { id: SidebarView; label: string }[] = [
  { id: 'claims', label: 'Claims' },
  { id: 'notes', label: 'Notes' },
  { id: 'all-notes', label: 'All notes' },
];

export function App() {
  const { state, focus, setHighlightsHidden } = usePageReport();
  const [view, setView] = useState<SidebarView>('claims');
  const [claimDraft, setClaimDraft] = useState<EditorSubject | null>(null);
  const [draftDismissed, setDraftDismissed] = useState<string | null>(null);
  const ready = state.status === 'ready' ? state : null;
  // Follow the view the page asked for (a new passage note, a click on a note highlight).
  const wanted = ready?.view ?? null;
  const draftKey = ready?.draft ? JSON.stringify(ready.draft.target.position) : null;
  useEffect(() => {
    if (wanted) setView(wanted);
  }, [wanted, draftKey, focus?.seq]);
  useEffect(() => {
    if (focus) setView('claims');
  }, [focus?.seq]);
  const hasMatches = (ready?.report?.matches.length ?? 0) > 0;
  const page = ready?.page ?? null;
  const passageDraft: EditorSubject | null =
    ready?.draft && draftKey !== draftDismissed
      ? { kind: 'passage', pageUrl: ready.draft.pageUrl, pageTitle: ready.draft.pageTitle, target: ready.draft.target }
      : null;
  const addClaimNote: AddNote = (v) => {
    if (!page) return;
    setClaimDraft({ kind: 'claim', pageUrl: page.url, pageTitle: page.title, claimId: v.claim.id, claimText: v.claim.text });
    setView('notes');
  };
  return (
    <div class="app">
      <header class="bar">
        <h1>Crosscheck</h1>
        <div class="bar-actions">
          {hasMatches && ready ? (
            <button
              type="button"
              class="toggle"
              aria-pressed={!ready.highlightsHidden}
              onClick={() => setHighlightsHidden(!ready.highlightsHidden)}
            >
              {ready.highlightsHidden ? 'Show highlights' : 'Hide highlights'}
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
      <nav class="tabs" role="tablist" aria-label="Sidebar sections">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            id={`tab-${t.id}`}
            aria-selected={view === t.id}
            aria-controls="panel"
            class="tab"
            onClick={() => setView(t.id)}
          >
            {t.label}
          </button>
        ))}
      </nav>
      <div id="panel" class="panel" role="tabpanel" aria-labelledby={`tab-${view}`}>
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
        ) : view === 'notes' ? (
          <NotesPanel
            tabId={state.tabId}
            draft={claimDraft ?? passageDraft}
            onDraftDone={() => {
              if (claimDraft) setClaimDraft(null);
              else setDraftDismissed(draftKey);
            }}
          />
        ) : view === 'all-notes' ? (
          <AllNotes tabId={state.tabId} />
        ) : (
          <>
            {state.notice ? (
              <p class="notice" role="status">
                {state.notice}
              </p>
            ) : null}
            {state.lookup ? <LookupSection lookup={state.lookup} focus={focus} onAddNote={addClaimNote} /> : null}
            {state.report && state.report.matches.length > 0 ? (
              <PageClaims report={state.report} focus={focus} onAddNote={addClaimNote} />
            ) : state.lookup ? null : (
              <Empty />
            )}
          </>
        )}
      </div>
    </div>
  );
}
