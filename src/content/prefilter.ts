// The near-free first step on every page: does the title, the URL or the first ~48 KB of the
// page's text name a covered topic at all? Most pages stop here, after well under a
// millisecond even when they hold megabytes of text (design.md: bounded reads are ~50× cheaper
// than reading everything).
export interface PrefilterTopic {
  terms: string[];
}

export const PREFILTER_BUDGET_CHARS = 48_000;

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS']);

export function termsPattern(topics: PrefilterTopic[]): RegExp {
  const stems = new Set<string>();
  for (const t of topics) for (const term of t.terms) stems.add(term.toLowerCase().split(/\s+/)[0]!);
  const escaped = [...stems].map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(escaped.join('|'), 'i');
}

export function boundedText(doc: Document, budget = PREFILTER_BUDGET_CHARS): string {
  const body = doc.body;
  if (!body) return '';
  const walker = doc.createTreeWalker(body, 4 /* SHOW_TEXT */, {
    acceptNode: (n) => (SKIP.has(n.parentElement?.tagName ?? '') ? 2 : 1),
  });
  const parts: string[] = [];
  let size = 0;
  for (let n = walker.nextNode(); n && size < budget; n = walker.nextNode()) {
    const v = n.nodeValue ?? '';
    parts.push(v);
    size += v.length;
  }
  return parts.join(' ').slice(0, budget);
}

export function prefilter(doc: Document, topics: PrefilterTopic[], budget = PREFILTER_BUDGET_CHARS): boolean {
  const re = termsPattern(topics);
  return re.test(doc.title) || re.test(doc.location?.href ?? '') || re.test(boundedText(doc, budget));
}
