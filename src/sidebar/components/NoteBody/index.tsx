// A note's text, rendered safely: line breaks, and http(s) links as links; never HTML.
import { tokenizeNoteBody } from '../../../core/notes/render';

export function NoteBody({ body }: { body: string }) {
  if (!body) return <p class="note-body muted">(no text)</p>;
  return (
    <p class="note-body">
      {tokenizeNoteBody(body).map((t, i) =>
        t.type === 'br' ? (
          <br key={i} />
        ) : t.type === 'link' ? (
          <a key={i} href={t.href} target="_blank" rel="noopener noreferrer">
            {t.text}
          </a>
        ) : (
          <span key={i}>{t.text}</span>
        ),
      )}
    </p>
  );
}
