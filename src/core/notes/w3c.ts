// Notes in and out as W3C Web Annotation JSON-LD (https://www.w3.org/TR/annotation-model/), so
// a reader's notes are theirs to keep and move between tools. Export is an AnnotationCollection
// with one embedded AnnotationPage (the Web Annotation Protocol's container form, self-contained
// in one file). Import is strict and all-or-nothing: an import file is untrusted input (it may
// be truncated, from another tool, or crafted), so every record is checked and every problem is
// reported with its path before anything is returned.
//
// Mapping (documented choices):
// - id: `urn:crosscheck:note:<note id>`. Annotations from other tools keep a stable note id
//   derived from a hash of their own id (or, without one, of their content): `note-h<32 hex>`,
//   so importing the same file twice yields the same ids and the caller can upsert.
// - body: a TextualBody (format text/plain, purpose commenting) for the note text, one
//   TextualBody (purpose tagging) per tag. motivation: commenting | tagging | highlighting.
// - target: a SpecificResource { source: page URL, selector: [TextQuoteSelector,
//   TextPositionSelector], "dc:title": page title } ("dc" is a prefix anno.jsonld defines).
// - claim notes have a second target, the claim's IRI `urn:crosscheck:claim:<claim id>`: the
//   note is about both the page and the claim, which is what multiple targets mean in the model.

import { isHttpUrl, normaliseUrl } from '../anchoring/url.ts';
import type { TextPositionSelector, TextQuoteSelector } from '../anchoring/selectors.ts';
import { CLAIM_ID_RE, NOTE_ID_RE, NOTE_LIMITS, normaliseTags, type Note, type NoteTarget } from './model.ts';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const NOTE_URN = 'urn:crosscheck:note:';
export const CLAIM_URN = 'urn:crosscheck:claim:';
export const GENERATOR = { id: 'urn:crosscheck', type: 'Software', name: 'Crosscheck' } as const;

export const IMPORT_LIMITS = {
  /** Annotations per file. */
  items: 50_000,
  /** Characters of a JSON string given to `importAnnotations`. */
  jsonChars: 64 * 1024 * 1024,
  /** Any single string anywhere in the file. */
  anyString: 100_000,
  /** Nesting depth of the JSON. */
  depth: 32,
  /** Targets per annotation, selectors per target, bodies per annotation. */
  targets: 10,
  selectors: 20,
  bodies: 200,
  /** Error messages reported before summarising. */
  errors: 50,
} as const;

// ---------------------------------------------------------------------------------------------
// Export

export interface W3CTextualBody {
  type: 'TextualBody';
  value: string;
  format?: 'text/plain';
  purpose: 'commenting' | 'tagging';
}

export interface W3CPageTarget {
  source: string;
  'dc:title'?: string;
  selector?: [TextQuoteSelector, TextPositionSelector];
}

export interface W3CAnnotation {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'Annotation';
  created: string;
  modified: string;
  motivation: 'commenting' | 'tagging' | 'highlighting';
  body?: W3CTextualBody[];
  target: W3CPageTarget | [W3CPageTarget, string];
}

export interface W3CAnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  type: 'AnnotationCollection';
  label: string;
  generator: typeof GENERATOR;
  total: number;
  first: { type: 'AnnotationPage'; startIndex: 0; items: W3CAnnotation[] };
}

