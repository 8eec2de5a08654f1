// npm run test:firefox — the built Firefox extension (dist/firefox) in a real Firefox (Debian's
// firefox-esr, or $FIREFOX_PATH), driven over WebDriver BiDi by puppeteer-core (Playwright
// cannot drive a stock Firefox). What a reader does: open a demo article, see the claims
// highlighted, click one, read it in the sidebar, note it, and find the note after a reload.
// Saves test-results/firefox-sidebar.png.
//
// Without a Firefox it fails and says how to install one; CROSSCHECK_SKIP_FIREFOX=1 skips it
// on purpose (and says so).
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Frame, type Page } from 'puppeteer-core';
import { serveDemo } from './demo/site';

const ROOT = join(import.meta.dirname, '..');
const EXTENSION = join(ROOT, 'dist', 'firefox');

function findFirefox(): string | null {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => existsSync(p)) ?? null;
}

/** Polls `probe` until it returns a value (not null), or throws `what` after `ms`. */
async function until<T>(what: string, probe: () => Promise<T | null>, ms = 15_000): Promise<T> {
  const deadline = Date.now() + ms;
  let last: unknown = null;
  for (;;) {
    try {
      const v = await probe();
      if (v !== null) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`${what} (waited ${ms / 1000} s)${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The sidebar's frame (BiDi reports extension frames as about:blank: ask the frame itself). */
async function sidebar(page: Page): Promise<Frame | null> {
  for (const f of page.frames()) {
    const href = await f.evaluate(() => location.href).catch(() => '');
    if (href.startsWith('moz-extension://') && href.includes('/src/sidebar/index.html')) return f;
  }
  return null;
}

async function main(): Promise<void> {
  if (process.env.CROSSCHECK_SKIP_FIREFOX === '1') {
    console.log('firefox: SKIPPED (CROSSCHECK_SKIP_FIREFOX=1)');
    return;
  }
  const firefox = findFirefox();
  if (!firefox) throw new Error('No Firefox found. Install one (Debian: sudo apt-get install -y firefox-esr) or set FIREFOX_PATH.');
  if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error('dist/firefox is missing: run npm run build first.');

  const site = await serveDemo(0);
  // the window's size from the command line: Firefox ESR 140 has no BiDi screen-orientation
  // override, which page.setViewport sends
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: firefox, headless: true, protocol: 'webDriverBiDi', defaultViewport: null, args: ['--width=1400', '--height=1000'] });
  try {
    const id = await browser.installExtension(EXTENSION);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${site.origin}/articles/seed-002.html`, { waitUntil: 'load' });

    // 1. the claims are highlighted (CSS Custom Highlights registered by the content script)
    const marked = await until('no Crosscheck highlights on the article', () =>
      page.evaluate(() => {
        const names = [...CSS.highlights.keys()].filter((k) => k.startsWith('crosscheck-'));
        const ranges = names.reduce((n, k) => n + (CSS.highlights.get(k)?.size ?? 0), 0);
        return ranges > 0 ? { names, ranges } : null;
      }),
    );

    // 2. clicking a highlighted sentence opens the sidebar on its claim
    const at = await page.evaluate(() => {
      const p = [...document.querySelectorAll('article p')].find((x) => x.textContent!.startsWith('US electronics retailer Best Buy'));
      if (!p?.firstChild) return null;
      const r = document.createRange();
      r.selectNodeContents(p.firstChild);
      const b = r.getClientRects()[0]!;
      return { x: b.left + 30, y: b.top + b.height / 2 };
    });
    if (!at) throw new Error('the demo article lacks its first paragraph');
    await page.mouse.click(at.x, at.y);
    const frame = await until('the sidebar did not open after clicking a highlight', () => sidebar(page));
    const text = await until('the sidebar does not show the clicked claim', async () => {
      const t = await frame.evaluate(() => document.body.innerText);
      return t.includes("Best Buy is pulling Kaspersky Lab's security software") && /Corroborated by \d+ other independent source/.test(t) ? t : null;
    });
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'test-results', 'firefox-sidebar.png') });

    // 3. a note on the claim is saved (IndexedDB, through the background) and is there after a reload
    const body = `Firefox note ${Date.now()}`;
    await frame.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent!.includes('Add note on this claim'))!.click());
    const box = await until('the note editor did not open', () => frame.$('textarea'));
    await box.type(body);
    await until('the note was not saved', () => frame.evaluate(() => (/Saved at \d/.test(document.querySelector('.save-state')?.textContent ?? '') ? true : null)));
    await frame.evaluate(() => [...document.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Done')!.click());
    await page.reload({ waitUntil: 'load' });
    await until('no highlights after the reload', () => page.evaluate(() => (CSS.highlights.size > 0 ? true : null)));
    await page.mouse.click(at.x, at.y);
    const again = await until('the sidebar did not open after the reload', () => sidebar(page));
    await again.evaluate(() => [...document.querySelectorAll('[role=tab]')].find((b) => b.textContent!.trim() === 'Notes')?.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    await until('the note is not listed after the reload', () => again.evaluate((b) => (document.body.innerText.includes(b) ? true : null), body));
    await page.screenshot({ path: join(ROOT, 'test-results', 'firefox-notes.png') });
    if (errors.length) throw new Error(`page errors: ${errors.join('; ')}`);

    const version = await browser.version();
    console.log(`firefox: ok — ${version}, extension ${id}: ${marked.ranges} highlighted passages (${marked.names.join(', ')}); the click opened the sidebar on the clicked claim (${text.length} characters of text); a note on it was saved and listed again after a reload`);
  } finally {
    await browser.close();
    await site.close();
  }
}

main().catch((e: unknown) => {
  console.error(`firefox: FAILED — ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
