// `npm start`: builds the Chrome extension, serves the demo newsstand on 127.0.0.1 and opens
// Chromium with the extension loaded on the first demo article. Headed where a display exists;
// `--headless` (or no display) keeps it headless. Stays up until Ctrl-C.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { extensionArgs, findChromium, prepareProfile } from './lib/chromium.ts';
import { serveDemo } from './demo/site.ts';

const args = process.argv.slice(2);
const wantHeadless = args.includes('--headless');
const skipBuild = args.includes('--no-build');
const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = wantHeadless || !hasDisplay;

let executablePath: string;
try {
  executablePath = findChromium();
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}

if (!skipBuild) {
  console.log('Building the extension (dist/chrome)…');
  const build = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const dist = resolve('dist/chrome');
const port = Number(process.env.PORT ?? 8377);
const site = await serveDemo(port).catch(() => serveDemo(0));
const first = `${site.origin}/articles/seed-000.html`;
console.log(`Demo newsstand: ${site.origin}/  (first article: ${first})`);
if (!wantHeadless && headless) console.log('No display found: running Chromium headless.');

const profile = resolve('.profile');
prepareProfile(profile);
const context = await chromium.launchPersistentContext(profile, {
  executablePath,
  headless,
  viewport: headless ? { width: 1366, height: 900 } : null,
  args: extensionArgs(dist, headless),
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
console.log(`Extension loaded: ${new URL(worker.url()).host}`);
const tab = context.pages()[0] ?? (await context.newPage());
await tab.goto(first);
console.log(headless ? 'Chromium is running headless. Press Ctrl-C to stop.' : 'Chromium is open. Press Ctrl-C (or close the window) to stop.');

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await context.close().catch(() => undefined);
  await site.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
context.on('close', () => void stop());
