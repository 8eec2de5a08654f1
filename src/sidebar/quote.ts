// How the sidebar quotes a passage of the page: in typographic quotes, unless the passage opens
// with a quote of its own ("“The Department is concerned…,” the department said"), which a second
// pair of marks would only double.

const OPENING_QUOTES = '"“‘«\'';

export function quotePassage(passage: string): string {
  const text = passage.trim();
  return text !== '' && OPENING_QUOTES.includes(text[0]!) ? text : `“${text}”`;
}
