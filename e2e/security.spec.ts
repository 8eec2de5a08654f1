// Isolation and reliability against hostile pages and a service worker that MV3 may stop at
// any moment: the page learns nothing and writes nothing; highlights still come; notes are
// neither lost nor duplicated; storage faults are shown, the edit is kept and retried.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createNote } from '../src/core/notes/model.ts';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import {
  DIST,
  test,
  expect,
  claimHighlightCount as claimHighlights,
  selectText as select,
  sendCommand as command,
  sidebarFrame,
  writeAnnotations,
} from './fixtures';

interface Stolen {
  shadow: string[];
  frames: string[];
  idb: string[];
  runtime: string[];
  messages: string[];
}

async function countNotes(worker: Worker): Promise<number> {
  return worker.evaluate(
    () =>
      new Promise<number>((ok, fail) => {
        const req = indexedDB.open('crosscheck');
        req.onerror = () => fail(req.error);
        req.onsuccess = () => {
          const c = req.result.transaction('notes').objectStore('notes').count();
          c.onsuccess = () => {
            ok(c.result);
            req.result.close();
          };
        };
      }),
  );
}

/** Stops every service worker (MV3 does this at will) and waits until it is really stopped. */
async function stopWorker(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  // A worker busy with an event may restart at once: ask again until it is seen stopped.
  const running = async () => {
    await cdp.send('ServiceWorker.stopAllWorkers');
    await page.waitForTimeout(50);
    return (await cdp.send('Target.getTargets')).targetInfos.filter(
      (t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'),
    ).length;
  };
  await expect.poll(running, { timeout: 15_000 }).toBe(0);
  await cdp.detach();
}

test('a hostile page cannot read, write, restyle or message its way into Crosscheck', async ({ page, site, ext }) => {
  await page.goto(`${site.origin}/hostile.html`);
  await expect.poll(() => claimHighlights(page)).toBeGreaterThan(0);
  await command(ext.worker, 'cmd/toggle-sidebar');
  const frame = await sidebarFrame(page);
  await expect(frame.locator('.card').first()).toBeVisible();

  const stolen = await page.evaluate(
    (id) => (window as unknown as { probe: (id: string) => Promise<Stolen> }).probe(id),
    ext.extensionId,
  );
  expect(stolen.shadow).toEqual(['null', 'attach refused']);
  expect(stolen.frames.every((f) => f === 'blocked')).toBe(true);
  expect(stolen.idb).not.toContain('crosscheck');
  expect(stolen.runtime.join(' ')).not.toContain('answer:');
  expect(stolen.messages).toEqual([]);
  // The forged postMessage wrote nothing.
  expect(await countNotes(ext.worker)).toBe(0);

  // The page's !important styles did not hide or shrink the sidebar.
  const el = await frame.frameElement();
  expect(await el.isVisible()).toBe(true);
  const box = (await el.boundingBox())!;
  expect(box.width).toBeGreaterThanOrEqual(300);
  expect(box.height).toBeGreaterThan(400);
  // Nothing of the sidebar's content is in the page's DOM.
  expect(await page.evaluate(() => document.body.innerText)).not.toContain('Corroborated by');
});

test('forged runtime messages from a content-script context are refused by shape and sender', async ({ ext }) => {
  // The worker itself is not a sidebar page: the router must refuse note writes from it.
  const answers = await ext.worker.evaluate(async () => {
    const send = (m: unknown) => chrome.runtime.sendMessage(m).catch((e: Error) => `error:${e.message}`);
    return [
      await send({ type: 'notes/put', note: { id: 'x' } }),
      await send({ type: 'notes/delete' }),
      await send('notes/list'),
    ];
  });
  for (const a of answers) expect(JSON.stringify(a)).not.toContain('"ok":true');
});

test('the service worker stopped between and during operations: highlights still come, notes neither lost nor duplicated', async ({
  page,
  site,
  ext,
  context,
}) => {
  await page.goto(`${site.origin}/articles/seed-002.html`);
  await expect.poll(() => claimHighlights(page)).toBeGreaterThan(0);
  const before = await claimHighlights(page);

  // Between operations: stopped, then a page load wakes it and highlights come back the same.
  await stopWorker(context, page);
  await page.reload();
  await expect.poll(() => claimHighlights(page)).toBe(before);

  // During a note edit: the worker is stopped while the reader types.
  await select(page, 'A Best Buy spokeswoman confirmed in an email reports');
  await command(context.serviceWorkers()[0] ?? ext.worker, 'cmd/add-note');
  const frame = await sidebarFrame(page);
  const box = frame.getByLabel('Your note');
  await box.pressSequentially('first part ', { delay: 10 });
  await stopWorker(context, page);
  await box.pressSequentially('and the rest', { delay: 10 });
  await expect(frame.locator('.save-state')).toContainText(/Saved at \d/);
  await stopWorker(context, page);
  await frame.getByRole('button', { name: 'Done' }).click();
  await expect(frame.locator('.notes .note .note-body')).toHaveText('first part and the rest');
  // Exactly one note in the database (All notes reads it back through a freshly woken worker).
  await stopWorker(context, page);
  await frame.getByRole('tab', { name: 'All notes' }).click();
  await expect(frame.locator('.notes .note')).toHaveCount(1);
});

test('a storage fault (quota exceeded) is shown, the edit is kept, and the save is retried', async ({ page, site, ext }) => {
  await page.goto(`${site.origin}/articles/seed-001.html`);
  await expect.poll(() => claimHighlights(page)).toBeGreaterThan(0);
  // Fault injection in the worker: every write to the notes store fails as if the disk were full.
  await ext.worker.evaluate(() => {
    const g = self as unknown as { __fail: boolean };
    g.__fail = true;
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (g.__fail && this.name === 'notes') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    };
  });
  await select(page, 'Best Buy is giving customers 45 days');
  await command(ext.worker, 'cmd/add-note');
  const frame = await sidebarFrame(page);
  await frame.getByLabel('Your note').fill('Do not lose me');
  await expect(frame.locator('.save-state')).toContainText('Not saved');
  await expect(frame.locator('.save-state')).toContainText('quota');
  await expect(frame.getByLabel('Your note')).toHaveValue('Do not lose me');
  expect(await countNotes(ext.worker)).toBe(0);
  // The disk has room again: the retry saves it, once.
  await ext.worker.evaluate(() => void ((self as unknown as { __fail: boolean }).__fail = false));
  await expect(frame.locator('.save-state')).toContainText(/Saved at \d/, { timeout: 15_000 });
  expect(await countNotes(ext.worker)).toBe(1);
});

