// Sends a typed request to the background and turns every failure (worker restarting,
// extension reloaded, no answer) into a Result: used by the content script and the sidebar,
// each with its own browser API (the content script's has no polyfill: src/content/browser.ts).
import type { Request, ResponseFor } from './messages';
import { errorMessage, unanswered } from './result';

/** What a request needs of the browser API. */
export interface MessageSender {
  sendMessage(message: unknown): Promise<unknown>;
}

export async function request<R extends Request>(runtime: MessageSender, req: R): Promise<ResponseFor<R>> {
  try {
    const res = (await runtime.sendMessage(req)) as ResponseFor<R> | undefined;
    return res ?? (unanswered('no answer from the background') as ResponseFor<R>);
  } catch (e) {
    return unanswered(errorMessage(e)) as ResponseFor<R>;
  }
}
