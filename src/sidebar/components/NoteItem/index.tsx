// One note in a list: the passage it is on (or that it is orphaned), the text, tags and dates.
import type { Note } from '../../../core/notes/model';
import { NoteBody } from '../NoteBody';

export interface NoteItemProps {
  note: Note;
  status?: 'anchored' | 'orphaned';
  showPage?: boolean;
  /** The text of the claim a claim note is on, when known (the claims of the current page). */
  claimText?: string;
  onEdit?: () => void;
  onDelete?: () => void;
  onShow?: () => void;
}

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function NoteItem({ note, status, showPage, claimText, onEdit, onDelete, onShow }: NoteItemProps) {
  return (
    <li class={`note${status === 'orphaned' ? ' orphaned' : ''}`} data-note-id={note.id}>
      {showPage ? (
        <p class="note-page">
          <a href={note.pageUrl} target="_blank" rel="noopener noreferrer">
            {note.pageTitle || note.pageUrl}
          </a>
        </p>
      ) : null}
      {note.kind === 'claim' ? <p class="note-kind">Note on a claim</p> : null}
      {note.kind === 'claim' && claimText ? <blockquote class="quote claim-quote">{claimText}</blockquote> : null}
      {note.target ? <blockquote class="quote">{note.target.quote.exact}</blockquote> : null}
      {status === 'orphaned' ? (
        <p class="orphan-flag" role="note">
          Orphaned: this passage is no longer on the page.
        </p>
      ) : null}
      <NoteBody body={note.body} />
      {note.tags.length ? (
        <ul class="tags" aria-label="Tags">
          {note.tags.map((t) => (
            <li key={t} class="tag">
              {t}
            </li>
          ))}
        </ul>
      ) : null}
      <p class="note-meta">
        Written {when(note.created)}
        {when(note.modified) !== when(note.created) ? ` · edited ${when(note.modified)}` : ''}
      </p>
      <div class="note-actions">
        {onShow && status === 'anchored' ? (
          <button type="button" onClick={onShow}>
            Show on page
          </button>
        ) : null}
        {onEdit ? (
          <button type="button" onClick={onEdit}>
            Edit
          </button>
        ) : null}
        {onDelete ? (
          <button type="button" class="danger" onClick={onDelete}>
            Delete
          </button>
        ) : null}
      </div>
    </li>
  );
}
