// Handles every runtime message. The sender decides what it may ask: page content scripts
// (top frame of a tab, http/https) may report their page; only our own sidebar page may read
// reports or drive the page. Every message's shape is checked before use; handlers return a
// Result and never throw across the boundary.
import { browser, type Runtime } from '../shared/browser';
import { parseRequest, type ContentCommand, type Request, type SidebarEvent } from '../shared/messages';
import { err, errorMessage, ok, type Result } from '../shared/result';
import { analysePage, claimTexts, database } from './engine';
import { sameSite } from '../core/anchoring/url';
import { checkNote, deleteNote, exportNotes, importNotes, notesForPage, putNote, allNotes } from './notes';
import { showBadge } from './badge';
import { getTabState, patchTabState } from './tab-state';

type SenderKind = { kind: 'content'; tabId: number; url: string } | { kind: 'sidebar'; tabId: number } | { kind: 'unknown' };

export function classifySender(sender: Runtime.MessageSender): SenderKind {
  if (sender.id !== browser.runtime.id) return { kind: 'unknown' };
  const tabId = sender.tab?.id;
  const url = sender.url ?? '';
  if (url.startsWith(browser.runtime.getURL('src/sidebar/'))) {
    return typeof tabId === 'number' ? { kind: 'sidebar', tabId } : { kind: 'unknown' };
  }
  if (typeof tabId === 'number' && sender.frameId === 0 && /^https?:/i.test(url)) return { kind: 'content', tabId, url };
  return { kind: 'unknown' };
}

/** Whether a (normalised) page URL belongs to the same site as the page that sent it. */
export function ownSite(pageUrl: string, senderUrl: string): boolean {
  try {
    return sameSite(new URL(pageUrl).hostname, new URL(senderUrl).hostname);
  } catch {
    return false;
  }
}

export async function sendToTab(tabId: number, cmd: ContentCommand): Promise<boolean> {
  try {
    await browser.tabs.sendMessage(tabId, cmd, { frameId: 0 });
    return true;
  } catch {
    return false; // no content script there (restricted page, or loaded before install)
  }
}

export function broadcast(evt: SidebarEvent): void {
  browser.runtime.sendMessage(evt).catch(() => undefined); // no sidebar open: nobody listens
}

/** Every tab re-reads its notes (a note may be on a page open in several tabs). */
async function notifyNotesChanged(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map(async (t) => {
      if (t.id === undefined) return;
      await sendToTab(t.id, { type: 'cmd/notes-changed' });
      broadcast({ type: 'evt/notes', tabId: t.id });
    }),
  );
}

