// The reader's note: one record shape shared by the background database, the sidebar, the
// exporters and the importer. Creation and updates go through here so every stored note obeys
// the same limits (body size, tag form) whichever path it came in by. Pure: the id generator
// and the clock are injected for tests.

import { isHttpUrl, normaliseUrl } from '../anchoring/url.ts';
import type { TextPositionSelector, TextQuoteSelector } from '../anchoring/selectors.ts';

export type NoteKind = 'passage' | 'claim';

export interface NoteTarget {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

export interface Note {
  /** Stable id: `note-<uuid>` for notes made here; imported notes keep or derive theirs. */
  id: string;
  /** 'passage': about a passage (or, without `target`, the page as a whole); 'claim': about a dataset claim. */
  kind: NoteKind;
  /** Normalised with `normaliseUrl`; always http(s). */
  pageUrl: string;
  pageTitle: string;
  /** Required for kind 'claim'. */
  claimId?: string;
  /** The annotated passage; absent for a note on the whole page. */
  target?: NoteTarget;
  /** Plain text, never markup. May be empty (a bare highlight or tags only). */
  body: string;
  /** Normalised: trimmed, lowercased, deduplicated, in first-seen order. */
  tags: string[];
  /** ISO 8601 (`Date#toISOString`). */
  created: string;
  modified: string;
}

export const NOTE_LIMITS = {
  /** Body length in UTF-16 code units. */
  body: 20_000,
  tag: 64,
  tags: 50,
  title: 1_000,
  url: 4_096,
  /** Quoted passage (TextQuoteSelector.exact). */
  quote: 20_000,
  /** TextQuoteSelector prefix/suffix. */
  context: 1_000,
  id: 200,
  claimId: 200,
} as const;

/** Note ids: `note-…` and imported ids share this grammar (safe in a URN and a file name). */
export const NOTE_ID_RE = /^[A-Za-z0-9][A-Za-z0-9._~-]{0,199}$/;
/** Claim ids as the dataset defines them (kebab-case), a little more permissive. */
export const CLAIM_ID_RE = /^[A-Za-z0-9][A-Za-z0-9._~-]{0,199}$/;

export type NoteResult = { ok: true; note: Note } | { ok: false; error: string };

export interface NoteDeps {
  /** Returns a fresh unique id; default `note-` + crypto.randomUUID(). */
  newId?: () => string;
  /** Returns the current time; default `new Date()`. */
  now?: () => Date | string;
}

export interface NewNoteInput {
  kind: NoteKind;
  pageUrl: string;
  /** The page's `<link rel="canonical">`, used when on the same site (see `normaliseUrl`). */
  canonicalUrl?: string | null;
  pageTitle?: string;
  claimId?: string;
  target?: NoteTarget;
  body?: string;
  tags?: readonly string[];
}

export interface NotePatch {
  body?: string;
  tags?: readonly string[];
  pageTitle?: string;
  target?: NoteTarget | null;
}

function defaultId(): string {
  const c = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto;
  if (c && typeof c.randomUUID === 'function') return `note-${c.randomUUID()}`;
  let s = '';
  for (let i = 0; i < 4; i++) s += Math.floor(Math.random() * 0x1_0000_0000).toString(16).padStart(8, '0');
  return `note-${s}`;
}

/** ISO form of a date, or null when it is invalid or outside years 0000–9999. */
export function toIsoDate(d: Date | string): string | null {
  const date = typeof d === 'string' ? new Date(d) : d;
  const t = date instanceof Date ? date.getTime() : NaN;
  if (!Number.isFinite(t)) return null;
  const iso = new Date(t).toISOString();
  return /^\d{4}-/.test(iso) ? iso : null;
}

/** A tag in stored form, or null when it is empty after trimming. Whitespace runs become one space. */
export function normaliseTag(tag: string): string | null {
  const t = tag.toLowerCase().normalize('NFC').trim().replace(/\s+/g, ' ');
  return t === '' ? null : t;
}

/** Normalise a tag list; refuses (with a message) tags over the length limit or too many tags. */
export function normaliseTags(tags: readonly string[]): { ok: true; tags: string[] } | { ok: false; error: string } {
  const out: string[] = [];
  for (const raw of tags) {
    if (typeof raw !== 'string') return { ok: false, error: 'tags must be strings' };
    const t = normaliseTag(raw);
    if (t === null || out.includes(t)) continue;
    if (t.length > NOTE_LIMITS.tag) return { ok: false, error: `tag "${t.slice(0, 20)}…" is longer than ${NOTE_LIMITS.tag} characters` };
    out.push(t);
  }
  if (out.length > NOTE_LIMITS.tags) return { ok: false, error: `a note can have at most ${NOTE_LIMITS.tags} tags` };
  return { ok: true, tags: out };
}

/** Null when the body is acceptable, else the reason it is refused. */
export function checkBody(body: string): string | null {
  if (typeof body !== 'string') return 'the note text must be a string';
  if (body.length > NOTE_LIMITS.body) {
    return `the note is too long (${body.length} characters; the limit is ${NOTE_LIMITS.body})`;
  }
  return null;
}

function checkTarget(target: NoteTarget): string | null {
  const { quote, position } = target;
  if (!quote || quote.type !== 'TextQuoteSelector' || typeof quote.exact !== 'string' || quote.exact === '') {
    return 'the passage has no quoted text';
  }
  if (quote.exact.length > NOTE_LIMITS.quote) return `the passage is longer than ${NOTE_LIMITS.quote} characters`;
  for (const k of ['prefix', 'suffix'] as const) {
    const v = quote[k];
    if (v !== undefined && (typeof v !== 'string' || v.length > NOTE_LIMITS.context)) return `the passage ${k} is invalid`;
  }
  if (
    !position ||
    position.type !== 'TextPositionSelector' ||
    !Number.isSafeInteger(position.start) ||
    !Number.isSafeInteger(position.end) ||
    position.start < 0 ||
    position.end < position.start
  ) {
    return 'the passage position is invalid';
  }
  return null;
}

function copyTarget(t: NoteTarget): NoteTarget {
  const quote: TextQuoteSelector = { type: 'TextQuoteSelector', exact: t.quote.exact };
  if (t.quote.prefix) quote.prefix = t.quote.prefix;
  if (t.quote.suffix) quote.suffix = t.quote.suffix;
  return { quote, position: { type: 'TextPositionSelector', start: t.position.start, end: t.position.end } };
}

/** Create a note, validating and normalising every field. */
export function createNote(input: NewNoteInput, deps: NoteDeps = {}): NoteResult {
  if (input.kind !== 'passage' && input.kind !== 'claim') return { ok: false, error: 'unknown note kind' };
  const pageUrl = normaliseUrl(input.pageUrl ?? '', input.canonicalUrl);
  if (!isHttpUrl(pageUrl)) return { ok: false, error: 'notes can only be attached to http(s) pages' };
  if (pageUrl.length > NOTE_LIMITS.url) return { ok: false, error: 'the page address is too long' };
  const pageTitle = (input.pageTitle ?? '').trim();
  if (pageTitle.length > NOTE_LIMITS.title) return { ok: false, error: `the page title is longer than ${NOTE_LIMITS.title} characters` };
  if (input.kind === 'claim' && (typeof input.claimId !== 'string' || !CLAIM_ID_RE.test(input.claimId))) {
    return { ok: false, error: 'a claim note needs a valid claim id' };
  }
  const body = (input.body ?? '').replace(/\r\n?/g, '\n');
  const bodyError = checkBody(body);
  if (bodyError) return { ok: false, error: bodyError };
  const tags = normaliseTags(input.tags ?? []);
  if (!tags.ok) return tags;
  if (input.target) {
    const e = checkTarget(input.target);
    if (e) return { ok: false, error: e };
  }
  const now = toIsoDate((deps.now ?? (() => new Date()))());
  if (!now) return { ok: false, error: 'the clock returned an invalid date' };
  const id = (deps.newId ?? defaultId)();
  if (!NOTE_ID_RE.test(id)) return { ok: false, error: 'the id generator returned an invalid id' };
  const note: Note = { id, kind: input.kind, pageUrl, pageTitle, body, tags: tags.tags, created: now, modified: now };
  if (input.kind === 'claim') note.claimId = input.claimId;
  if (input.target) note.target = copyTarget(input.target);
  return { ok: true, note };
}

/**
 * Apply an edit; `id`, `kind`, `pageUrl`, `claimId` and `created` never change. `modified`
 * becomes `now`. `target: null` removes the passage (the note becomes a page note).
 */
export function updateNote(note: Note, patch: NotePatch, now: Date | string): NoteResult {
  const modified = toIsoDate(now);
  if (!modified) return { ok: false, error: 'invalid modification date' };
  const next: Note = { ...note, tags: [...note.tags] };
  if (note.target) next.target = copyTarget(note.target);
  if (patch.body !== undefined) {
    const body = patch.body.replace(/\r\n?/g, '\n');
    const e = checkBody(body);
    if (e) return { ok: false, error: e };
    next.body = body;
  }
  if (patch.tags !== undefined) {
    const t = normaliseTags(patch.tags);
    if (!t.ok) return t;
    next.tags = t.tags;
  }
  if (patch.pageTitle !== undefined) {
    const title = patch.pageTitle.trim();
    if (title.length > NOTE_LIMITS.title) return { ok: false, error: `the page title is longer than ${NOTE_LIMITS.title} characters` };
    next.pageTitle = title;
  }
  if (patch.target === null) {
    delete next.target;
  } else if (patch.target !== undefined) {
    const e = checkTarget(patch.target);
    if (e) return { ok: false, error: e };
    next.target = copyTarget(patch.target);
  }
  next.modified = modified;
  return { ok: true, note: next };
}