test('the built extension makes no network requests and runs no remote code', () => {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(js|html)$/.test(f)) files.push(p);
    }
  };
  walk(DIST);
  expect(files.length).toBeGreaterThan(3);
  for (const f of files) {
    const src = readFileSync(f, 'utf8');
    const network = /\bfetch\(|XMLHttpRequest|new WebSocket|sendBeacon|EventSource\(|importScripts\(/.exec(src);
    expect(network?.[0], `${f} makes a network call`).toBeUndefined();
    expect(/<script[^>]+src=["']https?:/.test(src), `${f} loads remote script`).toBe(false);
  }
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
  expect(manifest.permissions.sort()).toEqual(['contextMenus', 'storage']);
  expect(manifest.host_permissions ?? []).toEqual([]);
  expect(manifest.content_security_policy.extension_pages).toContain("script-src 'self'");
  expect(manifest.content_scripts[0].all_frames).toBe(false);
});

test('hostile note content (HTML, javascript: links, RTL overrides, huge strings) is rendered inert and legible', async ({ page, site, ext }, info) => {
  const pageUrl = `${site.origin}/articles/seed-001.html`;
  const body =
    '<img src=x onerror="window.pwned=1"><b>bold?</b>\njavascript:alert(1) and [x](javascript:alert(2))\n' +
    'safe https://example.com/ok \u202Eevil override\u202C end';
  const made = createNote({ kind: 'passage', pageUrl, pageTitle: '<script>window.pwned=2</script>', body, tags: ['<i>tag</i>'] });
  if (!made.ok) throw new Error(made.error);
  const file = writeAnnotations(info.outputPath('hostile.jsonld'), [made.note]);
  // An oversized file is refused without writing anything.
  const huge = writeAnnotations(info.outputPath('huge.jsonld'), [{ ...made.note, id: 'note-big', body: 'x'.repeat(100_000) }]);

  await page.goto(pageUrl);
  await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
  await command(ext.worker, 'cmd/toggle-sidebar');
  const frame = await sidebarFrame(page);
  await frame.getByRole('tab', { name: 'All notes' }).click();
  await frame.locator('input[type=file]').setInputFiles(huge);
  await expect(frame.locator('.ie-message.error')).toContainText('Nothing was imported');
  await frame.locator('input[type=file]').setInputFiles(file);
  await expect(frame.locator('.ie-message')).toContainText('1 new note');
  const note = frame.locator('.notes .note').first();
  await expect(note.locator('.note-body')).toContainText('<img src=x onerror="window.pwned=1"><b>bold?</b>');
  await expect(note.locator('.note-page a')).toHaveText('<script>window.pwned=2</script>');
  await expect(note.locator('.tag')).toHaveText('<i>tag</i>');
  expect(await note.locator('img, b, script, i').count()).toBe(0);
  const hrefs = await note.locator('.note-body a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(hrefs).toEqual(['https://example.com/ok']);
  expect(await note.locator('.note-body').innerText()).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  expect(await frame.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
});