/** One note as a W3C Annotation. */
export function noteToAnnotation(note: Note): W3CAnnotation {
  const body: W3CTextualBody[] = [];
  if (note.body !== '') body.push({ type: 'TextualBody', value: note.body, format: 'text/plain', purpose: 'commenting' });
  for (const tag of note.tags) body.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  const page: W3CPageTarget = { source: note.pageUrl };
  if (note.pageTitle !== '') page['dc:title'] = note.pageTitle;
  if (note.target) {
    const q = note.target.quote;
    const quote: TextQuoteSelector = { type: 'TextQuoteSelector', exact: q.exact };
    if (q.prefix) quote.prefix = q.prefix;
    if (q.suffix) quote.suffix = q.suffix;
    const p = note.target.position;
    page.selector = [quote, { type: 'TextPositionSelector', start: p.start, end: p.end }];
  }
  const anno: W3CAnnotation = {
    '@context': ANNO_CONTEXT,
    id: NOTE_URN + note.id,
    type: 'Annotation',
    created: note.created,
    modified: note.modified,
    motivation: note.body !== '' ? 'commenting' : note.tags.length > 0 ? 'tagging' : 'highlighting',
    target: note.kind === 'claim' && note.claimId ? [page, CLAIM_URN + note.claimId] : page,
  };
  if (body.length > 0) anno.body = body;
  return anno;
}

/** Notes as one W3C AnnotationCollection with an embedded page; `JSON.stringify` it to save. */
export function exportAnnotations(notes: readonly Note[]): W3CAnnotationCollection {
  const items = notes.map(noteToAnnotation);
  return {
    '@context': ANNO_CONTEXT,
    type: 'AnnotationCollection',
    label: 'Crosscheck notes',
    generator: GENERATOR,
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
}

// ---------------------------------------------------------------------------------------------
// Import

export type ImportResult = { ok: true; notes: Note[] } | { ok: false; errors: string[] };

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Obj = { [k: string]: Json };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

class Errors {
  readonly list: string[] = [];
  add(path: string, msg: string): void {
    this.list.push(`${path}: ${msg}`);
  }
  get count(): number {
    return this.list.length;
  }
  result(): { ok: false; errors: string[] } {
    const max = IMPORT_LIMITS.errors;
    if (this.list.length <= max) return { ok: false, errors: this.list };
    return { ok: false, errors: [...this.list.slice(0, max), `…and ${this.list.length - max} more errors`] };
  }
}

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return 'a string';
  if (typeof v === 'object') return 'an object';
  return `a ${typeof v}`;
}

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function has(o: Obj, k: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, k);
}

function get(o: Obj, k: string): Json | undefined {
  return has(o, k) ? o[k] : undefined;
}

/**
 * Walk the whole value once: refuse prototype-pollution keys, over-long strings, too deep
 * nesting and values JSON cannot hold (functions, symbols, class instances).
 */
function scan(v: unknown, path: string, depth: number, errs: Errors): void {
  if (errs.count >= IMPORT_LIMITS.errors * 2) return;
  if (depth > IMPORT_LIMITS.depth) {
    errs.add(path, `nested deeper than ${IMPORT_LIMITS.depth} levels`);
    return;
  }
  if (typeof v === 'string') {
    if (v.length > IMPORT_LIMITS.anyString) errs.add(path, `string longer than ${IMPORT_LIMITS.anyString} characters`);
    return;
  }
  if (v === null || typeof v === 'boolean') return;
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) errs.add(path, 'not a finite number');
    return;
  }
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) scan(v[i], `${path}[${i}]`, depth + 1, errs);
    return;
  }
  if (typeof v === 'object') {
    const proto = Object.getPrototypeOf(v) as unknown;
    if (proto !== Object.prototype && proto !== null) {
      errs.add(path || 'root', 'not plain JSON data');
      return;
    }
    for (const k of Object.keys(v)) {
      const p = path ? `${path}.${k}` : k;
      if (FORBIDDEN_KEYS.has(k)) {
        errs.add(p, `forbidden key "${k}"`);
        continue;
      }
      scan((v as Record<string, unknown>)[k], p, depth + 1, errs);
    }
    return;
  }
  errs.add(path || 'root', `${typeof v} is not JSON data`);
}

/** 128-bit non-cryptographic hash (four FNV-1a/murmur-mixed lanes), 32 hex digits. */
export function stableHash(s: string): string {
  const seeds = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b];
  let out = '';
  for (const seed of seeds) {
    let h = seed >>> 0;
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
      h ^= h >>> 13;
    }
    h ^= s.length;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    h ^= h >>> 16;
    out += (h >>> 0).toString(16).padStart(8, '0');
  }
  return out;
}

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)$/;

