// Personal notes end to end: add a note on a selection, it is saved as typed, re-attaches on
// reload, survives a browser restart and an extension reload, and export → wipe → import
// gives back the same notes.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createNote } from '../src/core/notes/model.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page, Worker } from '@playwright/test';
import {
  test,
  expect,
  launch,
  reloadExtension,
  type Launched,
  selectText as select,
  sendCommand as command,
  sidebarFrame,
  writeAnnotations,
} from './fixtures';

const ARTICLE = '/articles/seed-001.html';
const PASSAGE = 'Best Buy is giving customers 45 days to swap Kaspersky Lab products for other software';

/** The editor's status once a save has really completed. */
const SAVED = /Saved at \d/;

const noteHighlights = (page: Page) => page.evaluate(() => CSS.highlights.get('crosscheck-note')?.size ?? 0);

/** How many notes the extension's database holds, and its noted-pages list, read in its worker. */
function storedNotes(worker: Worker): Promise<{ notes: number; notedPages: unknown }> {
  return worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open('crosscheck');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const notes = await new Promise<number>((ok, fail) => {
      const req = db.transaction('notes').objectStore('notes').count();
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    db.close();
    const got = await chrome.storage.local.get('notedPages');
    return { notes, notedPages: got.notedPages };
  });
}

async function clickFirstClaim(page: Page): Promise<void> {
  const p = await page.evaluate(() => {
    const all: AbstractRange[] = [];
    CSS.highlights.forEach((h, name) => {
      if (name !== 'crosscheck-note' && name !== 'crosscheck-focus') h.forEach((r) => void all.push(r));
    });
    const r = document.createRange();
    r.setStart(all[0]!.startContainer, all[0]!.startOffset);
    r.setEnd(all[0]!.endContainer, all[0]!.endOffset);
    const rect = r.getClientRects()[0]!;
    return { x: rect.left + 5, y: rect.top + rect.height / 2 };
  });
  await page.mouse.click(p.x, p.y);
}

async function writeNote(frame: Frame, text: string): Promise<void> {
  const box = frame.getByLabel('Your note');
  await box.fill(text);
  await expect(frame.locator('.save-state')).toContainText(SAVED);
}

test('a note added on a selection is saved as typed and re-attaches after reload', async ({ page, site, ext }) => {
  await page.goto(`${site.origin}${ARTICLE}`);
  await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
  await select(page, PASSAGE);
  await command(ext.worker, 'cmd/add-note');
  const frame = await sidebarFrame(page);
  await expect(frame.locator('.note-editor blockquote')).toHaveText(PASSAGE);
  await writeNote(frame, 'Checked with the Star Tribune piece.\nSee https://www.startribune.com/');
  await frame.getByLabel('Tags (comma-separated)').fill('Best Buy, checked');
  await expect(frame.locator('.save-state')).toContainText(SAVED);
  await frame.getByRole('button', { name: 'Done' }).click();
  const item = frame.locator('.notes .note').first();
  await expect(item.locator('blockquote')).toHaveText(PASSAGE);
  await expect(item.locator('.note-body a')).toHaveAttribute('href', 'https://www.startribune.com/');
  await expect(item.locator('.tag')).toHaveText(['best buy', 'checked']);
  await expect.poll(() => noteHighlights(page)).toBe(1);

  await page.reload();
  await expect.poll(() => noteHighlights(page)).toBe(1);
  const text = await page.evaluate(() => {
    const r = [...CSS.highlights.get('crosscheck-note')!][0]!;
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return range.toString();
  });
  expect(text).toBe(PASSAGE);
});

