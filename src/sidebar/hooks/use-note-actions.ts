// Edit and delete-with-undo for note lists (this page's notes and all notes).
import { useState } from 'preact/hooks';
import type { Note } from '../../core/notes/model';
import { ask } from '../api';

export function useNoteActions() {
  const [editing, setEditing] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<Note | null>(null);
  const [error, setError] = useState<string | null>(null);
  const remove = async (note: Note) => {
    const res = await ask({ type: 'notes/delete', id: note.id });
    if (!res.ok) setError(`Could not delete the note: ${res.error}`);
    else setDeleted(res.value ?? note);
  };
  const undo = async () => {
    if (!deleted) return;
    const res = await ask({ type: 'notes/put', note: deleted });
    if (!res.ok) setError(`Could not restore the note: ${res.error}`);
    else setDeleted(null);
  };
  return { editing, setEditing, deleted, dismissUndo: () => setDeleted(null), remove, undo, error };
}
