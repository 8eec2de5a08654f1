// This page's notes: the editor for a new note (from a selection or a claim card), then every
// note of the page, anchored or orphaned (orphans are listed with their quote, never dropped).
import type { Note } from '../../../core/notes/model';
import { ask } from '../../api';
import { useNoteActions } from '../../hooks/use-note-actions';
import { useNotes } from '../../hooks/use-notes';
import { ImportExport } from '../ImportExport';
import { NoteEditor, type EditorSubject } from '../NoteEditor';
import { NoteItem } from '../NoteItem';

export function UndoBar({ note, onUndo, onDismiss }: { note: Note; onUndo: () => void; onDismiss: () => void }) {
  return (
    <div class="undo" role="status">
      Note deleted{note.body ? `: “${note.body.slice(0, 40)}${note.body.length > 40 ? '…' : ''}”` : ''}.{' '}
      <button type="button" class="link" onClick={onUndo}>
        Undo
      </button>{' '}
      <button type="button" class="link" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}

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
  const actions = useNoteActions();
  if (state.status === 'loading') return <p role="status">Loading notes…</p>;
  if (state.status === 'error')
    return (
      <p class="error" role="alert">
        Could not load notes: {state.message}
      </p>
    );
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
      {actions.deleted ? (
        <UndoBar note={actions.deleted} onUndo={() => void actions.undo()} onDismiss={actions.dismissUndo} />
      ) : null}
      {actions.error ? (
        <p class="error" role="alert">
          {actions.error}
        </p>
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
      <ul class="notes">
        {notes.map((n) =>
          actions.editing === n.id ? (
            <li key={n.id} class="note">
              <NoteEditor subject={{ kind: 'edit', note: n }} onDone={() => actions.setEditing(null)} />
            </li>
          ) : (
            <NoteItem
              key={n.id}
              note={n}
              {...(n.kind === 'passage' && n.target ? { status: noteStatus[n.id] ?? 'orphaned' } : {})}
              onShow={() => void ask({ type: 'notes/focus', id: n.id })}
              onEdit={() => actions.setEditing(n.id)}
              onDelete={() => void actions.remove(n)}
            />
          ),
        )}
      </ul>
      <ImportExport scope="page" />
    </section>
  );
}