export async function handle(msg: unknown, sender: Runtime.MessageSender): Promise<Result<unknown>> {
  const req: Request | null = parseRequest(msg);
  if (!req) return err('malformed message');
  const from = classifySender(sender);
  try {
    switch (req.type) {
      case 'page/analyse': {
        if (from.kind !== 'content') return err('not allowed');
        const report = await analysePage(req);
        const before = await getTabState(from.tabId);
        const sameUrl = before.report?.url === report.url;
        const state = await patchTabState(from.tabId, {
          report,
          page: { url: req.pageUrl, title: req.title },
          highlightsHidden: sameUrl ? before.highlightsHidden : false,
          focusClaimId: sameUrl ? before.focusClaimId : null,
        });
        await showBadge(from.tabId, report);
        broadcast({ type: 'evt/report', tabId: from.tabId });
        return ok({ report, sidebarOpen: state.sidebarOpen, highlightsHidden: state.highlightsHidden });
      }
      case 'page/none': {
        if (from.kind !== 'content') return err('not allowed');
        await patchTabState(from.tabId, { report: null, focusClaimId: null });
        await showBadge(from.tabId, null);
        broadcast({ type: 'evt/report', tabId: from.tabId });
        return ok(null);
      }
      case 'sidebar/opened': {
        if (from.kind !== 'content') return err('not allowed');
        const focusClaimId = req.claimId ?? null;
        await patchTabState(from.tabId, {
          sidebarOpen: req.open,
          focusClaimId,
          ...(req.view ? { view: req.view } : {}),
        });
        if (req.view) broadcast({ type: 'evt/report', tabId: from.tabId });
        if (focusClaimId) broadcast({ type: 'evt/focus-claim', tabId: from.tabId, claimId: focusClaimId });
        return ok(null);
      }
      case 'sidebar/get-report': {
        if (from.kind !== 'sidebar') return err('not allowed');
        const state = await getTabState(from.tabId);
        if (state.notice) await patchTabState(from.tabId, { notice: null });
        return ok({
          tabId: from.tabId,
          report: state.report,
          focusClaimId: state.focusClaimId,
          highlightsHidden: state.highlightsHidden,
          notice: state.notice,
          lookup: state.lookup,
          page: state.page,
          draft: state.draft,
          view: state.view,
        });
      }
      case 'sidebar/set-highlights': {
        if (from.kind !== 'sidebar') return err('not allowed');
        await patchTabState(from.tabId, { highlightsHidden: !req.visible });
        await sendToTab(from.tabId, { type: 'cmd/set-highlights', visible: req.visible });
        return ok(null);
      }
      case 'sidebar/focus-match': {
        if (from.kind !== 'sidebar') return err('not allowed');
        await sendToTab(from.tabId, { type: 'cmd/focus-match', index: req.index });
        return ok(null);
      }
      case 'notes/for-page': {
        if (from.kind !== 'content') return err('not allowed');
        // A page may only read the notes of its own site.
        if (!ownSite(req.url, from.url)) return err('not allowed');
        await patchTabState(from.tabId, { page: { url: req.url, title: req.title }, noteStatus: {} });
        return ok(await notesForPage(database(), req.url));
      }
      case 'notes/anchors': {
        if (from.kind !== 'content') return err('not allowed');
        await patchTabState(from.tabId, { noteStatus: req.status });
        broadcast({ type: 'evt/notes', tabId: from.tabId });
        return ok(null);
      }
      case 'notes/draft': {
        if (from.kind !== 'content') return err('not allowed');
        if (!ownSite(req.draft.pageUrl, from.url)) return err('not allowed');
        await patchTabState(from.tabId, {
          draft: req.draft,
          view: 'notes',
          focusClaimId: null,
          page: { url: req.draft.pageUrl, title: req.draft.pageTitle },
        });
        broadcast({ type: 'evt/report', tabId: from.tabId });
        return ok(null);
      }
      case 'notes/clear-draft': {
        if (from.kind !== 'sidebar') return err('not allowed');
        await patchTabState(from.tabId, { draft: null });
        return ok(null);
      }
      case 'notes/list': {
        if (from.kind !== 'sidebar') return err('not allowed');
        const state = await getTabState(from.tabId);
        const notes =
          req.scope === 'all' ? await allNotes(database()) : state.page ? await notesForPage(database(), state.page.url) : [];
        const claims = claimTexts(notes.flatMap((n) => (n.claimId ? [n.claimId] : [])));
        return ok({ notes, status: state.noteStatus, page: state.page, claims });
      }
      case 'notes/put': {
        if (from.kind !== 'sidebar') return err('not allowed');
        const checked = checkNote(req.note);
        if (!checked.ok) return err(checked.error);
        const saved = await putNote(database(), checked.note);
        await notifyNotesChanged();
        return ok(saved);
      }
      case 'notes/delete': {
        if (from.kind !== 'sidebar') return err('not allowed');
        const removed = await deleteNote(database(), req.id);
        await notifyNotesChanged();
        return ok(removed);
      }
      case 'notes/import': {
        if (from.kind !== 'sidebar') return err('not allowed');
        const res = await importNotes(database(), req.text);
        if (!res.ok) return err(res.errors.join('\n'));
        await notifyNotesChanged();
        return ok(res.value);
      }
      case 'notes/export': {
        if (from.kind !== 'sidebar') return err('not allowed');
        const state = await getTabState(from.tabId);
        if (req.scope === 'page' && !state.page) return err('this page has no notes yet');
        return ok(await exportNotes(database(), req.scope === 'page' ? state.page!.url : null));
      }
      case 'notes/focus': {
        if (from.kind !== 'sidebar') return err('not allowed');
        await sendToTab(from.tabId, { type: 'cmd/focus-note', id: req.id });
        return ok(null);
      }
      case 'sidebar/close': {
        if (from.kind !== 'sidebar') return err('not allowed');
        await sendToTab(from.tabId, { type: 'cmd/close-sidebar' });
        return ok(null);
      }
    }
    return err('unhandled');
  } catch (e) {
    console.error('Crosscheck: handler failed', req.type, e);
    return err(errorMessage(e));
  }
}
