// Service worker entry. Listeners are registered synchronously at the top level, as MV3
// requires for a worker that is woken by events; the engine is started at once (see below).
import { browser, type Runtime } from '../shared/browser';
import { ensureSeeded, getEngine, resetEngine } from './engine';
import { handle, sendToTab } from './router';
import { createMenus, onMenuClicked } from './menus';
import { dropTabState } from './tab-state';
import type { ContentCommand } from '../shared/messages';

browser.runtime.onInstalled.addListener(() => {
  createMenus();
  void ensureSeeded().then(() => {
    resetEngine();
    return getEngine();
  });
});

// A worker is woken mostly by a page asking for its matches: start reading the dataset and
// building the index now, while that message is on its way (about 10 ms after the script has
// run), rather than when it arrives. A failure is retried by the next request (see getEngine).
void getEngine().catch(() => {});

browser.runtime.onMessage.addListener((msg: unknown, sender: Runtime.MessageSender) => handle(msg, sender));

const COMMANDS: Record<string, ContentCommand> = {
  'toggle-sidebar': { type: 'cmd/toggle-sidebar' },
  'next-highlight': { type: 'cmd/next-highlight' },
  'previous-highlight': { type: 'cmd/previous-highlight' },
  'add-note': { type: 'cmd/add-note' },
};

browser.commands.onCommand.addListener((command, tab) => {
  const cmd = COMMANDS[command];
  if (cmd && tab?.id !== undefined) void sendToTab(tab.id, cmd);
});

browser.action.onClicked.addListener((tab) => {
  if (tab.id !== undefined) void sendToTab(tab.id, { type: 'cmd/toggle-sidebar' });
});

browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(info, tab));

browser.tabs.onRemoved.addListener((tabId) => void dropTabState(tabId));

