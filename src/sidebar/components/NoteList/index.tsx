// A list of notes with edit-in-place, delete with undo, and errors: shared by this page's notes
// and the all-notes view.
import type { Note } from '../../../core/notes/model';
import { useNoteActions } from '../../hooks/use-note-actions';
import { NoteEditor } from '../NoteEditor';
import { NoteItem } from '../NoteItem';

function UndoBar({ note, onUndo, onDismiss }: { note: Note; onUndo: () => void; onDismiss: () => void }) {
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

export interface NoteListProps {
  notes: Note[];
  /** Anchoring status of passage notes on the current page; omitted in the all-notes view. */
  statusOf?: (note: Note) => 'anchored' | 'orphaned' | undefined;
  showPage?: boolean;
  /** The text of the claims the notes are on, by claim id (notes on claims show it). */
  claims?: Record<string, string>;
  onShow?: (note: Note) => void;
}

export function NoteList({ notes, statusOf, showPage, claims, onShow }: NoteListProps) {
  const actions = useNoteActions();
  return (
    <>
      {actions.deleted ? (
        <UndoBar note={actions.deleted} onUndo={() => void actions.undo()} onDismiss={actions.dismissUndo} />
      ) : null}
      {actions.error ? (
        <p class="error" role="alert">
          {actions.error}
        </p>
      ) : null}
      <ul class="notes">
        {notes.map((n) => {
          if (actions.editing === n.id) {
            return (
              <li key={n.id} class="note">
                <NoteEditor subject={{ kind: 'edit', note: n }} onDone={() => actions.setEditing(null)} />
              </li>
            );
          }
          const status = statusOf?.(n);
          // own keys only: a claim id like "constructor" must not find Object.prototype's
          const claim = n.claimId && claims && Object.hasOwn(claims, n.claimId) ? claims[n.claimId] : undefined;
          return (
            <NoteItem
              key={n.id}
              note={n}
              {...(status ? { status } : {})}
              {...(showPage ? { showPage } : {})}
              {...(claim ? { claimText: claim } : {})}
              {...(onShow ? { onShow: () => onShow(n) } : {})}
              onEdit={() => actions.setEditing(n.id)}
              onDelete={() => void actions.remove(n)}
            />
          );
        })}
      </ul>
    </>
  );
}
