// npm run scan -- [--json] [--force] FILE...
// Runs the extension's core pipeline (gate → extract → segment → match → conflicts) on saved
// HTML pages (parsed with linkedom) or plain-text files, and prints what the sidebar would show.
import { openSync, readSync, closeSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { dataset } from '../src/data/index';
import { gateTopics } from '../src/data/gate-topics';
import { extractArticle, type Extracted } from '../src/core/extract/extract';
import { extractFromText } from '../src/core/extract/text';
import { createScanEngine, scanExtracted, type ScanEngine, type ScanResult } from '../src/core/match/pipeline';

export const MAX_FILE_BYTES = 10 * 1024 * 1024;

export type FileReport = ({ file: string } & Omit<ScanResult, 'outlet'> & { outlet: string | null }) | { file: string; error: string };

class ScanError extends Error {}

function readInput(file: string): string {
  let st;
  try {
    st = statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new ScanError(code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot read (${code ?? 'error'})`);
  }
  if (st.isDirectory()) throw new ScanError('is a directory, not a file');
  if (!st.isFile()) throw new ScanError('not a regular file');
  if (st.size === 0) throw new ScanError('file is empty');
  if (st.size > MAX_FILE_BYTES) throw new ScanError(`file is too large (${(st.size / 1048576).toFixed(1)} MB; limit ${MAX_FILE_BYTES / 1048576} MB)`);
  let buf: Buffer;
  try {
    const fd = openSync(file, 'r');
    try {
      buf = Buffer.alloc(st.size);
      let off = 0;
      while (off < st.size) {
        const n = readSync(fd, buf, off, st.size - off, off);
        if (n <= 0) break;
        off += n;
      }
      buf = buf.subarray(0, off);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    throw new ScanError(`cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  // binary: NUL bytes or mostly invalid UTF-8 in the first 8 KB
  const head = buf.subarray(0, 8192);
  if (head.includes(0)) throw new ScanError('looks like a binary file, not HTML or text');
  const text = buf.toString('utf8');
  const bad = (text.slice(0, 8192).match(/\uFFFD/g) ?? []).length;
  if (bad > 16) throw new ScanError('looks like a binary file, not HTML or text');
  if (!/\S/.test(text)) throw new ScanError('file is empty (only whitespace)');
  return text.replace(/^\uFEFF/, '');
}

const isHtml = (file: string, text: string): boolean =>
  ['.html', '.htm', '.xhtml'].includes(extname(file).toLowerCase()) || /^\s*(<!doctype html|<html|<head|<body|<article|<div|<p[\s>])/i.test(text);

export function extractFile(file: string, text: string): Extracted | null {
  if (isHtml(file, text)) {
    const { document } = parseHTML(text);
    return extractArticle(document as unknown as Document);
  }
  return extractFromText(text);
}

function canonicalUrl(text: string): string {
  const m = /<link[^>]+rel=["']canonical["'][^>]*href=["']([^"']+)["']/i.exec(text) ?? /<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)["']/i.exec(text);
  return m?.[1] ?? '';
}

export function scanFile(engine: ScanEngine, file: string, opts: { force?: boolean } = {}): FileReport {
  try {
    const text = readInput(file);
    const ex = extractFile(file, text);
    if (!ex) return { file, error: 'no readable text found' };
    const url = isHtml(file, text) ? canonicalUrl(text) : '';
    const res = scanExtracted(engine, ex, { url: url || pathToFileURL(file).href, force: opts.force ?? false });
    return { file, ...res };
  } catch (e) {
    if (e instanceof ScanError) return { file, error: e.message };
    return { file, error: `could not scan: ${e instanceof Error ? e.message : String(e)}` };
  }
}

function report(r: FileReport): string {
  if ('error' in r) return `${r.file}: ${r.error}`;
  const lines: string[] = [];
  const t = r.topic;
  lines.push(`== ${basename(r.file)} — ${t.relevant ? `about ${t.topics.join(', ')}` : 'not about a covered topic'} (gate score ${t.score})`);
  if (r.outlet) lines.push(`   outlet: ${r.outlet} (left out of its own corroboration)`);
  if (t.relevant && !r.matches.length) lines.push('   no known claims found');
  for (const m of r.matches) {
    const stance = m.pageStance === 'contradicts' ? `  ✗ page differs: ${m.reason ?? ''}` : '';
    lines.push('');
    lines.push(`  [${m.verdict}] ${m.claim}  (score ${m.score})${stance}`);
    lines.push(`    page: “${m.passage.replace(/\s+/g, ' ').trim()}”`);
    for (const c of m.corroboratedBy) lines.push(`    + ${c.outlet}${c.independent ? '' : ' (copy)'}: “${c.quote}”`);
    for (const c of m.contradictedBy) lines.push(`    − ${c.outlet}: “${c.quote}” — ${c.reason}`);
  }
  return lines.join('\n');
}

export function main(argv: string[]): number {
  const json = argv.includes('--json');
  const force = argv.includes('--force');
  const files = argv.filter((a) => !a.startsWith('--'));
  const unknown = argv.filter((a) => a.startsWith('--') && a !== '--json' && a !== '--force');
  if (unknown.length) {
    process.stderr.write(`scan: unknown option ${unknown.join(', ')}\n`);
    return 2;
  }
  if (!files.length) {
    process.stderr.write('usage: npm run scan -- [--json] [--force] FILE...\n');
    return 2;
  }
  const engine = createScanEngine(dataset, gateTopics);
  const results = files.map((f) => scanFile(engine, f, { force }));
  let failed = false;
  for (const r of results) {
    if ('error' in r) {
      failed = true;
      process.stderr.write(`scan: ${r.file}: ${r.error}\n`);
    }
  }
  if (json) {
    process.stdout.write(JSON.stringify(results.map((r) => ('error' in r ? r : { ...r, topic: { relevant: r.topic.relevant, score: r.topic.score, topics: r.topic.topics } })), null, 2) + '\n');
  } else {
    process.stdout.write(results.filter((r) => !('error' in r)).map(report).join('\n\n') + '\n');
  }
  return failed ? 1 : 0;
}

const invoked = process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invoked) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`scan: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  }
}
