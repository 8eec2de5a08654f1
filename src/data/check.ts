// The logic behind `npm run claims:check`: validates the dataset with its source texts, checks
// the editorial rules the schema cannot express, and renders a summary. Pure (no fs): the script
// loads the data and texts and passes them in, so tests can run it on broken copies.
import type { Dataset } from '../core/dataset/types.ts';
import { validateDataset, type ValidationError } from '../core/dataset/validate.ts';
import { buildClaimViews } from '../core/dataset/derive.ts';
import type { GateTopic } from './gate-topics.ts';

export type DatasetFiles = Record<'topics' | 'entities' | 'sources' | 'claims' | 'mentions' | 'conflicts', string>;

export interface CheckInput {
  dataset: unknown;
  /** Source texts keyed by source id. */
  sourceTexts: Record<string, string>;
  gateTopics: GateTopic[];
  /** Which file each collection lives in (for error messages). */
  files: DatasetFiles;
  /** .txt files present in src/data/sources/ (to catch stray or misnamed fixtures). */
  sourceFileNames?: string[];
  /** Directory of the source texts, for messages. */
  sourcesDir?: string;
}

export interface CheckResult {
  ok: boolean;
  /** One precise line per problem: "<file>: <path> (<id>): <message>". */
  errors: string[];
  /** The human summary (only when there are no errors). */
  summary: string;
  counts: { topics: number; entities: number; sources: number; claims: number; mentions: number; conflicts: number };
}

/** Editorial rules for the bundled data. */
export const MIN_PARAPHRASES = 2;
export const MAX_PARAPHRASES = 4;
export const MIN_CLAIMS_PER_SEED = 8;
export const SEED_PREFIX = 'seed-';

