// Small page-side helpers shared by the e2e tests, the screenshots and the bench: select or
// click a phrase, send the content script a command as a keyboard shortcut would, and read back the
// highlights the extension registered.
import type { Page, Worker } from '@playwright/test';

/**
 * Finds the first occurrence of `text` in the page (within one text node), scrolls it to the
 * middle of the viewport, selects it when asked, and returns the middle of its first line box
 * (NaN when it has none: it is not rendered).
 */
async function reachText(page: Page, text: string, select: boolean): Promise<{ x: number; y: number }> {
  const at = await page.evaluate(
    ([t, sel]) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n.nodeValue ?? '').indexOf(t);
        if (i < 0) continue;
        (n.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
        const r = document.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + t.length);
        if (sel) {
          getSelection()!.removeAllRanges();
          getSelection()!.addRange(r);
        }
        const rect = r.getClientRects()[0];
        return rect ? { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 } : { x: NaN, y: NaN };
      }
      return null;
    },
    [text, select] as const,
  );
  if (!at) throw new Error(`text not found: ${text}`);
  return at;
}

/** Selects the first occurrence of `text` in the page (within one text node) and scrolls to it. */
export async function selectText(page: Page, text: string): Promise<void> {
  await reachText(page, text, true);
}

/** Scrolls to the first occurrence of `text` in the page (within one text node) and clicks its middle (returned). */
export async function clickText(page: Page, text: string): Promise<{ x: number; y: number }> {
  const at = await reachText(page, text, false);
  if (Number.isNaN(at.x)) throw new Error(`text not rendered: ${text}`);
  await page.mouse.click(at.x, at.y);
  return at;
}

/** Sends a command to the active tab's content script, exactly as a keyboard shortcut does. */
export async function sendCommand(worker: Worker, type: string): Promise<void> {
  await worker.evaluate(async (t) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    await chrome.tabs.sendMessage(tab!.id!, { type: t }, { frameId: 0 });
  }, type);
}

/** Ranges registered under each CSS highlight name. */
export function highlightCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    CSS.highlights.forEach((h, name) => {
      out[name] = h.size;
    });
    return out;
  });
}

/** Number of claim highlights (every verdict), leaving out notes and the focus flash. */
export async function claimHighlightCount(page: Page): Promise<number> {
  return Object.entries(await highlightCounts(page))
    .filter(([n]) => n.startsWith('crosscheck-') && n !== 'crosscheck-focus' && n !== 'crosscheck-note')
    .reduce((a, [, c]) => a + c, 0);
}
