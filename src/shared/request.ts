// Sends a typed request to the background and turns every failure (worker restarting,
// extension reloaded, no answer) into a Result: used by the content script and the sidebar.
import { browser } from './browser';
import type { Request, ResponseFor } from './messages';
import { errorMessage, unanswered } from './result';

export async function request<R extends Request>(req: R): Promise<ResponseFor<R>> {
  try {
    const res = (await browser.runtime.sendMessage(req)) as ResponseFor<R> | undefined;
    return res ?? (unanswered('no answer from the background') as ResponseFor<R>);
  } catch (e) {
    return unanswered(errorMessage(e)) as ResponseFor<R>;
  }
}
