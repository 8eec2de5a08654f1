// Hosts Crosscheck's in-page UI: one namespaced element with a closed shadow root holding the
// hover tooltip, a screen-reader live region and the sidebar <iframe> (an extension page, so
// the page can neither read nor style what it shows). Created only when first needed: a page
// without claims never gets it.
import { browser } from './browser';

const HOST_TAG = 'crosscheck-root';
const DEFAULT_WIDTH = 400;
const MIN_WIDTH = 300;
const WIDTH_KEY = 'sidebarWidth';

const SHADOW_CSS = `
:host{all:initial!important;position:fixed!important;inset:0 auto auto 0!important;width:0!important;height:0!important;z-index:2147483647!important;display:block!important}
.panel{position:fixed;top:0;right:0;height:100vh;box-sizing:border-box;display:none;box-shadow:-2px 0 16px rgba(0,0,0,.25);background:#fff}
.panel.open{display:block}
iframe{border:0;width:100%;height:100%;display:block;color-scheme:normal}
.grip{position:absolute;left:-4px;top:0;width:8px;height:100%;cursor:ew-resize;background:transparent}
.grip:hover,.grip:focus-visible{background:rgba(37,99,235,.35);outline:none}
.panel.dragging iframe{pointer-events:none}
.tip{position:fixed;max-width:360px;padding:6px 9px;border-radius:6px;background:#111827;color:#f9fafb;font:13px/1.35 system-ui,sans-serif;box-shadow:0 2px 8px rgba(0,0,0,.3);pointer-events:none;display:none}
.tip.show{display:block}
.note-btn{position:fixed;display:none;padding:5px 10px;border-radius:999px;border:1px solid #047857;background:#ecfdf5;color:#064e3b;font:600 13px/1.2 system-ui,sans-serif;box-shadow:0 2px 8px rgba(0,0,0,.25);cursor:pointer}
.note-btn.show{display:block}
.note-btn:focus-visible{outline:2px solid #2563eb;outline-offset:2px}
.sr{position:fixed;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;

export class SidebarHost {
  private host: HTMLElement | null = null;
  private panel!: HTMLDivElement;
  private frame: HTMLIFrameElement | null = null;
  private tip!: HTMLDivElement;
  private live!: HTMLDivElement;
  private noteBtn!: HTMLButtonElement;
  private onNoteClick: (() => void) | null = null;
  private width = DEFAULT_WIDTH;
  private open = false;

  constructor(
    private readonly doc: Document,
    private readonly signal: AbortSignal,
  ) {
    signal.addEventListener('abort', () => this.remove(), { once: true });
  }

  get isOpen(): boolean {
    return this.open;
  }

  get injected(): boolean {
    return this.host !== null;
  }

  private ensure(): void {
    if (this.host) return;
    const host = this.doc.createElement(HOST_TAG);
    const root = host.attachShadow({ mode: 'closed' });
    const style = this.doc.createElement('style');
    style.textContent = SHADOW_CSS;
    this.panel = this.doc.createElement('div');
    this.panel.className = 'panel';
    const grip = this.doc.createElement('div');
    grip.className = 'grip';
    grip.tabIndex = 0;
    grip.setAttribute('role', 'separator');
    grip.setAttribute('aria-orientation', 'vertical');
    grip.setAttribute('aria-label', 'Resize Crosscheck sidebar (left and right arrow keys)');
    this.panel.append(grip);
    this.tip = this.doc.createElement('div');
    this.tip.className = 'tip';
    this.tip.setAttribute('role', 'tooltip');
    this.live = this.doc.createElement('div');
    this.live.className = 'sr';
    this.live.setAttribute('aria-live', 'polite');
    this.noteBtn = this.doc.createElement('button');
    this.noteBtn.type = 'button';
    this.noteBtn.className = 'note-btn';
    this.noteBtn.textContent = '✎ Add note';
    this.noteBtn.title = 'Add a Crosscheck note on the selected text';
    // Keep the page's selection: the button must not take focus on press.
    this.noteBtn.addEventListener('mousedown', (e) => e.preventDefault(), { signal: this.signal });
    this.noteBtn.addEventListener('click', () => this.onNoteClick?.(), { signal: this.signal });
    root.append(style, this.panel, this.tip, this.live, this.noteBtn);
    this.doc.documentElement.append(host);
    this.host = host;
    this.wireResize(grip);
    void browser.storage.local.get(WIDTH_KEY).then((got) => {
      const w = got[WIDTH_KEY];
      if (typeof w === 'number') this.applyWidth(w);
    });
    this.applyWidth(this.width);
  }

  private applyWidth(w: number): void {
    const max = Math.max(MIN_WIDTH, Math.round((this.doc.defaultView?.innerWidth ?? 1200) * 0.8));
    this.width = Math.min(max, Math.max(MIN_WIDTH, Math.round(w)));
    this.panel.style.width = `${this.width}px`;
  }

  private saveWidth(): void {
    void browser.storage.local.set({ [WIDTH_KEY]: this.width });
  }

  private wireResize(grip: HTMLDivElement): void {
    const opts = { signal: this.signal };
    grip.addEventListener(
      'pointerdown',
      (e) => {
        e.preventDefault();
        grip.setPointerCapture(e.pointerId);
        this.panel.classList.add('dragging');
        const startX = e.clientX;
        const startW = this.width;
        const move = (ev: PointerEvent) => this.applyWidth(startW + (startX - ev.clientX));
        const up = () => {
          grip.removeEventListener('pointermove', move);
          this.panel.classList.remove('dragging');
          this.saveWidth();
        };
        grip.addEventListener('pointermove', move, opts);
        grip.addEventListener('pointerup', up, { once: true, signal: this.signal });
      },
      opts,
    );
    grip.addEventListener(
      'keydown',
      (e) => {
        if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
        e.preventDefault();
        this.applyWidth(this.width + (e.key === 'ArrowLeft' ? 24 : -24));
        this.saveWidth();
      },
      opts,
    );
  }

  /**
   * Loads the sidebar hidden, so opening it later only reveals an already rendered page
   * (the bench's sidebar_first_render_ms was ~150 ms when the iframe was created on click).
   */
  preload(): void {
    this.ensure();
    this.ensureFrame();
  }

  private ensureFrame(): void {
    if (!this.frame) {
      const frame = this.doc.createElement('iframe');
      frame.src = browser.runtime.getURL('src/sidebar/index.html');
      frame.title = 'Crosscheck sidebar';
      frame.setAttribute('allow', '');
      this.panel.append(frame);
      this.frame = frame;
    }
  }

  show(): void {
    this.ensure();
    this.ensureFrame();
    this.panel.classList.add('open');
    this.open = true;
  }

  hide(): void {
    if (!this.host) return;
    this.panel.classList.remove('open');
    this.open = false;
  }

  focusFrame(): void {
    this.frame?.focus();
  }

  tooltip(text: string | null, x = 0, y = 0): void {
    if (text === null) {
      if (this.host) this.tip.classList.remove('show');
      return;
    }
    this.ensure();
    this.tip.textContent = text;
    this.tip.classList.add('show');
    const view = this.doc.defaultView;
    const maxX = (view?.innerWidth ?? 1200) - 370;
    this.tip.style.left = `${Math.max(8, Math.min(x + 12, maxX))}px`;
    this.tip.style.top = `${y + 18}px`;
  }

  /** Shows the "Add note" button under a selection (viewport rect), or hides it. */
  noteButton(rect: { left: number; bottom: number; right: number } | null, onClick?: () => void): void {
    if (!rect) {
      if (this.host) this.noteBtn.classList.remove('show');
      return;
    }
    this.ensure();
    this.onNoteClick = onClick ?? null;
    const view = this.doc.defaultView;
    const x = Math.max(8, Math.min(rect.right - 40, (view?.innerWidth ?? 1200) - 120));
    const y = Math.min(rect.bottom + 8, (view?.innerHeight ?? 800) - 40);
    this.noteBtn.style.left = `${x}px`;
    this.noteBtn.style.top = `${y}px`;
    this.noteBtn.classList.add('show');
  }

  announce(text: string): void {
    this.ensure();
    this.live.textContent = text;
  }

  remove(): void {
    this.host?.remove();
    this.host = null;
    this.frame = null;
    this.open = false;
  }
}
