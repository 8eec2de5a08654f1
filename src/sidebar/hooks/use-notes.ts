// Loads notes (this page's or all) from the background and reloads them when they change.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Note } from '../../core/notes/model';
import type { NoteStatus, PageInfo } from '../../shared/messages';
import { ask, onEvent } from '../api';

export type NotesState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; notes: Note[]; noteStatus: NoteStatus; page: PageInfo | null; claims: Record<string, string> };

export function useNotes(scope: 'page' | 'all', tabId: number): { state: NotesState; reload: () => void } {
  const [state, setState] = useState<NotesState>({ status: 'loading' });
  const reload = useCallback(() => {
    void ask({ type: 'notes/list', scope }).then((res) => {
      if (!res.ok) setState({ status: 'error', message: res.error });
      else setState({ status: 'ready', notes: res.value.notes, noteStatus: res.value.status, page: res.value.page, claims: res.value.claims });
    });
  }, [scope]);
  useEffect(() => {
    reload();
    return onEvent((evt) => {
      if (evt.type === 'evt/notes' && evt.tabId === tabId) reload();
    });
  }, [reload, tabId]);
  return { state, reload };
}

/** Saves a file from the sidebar (export). */
export function download(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