/**
 * Parse an xsd:dateTime / ISO 8601 date-time with a zone (`2024-05-01T10:00:00Z`,
 * `2019-01-01T12:00:00.123456+00:00`) into `Date#toISOString` form, or null. Parsed by hand so
 * every engine agrees.
 */
export function parseIsoDateTime(s: string): string | null {
  const m = ISO_RE.exec(s);
  if (!m) return null;
  const [, y, mo, d, h, mi, sec = '0', frac = '0', zone = 'Z'] = m;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(sec);
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
  const ms = Number(frac.padEnd(3, '0').slice(0, 3)); // truncated to milliseconds
  const probe = new Date(0);
  probe.setUTCFullYear(year, month - 1, day); // unlike Date.UTC, keeps years 0–99 as written
  probe.setUTCHours(hour, minute, second, ms);
  if (probe.getUTCDate() !== day || probe.getUTCMonth() !== month - 1) return null; // 31 Feb
  let offset = 0;
  if (zone !== 'Z') {
    const zm = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
    if (!zm) return null;
    const zh = Number(zm[2]);
    const zmin = Number(zm[3] ?? '0');
    if (zh > 23 || zmin > 59) return null;
    offset = (zm[1] === '-' ? -1 : 1) * (zh * 60 + zmin) * 60_000;
  }
  const iso = new Date(probe.getTime() - offset).toISOString();
  return /^\d{4}-/.test(iso) ? iso : null;
}

function isAnnoContext(c: Json | undefined): boolean {
  const ok = (x: Json | undefined): boolean =>
    x === ANNO_CONTEXT || x === 'https://www.w3.org/ns/anno.jsonld';
  if (Array.isArray(c)) return c.some(ok);
  return ok(c);
}

function hasType(o: Obj, type: string): boolean {
  const t = get(o, 'type');
  return t === type || (Array.isArray(t) && t.includes(type));
}

interface PageTargetOut {
  url: string;
  title: string;
  target?: NoteTarget;
}

function readSelectors(sel: Json, path: string, errs: Errors): NoteTarget | undefined {
  const list = Array.isArray(sel) ? sel : [sel];
  if (list.length > IMPORT_LIMITS.selectors) {
    errs.add(path, `more than ${IMPORT_LIMITS.selectors} selectors`);
    return undefined;
  }
  let quote: TextQuoteSelector | undefined;
  let position: TextPositionSelector | undefined;
  let bad = false;
  list.forEach((s, i) => {
    const p = Array.isArray(sel) ? `${path}[${i}]` : path;
    if (!isObj(s)) {
      errs.add(p, `must be an object (a selector), got ${typeName(s)}`);
      bad = true;
      return;
    }
    const type = get(s, 'type');
    if (typeof type !== 'string') {
      errs.add(`${p}.type`, 'must be a string naming the selector type');
      bad = true;
      return;
    }
    if (type === 'TextQuoteSelector') {
      if (quote) {
        errs.add(p, 'more than one TextQuoteSelector');
        bad = true;
        return;
      }
      const exact = get(s, 'exact');
      if (typeof exact !== 'string' || exact === '') {
        errs.add(`${p}.exact`, 'must be a non-empty string');
        bad = true;
      } else if (exact.length > NOTE_LIMITS.quote) {
        errs.add(`${p}.exact`, `longer than ${NOTE_LIMITS.quote} characters`);
        bad = true;
      }
      const q: TextQuoteSelector = { type: 'TextQuoteSelector', exact: typeof exact === 'string' ? exact : '' };
      for (const k of ['prefix', 'suffix'] as const) {
        const v = get(s, k);
        if (v === undefined) continue;
        if (typeof v !== 'string') {
          errs.add(`${p}.${k}`, 'must be a string');
          bad = true;
        } else if (v.length > NOTE_LIMITS.context) {
          errs.add(`${p}.${k}`, `longer than ${NOTE_LIMITS.context} characters`);
          bad = true;
        } else if (v !== '') {
          q[k] = v;
        }
      }
      quote = q;
    } else if (type === 'TextPositionSelector') {
      if (position) {
        errs.add(p, 'more than one TextPositionSelector');
        bad = true;
        return;
      }
      const start = get(s, 'start');
      const end = get(s, 'end');
      let okNums = true;
      for (const [k, v] of [['start', start], ['end', end]] as const) {
        if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) {
          errs.add(`${p}.${k}`, 'must be a non-negative integer');
          okNums = false;
        }
      }
      if (okNums && (start as number) > (end as number)) {
        errs.add(p, `start (${String(start)}) is after end (${String(end)})`);
        okNums = false;
      }
      if (!okNums) bad = true;
      position = { type: 'TextPositionSelector', start: Number(start), end: Number(end) };
    }
    // Other selector types (RangeSelector, XPathSelector, CssSelector, FragmentSelector…) are
    // valid W3C but cannot locate text in our extracted page text: ignored.
  });
  if (bad) return undefined;
  if (!quote) {
    if (position) errs.add(path, 'a TextPositionSelector without a TextQuoteSelector cannot be re-anchored');
    return undefined;
  }
  // Without stored offsets the passage is found by its quote alone (position 0–0 is only a hint).
  return { quote, position: position ?? { type: 'TextPositionSelector', start: 0, end: 0 } };
}

