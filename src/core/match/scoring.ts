// Scoring constants shared by the index (which derives its candidate prefixes from them) and
// the matcher (which scores with them). See matcher.ts for the score itself.

/** Calibrated on eval/ (scripts/eval.ts sweeps it): best mean F0.5 over rewordings and leave-one-outlet-out, precision ≥ 0.9 on both. */
export const DEFAULT_THRESHOLD = 0.45;
/** A match must share at least this share of the document's content (non-entity, non-value) weight. */
export const MIN_CONTENT_COVERAGE = 0.34;
