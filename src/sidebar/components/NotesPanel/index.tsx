// This page's notes: the editor for a new note (from a selection or a claim card), then every
// note of the page, anchored or orphaned (orphans are listed with their quote, never dropped).
import { ask } from '../../api';
import { useNotes } from '../../hooks/use-notes';
import { ImportExport } from '../ImportExport';
import { NotesState } from '../NotesState';
import { NoteEditor, type EditorSubject } from '../NoteEditor';
import { NoteList } from '../NoteList';

export function NotesPanel({
  tabId,
  draft,
  onDraftDone,
}: {
  tabId: number;
  draft: EditorSubject | null;
  onDraftDone: () => void;
}) {
  const { state } = useNotes('page', tabId);
  if (state.status !== 'ready') return <NotesState state={state} />;
  const { notes, noteStatus } = state;
  const orphans = notes.filter((n) => noteStatus[n.id] === 'orphaned').length;
  return (
    <section aria-label="Notes on this page">
      {draft ? (
        <div class="card">
          <h2 class="section-title">New note</h2>
          <NoteEditor subject={draft} onDone={onDraftDone} />
        </div>
      ) : null}
      <h2 class="section-title">
        Notes on this page ({notes.length}
        {orphans ? `, ${orphans} orphaned` : ''})
      </h2>
      {notes.length === 0 && !draft ? (
        <p class="muted">
          No notes on this page yet. Select text in the article and press “Add note” (or Alt+Shift+M), or use “Add
          note” on a claim card.
        </p>
      ) : null}
      <NoteList
        notes={notes}
        statusOf={(n) => (n.kind === 'passage' && n.target ? (noteStatus[n.id] ?? 'orphaned') : undefined)}
        onShow={(n) => void ask({ type: 'notes/focus', id: n.id })}
        claims={state.claims}
      />
      <ImportExport scope="page" />
    </section>
  );
}
