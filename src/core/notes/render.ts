// Safe display of a note body: the UI turns these tokens into text nodes, <br> and
// <a rel="noopener noreferrer" target="_blank"> elements, never into innerHTML, so a note
// (possibly imported from a crafted file) cannot inject markup or script links.
//
// Choice on bidirectional controls: the embedding/override/isolate controls U+202A–U+202E and
// U+2066–U+2069 are STRIPPED from displayed text and link text (a "Trojan Source" style
// reordering could make a link or a quote read differently from what it is). Other C0 control
// characters (except tab and line breaks) and DEL are stripped too. `hasBidiControls` tells the
// caller whether anything was removed, if it wants to flag the note.

export type BodyToken =
  | { type: 'text'; text: string }
  | { type: 'link'; href: string; text: string }
  | { type: 'br' };

const STRIP_RE = /[\u202A-\u202E\u2066-\u2069\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const BIDI_RE = /[\u202A-\u202E\u2066-\u2069]/;
const LINE_BREAK_RE = /\r\n|[\r\n\u2028\u2029\u0085]/;
/** Candidate URLs: an http(s) scheme not preceded by a letter or digit, up to whitespace/quotes/angle brackets. */
const URL_RE = /(?<![\p{L}\p{N}])https?:\/\/[^\s<>"'`\u0000-\u001F\u007F\u202A-\u202E\u2066-\u2069]+/giu;
const TRAILING_PUNCT = new Set(['.', ',', ';', ':', '!', '?', "'", '"', '*', '_', '~', '…']);
const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

/** True when the text holds bidi embedding/override/isolate controls. */
export function hasBidiControls(text: string): boolean {
  return BIDI_RE.test(text);
}

/** Remove bidi controls and other invisible control characters (keeps tab and line breaks). */
export function stripControls(text: string): string {
  return text.replace(STRIP_RE, '');
}

/**
 * Trim trailing punctuation and unbalanced closing brackets from a matched URL. Bracket counts
 * are taken once and updated as characters are dropped: recounting the whole URL for every
 * dropped bracket was quadratic ("https://a" followed by 20,000 ")" — a legal note body — froze
 * the display for 6 s; found by the fuzz suite).
 */
function trimUrl(raw: string): string {
  const counts: Record<string, number> = { '(': 0, ')': 0, '[': 0, ']': 0, '{': 0, '}': 0 };
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charAt(i);
    if (counts[c] !== undefined) counts[c] = counts[c] + 1;
  }
  let end = raw.length;
  for (;;) {
    const last = raw.charAt(end - 1);
    if (TRAILING_PUNCT.has(last)) {
      end--;
      continue;
    }
    const opener = CLOSERS[last];
    if (opener !== undefined && (counts[last] ?? 0) > (counts[opener] ?? 0)) {
      counts[last] = (counts[last] ?? 0) - 1;
      end--;
      continue;
    }
    return raw.slice(0, end);
  }
}

function safeHref(candidate: string): string | null {
  try {
    const u = new URL(candidate);
    if ((u.protocol !== 'http:' && u.protocol !== 'https:') || u.hostname === '') return null;
    return u.href;
  } catch {
    return null;
  }
}

function pushText(out: BodyToken[], text: string): void {
  if (text === '') return;
  const last = out[out.length - 1];
  if (last && last.type === 'text') last.text += text;
  else out.push({ type: 'text', text });
}

function tokenizeLine(line: string, out: BodyToken[]): void {
  let pos = 0;
  URL_RE.lastIndex = 0;
  for (let m = URL_RE.exec(line); m; m = URL_RE.exec(line)) {
    const text = trimUrl(m[0]);
    const href = text.length > 'https://'.length ? safeHref(text) : null;
    if (!href) continue;
    pushText(out, line.slice(pos, m.index));
    out.push({ type: 'link', href, text });
    pos = m.index + text.length;
    URL_RE.lastIndex = pos;
  }
  pushText(out, line.slice(pos));
}

/**
 * Split a plain-text note body into display tokens: text, http(s) links (trailing punctuation
 * and unbalanced closing brackets left out of the link) and line breaks. Anything else —
 * `javascript:` or `data:` URLs, markup such as `<b>` — stays literal text.
 */
export function tokenizeNoteBody(body: string): BodyToken[] {
  if (typeof body !== 'string' || body === '') return [];
  const clean = stripControls(body);
  const out: BodyToken[] = [];
  clean.split(LINE_BREAK_RE).forEach((line, i) => {
    if (i > 0) out.push({ type: 'br' });
    tokenizeLine(line, out);
  });
  return out;
}
