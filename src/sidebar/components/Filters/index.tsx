// Filter the page's claims by verdict and search within them (claim text, the page's passage,
// outlets and their quotes).
import type { Verdict } from '../../../core/dataset/types';
import { VERDICT_LABEL, VERDICT_SYMBOL } from '../../verdict';

export type VerdictFilter = Verdict | 'all';

export interface FiltersProps {
  counts: Record<VerdictFilter, number>;
  filter: VerdictFilter;
  query: string;
  onFilter: (f: VerdictFilter) => void;
  onQuery: (q: string) => void;
}

const ORDER: VerdictFilter[] = ['all', 'contradicted', 'contested', 'corroborated', 'single-source'];

export function Filters({ counts, filter, query, onFilter, onQuery }: FiltersProps) {
  return (
    <div class="filters">
      <div class="chips" role="group" aria-label="Filter claims by verdict">
        {ORDER.filter((f) => f === 'all' || counts[f] > 0).map((f) => (
          <button
            key={f}
            type="button"
            class={`chip chip-${f}`}
            aria-pressed={filter === f}
            onClick={() => onFilter(f)}
          >
            {f === 'all' ? 'All' : `${VERDICT_SYMBOL[f]} ${VERDICT_LABEL[f]}`} <span class="count">{counts[f]}</span>
          </button>
        ))}
      </div>
      <label class="search">
        <span class="sr-only">Search this page’s claims</span>
        <input
          type="search"
          placeholder="Search claims, outlets, quotes…"
          value={query}
          maxLength={200}
          onInput={(e) => onQuery((e.currentTarget as HTMLInputElement).value)}
        />
      </label>
    </div>
  );
}
