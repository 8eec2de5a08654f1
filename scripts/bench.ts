// npm run bench [-- --json] [-- --quick] [-- --rebuild]
// Performance benchmark (reports, never fails on time). Runs the content pipeline's modules
// and the matcher inside Chromium on the demo site's generated pages (an in-page harness,
// bench/harness.ts, bundled with Vite), mark.js side by side, a synthetic 10,000-claim dataset
// (bench/synthetic.ts), and the built extension itself (service-worker cold start, sidebar).
// Medians of repeated runs after warm-up; ratios compare figures from the same run.
// --json prints one JSON object (medians in ms unless named otherwise) and nothing else on
// stdout; progress goes to stderr.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from '@playwright/test';
import { build } from 'vite';
import { findChromium } from './lib/chromium.ts';
import { serveDemo, type RunningSite } from './demo/site.ts';
import { measureExtension, type ExtensionResults } from '../bench/extension.ts';
import { median } from '../bench/synthetic.ts';
import type { PipelineSample } from '../bench/harness.ts';

const ROOT = resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const json = argv.includes('--json');
const quick = argv.includes('--quick');
const rebuild = argv.includes('--rebuild');
// --only=gate,article,synth,ext,size (for working on one part; the default runs everything)
const onlyArg = argv.find((a) => a.startsWith('--only='));
const only = new Set(onlyArg ? onlyArg.slice(7).split(',') : ['gate', 'article', 'synth', 'ext', 'size']);
const log = (msg: string): void => void process.stderr.write(msg + '\n');

const REPS = quick
  ? { gate: 10, gateCold: 3, walk: 10, pipeline: 8, build: 3, match: 8, cold: 3, warm: 3, sidebar: 3 }
  : { gate: 30, gateCold: 8, walk: 30, pipeline: 20, build: 7, match: 15, cold: 8, warm: 8, sidebar: 8 };
const WARMUP = quick ? 2 : 5;
const SYNTH = { claims: 10_000, seed: 20170908 };
const CACHE = join(ROOT, 'node_modules', '.cache', 'crosscheck-bench');
const DIST = join(ROOT, 'dist', 'chrome');

const TARGETS: Record<string, [op: '<=', value: number]> = {
  gate_unrelated_1mb_ms: ['<=', 2],
  pipeline_over_floor: ['<=', 3],
  ours_over_markjs: ['<=', 0.5],
  index_build_10k_ms: ['<=', 300],
  match_10k_claims_ms: ['<=', 30],
  match_10k_all_topics_ms: ['<=', 30],
  sidebar_first_render_ms: ['<=', 100],
  content_script_gzip_kb: ['<=', 20],
};

function ensureDist(): void {
  if (!rebuild && existsSync(join(DIST, 'manifest.json'))) {
    const age = (Date.now() - statSync(join(DIST, 'manifest.json')).mtimeMs) / 60_000;
    log(`Using the existing dist/chrome (built ${age < 1 ? 'under a minute' : `${Math.round(age)} min`} ago; --rebuild to rebuild it).`);
    return;
  }
  log(rebuild ? 'Rebuilding dist/chrome (npx vite build)…' : 'dist/chrome is missing: building it (npx vite build)…');
  const r = spawnSync('npx', ['vite', 'build'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (r.status !== 0 || !existsSync(join(DIST, 'manifest.json'))) throw new Error('npx vite build failed: the extension metrics need dist/chrome');
}

async function buildHarness(): Promise<string> {
  mkdirSync(CACHE, { recursive: true });
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir: CACHE,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      copyPublicDir: false,
      lib: { entry: join(ROOT, 'bench', 'harness.ts'), name: 'CrosscheckBench', formats: ['iife'], fileName: () => 'harness.js' },
    },
  });
  const out = join(CACHE, 'harness.js');
  if (!existsSync(out)) throw new Error(`the harness bundle was not written to ${out}`);
  return out;
}

