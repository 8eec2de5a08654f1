// The claims dataset schema: the one vocabulary shared by the bundled data, the validator,
// the matcher, the background database and the sidebar. Pure types, no runtime code.

/** How a source relates to the reporting it carries. */
export type SourceKind =
  | 'original' // first-hand reporting by this outlet
  | 'wire-copy' // a wire agency's text carried by another outlet (AFP on SecurityWeek)
  | 'rewrite' // an outlet retelling another outlet's report in its own words
  | 'republication' // another outlet's text republished (near) verbatim
  | 'reference'; // documentation of an outside fact (company history, official record)

export interface Source {
  /** Stable id, kebab-case: `seed-002`, `afp`, `star-tribune`, `ref-kaspersky-about`. */
  id: string;
  /** Outlet as a reader would name it: "SecurityWeek", "Taipei Times", "AFP". */
  outlet: string;
  title: string;
  url?: string;
  /** ISO date (YYYY-MM-DD) of publication where known. */
  date?: string;
  kind: SourceKind;
  /** For wire copies and republications: the id of the source whose text this is. */
  copies?: string;
  /** Sources this one cites as its own source ("according to the Star Tribune"). */
  cites?: string[];
  /** File name under src/data/sources/ holding the source text every quote is checked against. */
  textFile?: string;
  /** Hostnames that identify this outlet's pages (to leave a page's own outlet out of its corroboration). */
  domains?: string[];
}

export type ValueType =
  | 'year'
  | 'date' // an absolute date: "July 12, 2017", "September 5"
  | 'relative-date' // "last week", "Friday", "last month"
  | 'number' // "400 million", "45 days", "at least a dozen"
  | 'name' // a person or organisation: "Rob Joyce"
  | 'attribution' // who is said to state or confirm it: "a Best Buy spokeswoman"
  | 'phrase'; // any other wording the claim turns on

/** A value a claim turns on. `key` names the slot, shared between claims and mentions. */
export interface ClaimValue {
  key: string; // e.g. 'founded-year', 'exchange-window', 'confirmed-when'
  type: ValueType;
  value: string; // normalised form: '1977', '45 days', 'Friday'
}

export interface Entity {
  id: string; // 'kaspersky-lab'
  name: string; // 'Kaspersky Lab'
  /** Other names and common misspellings, matched case-insensitively on word boundaries. */
  aliases: string[];
  kind: 'organisation' | 'person' | 'place' | 'product' | 'government-body';
  /**
   * What a text calls the entity once it has named it ("the retailer", "the antivirus maker"):
   * the matcher reads "the" + one of these (its last word) as the entity when the page named it
   * earlier. Never used to find the entity in the first place (gate, highlights).
   */
  descriptors?: string[];
  /**
   * Names of the entity's products ("Kaspersky Internet Security"): the matcher reads one as
   * the entity and its software, so that its other words ("Internet", "Security") say nothing.
   */
  products?: string[];
  /**
   * The entity this one is part of (the Department of Homeland Security is the US government):
   * a page that names the part names the whole too.
   */
  partOf?: string;
}

export interface Topic {
  id: string; // 'kaspersky'
  name: string; // 'Kaspersky Lab'
  description: string;
  /** Entities whose names make a page relevant; the first is the topic's core entity. */
  entityIds: string[];
}

export interface Claim {
  /** Stable id, kebab-case, never reused. */
  id: string;
  /** The canonical one-sentence statement. */
  text: string;
  topic: string;
  entities: string[];
  /**
   * The values the claim turns on, as the claim states them, the main one first ("founded in
   * 1977" → the year; "Geek Squad uninstalls it for free within 45 days" → Geek Squad, then the
   * window, which is circumstance).
   */
  values: ClaimValue[];
  /** Extra wordings of the claim written by the dataset's editors (not quotes), to help matching. */
  paraphrases?: string[];
  /**
   * Claims this one states too, so that a page stating it states them ("a spokeswoman confirmed
   * the action was taken because of concerns over Kaspersky's links to the Russian government"
   * gives the reason itself). Written by the dataset's editors from the claims' meaning.
   */
  entails?: string[];
}

export type Stance = 'supports' | 'contradicts' | 'qualifies';

export interface Mention {
  id: string;
  claimId: string;
  sourceId: string;
  /** Exact substring of the source text. */
  quote: string;
  stance: Stance;
  /** Who the source says makes the statement: "Star Tribune", "a Best Buy spokeswoman". */
  attributedTo?: string;
  /** Values as this source states them, where they differ from or refine the claim's. */
  values?: ClaimValue[];
}

export interface ConflictSide {
  claimId: string;
  mentionId?: string;
}

export type ConflictKind = 'value' | 'date' | 'number' | 'attribution' | 'statement' | 'fact';

/** A disagreement between two claims or two mentions, with a plain-language reason. */
export interface Conflict {
  id: string;
  kind: ConflictKind;
  a: ConflictSide;
  b: ConflictSide;
  /** Plain-language reason: "1977 vs 1997", "'last week' vs 'Friday'". */
  reason: string;
  /** Where a reference source settles it: that source's id and which side it supports. */
  settledBy?: { sourceId: string; favours: 'a' | 'b' | 'neither'; note: string };
}

export interface Dataset {
  schemaVersion: 1;
  topics: Topic[];
  entities: Entity[];
  sources: Source[];
  claims: Claim[];
  mentions: Mention[];
  conflicts: Conflict[];
}

export type Verdict = 'corroborated' | 'contested' | 'contradicted' | 'single-source';