function readHttpUrl(v: Json | undefined, path: string, errs: Errors): string | null {
  if (typeof v !== 'string' || !isHttpUrl(v.trim())) {
    errs.add(path, 'must be an http(s) URL');
    return null;
  }
  if (v.length > NOTE_LIMITS.url) {
    errs.add(path, `longer than ${NOTE_LIMITS.url} characters`);
    return null;
  }
  return normaliseUrl(v);
}

function readTargets(
  t: Json | undefined,
  path: string,
  errs: Errors,
): { page: PageTargetOut; claimId?: string } | null {
  if (t === undefined) {
    errs.add(path, 'missing (every annotation needs a target)');
    return null;
  }
  const list = Array.isArray(t) ? t : [t];
  if (list.length === 0 || list.length > IMPORT_LIMITS.targets) {
    errs.add(path, `must hold 1 to ${IMPORT_LIMITS.targets} targets`);
    return null;
  }
  const before = errs.count;
  let page: PageTargetOut | undefined;
  let claimId: string | undefined;
  list.forEach((item, i) => {
    const p = Array.isArray(t) ? `${path}[${i}]` : path;
    const iri = typeof item === 'string' ? item : isObj(item) && !has(item, 'source') ? get(item, 'id') : undefined;
    if (typeof iri === 'string' && iri.startsWith(CLAIM_URN)) {
      const id = iri.slice(CLAIM_URN.length);
      if (!CLAIM_ID_RE.test(id)) errs.add(p, 'invalid claim id');
      else if (claimId !== undefined) errs.add(p, 'more than one claim target');
      else claimId = id;
      return;
    }
    let out: PageTargetOut | undefined;
    if (typeof item === 'string' || (isObj(item) && !has(item, 'source'))) {
      const url = readHttpUrl(iri, typeof item === 'string' ? p : `${p}.id`, errs);
      if (url) out = { url, title: '' };
    } else if (isObj(item)) {
      const src = get(item, 'source');
      const srcIri = isObj(src) ? get(src, 'id') : src;
      const url = readHttpUrl(srcIri, isObj(src) ? `${p}.source.id` : `${p}.source`, errs);
      const titleV = get(item, 'dc:title');
      let title = '';
      if (titleV !== undefined) {
        if (typeof titleV !== 'string') errs.add(`${p}.dc:title`, 'must be a string');
        else if (titleV.trim().length > NOTE_LIMITS.title) errs.add(`${p}.dc:title`, `longer than ${NOTE_LIMITS.title} characters`);
        else title = titleV.trim();
      }
      const sel = get(item, 'selector');
      const target = sel === undefined ? undefined : readSelectors(sel, `${p}.selector`, errs);
      if (url) {
        out = { url, title };
        if (target) out.target = target;
      }
    } else {
      errs.add(p, `must be a URL or an object, got ${typeName(item)}`);
    }
    if (out) {
      if (page) errs.add(p, 'more than one page target (not supported)');
      else page = out;
    }
  });
  if (errs.count > before) return null;
  if (!page) {
    errs.add(path, 'no http(s) page among the targets');
    return null;
  }
  return claimId === undefined ? { page } : { page, claimId };
}