function contentScriptGzipKb(): { kb: number; rawKb: number; file: string } {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] };
  const file = manifest.content_scripts?.[0]?.js?.[0];
  if (!file) throw new Error('dist/chrome/manifest.json has no content script');
  const buf = readFileSync(join(DIST, file));
  return { kb: gzipSync(buf, { level: 9 }).length / 1024, rawKb: buf.length / 1024, file };
}

type Bench = {
  gate(reps: number, warmup: number): { first: number; samples: number[]; relevant: boolean; textChars: number };
  textWalk(reps: number, warmup: number): { samples: number[]; chars: number };
  prepare(): { ms: number; claims: number };
  pipelineVsMarkjs(reps: number, warmup: number): Promise<{
    first: Sample;
    ours: Sample[];
    markjs: number[];
    unmark: number[];
    ranges: number;
    marks: number;
    markedChars: number;
    rangeChars: number;
  }>;
  makeSynthetic(claims: number, seed: number): { genMs: number; claims: number; mentions: number; entities: number };
  synthBuild(reps: number, warmup: number): { samples: number[]; docs: number; terms: number };
  synthMatch(reps: number, warmup: number): { samples: number[]; all: number[]; outlet: number[]; topics: string[]; passages: number; matches: number; syntheticMatches: number; allMatches: number };
};
type Sample = PipelineSample;
type WithBench = Window & { __bench: Bench };

/**
 * Opens a demo page with the harness. The page is served cross-origin isolated (COOP/COEP
 * headers added in flight) so that performance.now() has 5 µs resolution instead of 100 µs:
 * the floor is a fraction of a millisecond.
 */
async function openWithHarness(browser: Browser, url: string, harness: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => log(`  page error: ${e.message}`));
  await page.route(url, async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' },
    });
  });
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  await page.addScriptTag({ path: harness });
  await page.waitForFunction(() => Boolean((window as unknown as WithBench).__bench));
  if (!isolatedChecked) {
    isolatedChecked = true;
    const iso = await page.evaluate(() => self.crossOriginIsolated);
    timerNote = iso ? 'cross-origin isolated pages: performance.now() at 5 µs resolution' : 'NOT cross-origin isolated: performance.now() at 100 µs resolution';
    if (!iso) log(`  WARNING: ${timerNote}`);
  }
  return page;
}
let isolatedChecked = false;
let timerNote = '';

const r2 = (x: number): number => Math.round(x * 100) / 100;
const r3 = (x: number): number => Math.round(x * 1000) / 1000;

type Out = Record<string, number>;
type Notes = Record<string, string>;
const bench = (p: Page) => ({
  call: <A extends unknown[], R>(fn: (b: Bench, ...args: A) => R | Promise<R>, ...args: A): Promise<R> =>
    p.evaluate(
      ([src, a]) => {
        // the function is sent as source: it runs in the page against window.__bench
        const f = new Function('b', '...a', `return (${src})(b, ...a)`) as (b: unknown, ...a: unknown[]) => unknown;
        return f((window as unknown as WithBench).__bench, ...(a as unknown[]));
      },
      [fn.toString(), args] as const,
    ) as Promise<R>,
});

/** 1. The gate on 1 MB of unrelated text: first call in fresh pages (cold), warm repeats. */
async function gateSection(browser: Browser, origin: string, harness: string, out: Out, notes: Notes): Promise<void> {
  log('Gate on 1 MB of unrelated text…');
  const url = `${origin}/gen/huge-unrelated.html?mb=1`;
  const cold: number[] = [];
  let warm: number[] = [];
  let info = { relevant: false, textChars: 0 };
  for (let i = 0; i < REPS.gateCold; i++) {
    const page = await openWithHarness(browser, url, harness);
    const last = i === REPS.gateCold - 1;
    const g = await bench(page).call((b, reps, w) => b.gate(reps, w), last ? REPS.gate : 0, last ? WARMUP : 0);
    cold.push(g.first);
    if (last) {
      warm = g.samples;
      info = { relevant: g.relevant, textChars: g.textChars };
    }
    await page.close();
  }
  if (info.relevant) log('  WARNING: the unrelated page passed the gate');
  out.gate_unrelated_1mb_ms = r3(median(warm));
  out.gate_unrelated_1mb_cold_ms = r3(median(cold));
  notes.gate = `${(info.textChars / 1e6).toFixed(2)} M chars of text; the content script decided "${info.relevant ? 'RELEVANT' : 'not on topic'}" (cold = first call in a fresh page, ${cold.length} pages)`;
}

