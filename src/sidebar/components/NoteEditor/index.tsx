// Writes a note as the reader types: saved after a short pause, on blur, when the sidebar is
// hidden or closed, and on "Done". A failed save keeps the text in the editor, says so, and
// retries with growing delays; nothing the reader typed is dropped.
import { useEffect, useRef, useState } from 'preact/hooks';
import { createNote, updateNote, type Note, type NoteTarget } from '../../../core/notes/model';
import { ask } from '../../api';

export type EditorSubject =
  | { kind: 'edit'; note: Note }
  | { kind: 'passage'; pageUrl: string; pageTitle: string; target: NoteTarget }
  | { kind: 'claim'; pageUrl: string; pageTitle: string; claimId: string; claimText: string };

type SaveState = { s: 'idle' } | { s: 'saving' } | { s: 'saved'; at: string } | { s: 'error'; message: string };

const SAVE_DELAY = 400;

export function NoteEditor({ subject, onDone }: { subject: EditorSubject; onDone: () => void }) {
  const initial = subject.kind === 'edit' ? subject.note : null;
  const [body, setBody] = useState(initial?.body ?? '');
  const [tags, setTags] = useState(initial?.tags.join(', ') ?? '');
  const [save, setSave] = useState<SaveState>({ s: 'idle' });
  const note = useRef<Note | null>(initial);
  const dirty = useRef(false);
  const timer = useRef(0);
  const retry = useRef(1000);
  const latest = useRef({ body, tags });
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => area.current?.focus(), []);
  latest.current = { body, tags };

  const flush = async (): Promise<boolean> => {
    clearTimeout(timer.current);
    if (!dirty.current) return true;
    const { body: b, tags: t } = latest.current;
    const tagList = t.split(',').map((x) => x.trim()).filter(Boolean);
    const built = note.current
      ? updateNote(note.current, { body: b, tags: tagList }, new Date())
      : createNote(
          subject.kind === 'passage'
            ? { kind: 'passage', pageUrl: subject.pageUrl, pageTitle: subject.pageTitle, target: subject.target, body: b, tags: tagList }
            : subject.kind === 'claim'
              ? { kind: 'claim', pageUrl: subject.pageUrl, pageTitle: subject.pageTitle, claimId: subject.claimId, body: b, tags: tagList }
              : { kind: 'passage', pageUrl: '', body: b },
        );
    if (!built.ok) {
      setSave({ s: 'error', message: built.error });
      return false; // invalid input (too long, too many tags): the reader must change it, no retry
    }
    dirty.current = false;
    setSave({ s: 'saving' });
    const res = await ask({ type: 'notes/put', note: built.note });
    if (!res.ok) {
      dirty.current = true;
      setSave({ s: 'error', message: res.error });
      timer.current = window.setTimeout(() => void flush(), retry.current);
      retry.current = Math.min(30_000, retry.current * 2);
      return false;
    }
    note.current = res.value;
    retry.current = 1000;
    if (subject.kind !== 'edit') void ask({ type: 'notes/clear-draft' });
    setSave({ s: 'saved', at: new Date().toLocaleTimeString() });
    return true;
  };

  const change = (next: { body?: string; tags?: string }) => {
    if (next.body !== undefined) setBody(next.body);
    if (next.tags !== undefined) setTags(next.tags);
    latest.current = { ...latest.current, ...next };
    dirty.current = true;
    clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void flush(), SAVE_DELAY);
  };

  useEffect(() => {
    const onHide = () => void flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      void flush();
    };
  }, []);

  const quote =
    subject.kind === 'passage'
      ? subject.target.quote.exact
      : subject.kind === 'edit'
        ? subject.note.target?.quote.exact
        : undefined;
  const claim = subject.kind === 'claim' ? subject.claimText : undefined;
  return (
    <form
      class="note-editor"
      aria-label={initial ? 'Edit note' : 'New note'}
      onSubmit={(e) => {
        e.preventDefault();
        void flush().then((ok) => ok && onDone());
      }}
    >
      {quote ? <blockquote class="quote">{quote}</blockquote> : null}
      {claim ? <p class="muted">On the claim: {claim}</p> : null}
      <label class="field">
        <span>Your note</span>
        <textarea
          value={body}
          rows={5}
          maxLength={20_000}
          ref={area}
          onInput={(e) => change({ body: (e.currentTarget as HTMLTextAreaElement).value })}
          onBlur={() => void flush()}
        />
      </label>
      <label class="field">
        <span>Tags (comma-separated)</span>
        <input
          type="text"
          value={tags}
          onInput={(e) => change({ tags: (e.currentTarget as HTMLInputElement).value })}
          onBlur={() => void flush()}
        />
      </label>
      <div class="editor-actions">
        <span class={`save-state ${save.s}`} role="status" aria-live="polite">
          {save.s === 'saving'
            ? 'Saving…'
            : save.s === 'saved'
              ? `Saved at ${save.at}`
              : save.s === 'error'
                ? `Not saved: ${save.message}. Your text is kept here${dirty.current ? '; retrying…' : '.'}`
                : note.current
                  ? 'No changes'
                  : 'Not saved yet: start typing'}
        </span>
        <button type="submit" class="primary">
          Done
        </button>
      </div>
    </form>
  );
}
