// Whether a clause tells of an event as done or still to come: "has stopped selling", "no longer
// sells", "had already pulled" are done; "will stop", "is going to drop", "plans to end" are to
// come. Outlets disagreed about exactly this (Best Buy "has stopped" vs "will stop" selling
// Kaspersky), so a page that says which settles the claim it states. Only the marker right before
// the event's own word counts ("had been carried … before the withdrawal" says nothing about the
// withdrawal; "will go on selling" is no stop to come).

export type Aspect = 'done' | 'future';

const PERFECT = new Set(['has', 'have', 'had']);
const FUTURE = new Set(['will', 'shall', 'would']);
const INTENT = new Set(['going', 'plans', 'planned', 'plan', 'planning', 'set', 'intends', 'intend', 'intended', 'expects', 'expected']);
const ADVERBS = new Set(['already', 'now', 'soon', 'also', 'then', 'effectively', 'reportedly']);
const adverb = (w: string | undefined): boolean => w !== undefined && (ADVERBS.has(w) || (w.length > 4 && w.endsWith('ly')));

/**
 * The aspect a clause's words (lowercased tokens, as Analysis.words) give the event whose words
 * `isEvent` recognises ("stopped", "pulling", "sell"), or null when they give none.
 */
export function aspectOf(ws: readonly string[], isEvent: (w: string) => boolean): Aspect | null {
  // the event's word at k, or after one adverb ("has quietly stopped")
  const eventAt = (k: number): boolean => (ws[k] !== undefined && isEvent(ws[k]!)) || (adverb(ws[k]) && ws[k + 1] !== undefined && isEvent(ws[k + 1]!));
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    if ((w === 'no' || w === 'any') && ws[i + 1] === 'longer' && eventAt(i + 2)) return 'done';
    if (w === 'already' && eventAt(i + 1)) return 'done';
    if (w === 'anymore' && ws.slice(0, i).some(isEvent)) return 'done';
    if (PERFECT.has(w) && eventAt(i + 1)) return 'done';
    if (FUTURE.has(w) && eventAt(i + 1)) return 'future';
    if (INTENT.has(w) && ws[i + 1] === 'to' && eventAt(i + 2)) return 'future';
  }
  return null;
}
