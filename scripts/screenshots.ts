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
import { selectText, sendCommand } from './lib/page-helpers.ts';

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

const site = await serveDemo(0);
for (const scheme of ['light', 'dark'] as const) {
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-shots-'));
  const { context } = await launchWithExtension(profile, resolve('dist/chrome'));
  const page = context.pages()[0] ?? (await context.newPage());
  await page.emulateMedia({ colorScheme: scheme });
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(`${site.origin}/articles/${process.env.SHOT_PAGE ?? 'seed-004'}.html`);
  await page.waitForFunction(() => {
    let n = 0;
    CSS.highlights.forEach((h) => (n += h.size));
    return n > 0;
  });
  // Click a contested highlight if there is one, else the first.
  const point = await page.evaluate(() => {
    const pick = CSS.highlights.get('crosscheck-contested') ?? CSS.highlights.get('crosscheck-corroborated');
    const all: AbstractRange[] = [];
    pick?.forEach((r) => void all.push(r));
    const first = all[0];
    if (!first) return null;
    const range = document.createRange();
    range.setStart(first.startContainer, first.startOffset);
    range.setEnd(first.endContainer, first.endOffset);
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0]!;
    return { x: rect.left + 10, y: rect.top + rect.height / 2 };
  });
  if (point) await page.mouse.click(point.x, point.y);
  await page.waitForTimeout(1200);
  await page.mouse.move(5, 5);
  await page.screenshot({ path: `docs/sidebar-${scheme}.png` });
  if (scheme === 'light') await notesShot(page, context);
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}

// An article the matcher never saw (written blind, held out of all tuning), its third highlight clicked.
{
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-shots-'));
  const { context } = await launchWithExtension(profile, resolve('dist/chrome'));
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize({ width: 1400, height: 1000 });
  await page.goto(`${site.origin}/eval/blind-6-tech-blog.html`);
  await page.waitForFunction(() => {
    let n = 0;
    CSS.highlights.forEach((h) => (n += h.size));
    return n > 2;
  });
  const point = await page.evaluate(() => {
    const all: AbstractRange[] = [];
    CSS.highlights.forEach((h) => h.forEach((r) => void all.push(r)));
    // document order
    all.sort((a, b) => (a.startContainer.compareDocumentPosition(b.startContainer) & Node.DOCUMENT_POSITION_PRECEDING ? 1 : -1));
    const third = all[2]!;
    const range = document.createRange();
    range.setStart(third.startContainer, third.startOffset);
    range.setEnd(third.endContainer, third.endOffset);
    range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0]!;
    return { x: rect.left + 10, y: rect.top + rect.height / 2 };
  });
  await page.mouse.click(point.x, point.y);
  await page.waitForTimeout(1500);
  await page.mouse.move(5, 5);
  await page.screenshot({ path: 'docs/unseen-article.png' });
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
await site.close();
console.log('wrote docs/sidebar-light.png, docs/sidebar-dark.png, docs/notes-light.png, docs/unseen-article.png');
