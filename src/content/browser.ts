// The content script's browser API, without webextension-polyfill: Firefox's `browser`, or
// Chrome's `chrome`, whose Manifest V3 APIs return promises as well. The content script runs on
// every page and calls only what needs no polyfill: runtime.sendMessage, onMessage listeners that
// answer nothing, runtime.getURL and storage.local. The polyfill's API tables were an eighth of
// its gzipped size. The background and the sidebar keep the polyfill (src/shared/browser.ts).
import type { Browser } from 'webextension-polyfill';

const api = globalThis as unknown as { browser?: Browser; chrome?: Browser };
export const browser: Browser = api.browser ?? api.chrome!;
