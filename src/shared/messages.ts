// The typed message protocol, one type per direction. Every request has a `type`; every
// handler answers with a Result (never throws across the boundary). The background validates
// the shape of every incoming message with `parse*` before acting on it.
import type { Result } from './result';
import type { Verdict } from '../core/dataset/types';
import type { ClaimView } from '../core/dataset/derive';

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
      title: string;
      text: string;
      passages: PassageOffsets[];
      topics: string[];
    }
  | { type: 'page/none' }
  | { type: 'sidebar/opened'; open: boolean; claimId?: string };

export type ContentResponse = {
  'page/analyse': { report: PageReport; sidebarOpen: boolean; highlightsHidden: boolean };
  'page/none': null;
  'sidebar/opened': null;
};

// ---------- sidebar page → background ----------
export type SidebarRequest =
  | { type: 'sidebar/get-report' }
  | { type: 'sidebar/focus-match'; index: number }
  | { type: 'sidebar/set-highlights'; visible: boolean }
  | { type: 'sidebar/close' };

export type SidebarResponse = {
  'sidebar/get-report': {
    tabId: number;
    report: PageReport | null;
    focusClaimId: string | null;
    highlightsHidden: boolean;
    notice: string | null;
    lookup: Lookup | null;
  };
  'sidebar/set-highlights': null;
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
  | { type: 'cmd/set-highlights'; visible: boolean };

// ---------- background → sidebar pages (runtime broadcast) ----------
export type SidebarEvent =
  | { type: 'evt/report'; tabId: number }
  | { type: 'evt/focus-claim'; tabId: number; claimId: string };

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isStr = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** Validates an incoming request's shape; returns null for anything malformed. */
export function parseRequest(msg: unknown): Request | null {
  if (!isObj(msg) || typeof msg.type !== 'string') return null;
  switch (msg.type) {
    case 'page/analyse': {
      const { url, title, text, passages, topics } = msg;
      if (!isStr(url, LIMITS.maxUrlChars) || !isStr(title, LIMITS.maxTitleChars)) return null;
      if (!isStr(text, LIMITS.maxTextChars)) return null;
      if (!Array.isArray(passages) || passages.length > LIMITS.maxPassages) return null;
      if (!Array.isArray(topics) || !topics.every((t) => isStr(t, 100))) return null;
      for (const p of passages) {
        if (!isObj(p) || !isInt(p.start) || !isInt(p.end) || p.end < p.start || p.end > text.length) return null;
      }
      return {
        type: 'page/analyse',
        url,
        title,
        text,
        passages: (passages as PassageOffsets[]).map(({ start, end }) => ({ start, end })),
        topics: topics as string[],
      };
    }
    case 'page/none':
    case 'sidebar/get-report':
    case 'sidebar/close':
      return { type: msg.type };
    case 'sidebar/opened':
      if (typeof msg.open !== 'boolean') return null;
      return isStr(msg.claimId, 200)
        ? { type: 'sidebar/opened', open: msg.open, claimId: msg.claimId }
        : { type: 'sidebar/opened', open: msg.open };
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
      return { type: msg.type };
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