test('the "Add note" button appears under a mouse selection and opens the editor', async ({ page, site }) => {
  await page.goto(`${site.origin}/articles/unrelated.html`); // notes work on any article
  const target = 'protected bike lanes to the downtown grid';
  await select(page, target);
  const rect = await page.evaluate(() => {
    const rs = getSelection()!.getRangeAt(0).getClientRects();
    const r = rs[rs.length - 1]!;
    return { right: r.right, bottom: r.bottom };
  });
  await page.mouse.move(rect.right - 2, rect.bottom - 4);
  await page.mouse.up();
  await page.waitForTimeout(100);
  const vw = await page.evaluate(() => ({ w: innerWidth, h: innerHeight }));
  const x = Math.max(8, Math.min(rect.right - 40, vw.w - 120));
  const y = Math.min(rect.bottom + 8, vw.h - 40);
  await page.mouse.click(x + 12, y + 10);
  const frame = await sidebarFrame(page);
  await expect(frame.locator('.note-editor blockquote')).toHaveText(target);
});

test('notes survive a browser restart and an extension reload', async ({ site }) => {
  const profile = mkdtempSync(join(tmpdir(), 'crosscheck-restart-'));
  let run: Launched | null = null;
  try {
    run = await launch(profile);
    let page = run.context.pages()[0] ?? (await run.context.newPage());
    await page.goto(`${site.origin}${ARTICLE}`);
    await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
    await select(page, PASSAGE);
    await command(run.worker, 'cmd/add-note');
    const frame = await sidebarFrame(page);
    // Type and close the browser right away: the debounced save must not lose the text.
    await frame.getByLabel('Your note').fill('Written just before the browser closed');
    await expect(frame.locator('.save-state')).toContainText(SAVED);
    await run.context.close();

    run = await launch(profile);
    // What the restarted browser holds: the note itself, and the page in the noted-pages list
    // the content script checks before asking for notes.
    expect(await storedNotes(run.worker)).toEqual({ notes: 1, notedPages: [`${site.origin}${ARTICLE}`] });
    page = run.context.pages()[0] ?? (await run.context.newPage());
    await page.goto(`${site.origin}${ARTICLE}`);
    await expect.poll(() => noteHighlights(page)).toBe(1);

    // Reload the extension: the dataset is reloaded, the notes stay.
    await reloadExtension(run.context);
    await page.reload();
    await expect.poll(() => noteHighlights(page)).toBe(1);
    // The claims dataset was reloaded too: claim highlights are back. Open the sidebar from one.
    await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(1);
    await clickFirstClaim(page);
    const f2 = await sidebarFrame(page);
    await f2.getByRole('tab', { name: 'Notes', exact: true }).click();
    await expect(f2.locator('.notes .note .note-body')).toHaveText('Written just before the browser closed');
  } finally {
    await run?.context.close(); // a failed run must not leave a browser holding the site's sockets
    rmSync(profile, { recursive: true, force: true });
  }
});