/** 2. The 20,000-word article: the floor, our pipeline and mark.js side by side. */
async function articleSection(browser: Browser, url: string, harness: string, out: Out, notes: Notes): Promise<void> {
  log('20,000-word article: text walk, pipeline, mark.js…');
  const page = await openWithHarness(browser, url, harness);
  const b = bench(page);
  const walk = await b.call((x, reps, w) => x.textWalk(reps, w), REPS.walk, WARMUP);
  const prep = await b.call((x) => x.prepare());
  const pv = await b.call((x, reps, w) => x.pipelineVsMarkjs(reps, w), REPS.pipeline, WARMUP);
  await page.close();
  const floor = median(walk.samples);
  const stage = (k: keyof Sample): number => median(pv.ours.map((s) => s[k]));
  const markjs = median(pv.markjs);
  out.text_walk_long_article_ms = r3(floor);
  out.pipeline_long_article_ms = r3(stage('total'));
  out.pipeline_over_floor = r2(stage('total') / floor);
  out.pipeline_gate_ms = r3(stage('gate'));
  out.pipeline_extract_ms = r3(stage('extract'));
  out.pipeline_segment_ms = r3(stage('segment'));
  out.pipeline_match_ms = r3(stage('match'));
  out.pipeline_highlight_ms = r3(stage('highlight'));
  const content = median(pv.ours.map((s) => s.total - s.match));
  out.pipeline_content_script_ms = r3(content);
  out.pipeline_content_script_over_floor = r2(content / floor);
  out.pipeline_long_article_cold_ms = r3(pv.first.total);
  out.markjs_long_article_ms = r3(markjs);
  out.markjs_unmark_ms = r3(median(pv.unmark));
  out.ours_over_markjs = r3(stage('highlight') / markjs);
  out.pipeline_over_markjs = r3(stage('total') / markjs);
  out.bundled_index_build_ms = r3(prep.ms);
  const s0 = pv.ours[0]!;
  notes.article = `${(walk.chars / 1000).toFixed(0)} K chars of text; ${s0.passages} passages → ${s0.matches} matches (bundled dataset, ${prep.claims} claims), ${s0.highlighted} highlighted`;
  notes.markjs = `${pv.ranges} ranges → ${pv.marks} <mark> elements, ${pv.markedChars} of ${pv.rangeChars} range chars wrapped${pv.markedChars === pv.rangeChars ? ' (same passages as ours)' : ' (MISMATCH)'}`;
  if (pv.markedChars !== pv.rangeChars) log(`  WARNING: mark.js wrapped ${pv.markedChars} chars for ${pv.rangeChars} chars of ranges`);
}

/** 3. The synthetic 10,000-claim dataset: index build, and matching the same article. */
async function syntheticSection(browser: Browser, url: string, harness: string, out: Out, notes: Notes): Promise<void> {
  log(`Synthetic ${SYNTH.claims.toLocaleString('en-US')}-claim dataset: index build and matching…`);
  const page = await openWithHarness(browser, url, harness);
  const b = bench(page);
  const gen = await b.call((x, n, seed) => x.makeSynthetic(n, seed), SYNTH.claims, SYNTH.seed);
  const sb = await b.call((x, reps, w) => x.synthBuild(reps, w), REPS.build, 1);
  const sm = await b.call((x, reps, w) => x.synthMatch(reps, w), REPS.match, 2);
  await page.close();
  out.index_build_10k_ms = r3(median(sb.samples));
  out.match_10k_claims_ms = r3(median(sm.samples));
  out.match_10k_all_topics_ms = r3(median(sm.all));
  out.outlet_10k_claims_ms = r3(median(sm.outlet));
  notes.synthetic = `seed ${SYNTH.seed}: ${gen.claims} claims (62 bundled), ${gen.mentions} mentions, ${gen.entities} entities → ${sb.docs} index docs, ${sb.terms} concepts; ${sm.passages} passages → ${sm.matches} matches (${sm.syntheticMatches} to synthetic claims) among the claims of the page's topics (${sm.topics.join(', ')}: match_10k_claims_ms, as the background matches), ${sm.allMatches} among all claims whatever their topic (match_10k_all_topics_ms)`;
}

