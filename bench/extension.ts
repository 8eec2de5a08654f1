// The extension-level measurements of `npm run bench`: the built extension (dist/chrome) in
// Chromium via e2e/fixtures' launch(), timed from the page's own clock.
//  - first highlight after a navigation, with the service worker stopped (cold) or running
//    (warm): an init script records performance.now() (0 = navigation start) when any
//    crosscheck-* highlight first has ranges, checked on every animation frame and on every DOM
//    mutation (the highlighter inserts its <style> in the same task as CSS.highlights.set, so
//    the mutation check is exact and the frame check is the fallback);
//  - the sidebar's first render: from the click on a highlight (a capture listener on window,
//    which runs before the content script's listener on document) to the first `.card` in the
//    sidebar iframe (a MutationObserver in the extension frame), both as
//    performance.timeOrigin + performance.now(); a Node-side wall-clock figure is kept as a
//    cross-check.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, CDPSession, Frame, Page } from '@playwright/test';
import { launch } from '../e2e/fixtures.ts';

export interface ExtensionResults {
  installFirstHighlight: number;
  cold: number[];
  warm: number[];
  /** DOMContentLoaded end of the seed page in the warm runs (what the extension waits for). */
  dcl: number[];
  sidebar: SidebarSample[];
  coldVerified: number;
  log: string[];
}

const INIT = `(() => {
  const clock = () => performance.timeOrigin + performance.now();
  if (location.protocol === 'chrome-extension:') {
    const seen = () => {
      const app = document.getElementById('app');
      if (!window.__appAt && app && app.firstChild) window.__appAt = clock();
      if (window.__cardAt || !document.querySelector('.card.focused')) return false;
      window.__cardAt = clock();
      return true;
    };
    const start = () => {
      if (seen()) return;
      const mo = new MutationObserver(() => { if (seen()) mo.disconnect(); });
      mo.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
    };
    start();
    return;
  }
  if (window.top !== window || !/^https?:$/.test(location.protocol)) return;
  window.__firstHighlight = 0;
  window.addEventListener('click', () => { if (!window.__clickAt) window.__clickAt = clock(); }, true);
  const check = () => {
    if (window.__firstHighlight) return true;
    let any = false;
    CSS.highlights.forEach((h, name) => {
      if (name.startsWith('crosscheck-') && name !== 'crosscheck-focus' && name !== 'crosscheck-note' && h.size > 0) any = true;
    });
    if (any) window.__firstHighlight = performance.now();
    return any;
  };
  const tick = () => { if (!check()) requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  const mo = new MutationObserver(() => { if (check()) mo.disconnect(); });
  mo.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
})();`;

// Where to click: a highlighted passage inside the viewport (scrolled into view if none is).
// Plain source, not a function: tsx would wrap inner functions in a helper the page lacks.
const CLICK_POINT = `(() => {
  const ranges = [];
  CSS.highlights.forEach((h, name) => {
    if (name !== 'crosscheck-focus' && name !== 'crosscheck-note') h.forEach((r) => void ranges.push(r));
  });
  const rectOf = (r) => {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return [...range.getClientRects()].find((x) => x.width > 4 && x.height > 4);
  };
  const inView = (x) => x && x.top >= 0 && x.bottom <= innerHeight - 4 && x.left >= 0 && x.right <= innerWidth;
  let rect = ranges.map(rectOf).find(inView);
  if (!rect && ranges[0]) {
    (ranges[0].startContainer.parentElement || document.body).scrollIntoView({ block: 'center' });
    rect = ranges.map(rectOf).find(inView);
  }
  if (!rect) throw new Error('no highlight could be brought into view');
  return { x: rect.left + Math.min(20, rect.width / 2), y: rect.top + rect.height / 2 };
})()`;

type W = Window & { __firstHighlight?: number; __clickAt?: number; __cardAt?: number; __appAt?: number };

/** Navigates and returns [first highlight, DOMContentLoaded end], ms after navigation start. */
async function firstHighlight(page: Page, url: string, timeout = 30_000): Promise<[number, number]> {
  await page.goto(url);
  await page.waitForFunction(() => ((window as W).__firstHighlight ?? 0) > 0, undefined, { timeout, polling: 50 });
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return [(window as W).__firstHighlight!, nav?.domContentLoadedEventEnd ?? NaN] as [number, number];
  });
}

/**
 * Stops the extension's service worker and checks that it really stopped, two ways: the
 * ServiceWorker domain reports its version 'stopped', and the browser has no service_worker
 * target for it any more. (Playwright's Worker 'close' event only arrives much later, so
 * context.serviceWorkers() still lists a stopped worker.)
 */
