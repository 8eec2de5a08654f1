// Inline claim highlights with the CSS Custom Highlight API: no DOM mutation, cheap to apply
// and clear (design.md figures). One Highlight per verdict so each gets its own colour and
// underline style (colour is never the only signal). Clicks and hovers are hit-tested with
// caretPositionFromPoint / caretRangeFromPoint, since highlights are not elements.
import type { Verdict } from '../core/dataset/types';

export interface Target {
  start: { node: Text; offset: number };
  end: { node: Text; offset: number };
  /** The highlight (and so the style) this range belongs to. */
  name: string;
}

export const NOTE_HIGHLIGHT = 'crosscheck-note';

export const VERDICT_HIGHLIGHT: Record<Verdict, string> = {
  corroborated: 'crosscheck-corroborated',
  contested: 'crosscheck-contested',
  contradicted: 'crosscheck-contradicted',
  'single-source': 'crosscheck-single',
};
const FOCUS = 'crosscheck-focus';
const STYLE_ID = 'crosscheck-highlight-style';

// Mid-tone translucent fills read on light and dark pages; the underline style differs per
// verdict (solid, dashed, wavy, dotted) for readers who cannot tell the colours apart.
const CSS_TEXT = `
::highlight(crosscheck-corroborated){background-color:rgba(56,132,255,.22);text-decoration:underline solid rgb(37,99,235);text-decoration-thickness:2px;text-underline-offset:3px}
::highlight(crosscheck-contested){background-color:rgba(245,158,11,.30);text-decoration:underline dashed rgb(180,83,9);text-decoration-thickness:2px;text-underline-offset:3px}
::highlight(crosscheck-contradicted){background-color:rgba(236,72,153,.24);text-decoration:underline wavy rgb(190,24,93);text-decoration-thickness:2px;text-underline-offset:3px}
::highlight(crosscheck-single){background-color:rgba(148,163,184,.26);text-decoration:underline dotted rgb(100,116,139);text-decoration-thickness:2px;text-underline-offset:3px}
::highlight(crosscheck-note){background-color:rgba(52,211,153,.38);text-decoration:underline double rgb(4,120,87);text-underline-offset:4px}
::highlight(crosscheck-focus){background-color:rgba(250,204,21,.65);color:#111}
`;

export const highlightSupported = (): boolean => typeof CSS !== 'undefined' && 'highlights' in CSS;

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

export class Highlighter {
  private targets: Target[] = [];
  private ranges: StaticRange[] = [];
  private visible = true;
  private focusTimer = 0;
  private painted = new Set<string>();

  constructor(private readonly doc: Document) {}

  get count(): number {
    return this.targets.length;
  }

  set(targets: Target[]): void {
    this.targets = targets;
    this.ranges = targets.map(
      (t) =>
        new StaticRange({
          startContainer: t.start.node,
          startOffset: t.start.offset,
          endContainer: t.end.node,
          endOffset: t.end.offset,
        }),
    );
    this.paint();
  }

  /** True when the page replaced a highlighted text node (re-rendered text): re-map needed. */
  stale(): boolean {
    return this.targets.some((t) => !t.start.node.isConnected || !t.end.node.isConnected);
  }

  setVisible(visible: boolean): void {
    this.visible = visible;
    this.paint();
  }

  get isVisible(): boolean {
    return this.visible;
  }

  private paint(): void {
    if (!highlightSupported()) return;
    this.ensureStyle();
    const byName = new Map<string, StaticRange[]>();
    if (this.visible) {
      this.targets.forEach((t, i) => {
        const list = byName.get(t.name) ?? [];
        list.push(this.ranges[i]!);
        byName.set(t.name, list);
      });
    }
    for (const name of this.painted) if (!byName.has(name)) CSS.highlights.delete(name);
    for (const [name, ranges] of byName) CSS.highlights.set(name, new Highlight(...ranges));
    this.painted = new Set(byName.keys());
  }

  private ensureStyle(): void {
    if (this.doc.getElementById(STYLE_ID)) return;
    const style = this.doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = CSS_TEXT;
    (this.doc.head ?? this.doc.documentElement).append(style);
  }

  /**
   * Index of the highlight under the viewport point, or -1. Where highlights overlap (a clause's
   * claim inside a sentence that states another), the shortest one: the most specific claim.
   */
  hitTest(x: number, y: number): number {
    return this.hitTestAll(x, y)[0] ?? -1;
  }

  /** Indices of every highlight under the viewport point, shortest first (then in order). */
  hitTestAll(x: number, y: number): number[] {
    if (!this.visible || this.targets.length === 0) return [];
    const doc = this.doc as CaretDoc;
    let node: Node | null = null;
    let offset = 0;
    if (doc.caretPositionFromPoint) {
      const pos = doc.caretPositionFromPoint(x, y);
      if (pos) ({ offsetNode: node, offset } = pos);
    } else if (doc.caretRangeFromPoint) {
      const r = doc.caretRangeFromPoint(x, y);
      if (r) ({ startContainer: node, startOffset: offset } = r);
    }
    if (!node || node.nodeType !== 3) return [];
    const probe = this.doc.createRange();
    const hits: { i: number; length: number }[] = [];
    for (let i = 0; i < this.targets.length; i++) {
      const t = this.targets[i]!;
      try {
        probe.setStart(t.start.node, t.start.offset);
        probe.setEnd(t.end.node, t.end.offset);
        if (!probe.isPointInRange(node, offset)) continue;
        // The caret lands between characters: make sure the point is really over the text.
        for (const rect of probe.getClientRects()) {
          if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) {
            hits.push({ i, length: probe.toString().length });
            break;
          }
        }
      } catch {
        // a node was removed since: skip it
      }
    }
    return hits.sort((a, b) => a.length - b.length || a.i - b.i).map((h) => h.i);
  }

  /** Scrolls to a highlight and flashes it. */
  focus(index: number): void {
    const t = this.targets[index];
    if (!t || !highlightSupported()) return;
    const range = this.doc.createRange();
    try {
      range.setStart(t.start.node, t.start.offset);
      range.setEnd(t.end.node, t.end.offset);
    } catch {
      return;
    }
    const rect = range.getBoundingClientRect();
    const view = this.doc.defaultView;
    if (view) {
      const reduce = view.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
      view.scrollTo({ top: view.scrollY + rect.top - view.innerHeight / 3, behavior: reduce ? 'auto' : 'smooth' });
    }
    CSS.highlights.set(FOCUS, new Highlight(this.ranges[index]!));
    clearTimeout(this.focusTimer);
    this.focusTimer = window.setTimeout(() => CSS.highlights.delete(FOCUS), 1600);
  }

  clear(): void {
    this.targets = [];
    this.ranges = [];
    if (!highlightSupported()) return;
    for (const name of this.painted) CSS.highlights.delete(name);
    this.painted.clear();
    CSS.highlights.delete(FOCUS);
  }

  /** Removes the shared highlight style sheet (on teardown). */
  removeStyle(): void {
    this.doc.getElementById(STYLE_ID)?.remove();
  }
}