/** 4. The built extension: service-worker cold start, warm, sidebar. */
async function extensionSection(origin: string, out: Out, notes: Notes): Promise<ExtensionResults> {
  log('Extension (dist/chrome): first highlight with the service worker stopped / running, sidebar…');
  const ext = await measureExtension(origin, { cold: REPS.cold, warm: REPS.warm, sidebar: REPS.sidebar }, log);
  out.sw_cold_first_highlight_ms = r3(median(ext.cold));
  out.warm_first_highlight_ms = r3(median(ext.warm));
  out.seed_page_dom_content_loaded_ms = r3(median(ext.dcl));
  out.install_first_highlight_ms = r3(ext.installFirstHighlight);
  out.sidebar_first_render_ms = r3(median(ext.sidebar.map((s) => s.cards)));
  out.sidebar_frame_start_ms = r3(median(ext.sidebar.map((s) => s.frameStart)));
  out.sidebar_frame_dom_content_loaded_ms = r3(median(ext.sidebar.map((s) => s.frameDcl)));
  out.sidebar_app_first_dom_ms = r3(median(ext.sidebar.map((s) => s.app)));
  out.sidebar_first_render_node_clock_ms = r3(median(ext.sidebar.map((s) => s.node)));
  for (const l of ext.log) log(`  ${l}`);
  notes.extension = `cold: before each run the worker was stopped (CDP ServiceWorker.stopAllWorkers) and checked stopped (runningStatus 'stopped', no service_worker target); the navigation restarted it in ${ext.coldVerified} of ${ext.cold.length} runs. Reps: cold ${ext.cold.length}, warm ${ext.warm.length}, sidebar ${ext.sidebar.length}`;
  return ext;
}

async function main(): Promise<void> {
  const t0 = Date.now();
  if (only.has('ext') || only.has('size')) ensureDist();
  log('Bundling the in-page harness (bench/harness.ts)…');
  const harness = await buildHarness();
  const executablePath = findChromium();
  let site: RunningSite | null = null;
  let browser: Browser | null = null;
  const out: Out = {};
  const notes: Notes = {};
  try {
    site = await serveDemo(0);
    log(`Demo site on ${site.origin}; Chromium: ${executablePath}`);
    const longUrl = `${site.origin}/gen/long-article.html?words=20000`;
    if (only.has('gate') || only.has('article') || only.has('synth')) {
      browser = await chromium.launch({
        executablePath,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--js-flags=--expose-gc', '--disable-background-timer-throttling', '--disable-renderer-backgrounding'],
      });
      if (only.has('gate')) await gateSection(browser, site.origin, harness, out, notes);
      if (only.has('article')) await articleSection(browser, longUrl, harness, out, notes);
      if (only.has('synth')) await syntheticSection(browser, longUrl, harness, out, notes);
      notes.chromium = `${browser.version()} (${executablePath}), headless; ${timerNote}`;
      await browser.close();
      browser = null;
    }
    if (only.has('ext')) await extensionSection(site.origin, out, notes);
    if (only.has('size')) {
      const cs = contentScriptGzipKb();
      out.content_script_gzip_kb = r2(cs.kb);
      notes.size = `dist/chrome/${cs.file}: ${cs.rawKb.toFixed(1)} KB raw`;
    }
  } finally {
    await browser?.close().catch(() => undefined);
    await site?.close();
  }
  if (json) process.stdout.write(JSON.stringify(out) + '\n');
  else printTable(out, notes);
  log(`Done in ${((Date.now() - t0) / 1000).toFixed(0)} s.`);
}