function readBodies(a: Obj, path: string, errs: Errors): { body: string; tags: string[] } | null {
  const before = errs.count;
  const comments: string[] = [];
  const rawTags: string[] = [];
  const bodyValue = get(a, 'bodyValue');
  if (bodyValue !== undefined) {
    if (typeof bodyValue !== 'string') errs.add(`${path}.bodyValue`, 'must be a string');
    else comments.push(bodyValue);
  }
  const body = get(a, 'body');
  if (body !== undefined) {
    const list = Array.isArray(body) ? body : [body];
    if (list.length > IMPORT_LIMITS.bodies) errs.add(`${path}.body`, `more than ${IMPORT_LIMITS.bodies} bodies`);
    else
      list.forEach((b, i) => {
        const p = Array.isArray(body) ? `${path}.body[${i}]` : `${path}.body`;
        if (!isObj(b)) {
          errs.add(p, `must be a TextualBody object, got ${typeName(b)}`);
          return;
        }
        const type = get(b, 'type');
        if (type !== undefined && type !== 'TextualBody') {
          errs.add(`${p}.type`, 'only TextualBody bodies are supported');
          return;
        }
        const value = get(b, 'value');
        if (typeof value !== 'string') {
          errs.add(`${p}.value`, 'must be a string');
          return;
        }
        const format = get(b, 'format');
        if (format !== undefined && typeof format !== 'string') errs.add(`${p}.format`, 'must be a string');
        const purpose = get(b, 'purpose');
        if (purpose !== undefined && typeof purpose !== 'string') {
          errs.add(`${p}.purpose`, 'must be a string');
          return;
        }
        if (purpose === 'tagging') {
          if (value.trim().length > NOTE_LIMITS.tag) errs.add(`${p}.value`, `tag longer than ${NOTE_LIMITS.tag} characters`);
          else rawTags.push(value);
        } else {
          comments.push(value);
        }
      });
  }
  if (errs.count > before) return null;
  const text = comments.join('\n\n').replace(/\r\n?/g, '\n');
  if (text.length > NOTE_LIMITS.body) {
    errs.add(`${path}.body`, `note text longer than ${NOTE_LIMITS.body} characters`);
    return null;
  }
  const tags = normaliseTags(rawTags);
  if (!tags.ok) {
    errs.add(`${path}.body`, tags.error);
    return null;
  }
  return { body: text, tags: tags.tags };
}

function readDate(v: Json | undefined, path: string, errs: Errors): string | null {
  if (v === undefined) {
    errs.add(path, 'missing');
    return null;
  }
  const iso = typeof v === 'string' ? parseIsoDateTime(v) : null;
  if (!iso) errs.add(path, 'must be an ISO 8601 date-time with a time zone, e.g. 2024-05-01T10:00:00Z');
  return iso;
}

