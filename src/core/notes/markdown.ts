// Notes as a Markdown document for reading (and pasting into a notebook), grouped by page.
// Quotes and titles come from web pages and bodies may come from imported files, so all of it
// is escaped: a hostile quote cannot become a link, an image, raw HTML, a heading or a list.

import { stripControls } from './render.ts';
import type { Note } from './model.ts';

export interface MarkdownOptions {
  /** Document heading. Default "Crosscheck notes". */
  title?: string;
}

/**
 * Escape text so CommonMark/GFM renders it literally: every ASCII punctuation character that
 * can start or end inline or block syntax is backslash-escaped, bidi and control characters
 * are removed, and leading indentation is dropped (it would start a code block).
 */
export function escapeMarkdown(text: string): string {
  return stripControls(text)
    .replace(/[\\`*_{}[\]()<>#+\-.!|~=&:"'$%^@]/g, '\\$&')
    .replace(/^[ \t]+/gm, '');
}

/** Escaped multi-line text with hard line breaks (CommonMark: backslash before the newline). */
function escapeLines(text: string): string[] {
  return text
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .split('\n')
    .map((line) => escapeMarkdown(line));
}

function paragraphs(lines: string[], prefix: string): string {
  // Consecutive non-empty lines get a hard break; empty lines separate paragraphs.
  const out: string[] = [];
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    const hard = line !== '' && next !== undefined && next !== '';
    out.push(`${prefix}${line}${hard ? '\\' : ''}`.trimEnd() || prefix.trimEnd());
  });
  return out.join('\n');
}

/** A URL safe inside `<…>` as a link destination, or null when it is not http(s). */
function linkDestination(url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  return u.href.replace(/[<>\s()\\`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function day(iso: string): string {
  return iso.slice(0, 16).replace('T', ' ') + ' UTC';
}

function noteOrder(a: Note, b: Note): number {
  const pa = a.target ? a.target.position.start : -1;
  const pb = b.target ? b.target.position.start : -1;
  return pa - pb || (a.created < b.created ? -1 : a.created > b.created ? 1 : 0) || (a.id < b.id ? -1 : 1);
}

function renderNote(note: Note): string {
  const parts: string[] = [];
  if (note.kind === 'claim' && note.claimId) parts.push(`**Claim:** \`${note.claimId.replace(/`/g, '')}\``);
  if (note.target) parts.push(paragraphs(escapeLines(note.target.quote.exact), '> '));
  if (note.body !== '') parts.push(paragraphs(escapeLines(note.body), ''));
  if (note.tags.length > 0) parts.push(`**Tags:** ${note.tags.map((t) => escapeMarkdown(t)).join(', ')}`);
  const dates = note.modified !== note.created ? `${day(note.created)}, edited ${day(note.modified)}` : day(note.created);
  parts.push(`*${escapeMarkdown(dates)}*`);
  return parts.join('\n\n');
}

/**
 * Render notes as Markdown: one `##` section per page (title linked to the page, sorted by
 * title then URL), notes in reading order (page and claim notes first, then passages by
 * position), each with its quote as a blockquote, its text, tags and dates, separated by rules.
 */
export function notesToMarkdown(notes: readonly Note[], opts: MarkdownOptions = {}): string {
  const byPage = new Map<string, Note[]>();
  for (const n of notes) {
    const list = byPage.get(n.pageUrl);
    if (list) list.push(n);
    else byPage.set(n.pageUrl, [n]);
  }
  const pages = [...byPage.entries()].map(([url, list]) => {
    const title = list.map((n) => n.pageTitle).find((t) => t.trim() !== '') ?? '';
    return { url, title, list: [...list].sort(noteOrder) };
  });
  pages.sort((a, b) => a.title.localeCompare(b.title) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));

  const out: string[] = [`# ${escapeMarkdown(opts.title ?? 'Crosscheck notes')}`];
  for (const page of pages) {
    const text = escapeMarkdown(page.title.replace(/\s+/g, ' ').trim() || page.url);
    const dest = linkDestination(page.url);
    out.push(dest ? `## [${text}](<${dest}>)` : `## ${text}`);
    if (page.title.trim() !== '') out.push(escapeMarkdown(page.url));
    out.push(page.list.map(renderNote).join('\n\n---\n\n'));
  }
  return out.join('\n\n') + '\n';
}
