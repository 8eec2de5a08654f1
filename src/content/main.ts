// The content script's pipeline: a near-free prefilter (title, URL and a bounded read of the
// page text for the topics' names), then extraction of the main article, the topic gate on
// that text, segmentation into passages, matching in the background, and highlights.
// Dynamic pages (late articles, SPA navigations, infinite scroll, re-rendered text) re-run the
// pipeline after a debounced quiet period that backs off while nothing relevant changes.
// Every listener is tied to `signal`, so teardown is one abort().
import { gateTopics } from '../data/gate-topics';
import { createGate } from '../core/match/gate';
import { extractArticle, type Extracted } from '../core/extract/extract';
import { segment } from '../core/text/segment';
import type { PageMatch, PageReport } from '../shared/messages';
import { Highlighter, VERDICT_HIGHLIGHT, type Target } from './highlighter';
import { onCommand, send, sendRetrying } from './messaging';
import { SidebarHost } from './sidebar-host';
import { prefilter } from './prefilter';
import { watchPage } from './watch';
import { PageNotes, pageUrl } from './notes';

export interface ContentState {
  report: PageReport | null;
  highlighter: Highlighter;
  sidebar: SidebarHost;
}

const gate = createGate(gateTopics);

export function init(signal: AbortSignal, doc: Document = document): ContentState {
  const state: ContentState = {
    report: null,
    highlighter: new Highlighter(doc),
    sidebar: new SidebarHost(doc, signal),
  };
  const notes = new PageNotes(doc);
  signal.addEventListener(
    'abort',
    () => {
      state.highlighter.clear();
      notes.clear();
      state.highlighter.removeStyle();
    },
    { once: true },
  );
  let current = -1;
  let lastKey = '';
  /** The article the last run extracted (notes anchor on the same text). */
  let lastExtracted: Extracted | null = null;
  let listening = false;

  const openSidebar = (claimId?: string, view?: 'claims' | 'notes') => {
    state.sidebar.show();
    void send({
      type: 'sidebar/opened',
      open: true,
      ...(claimId ? { claimId } : {}),
      ...(view ? { view } : claimId ? { view: 'claims' as const } : {}),
    });
  };
  const startNote = async () => {
    state.sidebar.noteButton(null);
    const d = notes.draftFromSelection();
    if (!d.ok) {
      state.sidebar.announce(d.reason);
      state.sidebar.tooltip(d.reason, 16, 16);
      setTimeout(() => state.sidebar.tooltip(null), 2500);
      return;
    }
    const res = await send({ type: 'notes/draft', draft: d.draft });
    if (res.ok) openSidebar(undefined, 'notes');
  };
  const closeSidebar = () => {
    state.sidebar.hide();
    void send({ type: 'sidebar/opened', open: false });
  };
  const step = (dir: 1 | -1) => {
    const n = state.highlighter.count;
    if (n === 0) {
      state.sidebar.announce('Crosscheck found no claims on this page.');
      return;
    }
    if (!state.highlighter.isVisible) state.highlighter.setVisible(true);
    current = current < 0 ? (dir === 1 ? 0 : n - 1) : (current + dir + n) % n;
    state.highlighter.focus(current);
    const m = state.report?.matches[current];
    if (m) {
      state.sidebar.announce(`Claim ${current + 1} of ${n}: ${m.summary}. ${m.passage}`);
      if (state.sidebar.isOpen) openSidebar(m.claimId);
    }
  };

  onCommand(signal, (cmd) => {
    switch (cmd.type) {
      case 'cmd/toggle-sidebar':
        if (state.sidebar.isOpen) closeSidebar();
        else openSidebar();
        break;
      case 'cmd/open-sidebar':
        openSidebar(cmd.claimId);
        break;
      case 'cmd/close-sidebar':
        closeSidebar();
        break;
      case 'cmd/next-highlight':
        step(1);
        break;
      case 'cmd/previous-highlight':
        step(-1);
        break;
      case 'cmd/focus-match':
        current = cmd.index;
        state.highlighter.setVisible(true);
        state.highlighter.focus(cmd.index);
        break;
      case 'cmd/set-highlights':
        state.highlighter.setVisible(cmd.visible);
        break;
      case 'cmd/add-note':
        void startNote();
        break;
      case 'cmd/notes-changed':
        void notes.refresh().then(listen);
        break;
      case 'cmd/focus-note':
        if (!notes.focus(cmd.id)) state.sidebar.announce('This note’s passage is no longer on the page.');
        break;
    }
  });

  const onClick = (e: MouseEvent) => {
    if (e.button !== 0 || e.defaultPrevented) return;
    if ((e.target as Element | null)?.closest?.('a[href]')) return; // links keep working
    if (!doc.getSelection()?.isCollapsed) return; // the reader is selecting text
    if (notes.hitTest(e.clientX, e.clientY)) {
      openSidebar(undefined, 'notes');
      return;
    }
    // several claims on these words: each click opens the next, the most specific first
    const hits = state.highlighter.hitTestAll(e.clientX, e.clientY);
    const i = hits[(hits.indexOf(current) + 1) % hits.length] ?? -1;
    const m = i >= 0 ? state.report?.matches[i] : undefined;
    if (!m) return;
    current = i;
    openSidebar(m.claimId);
  };
  let hoverFrame = 0;
  const onMove = (e: MouseEvent) => {
    if (hoverFrame) return;
    hoverFrame = requestAnimationFrame(() => {
      hoverFrame = 0;
      const note = notes.hitTest(e.clientX, e.clientY);
      const hits = note ? [] : state.highlighter.hitTestAll(e.clientX, e.clientY);
      const m = hits.length ? state.report?.matches[hits[0]!] : undefined;
      const more = hits.length > 1 ? ` (${hits.length} claims on these words: click again for the next)` : '';
      const text = note ? `Your note: ${note.body.slice(0, 140) || '(no text yet)'}` : m ? m.summary + more : null;
      state.sidebar.tooltip(text, e.clientX, e.clientY);
    });
  };
  const listen = () => {
    if (listening) return;
    listening = true;
    doc.addEventListener('click', onClick, { capture: true, signal });
    doc.addEventListener('mousemove', onMove, { passive: true, signal });
  };

  // The "Add note" button follows a finished selection (mouse or keyboard).
  const onSelectEnd = () => {
    const sel = doc.getSelection();
    const text = sel && !sel.isCollapsed ? sel.toString().trim() : '';
    const anchorEl = sel?.anchorNode?.nodeType === 1 ? (sel.anchorNode as Element) : sel?.anchorNode?.parentElement;
    if (text.length < 2 || !sel || sel.rangeCount === 0 || anchorEl?.closest('input, textarea, [contenteditable=""], [contenteditable="true"]')) {
      state.sidebar.noteButton(null);
      return;
    }
    const rects = sel.getRangeAt(0).getClientRects();
    const last = rects[rects.length - 1];
    if (last) state.sidebar.noteButton(last, () => void startNote());
  };
  doc.addEventListener('mouseup', () => setTimeout(onSelectEnd, 0), { signal });
  doc.addEventListener('keyup', (e) => e.shiftKey && onSelectEnd(), { signal });
  doc.addEventListener(
    'selectionchange',
    () => {
      if (doc.getSelection()?.isCollapsed && state.sidebar.injected) state.sidebar.noteButton(null);
    },
    { signal },
  );

  let notesLoaded = false;
  const syncNotes = async () => {
    // Until the notes have once been read, every run tries again (the worker may not answer).
    if (!notesLoaded) notesLoaded = await notes.refresh(false, lastExtracted, signal);
    else await notes.reanchor(lastExtracted);
    if (notes.highlighter.count) listen();
  };

  /** Runs the pipeline; returns true when what the page shows changed. */
  const analyse = async (): Promise<boolean> => {
    const url = doc.location?.href ?? '';
    const relevant = prefilter(doc, gateTopics) ? extractRelevant(doc, url) : null;
    const key = relevant ? `${url}\n${relevant.extracted.text}` : `${url}\n-`;
    lastExtracted = relevant?.extracted ?? null;
    if (key === lastKey) {
      // Same text, but the page may have re-rendered it into new nodes: re-map the highlights
      // locally (the offsets are unchanged, so the background need not be asked again).
      if (!relevant || !state.report || !state.highlighter.stale()) return false;
      const { targets } = toTargets(relevant.extracted, state.report.matches);
      requestAnimationFrame(() => state.highlighter.set(targets));
      return true;
    }
    lastKey = key;
    if (!relevant) {
      if (state.report) {
        state.report = null;
        state.highlighter.clear();
        state.sidebar.tooltip(null);
        void send({ type: 'page/none' });
      }
      return true;
    }
    const { extracted, topics } = relevant;
    const passages = segment(extracted.text, extracted.blocks).map(({ start, end }) => ({ start, end }));
    const res = await sendRetrying(
      {
        type: 'page/analyse',
        url,
        pageUrl: pageUrl(doc),
        title: doc.title.slice(0, 2000),
        text: extracted.text,
        passages,
        topics,
      },
      signal,
    );
    if (signal.aborted) return true;
    if (!res.ok) {
      // never answered: the next run (the page changing) asks again; an error answer is not
      // asked for again until the text changes
      if (res.unanswered) lastKey = '';
      return true;
    }
    const { targets, kept } = toTargets(extracted, res.value.report.matches);
    state.report = { ...res.value.report, matches: kept };
    current = -1;
    requestAnimationFrame(() => {
      state.highlighter.set(targets);
      if (res.value.highlightsHidden) state.highlighter.setVisible(false);
    });
    if (kept.length) {
      listen();
      if (res.value.sidebarOpen && !state.sidebar.isOpen) state.sidebar.show();
      else if (!state.sidebar.isOpen) {
        const idle = (cb: () => void) =>
          'requestIdleCallback' in window ? requestIdleCallback(cb, { timeout: 2000 }) : setTimeout(cb, 300);
        idle(() => !signal.aborted && state.sidebar.preload());
      }
    }
    return true;
  };

  const analyseAll = async (): Promise<boolean> => {
    // analyse() extracts the article before its first await, so the notes anchor on that same
    // text; they load alongside the matching instead of waiting for it.
    const [changed] = await Promise.all([analyse(), syncNotes().catch(() => undefined)]);
    return changed;
  };
  void analyseAll().finally(() => watchPage(doc, signal, analyseAll));
  return state;
}

function extractRelevant(doc: Document, url: string): { extracted: Extracted; topics: string[] } | null {
  const extracted = extractArticle(doc);
  if (!extracted) return null;
  const verdict = gate({ title: doc.title, url, text: extracted.text });
  return verdict.relevant ? { extracted, topics: verdict.topics } : null;
}

export function toTargets(extracted: Extracted, matches: PageMatch[]): { targets: Target[]; kept: PageMatch[] } {
  const targets: Target[] = [];
  const kept: PageMatch[] = [];
  for (const m of matches) {
    const r = extracted.mapRange(m.start, m.end);
    if (!r) continue;
    targets.push({
      start: { node: r.startContainer, offset: r.startOffset },
      end: { node: r.endContainer, offset: r.endOffset },
      name: VERDICT_HIGHLIGHT[m.verdict],
    });
    kept.push(m);
  }
  return { targets, kept };
}
