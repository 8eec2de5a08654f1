// Every note across pages, newest first: search, filter by tag and by site, and a link back
// to each page.
import { useMemo, useState } from 'preact/hooks';
import type { Note } from '../../../core/notes/model';
import { siteOf } from '../../../core/anchoring/url';
import { useNotes } from '../../hooks/use-notes';
import { ImportExport } from '../ImportExport';
import { NotesState } from '../NotesState';
import { NoteList } from '../NoteList';

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

export function filterNotes(notes: Note[], query: string, tag: string, site: string): Note[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return notes.filter((n) => {
    if (tag && !n.tags.includes(tag)) return false;
    if (site && siteOf(n.pageUrl) !== site) return false;
    if (!words.length) return true;
    const hay = fold([n.body, n.pageTitle, n.pageUrl, n.target?.quote.exact ?? '', ...n.tags].join('\n'));
    return words.every((w) => hay.includes(w));
  });
}

/** A labelled filter: "all" (the empty value) or one of `options`. */
function Choice({ label, value, options, onChange }: { label: string; value: string; options: string[]; onChange: (v: string) => void }) {
  return (
    <label>
      {label}{' '}
      <select aria-label={`Filter by ${label.toLowerCase()}`} value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}>
        <option value="">all</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </label>
  );
}

export function AllNotes({ tabId }: { tabId: number }) {
  const { state } = useNotes('all', tabId);
  const [query, setQuery] = useState('');
  const [tag, setTag] = useState('');
  const [site, setSite] = useState('');
  const notes = state.status === 'ready' ? state.notes : [];
  const tags = useMemo(() => [...new Set(notes.flatMap((n) => n.tags))].sort(), [notes]);
  const sites = useMemo(() => [...new Set(notes.map((n) => siteOf(n.pageUrl)).filter(Boolean))].sort(), [notes]);
  if (state.status !== 'ready') return <NotesState state={state} />;
  const shown = filterNotes(notes, query, tag, site);
  return (
    <section aria-label="All notes">
      <div class="filters">
        <label class="search">
          <span class="sr-only">Search all notes</span>
          <input
            type="search"
            placeholder="Search notes, quotes, pages…"
            value={query}
            onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
          />
        </label>
        <div class="selects">
          <Choice label="Tag" value={tag} options={tags} onChange={setTag} />
          <Choice label="Site" value={site} options={sites} onChange={setSite} />
        </div>
      </div>
      <p class="muted" role="status">
        {shown.length} of {notes.length} notes
      </p>
      <NoteList notes={shown} showPage claims={state.claims} />
      <ImportExport scope="all" />
    </section>
  );
}
