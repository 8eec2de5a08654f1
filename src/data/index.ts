// The bundled claims dataset. Browser-safe: JSON only, no source texts (those are Node-only,
// see ./source-texts.ts). Validated by `npm run claims:check` and src/data/dataset.test.ts.
import type { Dataset } from '../core/dataset/types.ts';
import topics from './dataset/topics.json' with { type: 'json' };
import entities from './dataset/entities.json' with { type: 'json' };
import sources from './dataset/sources.json' with { type: 'json' };
import claims from './dataset/claims.json' with { type: 'json' };
import mentions from './dataset/mentions.json' with { type: 'json' };
import conflicts from './dataset/conflicts.json' with { type: 'json' };

/** The JSON files the dataset is assembled from, by collection (for error messages). */
export const datasetFiles = {
  topics: 'src/data/dataset/topics.json',
  entities: 'src/data/dataset/entities.json',
  sources: 'src/data/dataset/sources.json',
  claims: 'src/data/dataset/claims.json',
  mentions: 'src/data/dataset/mentions.json',
  conflicts: 'src/data/dataset/conflicts.json',
} as const;

// JSON imports widen string literals (kind: string), so the shape is asserted here and
// enforced at check time by validateDataset (claims:check and the dataset test).
export const dataset: Dataset = {
  schemaVersion: 1,
  topics,
  entities,
  sources,
  claims,
  mentions,
  conflicts,
} as unknown as Dataset;

export { gateTopics } from './gate-topics.ts';
export type { GateTopic } from './gate-topics.ts';
