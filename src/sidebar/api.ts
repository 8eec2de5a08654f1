// The sidebar's side of the protocol: typed requests to the background and the events it
// broadcasts. The sidebar never reads page data from anywhere else.
import { browser } from '../shared/browser';
import type { ResponseFor, SidebarEvent, SidebarRequest } from '../shared/messages';
import { request } from '../shared/request';

export const ask = <R extends SidebarRequest>(req: R): Promise<ResponseFor<R>> => request(browser.runtime, req);

export function onEvent(handler: (evt: SidebarEvent) => void): () => void {
  const listener = (msg: unknown): undefined => {
    if (typeof msg === 'object' && msg !== null && typeof (msg as { type?: unknown }).type === 'string') {
      const t = (msg as { type: string }).type;
      if (t === 'evt/report' || t === 'evt/focus-claim' || t === 'evt/notes') handler(msg as SidebarEvent);
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
