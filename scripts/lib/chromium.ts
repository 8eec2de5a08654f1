// Finds a Chromium to run the extension in: $CHROMIUM_PATH, then Debian's /usr/bin/chromium,
// then Playwright's own download. Shared by `npm start`, the e2e fixtures and the bench.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Worker } from '@playwright/test';

export const INSTALL_HINT =
  'No Chromium found. Install one and try again:\n' +
  '  Debian/Ubuntu:  sudo apt-get install -y chromium\n' +
  '  or Playwright:  npx playwright install chromium\n' +
  '  or point CHROMIUM_PATH at a Chromium/Chrome binary.';

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, which does not exist.\n${INSTALL_HINT}`);
  }
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(p)) return p;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own here
  }
  throw new Error(INSTALL_HINT);
}

/** Chromium flags for loading the unpacked extension on this machine (design.md). */
export function extensionArgs(extensionDir: string, headless: boolean): string[] {
  return [
    '--no-sandbox',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    ...(headless ? [] : ['--start-maximized']),
  ];
}

/**
 * A fresh profile must let the extension's iframe use IndexedDB like a real profile does:
 * Playwright's defaults block third-party storage (design.md pitfall).
 */
export function prepareProfile(userDataDir: string): void {
  mkdirSync(join(userDataDir, 'Default'), { recursive: true });
  // A reused profile (npm start's .profile) keeps the extension's service-worker registration
  // and script cache, and Chromium then runs the worker of the previous build: a rebuilt matcher
  // did not show until the profile was wiped (seen this stop). Dropping them makes the worker
  // load from dist again; notes (IndexedDB) and settings (Local Extension Settings) stay.
  rmSync(join(userDataDir, 'Default', 'Service Worker'), { recursive: true, force: true });
  const prefs = join(userDataDir, 'Default', 'Preferences');
  if (!existsSync(prefs)) writeFileSync(prefs, JSON.stringify({ profile: { cookie_controls_mode: 0 } }));
}

export interface Launched {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  profile: string;
}

/** Launches Chromium on `profile` with the built extension loaded; waits for its service worker. */
export async function launchWithExtension(profile: string, dist: string, headless = true): Promise<Launched> {
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`${dist} is missing: run \`npm run build\` first`);
  prepareProfile(profile);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless,
    viewport: { width: 1280, height: 900 },
    args: extensionArgs(dist, headless),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, worker, extensionId: new URL(worker.url()).host, profile };
}
