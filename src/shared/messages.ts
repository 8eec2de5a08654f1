// The typed message protocol, one type per direction. Every request has a `type`; every
// handler answers with a Result (never throws across the boundary). The background validates
// the shape of every incoming message with `parse*` before acting on it.
import type { Result } from './result';
import type { Verdict } from '../core/dataset/types';
import type { ClaimView } from '../core/dataset/derive';
import type { Note, NoteTarget } from '../core/notes/model';

/** storage.local key: normalised URLs of pages that have notes (read by content scripts). */
export const NOTED_PAGES_KEY = 'notedPages';

export type NoteStatus = Record<string, 'anchored' | 'orphaned'>;

/** A passage the reader chose to annotate, waiting for the sidebar's editor. */
export interface NoteDraft {
  pageUrl: string;
  pageTitle: string;
  target: NoteTarget;
}

export interface PageInfo {
  url: string;
  title: string;
}

export interface PassageOffsets {
  start: number;
  end: number;
}

/** One highlight on the page: a claim found in a passage. Offsets index the extracted text. */
export interface PageMatch {
  claimId: string;
  start: number;
  end: number;
  passage: string;
  score: number;
  verdict: Verdict;
  pageStance: 'supports' | 'contradicts';
  reason?: string;
  /** One-line summary shown on hover. */
  summary: string;
}

export interface PageReport {
  url: string;
  title: string;
  topics: string[];
  outlet: { sourceId: string; outlet: string } | null;
  matches: PageMatch[];
  /** Claim views for every matched claim, without the page's own outlet. */
  claims: Record<string, ClaimView>;
}

export const LIMITS = {
  /** Extracted article text larger than this is cut: no news article is this long. */
  maxTextChars: 2_000_000,
  maxPassages: 20_000,
  maxUrlChars: 8_192,
  maxTitleChars: 2_000,
  /** An import file larger than this is refused before parsing. */
  maxImportChars: 50 * 1024 * 1024,
  maxIdChars: 200,
} as const;

/** The claims found in a selection the reader sent to Crosscheck (context menu). */
export interface Lookup {
  selection: string;
  claims: ClaimView[];
}

// ---------- content script → background ----------
export type ContentRequest =
  | {
      type: 'page/analyse';
      url: string;
      /** The URL notes are keyed by (normalised, canonical-aware). */
      pageUrl: string;
      title: string;
      text: string;
      passages: PassageOffsets[];
      topics: string[];
    }
  | { type: 'page/none' }
  | { type: 'sidebar/opened'; open: boolean; claimId?: string; view?: SidebarView }
  | { type: 'notes/for-page'; url: string; title: string }
  | { type: 'notes/anchors'; url: string; status: NoteStatus }
  | { type: 'notes/draft'; draft: NoteDraft };

export type SidebarView = 'claims' | 'notes' | 'all-notes';

export type ContentResponse = {
  'page/analyse': { report: PageReport; sidebarOpen: boolean; highlightsHidden: boolean };
  'page/none': null;
  'sidebar/opened': null;
  'notes/for-page': Note[];
  'notes/anchors': null;
  'notes/draft': null;
};

// ---------- sidebar page → background ----------
export type SidebarRequest =
  | { type: 'sidebar/get-report' }
  | { type: 'sidebar/focus-match'; index: number }
  | { type: 'sidebar/set-highlights'; visible: boolean }
  | { type: 'sidebar/close' }
  | { type: 'notes/list'; scope: 'page' | 'all' }
  | { type: 'notes/put'; note: unknown }
  | { type: 'notes/delete'; id: string }
  | { type: 'notes/import'; text: string }
  | { type: 'notes/export'; scope: 'page' | 'all' }
  | { type: 'notes/focus'; id: string }
  | { type: 'notes/clear-draft' };

export type SidebarResponse = {
  'sidebar/get-report': {
    tabId: number;
    report: PageReport | null;
    focusClaimId: string | null;
    highlightsHidden: boolean;
    notice: string | null;
    lookup: Lookup | null;
    page: PageInfo | null;
    draft: NoteDraft | null;
    view: SidebarView | null;
  };
  'sidebar/set-highlights': null;
  /** `claims`: the text of each claim that a listed note is on, by claim id. */
  'notes/list': { notes: Note[]; status: NoteStatus; page: PageInfo | null; claims: Record<string, string> };
  'notes/put': Note;
  'notes/delete': Note | null;
  'notes/import': { added: number; updated: number };
  'notes/export': { jsonld: string; markdown: string; count: number };
  'notes/focus': null;
  'notes/clear-draft': null;
  'sidebar/focus-match': null;
  'sidebar/close': null;
};

export type Request = ContentRequest | SidebarRequest;
export type ResponseFor<R extends Request> = R extends { type: infer T }
  ? T extends keyof ContentResponse
    ? Result<ContentResponse[T]>
    : T extends keyof SidebarResponse
      ? Result<SidebarResponse[T]>
      : never
  : never;

// ---------- background → content script (tabs.sendMessage) ----------
export type ContentCommand =
  | { type: 'cmd/toggle-sidebar' }
  | { type: 'cmd/open-sidebar'; claimId?: string }
  | { type: 'cmd/close-sidebar' }
  | { type: 'cmd/next-highlight' }
  | { type: 'cmd/previous-highlight' }
  | { type: 'cmd/focus-match'; index: number }
  | { type: 'cmd/set-highlights'; visible: boolean }
  | { type: 'cmd/notes-changed' }
  | { type: 'cmd/focus-note'; id: string }
  | { type: 'cmd/add-note' };

// ---------- background → sidebar pages (runtime broadcast) ----------
export type SidebarEvent =
  | { type: 'evt/report'; tabId: number }
  | { type: 'evt/focus-claim'; tabId: number; claimId: string }
  | { type: 'evt/notes'; tabId: number };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isStr = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** Validates an incoming request's shape; returns null for anything malformed. */
