// Playwright fixtures: a demo-site server per worker, and per test a fresh Chromium profile
// with the built extension (dist/chrome) loaded, its service worker and extension id.
import { test as base, type BrowserContext, type Frame, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { exportAnnotations } from '../src/core/notes/w3c.ts';
import type { Note } from '../src/core/notes/model.ts';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchWithExtension, type Launched } from '../scripts/lib/chromium.ts';
export { claimHighlightCount, clickText, highlightCounts, selectText, sendCommand } from '../scripts/lib/page-helpers.ts';
import { serveDemo, type RunningSite } from '../scripts/demo/site.ts';

export const DIST = resolve('dist/chrome');

export type { Launched };

export const launch = (profile: string): Promise<Launched> => launchWithExtension(profile, DIST);

type Fixtures = { ext: Launched; context: BrowserContext; page: Page; consoleErrors: string[] };
type WorkerFixtures = { site: RunningSite };

export const test = base.extend<Fixtures, WorkerFixtures>({
  site: [
    async ({}, use) => {
      const site = await serveDemo(0, [resolve('e2e/pages')]);
      await use(site);
      await site.close();
    },
    { scope: 'worker' },
  ],
  ext: async ({}, use) => {
    const profile = mkdtempSync(join(tmpdir(), 'crosscheck-e2e-'));
    const launched = await launch(profile);
    await use(launched);
    await launched.context.close();
    rmSync(profile, { recursive: true, force: true });
  },
  context: async ({ ext }, use) => use(ext.context),
  page: async ({ ext }, use) => {
    const page = ext.context.pages()[0] ?? (await ext.context.newPage());
    await use(page);
  },
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await use(errors);
  },
});

export const expect = test.expect;

/** The sidebar iframe's frame, once it has loaded. */
export async function sidebarFrame(page: Page): Promise<Frame> {
  const deadline = Date.now() + 8_000;
  for (;;) {
    const f = page.frames().find((fr) => fr.url().includes('/src/sidebar/index.html'));
    if (f) {
      await f.waitForLoadState('domcontentloaded');
      return f;
    }
    if (Date.now() > deadline) throw new Error('sidebar iframe did not appear');
    await page.waitForTimeout(50);
  }
}

/** The text of every highlighted range, in document order. */
export function highlightedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const items: { text: string; node: Node; offset: number }[] = [];
    CSS.highlights.forEach((h, name) => {
      if (name === 'crosscheck-focus') return;
      h.forEach((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        items.push({ text: range.toString(), node: r.startContainer, offset: r.startOffset });
      });
    });
    items.sort((a, b) => {
      // overlapping highlights that start together (a clause's claim and its sentence's): shorter first
      if (a.node === b.node) return a.offset - b.offset || a.text.length - b.text.length;
      return a.node.compareDocumentPosition(b.node) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
    return items.map((i) => i.text);
  });
}

/**
 * Reloads the unpacked extension the way a developer does (chrome://extensions, developer
 * mode, Reload): chrome.runtime.reload() unloads a command-line-loaded extension for good.
 * Returns the new service worker.
 */
export async function reloadExtension(context: BrowserContext): Promise<Worker> {
  const old = context.serviceWorkers();
  const page = await context.newPage();
  await page.goto('chrome://extensions/');
  const dev = page.locator('#devMode');
  if ((await dev.getAttribute('aria-pressed')) !== 'true') await dev.click();
  const next = context.waitForEvent('serviceworker', { predicate: (w) => !old.includes(w), timeout: 15_000 });
  await page.locator('#dev-reload-button').first().click();
  const worker = await next;
  await page.close();
  return worker;
}

/** Writes notes as a W3C Web Annotation file (what the sidebar exports) and returns its path. */
export function writeAnnotations(path: string, notes: Note[]): string {
  writeFileSync(path, JSON.stringify(exportAnnotations(notes)));
  return path;
}
