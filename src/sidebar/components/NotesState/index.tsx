// The loading and error states shared by both notes views.
import type { NotesState as State } from '../../hooks/use-notes';

/** Renders the state when notes are not ready, or null when they are. */
export function NotesState({ state }: { state: State }) {
  if (state.status === 'loading') return <p role="status">Loading notes…</p>;
  if (state.status === 'error')
    return (
      <p class="error" role="alert">
        Could not load notes: {state.message}
      </p>
    );
  return null;
}