export function parseRequest(msg: unknown): Request | null {
  if (!isObj(msg) || typeof msg.type !== 'string') return null;
  switch (msg.type) {
    case 'page/analyse': {
      const { url, pageUrl, title, text, passages, topics } = msg;
      if (!isStr(url, LIMITS.maxUrlChars) || !isStr(title, LIMITS.maxTitleChars)) return null;
      if (!isStr(pageUrl, LIMITS.maxUrlChars)) return null;
      if (!isStr(text, LIMITS.maxTextChars)) return null;
      if (!Array.isArray(passages) || passages.length > LIMITS.maxPassages) return null;
      if (!Array.isArray(topics) || !topics.every((t) => isStr(t, 100))) return null;
      for (const p of passages) {
        if (!isObj(p) || !isInt(p.start) || !isInt(p.end) || p.end < p.start || p.end > text.length) return null;
      }
      return {
        type: 'page/analyse',
        url,
        pageUrl,
        title,
        text,
        passages: (passages as PassageOffsets[]).map(({ start, end }) => ({ start, end })),
        topics: topics as string[],
      };
    }
    case 'page/none':
    case 'sidebar/get-report':
    case 'sidebar/close':
    case 'notes/clear-draft':
      return { type: msg.type };
    case 'sidebar/opened': {
      if (typeof msg.open !== 'boolean') return null;
      const out: Request = { type: 'sidebar/opened', open: msg.open };
      if (isStr(msg.claimId, LIMITS.maxIdChars)) out.claimId = msg.claimId;
      if (msg.view === 'claims' || msg.view === 'notes' || msg.view === 'all-notes') out.view = msg.view;
      return out;
    }
    case 'notes/for-page':
      return isStr(msg.url, LIMITS.maxUrlChars) && isStr(msg.title, LIMITS.maxTitleChars)
        ? { type: msg.type, url: msg.url, title: msg.title }
        : null;
    case 'notes/anchors': {
      if (!isStr(msg.url, LIMITS.maxUrlChars) || !isObj(msg.status)) return null;
      const status: NoteStatus = {};
      for (const [id, v] of Object.entries(msg.status).slice(0, 10_000)) {
        if (id.length <= LIMITS.maxIdChars && (v === 'anchored' || v === 'orphaned')) status[id] = v;
      }
      return { type: msg.type, url: msg.url, status };
    }
    case 'notes/draft': {
      const d = msg.draft;
      if (!isObj(d) || !isStr(d.pageUrl, LIMITS.maxUrlChars) || !isStr(d.pageTitle, LIMITS.maxTitleChars)) return null;
      const t = d.target;
      if (!isObj(t) || !isObj(t.quote) || !isObj(t.position)) return null;
      const q = t.quote;
      const p = t.position;
      if (q.type !== 'TextQuoteSelector' || !isStr(q.exact, 20_000) || q.exact === '') return null;
      if ((q.prefix !== undefined && !isStr(q.prefix, 1_000)) || (q.suffix !== undefined && !isStr(q.suffix, 1_000))) return null;
      if (p.type !== 'TextPositionSelector' || !isInt(p.start) || !isInt(p.end) || p.end < p.start) return null;
      return {
        type: msg.type,
        draft: {
          pageUrl: d.pageUrl,
          pageTitle: d.pageTitle,
          target: {
            quote: {
              type: 'TextQuoteSelector',
              exact: q.exact,
              ...(q.prefix !== undefined ? { prefix: q.prefix as string } : {}),
              ...(q.suffix !== undefined ? { suffix: q.suffix as string } : {}),
            },
            position: { type: 'TextPositionSelector', start: p.start, end: p.end },
          },
        },
      };
    }
    case 'notes/list':
    case 'notes/export':
      return msg.scope === 'page' || msg.scope === 'all' ? { type: msg.type, scope: msg.scope } : null;
    case 'notes/put':
      return isObj(msg.note) ? { type: msg.type, note: msg.note } : null;
    case 'notes/delete':
    case 'notes/focus':
      return isStr(msg.id, LIMITS.maxIdChars) ? { type: msg.type, id: msg.id } : null;
    case 'notes/import':
      return isStr(msg.text, LIMITS.maxImportChars) ? { type: msg.type, text: msg.text } : null;
    case 'sidebar/focus-match':
      return isInt(msg.index) ? { type: 'sidebar/focus-match', index: msg.index } : null;
    case 'sidebar/set-highlights':
      return typeof msg.visible === 'boolean' ? { type: 'sidebar/set-highlights', visible: msg.visible } : null;
    default:
      return null;
  }
}

export function parseCommand(msg: unknown): ContentCommand | null {
  if (!isObj(msg) || typeof msg.type !== 'string') return null;
  switch (msg.type) {
    case 'cmd/toggle-sidebar':
    case 'cmd/close-sidebar':
    case 'cmd/next-highlight':
    case 'cmd/previous-highlight':
    case 'cmd/notes-changed':
    case 'cmd/add-note':
      return { type: msg.type };
    case 'cmd/focus-note':
      return isStr(msg.id, LIMITS.maxIdChars) ? { type: msg.type, id: msg.id } : null;
    case 'cmd/open-sidebar':
      return typeof msg.claimId === 'string' ? { type: msg.type, claimId: msg.claimId } : { type: msg.type };
    case 'cmd/focus-match':
      return isInt(msg.index) ? { type: msg.type, index: msg.index } : null;
    case 'cmd/set-highlights':
      return typeof msg.visible === 'boolean' ? { type: msg.type, visible: msg.visible } : null;
    default:
      return null;
  }
}
