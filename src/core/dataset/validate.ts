// Runtime validator for the claims dataset. Pure TypeScript, no dependencies: takes untyped
// input (parsed JSON) and returns precise errors instead of throwing.
import type { Dataset } from './types.ts';

export interface ValidationError {
  /** Where: `claims[3].values[0].type`, `mentions[12].quote`. */
  path: string;
  /** The id of the record the error is in, when it has one. */
  id?: string;
  message: string;
}

export interface ValidateOptions {
  /**
   * Source texts keyed by source id. When given, every source with a `textFile` must have a
   * text and every mention's quote must be an exact substring of its source's text.
   */
  sourceTexts?: Record<string, string>;
}

export const SOURCE_KINDS = ['original', 'wire-copy', 'rewrite', 'republication', 'reference'] as const;
export const VALUE_TYPES = ['year', 'date', 'relative-date', 'number', 'name', 'attribution', 'phrase'] as const;
export const ENTITY_KINDS = ['organisation', 'person', 'place', 'product', 'government-body'] as const;
export const STANCES = ['supports', 'contradicts', 'qualifies'] as const;
export const CONFLICT_KINDS = ['value', 'date', 'number', 'attribution', 'statement', 'fact'] as const;
export const FAVOURS = ['a', 'b', 'neither'] as const;
/** Source kinds whose text is another source's: they must name it in `copies`. */
export const COPY_KINDS = ['wire-copy', 'republication'] as const;

const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

type Obj = Record<string, unknown>;

