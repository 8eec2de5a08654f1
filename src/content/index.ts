// Content script entry: runs only in the top frame of http(s) HTML documents, and only once.
import { init } from './main';

const w = window as Window & { __crosscheck?: AbortController };
const eligible =
  window.top === window &&
  /^https?:$/.test(location.protocol) &&
  document.documentElement instanceof HTMLElement &&
  document.documentElement.namespaceURI === 'http://www.w3.org/1999/xhtml' &&
  !w.__crosscheck;

if (eligible) {
  const controller = new AbortController();
  w.__crosscheck = controller;
  try {
    init(controller.signal);
  } catch (e) {
    console.debug('Crosscheck: not running on this page', e);
  }
}
