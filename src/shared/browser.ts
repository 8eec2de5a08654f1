// The one import of webextension-polyfill: every browser API goes through here, so tests and
// non-extension contexts (bench, scan CLI) can replace or avoid it.
import browser from 'webextension-polyfill';

export { browser };
export type { Runtime, Tabs, Menus } from 'webextension-polyfill';
