// Takes the README's screenshots in real Chromium with the built extension: a seed article with
// highlights and the sidebar open on a contested claim, in light and dark colour schemes; a note;
// and an evaluation article written blind, which the matcher never saw.
// Usage: npm run build && npx tsx scripts/screenshots.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolve } from 'node:path';
import { launchWithExtension } from './lib/chromium.ts';
import { serveDemo } from './demo/site.ts';
import type { BrowserContext, Page } from '@playwright/test';
import { clickText, selectText, sendCommand } from './lib/page-helpers.ts';

/** A passage note, written and saved, with the Notes tab open. */
async function notesShot(page: Page, context: BrowserContext): Promise<void> {
  const passage = 'The security software vendor, founded in 1977 by Russia-born Eugene Kaspersky';
  await selectText(page, passage);
  await sendCommand(context.serviceWorkers()[0]!, 'cmd/add-note');
  const frame = page.frames().find((f) => f.url().includes('/src/sidebar/'))!;
  await frame.getByLabel('Your note').fill('AFP got the year wrong: Kaspersky’s own history says 1997.\nhttps://www.kaspersky.com/about/company');
  await frame.getByLabel('Tags (comma-separated)').fill('founding year, checked');
  await frame.locator('.save-state').filter({ hasText: /Saved at/ }).waitFor();
  await frame.getByRole('button', { name: 'Done' }).click();
  await page.evaluate(() => getSelection()?.removeAllRanges());
  await page.waitForTimeout(800);
  await page.screenshot({ path: 'docs/notes-light.png' });
}

/**
 * Clicks the nth highlighted passage (document order) of the first of `names` that has any (of
 * all highlights with null), scrolled into view; waits for the sidebar and moves the mouse away.
 */
async function clickHighlight(page: Page, names: string[] | null, nth: number): Promise<void> {
  const point = await page.evaluate(
    ([names, nth]) => {
      const all: AbstractRange[] = [];
      if (names) {
        const pick = names.map((n) => CSS.highlights.get(n)).find((h) => h && h.size > 0);
        pick?.forEach((r) => void all.push(r));
      } else CSS.highlights.forEach((h) => h.forEach((r) => void all.push(r)));
      all.sort((a, b) => (a.startContainer.compareDocumentPosition(b.startContainer) & Node.DOCUMENT_POSITION_PRECEDING ? 1 : -1));
      const r = all[nth] ?? all[0];
      if (!r) return null;
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + 10, y: rect.top + rect.height / 2 };
    },
    [names, nth] as const,
  );
  if (point) await page.mouse.click(point.x, point.y);
  await page.waitForTimeout(1500);
  await page.mouse.move(5, 5);
}

const site = await serveDemo(0);

/**
 * Opens `path` of the demo site in Chromium with the built extension (a fresh profile), waits
 * until more than `minHighlights` highlights are drawn, runs `shoot` and closes.
 */
async function withPage(
  path: string,
  opts: { height: number; minHighlights: number; colorScheme?: 'light' | 'dark' },
  shoot: (page: Page, context: BrowserContext) => Promise<void>,
): Promise<void> {
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-shots-'));
  const { context } = await launchWithExtension(profile, resolve('dist/chrome'));
  const page = context.pages()[0] ?? (await context.newPage());
  if (opts.colorScheme) await page.emulateMedia({ colorScheme: opts.colorScheme });
  await page.setViewportSize({ width: 1400, height: opts.height });
  await page.goto(`${site.origin}${path}`);
  await page.waitForFunction((min) => {
    let n = 0;
    CSS.highlights.forEach((h) => (n += h.size));
    return n > min;
  }, opts.minHighlights);
  await shoot(page, context);
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

for (const scheme of ['light', 'dark'] as const) {
  await withPage(`/articles/${process.env.SHOT_PAGE ?? 'seed-004'}.html`, { height: 900, minHighlights: 0, colorScheme: scheme }, async (page, context) => {
    // Click a contested highlight if there is one, else a corroborated one.
    await clickHighlight(page, ['crosscheck-contested', 'crosscheck-corroborated'], 0);
    await page.screenshot({ path: `docs/sidebar-${scheme}.png` });
    if (scheme === 'light') await notesShot(page, context);
  });
}

// An article the matcher never saw (written blind, held out of all tuning), its third highlight clicked.
await withPage('/eval/blind-6-tech-blog.html', { height: 1000, minHighlights: 2 }, async (page) => {
  await clickHighlight(page, null, 2);
  await page.screenshot({ path: 'docs/unseen-article.png' });
});

// Overlapping highlights (a sentence that states several claims): the inner one clicked, and the
// pointer resting on words that carry more than one.
await withPage('/articles/seed-003.html', { height: 1000, minHighlights: 2 }, async (page) => {
  const at = await clickText(page, 'biggest electronics retailer');
  await page.waitForTimeout(800);
  await page.mouse.move(at.x + 5, at.y);
  await page.waitForTimeout(400);
  await page.screenshot({ path: 'docs/overlapping.png' });
});
// Two claims the dataset records as rivals on one sentence: the page names the General Services
// Administration, so it supports the GSA claim and contradicts the White House one.
await withPage('/eval/tech-blog.html', { height: 1000, minHighlights: 2 }, async (page) => {
  // the sidebar opens on one of the sentence's two claims, then scrolls to it; a click again
  // opens the other: the rival, if it was not the first
  await clickText(page, 'struck Kaspersky from its list of approved suppliers');
  await page.waitForTimeout(2500);
  const frame = page.frames().find((f) => f.url().includes('/src/sidebar/'))!;
  if ((await frame.locator('.card.focused').getAttribute('data-claim-id')) !== 'white-house-excluded-kaspersky') {
    await clickText(page, 'struck Kaspersky from its list of approved suppliers');
    await page.waitForTimeout(1500);
  }
  await page.mouse.move(5, 5);
  await page.waitForTimeout(300);
  await page.screenshot({ path: 'docs/rival-contradicted.png' });
});
await site.close();
console.log('wrote docs/sidebar-light.png, docs/sidebar-dark.png, docs/notes-light.png, docs/unseen-article.png, docs/overlapping.png, docs/rival-contradicted.png');