export function formatError(e: ValidationError, files: DatasetFiles): string {
  const collection = e.path.split(/[.[]/)[0] ?? '';
  const file = collection in files ? files[collection as keyof DatasetFiles] : 'dataset';
  return `${file}: ${e.path || '(root)'}${e.id !== undefined ? ` (${e.id})` : ''}: ${e.message}`;
}

/** Rules beyond the schema; run only on a schema-valid dataset. */
export function policyErrors(ds: Dataset, gateTopics: GateTopic[], sourceFileNames?: string[]): ValidationError[] {
  const errors: ValidationError[] = [];
  ds.claims.forEach((c, i) => {
    const n = c.paraphrases?.length ?? 0;
    if (n < MIN_PARAPHRASES || n > MAX_PARAPHRASES) {
      errors.push({ path: `claims[${i}].paraphrases`, id: c.id, message: `has ${n} paraphrases; write ${MIN_PARAPHRASES}–${MAX_PARAPHRASES} in words different from the sources` });
    }
  });
  // every seed relates to enough claims
  const claimsBySource = new Map<string, Set<string>>();
  for (const m of ds.mentions) {
    const set = claimsBySource.get(m.sourceId) ?? new Set<string>();
    set.add(m.claimId);
    claimsBySource.set(m.sourceId, set);
  }
  ds.sources.forEach((s, i) => {
    const n = claimsBySource.get(s.id)?.size ?? 0;
    if (s.id.startsWith(SEED_PREFIX) && n < MIN_CLAIMS_PER_SEED) {
      errors.push({ path: `sources[${i}]`, id: s.id, message: `seed relates to ${n} claims; every seed must relate to at least ${MIN_CLAIMS_PER_SEED}` });
    }
    if (s.textFile !== undefined && n === 0) {
      errors.push({ path: `sources[${i}]`, id: s.id, message: 'source has a text file but no mentions' });
    }
  });
  // stray fixtures
  if (sourceFileNames) {
    const used = new Set(ds.sources.map((s) => s.textFile).filter((f): f is string => f !== undefined));
    for (const f of sourceFileNames) {
      if (!used.has(f)) errors.push({ path: 'sources', message: `src/data/sources/${f} is not the textFile of any source` });
    }
  }
  // the content script's gate agrees with the dataset
  const topicById = new Map(ds.topics.map((t) => [t.id, t]));
  const entityById = new Map(ds.entities.map((e) => [e.id, e]));
  for (const [gi, g] of gateTopics.entries()) {
    const where = `src/data/gate-topics.ts gateTopics[${gi}]`;
    const t = topicById.get(g.id);
    if (!t) {
      errors.push({ path: 'topics', id: g.id, message: `${where}: gate topic '${g.id}' has no dataset topic` });
      continue;
    }
    if (t.name !== g.name) errors.push({ path: 'topics', id: g.id, message: `${where}: name '${g.name}' differs from the dataset topic's '${t.name}'` });
    const terms = new Set(g.terms.map((x) => x.toLowerCase()));
    const related = new Set(g.related.map((x) => x.toLowerCase()));
    const core = entityById.get(t.entityIds[0] ?? '');
    if (core) {
      for (const n of [core.name, ...core.aliases]) {
        if (!terms.has(n.toLowerCase())) errors.push({ path: 'entities', id: core.id, message: `${where}: core entity name or alias '${n}' is missing from the gate's terms` });
      }
      const coreNames = new Set([core.name, ...core.aliases].map((x) => x.toLowerCase()));
      for (const term of g.terms) {
        if (!coreNames.has(term.toLowerCase())) errors.push({ path: 'entities', id: core.id, message: `${where}: gate term '${term}' is not a name or alias of entity '${core.id}' (add it to the entity's aliases)` });
      }
    }
    for (const r of g.related) {
      const known = t.entityIds.some((id) => {
        const e = entityById.get(id);
        return e !== undefined && [e.name, ...e.aliases].some((n) => n.toLowerCase() === r.toLowerCase());
      });
      if (!known && !GENERIC_RELATED.has(r.toLowerCase())) {
        errors.push({ path: 'topics', id: g.id, message: `${where}: related term '${r}' is not a name or alias of any entity of topic '${g.id}'` });
      }
    }
    void related;
  }
  for (const t of ds.topics) {
    if (!gateTopics.some((g) => g.id === t.id)) errors.push({ path: 'topics', id: t.id, message: `topic '${t.id}' has no entry in src/data/gate-topics.ts` });
  }
  return errors;
}

/** Related gate terms that are subject words, not entity names. */
const GENERIC_RELATED = new Set(['antivirus', 'anti-virus', 'cybersecurity']);

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

export function renderSummary(ds: Dataset): string {
  const views = buildClaimViews(ds);
  const lines: string[] = [];
  const byVerdict = new Map<string, number>();
  for (const v of views.values()) byVerdict.set(v.verdict, (byVerdict.get(v.verdict) ?? 0) + 1);
  const kinds = new Map<string, number>();
  for (const s of ds.sources) kinds.set(s.kind, (kinds.get(s.kind) ?? 0) + 1);
  lines.push('claims:check OK');
  lines.push(
    `  ${ds.claims.length} claims, ${ds.mentions.length} mentions, ${ds.conflicts.length} conflicts, ${ds.sources.length} sources (${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}), ${ds.entities.length} entities, ${ds.topics.length} topic${ds.topics.length === 1 ? '' : 's'}`,
  );
  lines.push(`  verdicts: ${['corroborated', 'contested', 'contradicted', 'single-source'].map((v) => `${byVerdict.get(v) ?? 0} ${v}`).join(', ')}`);
  lines.push('');
  const idW = Math.max(5, ...ds.claims.map((c) => c.id.length));
  lines.push(`  ${pad('claim', idW)}  ${pad('verdict', 13)}  indep/total  text`);
  for (const c of ds.claims) {
    const v = views.get(c.id);
    if (!v) continue;
    const counts = `${v.independentCount}/${v.totalCount}`;
    lines.push(`  ${pad(c.id, idW)}  ${pad(v.verdict, 13)}  ${pad(counts, 11)}  ${c.text}`);
  }
  lines.push('');
  lines.push('  conflicts:');
  const outlets = new Map(ds.sources.map((s) => [s.id, s.outlet]));
  for (const x of ds.conflicts) {
    const settled = x.settledBy ? ` [settled by ${outlets.get(x.settledBy.sourceId) ?? x.settledBy.sourceId}: favours ${x.settledBy.favours}]` : ' [unsettled]';
    const side = (s: { claimId: string; mentionId?: string }): string => (s.mentionId ? `${s.claimId}#${s.mentionId}` : s.claimId);
    lines.push(`  - ${x.id} (${x.kind}): ${x.reason}`);
    lines.push(`      ${side(x.a)}  vs  ${side(x.b)}${settled}`);
  }
  return lines.join('\n');
}

export function runClaimsCheck(input: CheckInput): CheckResult {
  const errors = validateDataset(input.dataset, { sourceTexts: input.sourceTexts });
  let ds: Dataset | undefined;
  if (errors.length === 0) {
    ds = input.dataset as Dataset;
    errors.push(...policyErrors(ds, input.gateTopics, input.sourceFileNames));
  }
  const d = input.dataset as Partial<Record<string, unknown>> | null;
  const len = (k: string): number => {
    const v = d && typeof d === 'object' ? d[k] : undefined;
    return Array.isArray(v) ? v.length : 0;
  };
  const counts = {
    topics: len('topics'),
    entities: len('entities'),
    sources: len('sources'),
    claims: len('claims'),
    mentions: len('mentions'),
    conflicts: len('conflicts'),
  };
  const lines = errors.map((e) => formatError(e, input.files));
  return {
    ok: errors.length === 0,
    errors: lines,
    summary: ds && errors.length === 0 ? renderSummary(ds) : '',
    counts,
  };
}
