// The walking skeleton, end to end: a seed article gets highlights from the background's
// IndexedDB-backed engine; clicking one opens the sidebar on that claim; pages that are not
// about a covered topic (or cannot be) get nothing injected and log no errors.
import { test, expect, claimHighlightCount, highlightedTexts, sidebarFrame } from './fixtures';
import type { Page } from '@playwright/test';

const injected = (page: Page) => page.locator('crosscheck-root').count();

test('a seed article gets highlights and clicking one opens the sidebar on its claim', async ({ page, site, consoleErrors }) => {
  await page.goto(`${site.origin}/articles/seed-002.html`);
  await expect.poll(() => claimHighlightCount(page)).toBeGreaterThan(0);
  const texts = await highlightedTexts(page);
  expect(texts.join(' ')).toContain('Best Buy has stopped selling products by leading computer security firm Kaspersky Lab');

  // Click the middle of the first highlighted passage.
  const point = await page.evaluate(() => {
    let first: AbstractRange | null = null;
    CSS.highlights.forEach((h) => h.forEach((r) => (first ??= r)));
    const range = document.createRange();
    range.setStart(first!.startContainer, first!.startOffset);
    range.setEnd(first!.endContainer, first!.endOffset);
    const rect = range.getClientRects()[0]!;
    return { x: rect.left + Math.min(20, rect.width / 2), y: rect.top + rect.height / 2, text: range.toString() };
  });
  await page.mouse.click(point.x, point.y);
  const frame = await sidebarFrame(page);
  const card = frame.locator('.card.focused');
  await expect(card).toHaveCount(1);
  await expect(card.locator('.claim-text')).not.toBeEmpty();
  await expect(card.locator('.passage-btn').first()).toContainText(point.text.slice(0, 40));
  expect(consoleErrors).toEqual([]);
});

test('an article in wording the matcher never saw (written blind, held out) gets its claims highlighted, and nothing else', async ({ page, site, consoleErrors }) => {
  await page.goto(`${site.origin}/eval/blind-7-uk-ncsc-feature.html`);
  await expect.poll(() => claimHighlightCount(page)).toBeGreaterThan(0);
  const texts = (await highlightedTexts(page)).join(' | ');
  // its Best Buy paragraph, and its founding-year paragraph…
  expect(texts).toContain('Best Buy, America');
  expect(texts).toContain('Founded in 1997');
  // …but none of the UK and NSA news around them
  expect(texts).not.toContain('National Cyber Security Centre');
  expect(texts).not.toContain('Barclays');
  expect(consoleErrors).toEqual([]);
});

test('an unrelated page shows nothing and the sidebar is never injected', async ({ page, site, consoleErrors }) => {
  await page.goto(`${site.origin}/articles/unrelated.html`);
  await page.waitForTimeout(800);
  expect(await claimHighlightCount(page)).toBe(0);
  expect(await injected(page)).toBe(0);
  expect(consoleErrors).toEqual([]);
});

test('bad input: no body, huge page, framed article, file:// and chrome:// — nothing injected, no errors', async ({
  page,
  site,
  context,
  consoleErrors,
}) => {
  const errors: string[] = [];
  context.on('weberror', (e) => errors.push(String(e.error())));

  for (const path of ['/frameset.html', '/empty.html', '/kaspersky.svg', '/gen/huge-unrelated.html?mb=5', '/in-frame.html']) {
    await page.goto(`${site.origin}${path}`);
    await page.waitForTimeout(600);
    for (const frame of page.frames()) {
      const n = await frame.evaluate(() => {
        let count = 0;
        CSS.highlights?.forEach((h) => (count += h.size));
        return count + document.getElementsByTagName('crosscheck-root').length;
      });
      expect(n, `${path} frame ${frame.url()}`).toBe(0);
    }
  }
  await page.goto('file:///etc/hostname');
  await page.waitForTimeout(300);
  expect(await injected(page)).toBe(0);
  await page.goto('chrome://version');
  await page.waitForTimeout(300);
  expect(consoleErrors).toEqual([]);
  expect(errors).toEqual([]);
});