test('export, wipe, import gives back identical notes; a bad file changes nothing', async ({ page, site, ext }, info) => {
  await page.goto(`${site.origin}${ARTICLE}`);
  await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
  for (const [passage, body] of [
    [PASSAGE, 'first note'],
    ['The Kremlin called this decision', 'second note'],
  ] as const) {
    await select(page, passage);
    await command(ext.worker, 'cmd/add-note');
    const frame = await sidebarFrame(page);
    await expect(frame.locator('.note-editor blockquote')).toHaveText(passage);
    await writeNote(frame, body);
    await frame.getByRole('button', { name: 'Done' }).click();
  }
  const frame = await sidebarFrame(page);
  await frame.getByRole('tab', { name: 'All notes' }).click();
  await expect(frame.locator('.notes .note')).toHaveCount(2);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    frame.getByRole('button', { name: 'Export all notes (JSON-LD)' }).click(),
  ]);
  const file = info.outputPath('notes.jsonld');
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, 'utf8'));
  expect(exported.type).toBe('AnnotationCollection');
  expect(exported.first.items).toHaveLength(2);

  // Wipe every note through the UI.
  for (let i = 0; i < 2; i++) await frame.locator('.notes .note').first().getByRole('button', { name: 'Delete' }).click();
  await expect(frame.locator('.notes .note')).toHaveCount(0);

  // A truncated file is refused with a message, and nothing is written.
  const bad = info.outputPath('bad.jsonld');
  writeFileSync(bad, readFileSync(file, 'utf8').slice(0, 300));
  await frame.locator('input[type=file]').setInputFiles(bad);
  await expect(frame.locator('.ie-message.error')).toContainText('Nothing was imported');
  await expect(frame.locator('.notes .note')).toHaveCount(0);

  await frame.locator('input[type=file]').setInputFiles(file);
  await expect(frame.locator('.ie-message')).toContainText('2 new notes');
  await expect(frame.locator('.notes .note')).toHaveCount(2);
  // Importing the same file again does not duplicate.
  await frame.locator('input[type=file]').setInputFiles(file);
  await expect(frame.locator('.ie-message')).toContainText('0 new notes, 2 already here');
  await expect(frame.locator('.notes .note')).toHaveCount(2);

  const [again] = await Promise.all([
    page.waitForEvent('download'),
    frame.getByRole('button', { name: 'Export all notes (JSON-LD)' }).click(),
  ]);
  const file2 = info.outputPath('notes2.jsonld');
  await again.saveAs(file2);
  const sortItems = (c: { first: { items: { id: string }[] } }) => [...c.first.items].sort((a, b) => a.id.localeCompare(b.id));
  expect(sortItems(JSON.parse(readFileSync(file2, 'utf8')))).toEqual(sortItems(exported));
  await expect.poll(() => noteHighlights(page)).toBe(2);
});

test('on revisit notes re-attach exactly or fuzzily, and a note whose text is gone is listed as orphaned', async ({ page, site, ext }, info) => {
  const pageUrl = `${site.origin}${ARTICLE}`;
  const make = (id: string, exact: string, body: string) => {
    const r = createNote(
      {
        kind: 'passage',
        pageUrl,
        pageTitle: 'seed 001',
        target: {
          quote: { type: 'TextQuoteSelector', exact, prefix: 'According to Star Tribune, ', suffix: '.' },
          position: { type: 'TextPositionSelector', start: 900, end: 900 + exact.length },
        },
        body,
      },
      { newId: () => id },
    );
    if (!r.ok) throw new Error(r.error);
    return r.note;
  };
  const file = writeAnnotations(info.outputPath('crafted.jsonld'), [
    make('note-exact', PASSAGE, 'exact'),
    // The article's wording changed a little since this note was written.
    make('note-fuzzy', 'Best Buy is giving its customers 45 days to swap Kaspersky Labs products for other software', 'fuzzy'),
    make('note-gone', 'This sentence was in an earlier version of the article and has since been removed.', 'gone'),
  ]);
  await page.goto(pageUrl);
  await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
  await command(ext.worker, 'cmd/toggle-sidebar');
  const frame = await sidebarFrame(page);
  await frame.getByRole('tab', { name: 'All notes' }).click();
  await frame.locator('input[type=file]').setInputFiles(file);
  await expect(frame.locator('.ie-message')).toContainText('3 new notes');

  await page.reload(); // a later visit; the sidebar was left open in this tab, so it reopens
  await expect.poll(() => noteHighlights(page)).toBe(2);
  const f2 = await sidebarFrame(page);
  await expect.poll(async () => (await f2.frameElement()).isVisible()).toBe(true);
  await f2.getByRole('tab', { name: 'Notes', exact: true }).click();
  await expect(f2.locator('.notes .note')).toHaveCount(3);
  await expect(f2.locator('[data-note-id="note-gone"] .orphan-flag')).toBeVisible();
  await expect(f2.locator('[data-note-id="note-fuzzy"] .orphan-flag')).toHaveCount(0);
  await expect(f2.locator('[data-note-id="note-exact"] .orphan-flag')).toHaveCount(0);
  await expect(f2.getByRole('heading', { name: /Notes on this page \(3, 1 orphaned\)/ })).toBeVisible();
  // "Show on page" scrolls to a re-attached note and flashes it.
  await f2.locator('[data-note-id="note-fuzzy"]').getByRole('button', { name: 'Show on page' }).click();
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('crosscheck-focus')?.size ?? 0)).toBe(1);
});

