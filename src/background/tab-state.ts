// Per-tab state that must survive the service worker being stopped (MV3 stops it at will):
// the page's report and whether the reader left the sidebar open. Kept in storage.session,
// which lives as long as the browser session and never touches disk.
import { browser } from '../shared/browser';
import type { Lookup, PageReport } from '../shared/messages';

export interface TabState {
  report: PageReport | null;
  sidebarOpen: boolean;
  focusClaimId: string | null;
  highlightsHidden: boolean;
  /** A one-off message for the sidebar ("No known claim in the selected text"). */
  notice: string | null;
  /** Claims found in text the reader selected and sent to Crosscheck with the context menu. */
  lookup: Lookup | null;
}

const key = (tabId: number) => `tab:${tabId}`;
const EMPTY: TabState = { report: null, sidebarOpen: false, focusClaimId: null, highlightsHidden: false, notice: null, lookup: null };

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
