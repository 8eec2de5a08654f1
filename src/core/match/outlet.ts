// Which outlet published this page? By the sources' `domains` for real sites; otherwise by
// fingerprint: the page carries several of one source's mention quotes verbatim. Used to leave
// the page's own outlet (and copies of the same original) out of its own corroboration.
import type { Dataset } from '../dataset/types';
import { foldCompact } from '../text/normalize';

export interface OutletInput {
  url: string;
  title: string;
  text: string;
}

function hostname(url: string): string | null {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

/** The id of the source that published the page, or null. */
export function identifyOutlet(ds: Dataset, input: OutletInput): string | null {
  const host = hostname(input.url);
  if (host) {
    // the most specific domain wins (news.example.com over example.com)
    let best: string | null = null;
    let bestLen = 0;
    for (const s of ds.sources) {
      for (const d of s.domains ?? []) {
        const dd = d.toLowerCase().replace(/^www\./, '');
        if ((host === dd || host.endsWith('.' + dd)) && dd.length > bestLen) {
          best = s.id;
          bestLen = dd.length;
        }
      }
    }
    if (best) return best;
  }
  // fingerprint: verbatim mention quotes (folded, whitespace-collapsed)
  const page = foldCompact(input.text);
  if (!page) return null;
  const hits = new Map<string, number>();
  const total = new Map<string, number>();
  for (const m of ds.mentions) {
    const q = foldCompact(m.quote);
    if (q.length < 25) continue;
    total.set(m.sourceId, (total.get(m.sourceId) ?? 0) + 1);
    if (page.includes(q)) hits.set(m.sourceId, (hits.get(m.sourceId) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestScore = 0;
  for (const [id, n] of hits) {
    const t = total.get(id) ?? n;
    // several quotes, or all of a source's quotes when it has only one or two
    if (n < 2 && !(t <= 2 && n === t)) continue;
    const score = n + n / t; // more quotes first, then the larger share
    if (score > bestScore) {
      bestScore = score;
      best = id;
    }
  }
  if (best) return best;
  // an exact title match
  const title = foldCompact(input.title);
  if (title.length > 15) for (const s of ds.sources) if (foldCompact(s.title) === title) return s.id;
  return null;
}