function readAnnotation(a: Json, path: string, rootHasContext: boolean, errs: Errors): { note: Note; key: string } | null {
  if (!isObj(a)) {
    errs.add(path, `must be an object (an Annotation), got ${typeName(a)}`);
    return null;
  }
  const before = errs.count;
  if (!hasType(a, 'Annotation')) errs.add(`${path}.type`, 'must be "Annotation"');
  const ctx = get(a, '@context');
  if (ctx !== undefined ? !isAnnoContext(ctx) : !rootHasContext) {
    errs.add(`${path}.@context`, `must be "${ANNO_CONTEXT}"`);
  }
  const rawId = get(a, 'id');
  let id: string | undefined;
  if (rawId !== undefined) {
    if (typeof rawId !== 'string' || rawId === '' || rawId.length > 2048) {
      errs.add(`${path}.id`, 'must be a non-empty string of at most 2048 characters');
    } else if (rawId.startsWith(NOTE_URN)) {
      const own = rawId.slice(NOTE_URN.length);
      if (NOTE_ID_RE.test(own)) id = own;
      else errs.add(`${path}.id`, 'invalid Crosscheck note id');
    } else {
      id = `note-h${stableHash(rawId)}`;
    }
  }
  const motivation = get(a, 'motivation');
  if (motivation !== undefined) {
    const ms = Array.isArray(motivation) ? motivation : [motivation];
    if (!ms.every((m) => typeof m === 'string' && m.length > 0 && m.length <= 200)) {
      errs.add(`${path}.motivation`, 'must be a motivation name or a list of them');
    }
  }
  const created = readDate(get(a, 'created'), `${path}.created`, errs);
  const modifiedRaw = get(a, 'modified');
  const modified = modifiedRaw === undefined ? created : readDate(modifiedRaw, `${path}.modified`, errs);
  const bodies = readBodies(a, path, errs);
  const targets = readTargets(get(a, 'target'), `${path}.target`, errs);
  if (errs.count > before || !created || !modified || !bodies || !targets) return null;

  const { page, claimId } = targets;
  if (id === undefined) {
    // No id of its own: derive one from what identifies it, so re-imports stay stable.
    id = `note-h${stableHash(JSON.stringify([page.url, page.target?.quote.exact ?? '', claimId ?? '', bodies.body, created]))}`;
  }
  const note: Note = {
    id,
    kind: claimId !== undefined ? 'claim' : 'passage',
    pageUrl: page.url,
    pageTitle: page.title,
    body: bodies.body,
    tags: bodies.tags,
    created,
    modified,
  };
  if (claimId !== undefined) note.claimId = claimId;
  if (page.target) note.target = page.target;
  return { note, key: typeof rawId === 'string' ? rawId : id };
}

function locateItems(root: Json, errs: Errors): { items: Json[]; rootHasContext: boolean } | null {
  if (Array.isArray(root)) return { items: root, rootHasContext: false };
  if (!isObj(root)) {
    errs.add('root', `must be a W3C AnnotationCollection, AnnotationPage, Annotation or an array of Annotations, got ${typeName(root)}`);
    return null;
  }
  const rootHasContext = isAnnoContext(get(root, '@context'));
  if (hasType(root, 'AnnotationCollection')) {
    if (!rootHasContext) errs.add('@context', `must be "${ANNO_CONTEXT}"`);
    const first = get(root, 'first');
    if (typeof first === 'string') {
      errs.add('first', 'the collection refers to a remote page; only collections with an embedded page can be imported');
      return null;
    }
    if (!isObj(first) || !hasType(first, 'AnnotationPage')) {
      errs.add('first', 'must be an embedded AnnotationPage');
      return null;
    }
    if (get(first, 'next') !== undefined) {
      errs.add('first.next', 'collections split over several pages are not supported');
      return null;
    }
    const items = get(first, 'items');
    if (!Array.isArray(items)) {
      errs.add('first.items', `must be an array of Annotations, got ${items === undefined ? 'nothing' : typeName(items)}`);
      return null;
    }
    const total = get(root, 'total');
    if (total !== undefined && total !== items.length) {
      errs.add('total', `says ${JSON.stringify(total)} annotations but first.items holds ${items.length} (truncated or edited file?)`);
      return null;
    }
    return { items, rootHasContext };
  }
  if (hasType(root, 'AnnotationPage')) {
    const items = get(root, 'items');
    if (!Array.isArray(items)) {
      errs.add('items', 'must be an array of Annotations');
      return null;
    }
    return { items, rootHasContext };
  }
  if (hasType(root, 'Annotation')) return { items: [root], rootHasContext: false };
  if (has(root, 'claims') || has(root, 'schemaVersion') || has(root, 'mentions')) {
    errs.add('root', 'this is a claims dataset, not a notes export');
  } else if (Array.isArray(get(root, 'annotations')) || has(root, 'export_date')) {
    errs.add('root', "this is a Hypothesis export in Hypothesis's own format; export W3C Web Annotations (JSON-LD) instead");
  } else {
    errs.add('root', 'not a W3C Web Annotation file (expected type AnnotationCollection, AnnotationPage or Annotation)');
  }
  return null;
}

