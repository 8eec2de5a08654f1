// The content script's side of the protocol: typed requests to the background, typed commands
// from it. Errors (background restarting, extension reloaded) become Results, never throws.
import { browser } from '../shared/browser';
import { parseCommand, type ContentCommand, type ContentRequest, type ResponseFor } from '../shared/messages';
import { request } from '../shared/request';

export const send = <R extends ContentRequest>(req: R): Promise<ResponseFor<R>> => request(req);

export function onCommand(signal: AbortSignal, handler: (cmd: ContentCommand) => void): void {
  const listener = (msg: unknown): undefined => {
    const cmd = parseCommand(msg);
    if (cmd) handler(cmd);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}
