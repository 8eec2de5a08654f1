// Context-menu entries on selected text. "Crosscheck this" looks the selection up among the
// known claims and opens the sidebar on what it found (or says that nothing was found).
import { browser, type Menus, type Tabs } from '../shared/browser';
import { lookupText } from './engine';
import { sendToTab } from './router';
import { patchTabState } from './tab-state';

export const MENU_CHECK = 'crosscheck-check-selection';
export const MENU_NOTE = 'crosscheck-add-note';

export function createMenus(): void {
  browser.contextMenus.removeAll().then(
    () => {
      browser.contextMenus.create({
        id: MENU_CHECK,
        title: 'Crosscheck “%s”',
        contexts: ['selection'],
        documentUrlPatterns: ['http://*/*', 'https://*/*'],
      });
      browser.contextMenus.create({
        id: MENU_NOTE,
        title: 'Add a Crosscheck note',
        contexts: ['selection'],
        documentUrlPatterns: ['http://*/*', 'https://*/*'],
      });
    },
    () => undefined,
  );
}

export async function onMenuClicked(info: Menus.OnClickData, tab: Tabs.Tab | undefined): Promise<void> {
  if (tab?.id === undefined) return;
  if (info.menuItemId === MENU_NOTE) {
    await sendToTab(tab.id, { type: 'cmd/add-note' });
    return;
  }
  if (info.menuItemId !== MENU_CHECK) return;
  const selection = (info.selectionText ?? '').trim();
  if (!selection) return;
  const claims = await lookupText(selection);
  const first = claims[0]?.claim.id ?? null;
  await patchTabState(tab.id, {
    lookup: { selection: selection.slice(0, 2_000), claims },
    notice: claims.length ? null : 'No known claim in the selected text.',
    focusClaimId: first,
  });
  await sendToTab(tab.id, first ? { type: 'cmd/open-sidebar', claimId: first } : { type: 'cmd/open-sidebar' });
}
