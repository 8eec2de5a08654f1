// The content script's side of the protocol: typed requests to the background, typed commands
// from it. Errors (background restarting, extension reloaded) become Results, never throws.
import { browser } from './browser';
import { parseCommand, type ContentCommand, type ContentRequest, type ResponseFor } from '../shared/messages';
import { request } from '../shared/request';

export const send = <R extends ContentRequest>(req: R): Promise<ResponseFor<R>> => request(browser.runtime, req);

/** Waits between the attempts of `sendRetrying`: the worker may be starting or restarting. */
export const RETRY_DELAYS_MS = [250, 1000, 3000];

/**
 * Sends a request whose answer the page cannot do without (its matches, its notes): when it gets
 * no answer (the worker starting or restarting), it is sent again a few times with growing
 * delays instead of leaving the page without highlights until the next visit. An answer that is
 * an error is returned at once: asking again would only repeat the work and the error.
 */
export async function sendRetrying<R extends ContentRequest>(
  req: R,
  signal?: AbortSignal,
  delays: readonly number[] = RETRY_DELAYS_MS,
): Promise<ResponseFor<R>> {
  let res = await send(req);
  for (const ms of delays) {
    if (res.ok || !res.unanswered || signal?.aborted) break;
    await new Promise((r) => setTimeout(r, ms));
    if (signal?.aborted) break;
    res = await send(req);
  }
  return res;
}

export function onCommand(signal: AbortSignal, handler: (cmd: ContentCommand) => void): void {
  const listener = (msg: unknown): undefined => {
    const cmd = parseCommand(msg);
    if (cmd) handler(cmd);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
