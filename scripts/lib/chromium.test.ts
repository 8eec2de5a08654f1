import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { prepareProfile } from './chromium';

describe('prepareProfile', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
  it('drops a reused profile’s service-worker cache (so a rebuilt extension runs), keeping notes and settings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-profile-'));
    dirs.push(dir);
    for (const sub of ['Service Worker/ScriptCache', 'IndexedDB/chrome-extension_x_0.indexeddb.leveldb', 'Local Extension Settings/x']) {
      mkdirSync(join(dir, 'Default', sub), { recursive: true });
      writeFileSync(join(dir, 'Default', sub, 'f'), 'x');
    }
    prepareProfile(dir);
    expect(existsSync(join(dir, 'Default', 'Service Worker'))).toBe(false);
    expect(existsSync(join(dir, 'Default', 'IndexedDB', 'chrome-extension_x_0.indexeddb.leveldb', 'f'))).toBe(true);
    expect(existsSync(join(dir, 'Default', 'Local Extension Settings', 'x', 'f'))).toBe(true);
    expect(existsSync(join(dir, 'Default', 'Preferences'))).toBe(true);
  });
});
