// Durations in text: "three years", "a decade", "decade-long", "18 months", "a year and a half",
// "five yrs", "two decades".
// Conflict detection compares them ("a tie-up only about three years old" against "a
// partnership lasting about a decade"); the matcher's concepts do not carry them.
import { NUMBER_WORDS } from './lexicon';

export interface Duration {
  /** Length in days (a month is 30.4 days, a year 365). */
  days: number;
  /** The unit's scale: 'day' (days, weeks), 'month', 'year' (years, decades). */
  scale: 'day' | 'month' | 'year';
  /** The words it was read from. */
  raw: string;
}

const UNITS: Record<string, [days: number, scale: Duration['scale']]> = {
  day: [1, 'day'], days: [1, 'day'],
  week: [7, 'day'], weeks: [7, 'day'], wk: [7, 'day'], wks: [7, 'day'],
  month: [30.4, 'month'], months: [30.4, 'month'], mos: [30.4, 'month'],
  year: [365, 'year'], years: [365, 'year'], yr: [365, 'year'], yrs: [365, 'year'],
  decade: [3652, 'year'], decades: [3652, 'year'],
};
/** Words after a unit that make it a point in time or a rate, not a length ("a year ago", "a year earlier"). */
const NOT_LENGTH_AFTER = new Set(['ago', 'earlier', 'later', 'before', 'after', 'prior']);
/** Words before a unit that make it a point in time or a rate ("last year", "per month"). */
const NOT_LENGTH_BEFORE = new Set(['last', 'this', 'next', 'per', 'every', 'each', 'previous', 'coming', 'same', 'that', 'fiscal', 'financial', 'calendar', 'school']);

/** Words between "for" and the count of a length ("for about five years"). */
const APPROX = new Set(['about', 'around', 'approximately', 'roughly', 'nearly', 'almost', 'some', 'over', 'close', 'to', 'more', 'than', 'just', 'under', 'at', 'least']);

/** Whether "for" opens the length whose count is words[from] ("for nearly five years"). */
function forLength(words: readonly string[], from: number): boolean {
  for (let j = from - 1; j >= 0 && j >= from - 3; j--) {
    if (words[j] === 'for') return true;
    if (!APPROX.has(words[j]!)) return false;
  }
  return false;
}

function count(w: string | undefined): number | undefined {
  if (w === undefined) return undefined;
  if (/^\d+(\.\d+)?$/.test(w)) return Number(w);
  if (w === 'a' || w === 'an' || w === 'one') return 1;
  return NUMBER_WORDS[w];
}

/** The durations these (folded, lowercased) words state, in order. */
export function durations(words: readonly string[]): Duration[] {
  const out: Duration[] = [];
  for (let i = 0; i < words.length; i++) {
    const unit = UNITS[words[i]!];
    if (!unit) continue;
    const before = words[i - 1];
    if (before !== undefined && NOT_LENGTH_BEFORE.has(before)) continue;
    let n = count(before);
    let from = i - 1;
    // "a year before the ban" is a point in time, but "for five years before the withdrawal" a length
    if (NOT_LENGTH_AFTER.has(words[i + 1] ?? '') && !(n !== undefined && forLength(words, from))) continue;
    // "forty-five days" ("forty five days" once tokenized)
    const tens = NUMBER_WORDS[words[i - 2] ?? ''];
    if (n !== undefined && n < 10 && tens !== undefined && tens >= 20 && tens % 10 === 0) [n, from] = [tens + n, i - 2];
    // "a decade", "decade-long", "decade-old" ("decade long" once tokenized) need no number
    if (n === undefined && words[i] === 'decade' && (words[i + 1] === 'long' || words[i + 1] === 'old')) [n, from] = [1, i];
    if (n === undefined || n <= 0) continue;
    let to = i + 1;
    // "a year and a half"
    if (words[i + 1] === 'and' && words[i + 2] === 'a' && words[i + 3] === 'half') {
      n += 0.5;
      to = i + 4;
    }
    if ((words[to] === 'long' || words[to] === 'old') && words[i] === 'decade') to++;
    out.push({ days: n * unit[0], scale: unit[1], raw: words.slice(from, to).join(' ') });
  }
  return out;
}

/** Whether a stated duration is about the same length as another (within a quarter). */
export const sameDuration = (a: Duration, b: Duration): boolean => Math.max(a.days, b.days) / Math.min(a.days, b.days) <= 1.25;

/**
 * Whether a page's duration can be compared with a claim's: months are compared with both
 * scales, days with years never ("a 45-day window" says nothing about a decade-long partnership).
 */
export const comparable = (claim: Duration, page: Duration): boolean =>
  claim.scale === page.scale || claim.scale === 'month' || page.scale === 'month';