function status(key: string, v: number): string {
  const t = TARGETS[key];
  if (!t) return '';
  return v <= t[1] ? `≤ ${t[1]}  met` : `≤ ${t[1]}  MISSED`;
}

function printTable(out: Out, notes: Notes): void {
  const rows: ([string, string, string] | string)[] = [];
  const row = (key: string, unit = 'ms'): void => {
    const v = out[key];
    if (v !== undefined) rows.push([key, `${v}${unit ? ' ' + unit : ''}`, status(key, v)]);
  };
  rows.push('Gate (the content script, a page with 1 MB of unrelated text)');
  ['gate_unrelated_1mb_ms', 'gate_unrelated_1mb_cold_ms'].forEach((k) => row(k));
  rows.push('20,000-word article, in page (matching runs in the service worker in the extension, in the page here)');
  row('text_walk_long_article_ms');
  row('pipeline_long_article_ms');
  row('pipeline_over_floor', '×');
  for (const k of ['gate', 'extract', 'segment', 'match', 'highlight']) row(`pipeline_${k}_ms`);
  row('pipeline_content_script_ms');
  row('pipeline_content_script_over_floor', '×');
  row('pipeline_long_article_cold_ms');
  row('markjs_long_article_ms');
  row('markjs_unmark_ms');
  row('ours_over_markjs', '×');
  row('pipeline_over_markjs', '×');
  row('bundled_index_build_ms');
  rows.push('Synthetic 10,000-claim dataset, in page');
  ['index_build_10k_ms', 'match_10k_claims_ms', 'match_10k_all_topics_ms', 'outlet_10k_claims_ms'].forEach((k) => row(k));
  rows.push('Built extension (dist/chrome), seed article /articles/seed-002.html');
  for (const k of ['sw_cold_first_highlight_ms', 'warm_first_highlight_ms', 'seed_page_dom_content_loaded_ms', 'install_first_highlight_ms']) row(k);
  for (const k of ['sidebar_first_render_ms', 'sidebar_frame_start_ms', 'sidebar_frame_dom_content_loaded_ms', 'sidebar_app_first_dom_ms', 'sidebar_first_render_node_clock_ms']) row(k);
  row('content_script_gzip_kb', 'KB');
  const cells = rows.filter((r): r is [string, string, string] => typeof r !== 'string');
  const w0 = Math.max(...cells.map((r) => r[0].length));
  const w1 = Math.max(...cells.map((r) => r[1].length));
  const lines = ['Crosscheck benchmark: medians of repeated runs after warm-up (ms unless marked)'];
  for (const r of rows) lines.push(typeof r === 'string' ? `\n${r}` : `  ${r[0].padEnd(w0)}  ${r[1].padStart(w1)}  ${r[2]}`);
  lines.push('', 'Notes:');
  for (const [k, v] of Object.entries(notes)) lines.push(`  ${k}: ${v}`);
  lines.push(
    '  floor = a bare TreeWalker read of all body text. pipeline = prefilter + extract + topic gate + segment + match',
    '    (outlet, claim views, matchPassages) + highlight (toTargets mapRange + StaticRanges + CSS.highlights.set per',
    '    verdict via src/content/highlighter.ts), each stage timed in page; pipeline_content_script = all but match.',
    '  ours_over_markjs = pipeline_highlight_ms / markjs_long_article_ms: the same passages on the same page, runs',
    '    interleaved (mark.js unmarked after each run).',
    '  first highlight = navigation start → first crosscheck-* highlight with ranges (page clock). sidebar = click on a',
    '    highlight → first .card in the sidebar iframe (page and frame clocks, performance.timeOrigin + now()).',
  );
  process.stdout.write(lines.join('\n') + '\n');
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    log(`bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    process.exit(1);
  },
);
