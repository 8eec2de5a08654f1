// Export notes (W3C Web Annotation JSON-LD, or Markdown to read) and import a JSON-LD file.
// An import is validated in full by the background and written all-or-nothing; its errors are
// shown as they are, naming the record and field.
import { useState } from 'preact/hooks';
import { ask } from '../../api';
import { download } from '../../hooks/use-notes';

const stamp = () => new Date().toISOString().slice(0, 10);
const MAX_FILE = 50 * 1024 * 1024;

export function ImportExport({ scope }: { scope: 'page' | 'all' }) {
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const doExport = async (format: 'jsonld' | 'markdown') => {
    const res = await ask({ type: 'notes/export', scope });
    if (!res.ok) {
      setMessage({ kind: 'error', text: `Export failed: ${res.error}` });
      return;
    }
    const base = `crosscheck-notes-${scope === 'page' ? 'page-' : ''}${stamp()}`;
    if (format === 'jsonld') download(`${base}.jsonld`, res.value.jsonld, 'application/ld+json');
    else download(`${base}.md`, res.value.markdown, 'text/markdown');
    setMessage({ kind: 'ok', text: `Exported ${res.value.count} note${res.value.count === 1 ? '' : 's'}.` });
  };
  const doImport = async (file: File) => {
    if (file.size > MAX_FILE) {
      setMessage({ kind: 'error', text: `${file.name} is too large to be a notes file (${Math.round(file.size / 1e6)} MB).` });
      return;
    }
    const text = await file.text();
    const res = await ask({ type: 'notes/import', text });
    if (!res.ok) setMessage({ kind: 'error', text: `Nothing was imported from ${file.name}:\n${res.error}` });
    else
      setMessage({
        kind: 'ok',
        text: `Imported ${file.name}: ${res.value.added} new note${res.value.added === 1 ? '' : 's'}, ${res.value.updated} already here.`,
      });
  };
  return (
    <div class="import-export">
      <div class="ie-buttons">
        <button type="button" onClick={() => void doExport('jsonld')}>
          Export {scope === 'page' ? 'page notes' : 'all notes'} (JSON-LD)
        </button>
        <button type="button" onClick={() => void doExport('markdown')}>
          Export as Markdown
        </button>
        <label class="file-btn">
          Import…
          <input
            type="file"
            accept=".jsonld,.json,application/ld+json,application/json"
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              const f = input.files?.[0];
              input.value = '';
              if (f) void doImport(f);
            }}
          />
        </label>
      </div>
      {message ? (
        <p class={`ie-message ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