async function stopWorker(cdp: CDPSession, browserCdp: CDPSession, extensionId: string, status: Map<string, string>): Promise<void> {
  await cdp.send('ServiceWorker.stopAllWorkers');
  const deadline = Date.now() + 10_000;
  for (;;) {
    const running = [...status.values()].some((s) => s !== 'stopped');
    const { targetInfos } = (await browserCdp.send('Target.getTargets')) as { targetInfos: { type: string; url: string }[] };
    const alive = targetInfos.some((t) => t.type === 'service_worker' && t.url.includes(extensionId));
    if (!running && !alive) return;
    if (Date.now() > deadline) throw new Error(`the service worker did not stop (target alive: ${alive}, statuses: ${[...status.values()].join(',')})`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

async function sidebarFrame(page: Page, timeout = 10_000): Promise<Frame> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const f = page.frames().find((fr) => fr.url().includes('/src/sidebar/index.html'));
    if (f) return f;
    if (Date.now() > deadline) throw new Error('sidebar iframe did not appear');
    await page.waitForTimeout(5);
  }
}

export interface SidebarSample {
  /** click → the clicked claim's card shown focused (page and frame clocks: performance.timeOrigin + now()).
   *  The sidebar is preloaded hidden once a page has highlights, so frame load times may be negative. */
  cards: number;
  /** the same, timed from Node (includes Playwright's polling). */
  node: number;
  /** click → the sidebar document's navigation start. */
  frameStart: number;
  /** click → the sidebar document's DOMContentLoaded end (its scripts have run). */
  frameDcl: number;
  /** click → the app's first DOM (before its report arrives). */
  app: number;
}

/** Opens the sidebar by clicking the first highlight, in a fresh tab. */
async function sidebarOnce(context: BrowserContext, url: string): Promise<SidebarSample> {
  // a fresh tab each time: the background remembers per tab that its sidebar was open
  const page = await context.newPage();
  try {
    await firstHighlight(page, url);
    const point = (await page.evaluate(CLICK_POINT)) as { x: number; y: number };
    await page.mouse.move(point.x, point.y);
    await page.waitForTimeout(100); // hover (tooltip) settles, as a reader's would
    const t0 = performance.now();
    await page.mouse.click(point.x, point.y);
    const frame = await sidebarFrame(page);
    await frame.waitForSelector('.card.focused', { state: 'attached', timeout: 15_000 });
    const tNode = performance.now() - t0;
    await frame.waitForFunction(() => ((window as W).__cardAt ?? 0) > 0, undefined, { timeout: 5_000 });
    const f = await frame.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return { card: (window as W).__cardAt!, app: (window as W).__appAt ?? NaN, start: performance.timeOrigin, dcl: nav?.domContentLoadedEventEnd ?? NaN };
    });
    const clickAt = await page.evaluate(() => (window as W).__clickAt ?? 0);
    if (!clickAt) throw new Error('the click was not recorded');
    return { cards: f.card - clickAt, node: tNode, frameStart: f.start - clickAt, frameDcl: f.start + f.dcl - clickAt, app: f.app - clickAt };
  } finally {
    await page.close();
  }
}

export async function measureExtension(
  origin: string,
  reps: { cold: number; warm: number; sidebar: number },
  progress: (msg: string) => void,
): Promise<ExtensionResults> {
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-bench-'));
  const log: string[] = [];
  const { context, extensionId } = await launch(profile);
  try {
    await context.addInitScript(INIT);
    const page = context.pages()[0] ?? (await context.newPage());
    const url = `${origin}/articles/seed-002.html`;
    // First load in a fresh profile: the worker seeds IndexedDB and builds the index.
    const [installFirstHighlight] = await firstHighlight(page, url, 60_000);

    const cdp = await context.newCDPSession(page);
    const browserCdp = await context.browser()!.newBrowserCDPSession();
    const status = new Map<string, string>();
    let starts = 0;
    cdp.on('ServiceWorker.workerVersionUpdated', (e: { versions: { versionId: string; scriptURL: string; runningStatus: string }[] }) => {
      for (const v of e.versions) {
        if (!v.scriptURL.includes(extensionId)) continue;
        if (v.runningStatus === 'starting' && status.get(v.versionId) !== 'starting') starts++;
        status.set(v.versionId, v.runningStatus);
      }
    });
    await cdp.send('ServiceWorker.enable');

    const cold: number[] = [];
    const warm: number[] = [];
    const dcl: number[] = [];
    let coldVerified = 0;
    const coldRun = async (i: number): Promise<void> => {
      await stopWorker(cdp, browserCdp, extensionId, status);
      const before = starts;
      const [ms] = await firstHighlight(page, url);
      // the navigation woke the worker: it went through 'starting' again
      if (starts > before) coldVerified += i >= 0 ? 1 : 0;
      else log.push(`cold run ${i + 1}: the worker was not seen starting again`);
      if (i >= 0) cold.push(ms);
    };
    const warmRun = async (i: number): Promise<void> => {
      const [ms, d] = await firstHighlight(page, url);
      if (i >= 0) {
        warm.push(ms);
        dcl.push(d);
      }
    };
    const attempt = async (what: string, f: () => Promise<void>): Promise<void> => {
      try {
        await f();
      } catch (e) {
        log.push(`${what} failed, skipped: ${(e as Error).message.split('\n')[0]}`);
      }
    };
    // one warm-up of each (i = -1), then cold and warm runs interleaved
    for (let i = -1; i < Math.max(reps.cold, reps.warm); i++) {
      if (i < reps.cold) await attempt(`cold run ${i + 1}`, () => coldRun(i));
      if (i < reps.warm) await attempt(`warm run ${i + 1}`, () => warmRun(i));
      progress(`  first highlight: run ${i + 1} cold ${cold.at(-1)?.toFixed(0) ?? '-'} ms, warm ${warm.at(-1)?.toFixed(0) ?? '-'} ms`);
    }
    await cdp.detach().catch(() => undefined);
    await browserCdp.detach().catch(() => undefined);

    const sidebar: SidebarSample[] = [];
    for (let i = -1; i < reps.sidebar; i++) {
      let s: SidebarSample;
      try {
        s = await sidebarOnce(context, url);
      } catch (e) {
        log.push(`sidebar run ${i + 1} failed, skipped: ${(e as Error).message.split('\n')[0]}`);
        continue;
      }
      if (i >= 0) sidebar.push(s);
      progress(`  sidebar: run ${i + 1} ${s.cards.toFixed(0)} ms (frame starts ${s.frameStart.toFixed(0)}, DCL ${s.frameDcl.toFixed(0)}, app ${s.app.toFixed(0)}; node clock ${s.node.toFixed(0)} ms)`);
    }
    return { installFirstHighlight, cold, warm, dcl, sidebar, coldVerified, log };
  } finally {
    await context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  }
}
