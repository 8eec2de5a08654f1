// W3C Web Annotation selectors (https://www.w3.org/TR/annotation-model/#selectors) describing a
// passage of a page's extracted text: the quote with some context around it, plus its offsets.
// The quote survives edits elsewhere on the page; the offsets make re-anchoring cheap when
// nothing changed and break ties between repeated phrases.

export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface TextPositionSelector {
  type: 'TextPositionSelector';
  /** Offset (UTF-16 code units) of the first character, inclusive. */
  start: number;
  /** Offset (UTF-16 code units) after the last character, exclusive. */
  end: number;
}

export type TextSelector = TextQuoteSelector | TextPositionSelector;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function clampInt(n: number, lo: number, hi: number): number {
  if (!Number.isFinite(n)) return lo;
  return Math.min(hi, Math.max(lo, Math.trunc(n)));
}

/**
 * Describe `text.slice(start, end)` with a TextQuoteSelector (with up to `context` characters
 * of prefix and suffix, never splitting a surrogate pair) and a TextPositionSelector.
 * Offsets are clamped to the text and put in order; `prefix`/`suffix` are omitted when empty.
 */
export function describeRange(
  text: string,
  start: number,
  end: number,
  context = 32,
): [TextQuoteSelector, TextPositionSelector] {
  let s = clampInt(start, 0, text.length);
  let e = clampInt(end, 0, text.length);
  if (s > e) [s, e] = [e, s];
  const ctx = clampInt(context, 0, 10_000);
  let ps = Math.max(0, s - ctx);
  if (ps > 0 && ps < s && isLowSurrogate(text.charCodeAt(ps))) ps += 1;
  let se = Math.min(text.length, e + ctx);
  if (se < text.length && se > e && isHighSurrogate(text.charCodeAt(se - 1))) se -= 1;
  const quote: TextQuoteSelector = { type: 'TextQuoteSelector', exact: text.slice(s, e) };
  const prefix = text.slice(ps, s);
  const suffix = text.slice(e, se);
  if (prefix) quote.prefix = prefix;
  if (suffix) quote.suffix = suffix;
  return [quote, { type: 'TextPositionSelector', start: s, end: e }];
}
