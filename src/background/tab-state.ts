// Per-tab state that must survive the service worker being stopped (MV3 stops it at will):
// the page's report and whether the reader left the sidebar open. Kept in storage.session,
// which lives as long as the browser session and never touches disk.
import { browser } from '../shared/browser';
import type { Lookup, NoteDraft, NoteStatus, PageInfo, PageReport, SidebarView } from '../shared/messages';

export interface TabState {
  report: PageReport | null;
  sidebarOpen: boolean;
  focusClaimId: string | null;
  highlightsHidden: boolean;
  /** A one-off message for the sidebar ("No known claim in the selected text"). */
  notice: string | null;
  /** Claims found in text the reader selected and sent to Crosscheck with the context menu. */
  lookup: Lookup | null;
  /** The page as notes know it (normalised URL), reported by the content script. */
  page: PageInfo | null;
  /** Which of this page's notes re-attached, and which are orphaned. */
  noteStatus: NoteStatus;
  draft: NoteDraft | null;
  /** The sidebar view to show when it next opens. */
  view: SidebarView | null;
}

const key = (tabId: number) => `tab:${tabId}`;
const EMPTY: TabState = { report: null, sidebarOpen: false, focusClaimId: null, highlightsHidden: false, notice: null, lookup: null, page: null, noteStatus: {}, draft: null, view: null };

export async function getTabState(tabId: number): Promise<TabState> {
  const got = await browser.storage.session.get(key(tabId));
  return { ...EMPTY, ...(got[key(tabId)] as Partial<TabState> | undefined) };
}

export async function patchTabState(tabId: number, patch: Partial<TabState>): Promise<TabState> {
  const next = { ...(await getTabState(tabId)), ...patch };
  await browser.storage.session.set({ [key(tabId)]: next });
  return next;
}

export async function dropTabState(tabId: number): Promise<void> {
  await browser.storage.session.remove(key(tabId));
}