function parseJsonText(s: string, errs: Errors): { value: Json } | null {
  if (s.length > IMPORT_LIMITS.jsonChars) {
    errs.add('root', `file too large (${s.length} characters; the limit is ${IMPORT_LIMITS.jsonChars})`);
    return null;
  }
  const text = s.replace(/^\uFEFF/, '');
  try {
    return { value: JSON.parse(text) as Json };
  } catch (e) {
    const trimmed = text.trimStart();
    if (trimmed.startsWith('<')) {
      errs.add('root', 'not JSON: this looks like an HTML or XML file');
      return null;
    }
    const msg = e instanceof Error ? e.message : String(e);
    const m = /position (\d+)/.exec(msg);
    const pos = m ? Number(m[1]) : /end of (JSON )?input|unterminated|unexpected end/i.test(msg) ? text.length : null;
    errs.add('root', `not valid JSON (truncated?)${pos === null ? '' : ` at position ${pos}`}`);
    return null;
  }
}

/**
 * Validate and convert a W3C Web Annotation file (a JSON string or its parsed value) into
 * notes. Accepts an AnnotationCollection with an embedded first page, an AnnotationPage, a
 * single Annotation or an array of Annotations. All-or-nothing: any problem refuses the whole
 * file, listing each problem as `<path>: <what is wrong>`, where `items[i]` is the i-th
 * annotation whatever the container. Imported notes' ids are stable across imports.
 */
export function importAnnotations(json: unknown): ImportResult {
  const errs = new Errors();
  let root: unknown = json;
  if (typeof json === 'string') {
    const parsed = parseJsonText(json, errs);
    if (!parsed) return errs.result();
    root = parsed.value;
  }
  if (root === undefined) {
    errs.add('root', 'nothing to import');
    return errs.result();
  }
  if (Array.isArray(root) && root.length > IMPORT_LIMITS.items) {
    errs.add('root', `more than ${IMPORT_LIMITS.items} annotations`);
    return errs.result();
  }
  // Locate first (own-property reads only, safe on hostile input) so the item count is
  // checked before walking everything; then walk everything once for hostile content.
  const located = locateItems(root as Json, errs);
  if (!located) return errs.result();
  const { items, rootHasContext } = located;
  if (items.length > IMPORT_LIMITS.items) {
    errs.add('root', `more than ${IMPORT_LIMITS.items} annotations`);
    return errs.result();
  }
  scan(root, '', 0, errs);
  if (errs.count > 0) return errs.result();
  const notes: Note[] = [];
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    if (errs.count >= IMPORT_LIMITS.errors * 2) return;
    const r = readAnnotation(item, `items[${i}]`, rootHasContext, errs);
    if (!r) return;
    const prev = seen.get(r.note.id);
    if (prev !== undefined) {
      errs.add(`items[${i}].id`, `same note id as items[${prev}]`);
      return;
    }
    seen.set(r.note.id, i);
    notes.push(r.note);
  });
  if (errs.count > 0) return errs.result();
  return { ok: true, notes };
}