function isObj(x: unknown): x is Obj {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function describe(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'an array';
  if (typeof x === 'string') return `the string ${JSON.stringify(x.length > 40 ? `${x.slice(0, 40)}…` : x)}`;
  return `${typeof x} ${JSON.stringify(x)}`;
}

function isValidIsoDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

class Collector {
  readonly errors: ValidationError[] = [];
  add(path: string, id: string | undefined, message: string): void {
    const e: ValidationError = { path, message };
    if (id !== undefined) e.id = id;
    this.errors.push(e);
  }
  /** Required non-empty string. */
  str(o: Obj, key: string, path: string, id: string | undefined): string | undefined {
    const v = o[key];
    if (v === undefined) {
      this.add(`${path}.${key}`, id, `missing required field "${key}"`);
      return undefined;
    }
    if (typeof v !== 'string') {
      this.add(`${path}.${key}`, id, `"${key}" must be a string, got ${describe(v)}`);
      return undefined;
    }
    if (v.trim() === '') {
      this.add(`${path}.${key}`, id, `"${key}" must not be empty`);
      return undefined;
    }
    return v;
  }
  optStr(o: Obj, key: string, path: string, id: string | undefined): string | undefined {
    if (o[key] === undefined) return undefined;
    return this.str(o, key, path, id);
  }
  oneOf<T extends string>(o: Obj, key: string, allowed: readonly T[], path: string, id: string | undefined): T | undefined {
    const v = this.str(o, key, path, id);
    if (v === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(v)) {
      this.add(`${path}.${key}`, id, `"${key}" must be one of ${allowed.map((a) => `'${a}'`).join(', ')}, got '${v}'`);
      return undefined;
    }
    return v as T;
  }
  /** Optional array of non-empty strings. */
  strArray(o: Obj, key: string, path: string, id: string | undefined, required = false): string[] | undefined {
    const v = o[key];
    if (v === undefined) {
      if (required) this.add(`${path}.${key}`, id, `missing required field "${key}"`);
      return undefined;
    }
    if (!Array.isArray(v)) {
      this.add(`${path}.${key}`, id, `"${key}" must be an array of strings, got ${describe(v)}`);
      return undefined;
    }
    const out: string[] = [];
    v.forEach((x, i) => {
      if (typeof x !== 'string' || x.trim() === '') this.add(`${path}.${key}[${i}]`, id, `must be a non-empty string, got ${describe(x)}`);
      else out.push(x);
    });
    return out;
  }
  unknownKeys(o: Obj, allowed: readonly string[], path: string, id: string | undefined): void {
    for (const k of Object.keys(o)) {
      if (!allowed.includes(k)) this.add(`${path}.${k}`, id, `unknown field "${k}" (allowed: ${allowed.join(', ')})`);
    }
  }
}

interface Collection {
  items: Obj[];
  /** index in the input array for each item (non-objects are skipped). */
  index: number[];
  ids: Map<string, number>;
}

function collection(c: Collector, root: Obj, key: string): Collection {
  const out: Collection = { items: [], index: [], ids: new Map() };
  const v = root[key];
  if (!Array.isArray(v)) {
    c.add(key, undefined, v === undefined ? `missing required array "${key}"` : `"${key}" must be an array, got ${describe(v)}`);
    return out;
  }
  v.forEach((x, i) => {
    if (!isObj(x)) {
      c.add(`${key}[${i}]`, undefined, `must be an object, got ${describe(x)}`);
      return;
    }
    out.items.push(x);
    out.index.push(i);
    const id = x['id'];
    if (typeof id !== 'string' || id === '') {
      c.add(`${key}[${i}].id`, undefined, id === undefined ? 'missing required field "id"' : `"id" must be a non-empty string, got ${describe(id)}`);
      return;
    }
    if (!ID_RE.test(id)) c.add(`${key}[${i}].id`, id, `id '${id}' must be kebab-case (lowercase letters, digits and single hyphens)`);
    const prev = out.ids.get(id);
    if (prev !== undefined) c.add(`${key}[${i}].id`, id, `duplicate id '${id}' (also at ${key}[${prev}])`);
    else out.ids.set(id, i);
  });
  return out;
}

function idOf(o: Obj): string | undefined {
  return typeof o['id'] === 'string' ? o['id'] : undefined;
}

function checkValues(c: Collector, o: Obj, path: string, id: string | undefined, required: boolean): Map<string, string> {
  const keys = new Map<string, string>();
  const v = o['values'];
  if (v === undefined) {
    if (required) c.add(`${path}.values`, id, 'missing required field "values"');
    return keys;
  }
  if (!Array.isArray(v)) {
    c.add(`${path}.values`, id, `"values" must be an array, got ${describe(v)}`);
    return keys;
  }
  v.forEach((x, i) => {
    const p = `${path}.values[${i}]`;
    if (!isObj(x)) {
      c.add(p, id, `must be an object {key, type, value}, got ${describe(x)}`);
      return;
    }
    c.unknownKeys(x, ['key', 'type', 'value'], p, id);
    const key = c.str(x, 'key', p, id);
    const type = c.oneOf(x, 'type', VALUE_TYPES, p, id);
    const value = c.str(x, 'value', p, id);
    if (key !== undefined) {
      if (!ID_RE.test(key)) c.add(`${p}.key`, id, `value key '${key}' must be kebab-case`);
      if (keys.has(key)) c.add(`${p}.key`, id, `duplicate value key '${key}'`);
      else if (type !== undefined) keys.set(key, type);
    }
    if (type === 'year' && value !== undefined && !/^\d{4}$/.test(value)) c.add(`${p}.value`, id, `a 'year' value must be four digits, got '${value}'`);
  });
  return keys;
}

/** Where a quote stops matching its text, for a helpful message. */
function quoteMismatch(quote: string, text: string, sourceId: string): string {
  const norm = (s: string): string =>
    s
      .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
      .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
      .replace(/[\u2013\u2014]/g, '-')
      .replace(/\s+/g, ' ');
  const base = `quote is not an exact substring of the text of source '${sourceId}'`;
  if (norm(text).includes(norm(quote))) {
    return `${base}: it matches only after normalising quotes, dashes and whitespace — copy the exact characters (curly quotes ’ “ ”, non-breaking spaces, repeated spaces) from the source`;
  }
  // longest prefix of the quote found in the text
  let lo = 0;
  let hi = quote.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (text.includes(quote.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  if (lo === 0) return `${base}: not even its first character occurs in the text`;
  const ctx = quote.slice(Math.max(0, lo - 30), lo);
  return `${base}: the first ${lo} of ${quote.length} characters match (…${JSON.stringify(ctx)}), then the quote has ${JSON.stringify(quote.slice(lo, lo + 20))}`;
}

/**
 * Validates a dataset (typically parsed JSON). Returns every problem found; an empty list means
 * the input is a valid `Dataset`.
 */
export function validateDataset(input: unknown, opts: ValidateOptions = {}): ValidationError[] {
  const c = new Collector();
  if (!isObj(input)) {
    c.add('', undefined, `the dataset must be an object, got ${describe(input)}`);
    return c.errors;
  }
  c.unknownKeys(input, ['schemaVersion', 'topics', 'entities', 'sources', 'claims', 'mentions', 'conflicts'], '', undefined);
  if (input['schemaVersion'] !== 1) c.add('schemaVersion', undefined, `"schemaVersion" must be 1, got ${describe(input['schemaVersion'])}`);

  const topics = collection(c, input, 'topics');
  const entities = collection(c, input, 'entities');
  const sources = collection(c, input, 'sources');
  const claims = collection(c, input, 'claims');
  const mentions = collection(c, input, 'mentions');
  const conflicts = collection(c, input, 'conflicts');

  // ---- entities ----
  const aliasOwner = new Map<string, string>();
  entities.items.forEach((e, k) => {
    const path = `entities[${entities.index[k]}]`;
    const id = idOf(e);
    c.unknownKeys(e, ['id', 'name', 'aliases', 'kind', 'descriptors', 'products', 'partOf'], path, id);
    const parent = e['partOf'];
    if (parent !== undefined && (typeof parent !== 'string' || !entities.ids.has(parent) || parent === id)) {
      c.add(`${path}.partOf`, id, `partOf must be the id of another entity, not ${JSON.stringify(parent)}`);
    }
    const name = c.str(e, 'name', path, id);
    c.oneOf(e, 'kind', ENTITY_KINDS, path, id);
    c.strArray(e, 'descriptors', path, id, false);
    c.strArray(e, 'products', path, id, false);
    const aliases = c.strArray(e, 'aliases', path, id, true) ?? [];
    for (const [i, n] of [name, ...aliases].entries()) {
      if (n === undefined || id === undefined) continue;
      const lower = n.toLowerCase();
      const owner = aliasOwner.get(lower);
      const p = i === 0 ? `${path}.name` : `${path}.aliases[${i - 1}]`;
      if (owner !== undefined && owner !== id) c.add(p, id, `name or alias '${n}' is also used by entity '${owner}'`);
      else if (owner === id) c.add(p, id, `name or alias '${n}' is listed twice`);
      else aliasOwner.set(lower, id);
    }
  });

  // ---- topics ----
  topics.items.forEach((t, k) => {
    const path = `topics[${topics.index[k]}]`;
    const id = idOf(t);
    c.unknownKeys(t, ['id', 'name', 'description', 'entityIds'], path, id);
    c.str(t, 'name', path, id);
    c.str(t, 'description', path, id);
    const ents = c.strArray(t, 'entityIds', path, id, true) ?? [];
    if (t['entityIds'] !== undefined && ents.length === 0) c.add(`${path}.entityIds`, id, 'a topic needs at least one entity (its core entity first)');
    ents.forEach((e, i) => {
      if (!entities.ids.has(e)) c.add(`${path}.entityIds[${i}]`, id, `unknown entity '${e}'`);
    });
  });

  // ---- sources ----
  const sourceKind = new Map<string, string>();
  const sourceCopies = new Map<string, string>();
  const sourceText = new Map<string, string>();
  sources.items.forEach((s, k) => {
    const path = `sources[${sources.index[k]}]`;
    const id = idOf(s);
    c.unknownKeys(s, ['id', 'outlet', 'title', 'url', 'date', 'kind', 'copies', 'cites', 'textFile', 'domains'], path, id);
    c.str(s, 'outlet', path, id);
    c.str(s, 'title', path, id);
    const url = c.optStr(s, 'url', path, id);
    if (url !== undefined && !/^https?:\/\/[^\s/]+\.[^\s]+$/.test(url)) c.add(`${path}.url`, id, `url '${url}' must be an absolute http(s) URL`);
    const date = c.optStr(s, 'date', path, id);
    if (date !== undefined && !isValidIsoDate(date)) c.add(`${path}.date`, id, `date '${date}' must be a valid ISO date YYYY-MM-DD`);
    const kind = c.oneOf(s, 'kind', SOURCE_KINDS, path, id);
    if (id !== undefined && kind !== undefined) sourceKind.set(id, kind);
    const copies = c.optStr(s, 'copies', path, id);
    if (copies !== undefined) {
      if (!sources.ids.has(copies)) c.add(`${path}.copies`, id, `copies unknown source '${copies}'`);
      else if (copies === id) c.add(`${path}.copies`, id, 'a source cannot copy itself');
      else if (id !== undefined) sourceCopies.set(id, copies);
    }
    const isCopyKind = kind !== undefined && (COPY_KINDS as readonly string[]).includes(kind);
    if (isCopyKind && copies === undefined && s['copies'] === undefined) {
      c.add(`${path}.copies`, id, `a '${kind}' source must name the source whose text it carries in "copies"`);
    }
    if (kind !== undefined && !isCopyKind && copies !== undefined) {
      c.add(`${path}.copies`, id, `only ${COPY_KINDS.join(' and ')} sources copy another's text; a '${kind}' source should use "cites"`);
    }
    const cites = c.strArray(s, 'cites', path, id) ?? [];
    cites.forEach((x, i) => {
      if (!sources.ids.has(x)) c.add(`${path}.cites[${i}]`, id, `cites unknown source '${x}'`);
      else if (x === id) c.add(`${path}.cites[${i}]`, id, 'a source cannot cite itself');
    });
    const textFile = c.optStr(s, 'textFile', path, id);
    if (textFile !== undefined) {
      if (!/^[A-Za-z0-9._-]+\.txt$/.test(textFile)) c.add(`${path}.textFile`, id, `textFile '${textFile}' must be a plain .txt file name under src/data/sources/`);
      if (id !== undefined) {
        if (opts.sourceTexts) {
          const t = opts.sourceTexts[id];
          if (t === undefined) c.add(`${path}.textFile`, id, `source text file '${textFile}' is missing`);
          else sourceText.set(id, t);
        }
      }
    }
    if (kind === 'reference' && textFile === undefined) {
      c.add(`${path}.textFile`, id, 'a reference source needs a textFile holding the documented statement and where it is documented');
    }
    const domains = c.strArray(s, 'domains', path, id) ?? [];
    domains.forEach((d, i) => {
      if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(d)) c.add(`${path}.domains[${i}]`, id, `domain '${d}' must be a bare lowercase hostname like 'example.com'`);
    });
  });
  // copy cycles
  for (const [start] of sourceCopies) {
    const seen = new Set<string>([start]);
    let cur = sourceCopies.get(start);
    while (cur !== undefined) {
      if (seen.has(cur)) {
        const i = sources.ids.get(start);
        c.add(`sources[${i ?? '?'}].copies`, start, `"copies" forms a cycle through '${cur}'`);
        break;
      }
      seen.add(cur);
      cur = sourceCopies.get(cur);
    }
  }

  // ---- claims ----
  const claimValueKeys = new Map<string, Map<string, string>>();
  claims.items.forEach((cl, k) => {
    const path = `claims[${claims.index[k]}]`;
    const id = idOf(cl);
    c.unknownKeys(cl, ['id', 'text', 'topic', 'entities', 'values', 'paraphrases', 'entails'], path, id);
    const text = c.str(cl, 'text', path, id);
    const topic = c.str(cl, 'topic', path, id);
    if (topic !== undefined && !topics.ids.has(topic)) c.add(`${path}.topic`, id, `unknown topic '${topic}'`);
    const ents = c.strArray(cl, 'entities', path, id, true) ?? [];
    if (cl['entities'] !== undefined && Array.isArray(cl['entities']) && ents.length === 0) c.add(`${path}.entities`, id, 'a claim needs at least one entity');
    ents.forEach((e, i) => {
      if (!entities.ids.has(e)) c.add(`${path}.entities[${i}]`, id, `unknown entity '${e}'`);
    });
    const keys = checkValues(c, cl, path, id, true);
    if (id !== undefined) claimValueKeys.set(id, keys);
    const paras = c.strArray(cl, 'paraphrases', path, id) ?? [];
    const seenP = new Set<string>();
    paras.forEach((p, i) => {
      const l = p.toLowerCase().trim();
      if (text !== undefined && l === text.toLowerCase().trim()) c.add(`${path}.paraphrases[${i}]`, id, 'paraphrase repeats the claim text');
      if (seenP.has(l)) c.add(`${path}.paraphrases[${i}]`, id, `duplicate paraphrase '${p}'`);
      seenP.add(l);
    });
    const entails = c.strArray(cl, 'entails', path, id) ?? [];
    entails.forEach((e, i) => {
      if (!claims.ids.has(e)) c.add(`${path}.entails[${i}]`, id, `unknown claim '${e}'`);
      else if (e === id) c.add(`${path}.entails[${i}]`, id, 'a claim cannot entail itself');
      else if (entails.indexOf(e) !== i) c.add(`${path}.entails[${i}]`, id, `'${e}' is listed twice`);
    });
  });

  // ---- mentions ----
  const mentionClaim = new Map<string, string>();
  const mentionsPerClaim = new Map<string, number>();
  const contradictingSources = new Map<string, Set<string>>(); // claimId -> sources with a 'contradicts' mention
  mentions.items.forEach((m, k) => {
    const path = `mentions[${mentions.index[k]}]`;
    const id = idOf(m);
    c.unknownKeys(m, ['id', 'claimId', 'sourceId', 'quote', 'stance', 'attributedTo', 'values'], path, id);
    const claimId = c.str(m, 'claimId', path, id);
    const sourceId = c.str(m, 'sourceId', path, id);
    const quote = c.str(m, 'quote', path, id);
    const stance = c.oneOf(m, 'stance', STANCES, path, id);
    c.optStr(m, 'attributedTo', path, id);
    const keys = checkValues(c, m, path, id, false);
    if (claimId !== undefined) {
      if (!claims.ids.has(claimId)) c.add(`${path}.claimId`, id, `unknown claim '${claimId}'`);
      else {
        if (id !== undefined) mentionClaim.set(id, claimId);
        mentionsPerClaim.set(claimId, (mentionsPerClaim.get(claimId) ?? 0) + 1);
        const ck = claimValueKeys.get(claimId);
        for (const key of keys.keys()) {
          if (ck && !ck.has(key)) c.add(`${path}.values`, id, `value key '${key}' is not one of claim '${claimId}''s value keys (${[...ck.keys()].join(', ') || 'none'})`);
        }
        if (stance === 'contradicts' && sourceId !== undefined) {
          const set = contradictingSources.get(claimId) ?? new Set<string>();
          set.add(sourceId);
          contradictingSources.set(claimId, set);
        }
      }
    }
    if (sourceId !== undefined) {
      if (!sources.ids.has(sourceId)) c.add(`${path}.sourceId`, id, `unknown source '${sourceId}'`);
      else {
        const si = sources.ids.get(sourceId);
        const src = si === undefined ? undefined : (input['sources'] as unknown[])[si];
        const hasText = isObj(src) && typeof src['textFile'] === 'string';
        if (!hasText) c.add(`${path}.sourceId`, id, `source '${sourceId}' has no textFile, so the quote cannot be checked (quote the outlet whose text you have, and list '${sourceId}' in its "cites" or "copies")`);
        else if (quote !== undefined && opts.sourceTexts) {
          const text = sourceText.get(sourceId);
          if (text !== undefined && !text.includes(quote)) c.add(`${path}.quote`, id, quoteMismatch(quote, text, sourceId));
        }
      }
    }
  });
  claims.items.forEach((cl, k) => {
    const id = idOf(cl);
    if (id !== undefined && !mentionsPerClaim.has(id)) c.add(`claims[${claims.index[k]}]`, id, `claim '${id}' has no mentions (every claim needs at least one)`);
  });

  // ---- conflicts ----
  const pairs = new Map<string, string>();
  conflicts.items.forEach((x, k) => {
    const path = `conflicts[${conflicts.index[k]}]`;
    const id = idOf(x);
    c.unknownKeys(x, ['id', 'kind', 'a', 'b', 'reason', 'settledBy'], path, id);
    c.oneOf(x, 'kind', CONFLICT_KINDS, path, id);
    c.str(x, 'reason', path, id);
    const sides: Record<'a' | 'b', { claimId?: string; mentionId?: string }> = { a: {}, b: {} };
    for (const side of ['a', 'b'] as const) {
      const p = `${path}.${side}`;
      const v = x[side];
      if (!isObj(v)) {
        c.add(p, id, v === undefined ? `missing required field "${side}"` : `"${side}" must be an object {claimId, mentionId?}, got ${describe(v)}`);
        continue;
      }
      c.unknownKeys(v, ['claimId', 'mentionId'], p, id);
      const claimId = c.str(v, 'claimId', p, id);
      const mentionId = c.optStr(v, 'mentionId', p, id);
      if (claimId !== undefined && !claims.ids.has(claimId)) c.add(`${p}.claimId`, id, `unknown claim '${claimId}'`);
      if (mentionId !== undefined) {
        if (!mentions.ids.has(mentionId)) c.add(`${p}.mentionId`, id, `unknown mention '${mentionId}'`);
        else {
          const owner = mentionClaim.get(mentionId);
          if (claimId !== undefined && owner !== undefined && owner !== claimId) {
            c.add(`${p}.mentionId`, id, `mention '${mentionId}' belongs to claim '${owner}', not '${claimId}'`);
          }
        }
      }
      if (claimId !== undefined) sides[side].claimId = claimId;
      if (mentionId !== undefined) sides[side].mentionId = mentionId;
    }
    const { a, b } = sides;
    if (a.claimId !== undefined && b.claimId !== undefined) {
      if (a.claimId === b.claimId && (a.mentionId === undefined || b.mentionId === undefined || a.mentionId === b.mentionId)) {
        c.add(path, id, `both sides are claim '${a.claimId}': a conflict within one claim must name two different mentions`);
      }
      const ka = `${a.claimId}/${a.mentionId ?? '*'}`;
      const kb = `${b.claimId}/${b.mentionId ?? '*'}`;
      const pair = ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`;
      const prev = pairs.get(pair);
      if (prev !== undefined) c.add(path, id, `duplicates conflict '${prev}' (same two sides)`);
      else if (id !== undefined) pairs.set(pair, id);
    }
    const sb = x['settledBy'];
    if (sb !== undefined) {
      const p = `${path}.settledBy`;
      if (!isObj(sb)) c.add(p, id, `"settledBy" must be an object {sourceId, favours, note}, got ${describe(sb)}`);
      else {
        c.unknownKeys(sb, ['sourceId', 'favours', 'note'], p, id);
        const sid = c.str(sb, 'sourceId', p, id);
        const favours = c.oneOf(sb, 'favours', FAVOURS, p, id);
        c.str(sb, 'note', p, id);
        if (sid !== undefined) {
          if (!sources.ids.has(sid)) c.add(`${p}.sourceId`, id, `unknown source '${sid}'`);
          else if (sourceKind.get(sid) !== undefined && sourceKind.get(sid) !== 'reference') {
            c.add(`${p}.sourceId`, id, `a conflict can only be settled by a 'reference' source; '${sid}' is '${sourceKind.get(sid) ?? '?'}'`);
          }
        }
        // a settled conflict between two claims needs the reference's contradicting mention on the losing claim
        if (sid !== undefined && (favours === 'a' || favours === 'b') && a.claimId !== undefined && b.claimId !== undefined && a.claimId !== b.claimId) {
          const loser = favours === 'a' ? b.claimId : a.claimId;
          if (claims.ids.has(loser) && !contradictingSources.get(loser)?.has(sid)) {
            c.add(p, id, `settled in favour of side ${favours}, but claim '${loser}' has no 'contradicts' mention from '${sid}' (add one so the verdict can be derived)`);
          }
        }
      }
    }
  });

  return c.errors;
}

/** Narrowing helper: the input is a valid Dataset when there are no errors. */
export function isValidDataset(input: unknown, opts: ValidateOptions = {}): input is Dataset {
  return validateDataset(input, opts).length === 0;
}