test('a note on a claim card; delete with undo; all notes filtered by tag and site; Markdown export', async ({ page, site }, info) => {
  await page.goto(`${site.origin}/articles/seed-004.html`);
  await expect.poll(() => page.evaluate(() => CSS.highlights.size)).toBeGreaterThan(0);
  await clickFirstClaim(page);
  const frame = await sidebarFrame(page);
  const card = frame.locator('.card.focused');
  const claimId = await card.getAttribute('data-claim-id');
  const claimText = (await card.locator('.claim-text').textContent())!.trim();
  await card.getByRole('button', { name: 'Add note on this claim' }).click();
  await expect(frame.locator('.note-editor')).toContainText('On the claim:');
  await writeNote(frame, 'Claim-level note');
  await frame.getByLabel('Tags (comma-separated)').fill('claims');
  await expect(frame.locator('.save-state')).toContainText(SAVED);
  await frame.getByRole('button', { name: 'Done' }).click();
  const item = frame.locator('.notes .note').first();
  await expect(item.locator('.note-kind')).toHaveText('Note on a claim');
  // the note says which claim it is on
  await expect(item.locator('.claim-quote')).toHaveText(claimText);
  expect(claimId).toBeTruthy();

  // A second note on another site (imported), to filter by.
  const other = createNote({ kind: 'passage', pageUrl: 'https://www.example.com/elsewhere', pageTitle: 'Elsewhere', body: 'Other site', tags: ['other'] });
  if (!other.ok) throw new Error(other.error);
  const file = writeAnnotations(info.outputPath('other.jsonld'), [other.note]);
  await frame.getByRole('tab', { name: 'All notes' }).click();
  await frame.locator('input[type=file]').setInputFiles(file);
  await expect(frame.locator('.notes .note')).toHaveCount(2);
  await frame.getByLabel('Filter by tag').selectOption('claims');
  await expect(frame.locator('.notes .note')).toHaveCount(1);
  await expect(frame.locator('.notes .note .note-body')).toHaveText('Claim-level note');
  await expect(frame.locator('.notes .note .claim-quote')).toHaveText(claimText);
  await frame.getByLabel('Filter by tag').selectOption('');
  await frame.getByLabel('Filter by site').selectOption('example.com');
  await expect(frame.locator('.notes .note .note-body')).toHaveText('Other site');
  await expect(frame.locator('.notes .note .note-page a')).toHaveAttribute('href', 'https://www.example.com/elsewhere');
  await frame.getByLabel('Filter by site').selectOption('');
  await frame.getByPlaceholder('Search notes, quotes, pages…').fill('claim-level');
  await expect(frame.locator('.notes .note')).toHaveCount(1);
  await frame.getByPlaceholder('Search notes, quotes, pages…').fill('');

  // Delete, then undo: the note comes back unchanged.
  await frame.locator('.notes .note', { hasText: 'Other site' }).getByRole('button', { name: 'Delete' }).click();
  await expect(frame.locator('.notes .note')).toHaveCount(1);
  await frame.getByRole('button', { name: 'Undo' }).click();
  await expect(frame.locator('.notes .note')).toHaveCount(2);

  // Markdown export for reading.
  const [download] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: 'Export as Markdown' }).click()]);
  const md = info.outputPath('notes.md');
  await download.saveAs(md);
  const text = readFileSync(md, 'utf8');
  expect(text).toContain('Claim\\-level note');
  expect(text).toContain('Other site');
  expect(text).toMatch(/^# /m);
});
