// Follows dynamic pages: articles rendered after document_idle, single-page-app navigations
// (pushState/replaceState are invisible to an isolated world, so URL changes are noticed on
// mutations, popstate, hashchange and the Navigation API), infinite scroll and re-rendered
// text. Re-runs are debounced; while re-runs find nothing new the quiet period doubles (up to
// MAX_DELAY), so a page that mutates forever costs one bounded check every few seconds.
export const BASE_DELAY = 400;
export const MAX_DELAY = 8_000;
const HOST_TAG = 'CROSSCHECK-ROOT';

export function nextDelay(delay: number, changed: boolean): number {
  return changed ? BASE_DELAY : Math.min(MAX_DELAY, delay * 2);
}

export function watchPage(doc: Document, signal: AbortSignal, rerun: () => Promise<boolean>): void {
  if (signal.aborted || !doc.body) return;
  let delay = BASE_DELAY;
  let timer = 0;
  let running = false;
  let pending = false;
  let url = doc.location?.href ?? '';

  const fire = async () => {
    timer = 0;
    if (running) {
      pending = true;
      return;
    }
    running = true;
    try {
      const changed = await rerun();
      delay = nextDelay(delay, changed);
    } catch {
      delay = MAX_DELAY;
    } finally {
      running = false;
    }
    if (pending && !signal.aborted) {
      pending = false;
      schedule(false);
    }
  };
  const schedule = (urgent: boolean) => {
    if (signal.aborted) return;
    if (urgent) delay = BASE_DELAY / 2;
    if (timer) {
      if (!urgent) return; // already waiting: later mutations do not postpone the check forever
      clearTimeout(timer);
    }
    timer = window.setTimeout(() => void fire(), delay);
  };
  const urlChanged = () => {
    const now = doc.location?.href ?? '';
    if (now === url) return false;
    url = now;
    return true;
  };

  const observer = new MutationObserver((records) => {
    if (urlChanged()) {
      schedule(true);
      return;
    }
    for (const r of records) {
      const target = r.target as Node;
      const el = target.nodeType === 1 ? (target as Element) : target.parentElement;
      if (el?.closest(HOST_TAG.toLowerCase())) continue; // our own UI
      if (r.type === 'childList' && [...r.addedNodes].every((n) => n.nodeName === HOST_TAG)) continue;
      schedule(false);
      return;
    }
  });
  observer.observe(doc.body, { childList: true, subtree: true, characterData: true });
  const onNav = () => {
    if (urlChanged()) schedule(true);
  };
  const win = doc.defaultView;
  win?.addEventListener('popstate', onNav, { signal });
  win?.addEventListener('hashchange', onNav, { signal });
  const nav = (win as (Window & { navigation?: EventTarget }) | null)?.navigation;
  nav?.addEventListener('navigatesuccess', onNav, { signal });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
    },
    { once: true },
  );
}
