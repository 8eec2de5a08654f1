// Whether a clause tells of an event as done or still to come: "has stopped selling", "no longer
// sells", "had already pulled" are done; "will stop", "is going to drop",
// "plans to end" are to come. Outlets disagreed about exactly this (Best Buy "has stopped" vs
// "will stop" selling Kaspersky), so a page that says which settles the claim it states. A
// marker counts only right before the event's own word ("had been carried … before the
// withdrawal" says nothing of the withdrawal; "will go on selling" is no stop to come).

export type Aspect = 'done' | 'future';

const PERFECT = new Set(['has', 'have', 'had']);
const FUTURE = new Set(['will', 'shall', 'would']);
const INTENT = new Set(['going', 'plans', 'planned', 'plan', 'planning', 'set', 'intends', 'intend', 'intended', 'expects', 'expected']);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'this', 'that', 'these', 'those']);
const ADVERBS = new Set(['already', 'now', 'soon', 'also', 'then', 'effectively', 'reportedly']);
const adverb = (w: string | undefined): boolean => w !== undefined && (ADVERBS.has(w) || (w.length > 4 && w.endsWith('ly')));

export interface AspectFound {
  aspect: Aspect;
  /** Index of the event's word the marker points at (-1 for "no longer", "anymore"). */
  at: number;
}

/**
 * The aspect a clause's words (lowercased tokens, as Analysis.words) give the event whose own
 * word `isEvent` recognises ("stopped", "pulling"), or null when they give none. "No longer"
 * and "anymore" say done whatever follows: something stopped.
 */
export function aspectAt(ws: readonly string[], isEvent: (w: string) => boolean): AspectFound | null {
  // the event's word at k, or after one adverb ("has quietly stopped")
  const eventAt = (k: number): number => {
    if (ws[k] !== undefined && isEvent(ws[k]!)) return k;
    if (adverb(ws[k]) && ws[k + 1] !== undefined && isEvent(ws[k + 1]!)) return k + 1;
    return -1;
  };
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if (((w === 'no' || w === 'any') && ws[i + 1] === 'longer') || w === 'anymore') return { aspect: 'done', at: -1 };
    let at = -1;
    if (w === 'already' || PERFECT.has(w)) at = eventAt(i + 1);
    if (at >= 0) return { aspect: 'done', at };
    if (FUTURE.has(w)) at = eventAt(i + 1);
    else if (INTENT.has(w) && ws[i + 1] === 'to') at = eventAt(i + 2);
    // a headline's infinitive right after its bare subject: "Best Buy to stop selling Kaspersky"
    // (not "its decision to stop selling": headlines drop articles and possessives; nor "Best
    // Buy decided to stop selling", whose past verb says nothing of when)
    else if (w === 'to' && i > 0 && i <= 3 && ws.slice(0, i).every((x) => !DETERMINERS.has(x) && !x.endsWith('ed'))) at = eventAt(i + 1);
    if (at >= 0) return { aspect: 'future', at };
  }
  return null;
}

/** Before a past form, these make it no simple past ("to be pulled", "would have pulled" is caught above, "never stopped"). */
const NOT_PAST_AFTER = new Set(['to', 'be', 'been', 'being', 'will', 'would', 'could', 'might', 'may', 'should', 'must', 'can', 'not', 'never', 'if', 'unless']);
const IRREGULAR_PAST = new Set(['took', 'struck', 'withdrew']);

/**
 * aspectAt's aspect alone. With `simplePast`, an event's word in a past form that no other
 * marker governs also says done ("Best Buy pulled Kaspersky from its shelves", "the products
 * were removed"): a page reports what happened. Claims keep to explicit markers, since their
 * words are what tells two rival claims apart.
 */
export function aspectOf(ws: readonly string[], isEvent: (w: string) => boolean, simplePast = false): Aspect | null {
  const found = aspectAt(ws, isEvent)?.aspect ?? null;
  if (found || !simplePast) return found;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if ((w.length > 4 && w.endsWith('ed')) || IRREGULAR_PAST.has(w)) {
      if (isEvent(w) && !NOT_PAST_AFTER.has(ws[i - 1] ?? '')) return 'done';
    }
  }
  return null;
}
