// The reader's notes on this page: re-attached on every visit (exact, then fuzzy anchoring on
// the article text), drawn as their own highlight, reported to the sidebar as anchored or
// orphaned, and started from a selection (button, context menu, shortcut). The content script
// only reads notes; writing is the sidebar's job (the background accepts writes from it only).
import { extractArticle, type Extracted } from '../core/extract/extract';
import { anchor } from '../core/anchoring/anchor';
import { describeRange } from '../core/anchoring/selectors';
import { normaliseUrl } from '../core/anchoring/url';
import type { Note } from '../core/notes/model';
import { browser } from './browser';
import { NOTED_PAGES_KEY, type NoteDraft, type NoteStatus } from '../shared/messages';
import { Highlighter, NOTE_HIGHLIGHT, type Target } from './highlighter';
import { send, sendRetrying } from './messaging';

/** The text notes anchor against: the article when there is one, else the whole body. */
export function noteText(doc: Document): Extracted | null {
  return extractArticle(doc) ?? (doc.body ? extractArticle(doc, { root: doc.body }) : null);
}

export function pageUrl(doc: Document): string {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? null;
  return normaliseUrl(doc.location?.href ?? '', canonical);
}

export class PageNotes {
  readonly highlighter: Highlighter;
  private notes: Note[] = [];
  private anchoredIds: string[] = [];
  private key = '';

  constructor(private readonly doc: Document) {
    this.highlighter = new Highlighter(doc);
  }

  /**
   * Re-reads and re-anchors this page's notes. `force` skips the "has this page notes?" shortcut;
   * `known` is the article the pipeline just extracted, if any (saves a second extraction).
   * Returns false when the notes could not be read (the background did not answer in time).
   */
  async refresh(force = false, known?: Extracted | null, signal?: AbortSignal): Promise<boolean> {
    const url = pageUrl(this.doc);
    if (!force) {
      const got = await browser.storage.local.get(NOTED_PAGES_KEY);
      const noted = got[NOTED_PAGES_KEY];
      if (!Array.isArray(noted) || !noted.includes(url)) {
        if (this.notes.length) this.apply([], null, url);
        return true;
      }
    }
    const res = await sendRetrying({ type: 'notes/for-page', url, title: this.doc.title.slice(0, 2000) }, signal);
    if (signal?.aborted) return false;
    // an error answer (not this page's site) would be the same next time: only silence is retried
    if (!res.ok) return !res.unanswered;
    this.apply(res.value, known ?? noteText(this.doc), url);
    return true;
  }

  /** Re-anchors after the page's text changed (dynamic pages). */
  async reanchor(known?: Extracted | null): Promise<void> {
    if (this.notes.length === 0) return;
    const ex = known ?? noteText(this.doc);
    const key = `${pageUrl(this.doc)}\n${ex?.text ?? ''}`;
    if (key === this.key && !this.highlighter.stale()) return;
    this.apply(this.notes, ex, pageUrl(this.doc));
  }

  private apply(notes: Note[], ex: Extracted | null, url: string): void {
    this.notes = notes;
    this.key = `${url}\n${ex?.text ?? ''}`;
    const targets: Target[] = [];
    const ids: string[] = [];
    const status: NoteStatus = {};
    for (const n of notes) {
      if (n.kind !== 'passage' || !n.target) continue;
      const found = ex ? anchor(ex.text, { quote: n.target.quote, position: n.target.position }) : null;
      const r = found ? ex!.mapRange(found.start, found.end) : null;
      if (!r) {
        status[n.id] = 'orphaned';
        continue;
      }
      status[n.id] = 'anchored';
      ids.push(n.id);
      targets.push({
        start: { node: r.startContainer, offset: r.startOffset },
        end: { node: r.endContainer, offset: r.endOffset },
        name: NOTE_HIGHLIGHT,
      });
    }
    this.anchoredIds = ids;
    requestAnimationFrame(() => this.highlighter.set(targets));
    if (notes.length) void send({ type: 'notes/anchors', url, status });
  }

  focus(id: string): boolean {
    const i = this.anchoredIds.indexOf(id);
    if (i < 0) return false;
    this.highlighter.focus(i);
    return true;
  }

  /** The note under a viewport point, if any. */
  hitTest(x: number, y: number): Note | null {
    const i = this.highlighter.hitTest(x, y);
    const id = i >= 0 ? this.anchoredIds[i] : undefined;
    return id ? (this.notes.find((n) => n.id === id) ?? null) : null;
  }

  /** A draft note for the current selection, or the reason there is none. */
  draftFromSelection(): { ok: true; draft: NoteDraft } | { ok: false; reason: string } {
    const sel = this.doc.getSelection();
    if (!sel || sel.isCollapsed || sel.rangeCount === 0) return { ok: false, reason: 'Select some text first.' };
    const range = sel.getRangeAt(0);
    const ex = noteText(this.doc);
    if (!ex) return { ok: false, reason: 'This page has no text Crosscheck can annotate.' };
    const start = ex.mapPoint(range.startContainer, range.startOffset, 'start');
    const end = ex.mapPoint(range.endContainer, range.endOffset, 'end');
    if (start === null || end === null || end <= start || !/\S/.test(ex.text.slice(start, end))) {
      return { ok: false, reason: 'Select text in the article to add a note.' };
    }
    // Trim surrounding whitespace so the quote is what the reader sees.
    let s = start;
    let e = end;
    while (s < e && /\s/.test(ex.text[s]!)) s++;
    while (e > s && /\s/.test(ex.text[e - 1]!)) e--;
    const [quote, position] = describeRange(ex.text, s, e);
    return {
      ok: true,
      draft: { pageUrl: pageUrl(this.doc), pageTitle: this.doc.title.slice(0, 1000), target: { quote, position } },
    };
  }

  clear(): void {
    this.highlighter.clear();
    this.notes = [];
    this.anchoredIds = [];
  }
}
