// The local demo newsstand: one page per seed article (rendered like a real news page, with
// navigation, a related-stories box and a footer around the article), an unrelated article, and
// one that mentions Kaspersky only in its related-links box. Served on 127.0.0.1 by `npm start`,
// the e2e tests and the bench. Also serves any extra static directories (e2e/pages).
import { createServer, type Server } from 'node:http';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { dataset } from '../../src/data/index.ts';
import { loadSourceTexts } from '../../src/data/source-texts.ts';
import { esc, layoutFor } from '../lib/web-pages.ts';


export interface DemoPage {
  path: string;
  title: string;
  html: string;
}

function paragraphs(text: string): string[] {
  const blocks = /\n\s*\n/.test(text) ? text.split(/\n\s*\n/) : text.split('\n');
  return blocks.map((b) => b.trim()).filter(Boolean);
}

function bodyHtml(text: string, title: string): string {
  const out: string[] = [];
  for (const block of paragraphs(text)) {
    if (block === title) continue;
    const lines = block.split('\n');
    let list: string[] = [];
    const flush = () => {
      if (list.length) out.push(`<ul>${list.map((l) => `<li><a href="#">${esc(l)}</a></li>`).join('')}</ul>`);
      list = [];
    };
    for (const line of lines) {
      const t = line.trim();
      if (!t) continue;
      if (t.startsWith('- ')) list.push(t.slice(2));
      else {
        flush();
        out.push(`<p>${esc(t)}</p>`);
      }
    }
    flush();
  }
  return out.join('\n');
}

export function page(opts: { title: string; site: string; article: string; related?: string[]; lang?: string }): string {
  const related = opts.related ?? ['City council approves new bike lanes', 'Weekend weather: sunny spells'];
  return `<!doctype html>
<html lang="${opts.lang ?? 'en'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(opts.title)} | ${esc(opts.site)}</title>
<style>
body{font:18px/1.6 Georgia,serif;margin:0;background:#fafaf7;color:#1a1a1a}
header.site{background:#0f172a;color:#fff;padding:12px 24px;display:flex;gap:24px;align-items:center}
header.site a{color:#cbd5e1;text-decoration:none;font:15px system-ui,sans-serif}
.wrap{display:grid;grid-template-columns:minmax(0,680px) 260px;gap:40px;max-width:1020px;margin:32px auto;padding:0 24px}
h1{font-size:34px;line-height:1.2}
aside{font:15px/1.4 system-ui,sans-serif;border-top:3px solid #0f172a;padding-top:8px}
aside ul{padding-left:18px}
footer{font:13px system-ui,sans-serif;color:#555;border-top:1px solid #ddd;padding:16px 24px;text-align:center}
@media (prefers-color-scheme: dark){body{background:#16181d;color:#e5e7eb}aside{border-color:#e5e7eb}}
</style></head>
<body>
<header class="site"><strong>${esc(opts.site)}</strong><nav><a href="/">Home</a> · <a href="/">World</a> · <a href="/">Technology</a> · <a href="/">Business</a></nav></header>
<div class="wrap">
<article><h1>${esc(opts.title)}</h1>
${opts.article}
</article>
<aside><h2>Related stories</h2><ul>${related.map((r) => `<li><a href="/">${esc(r)}</a></li>`).join('')}</ul></aside>
</div>
<footer>© Demo Newsstand. For testing Crosscheck only.</footer>
</body></html>`;
}

const UNRELATED = `The city council voted on Tuesday to add twelve kilometres of protected bike lanes to the downtown grid, a plan that has been debated for almost three years.

Supporters said the lanes would make cycling safer for commuters and schoolchildren, while some shop owners worried about losing parking spaces in front of their stores.

The transport department expects construction to begin in the spring and to finish before the end of next year. The work will be done in stages so that no street is closed for more than two weeks.

A survey published last month found that two thirds of residents would cycle more often if the routes were separated from car traffic. The council will publish detailed maps of the new lanes next week.`;

export function demoPages(): DemoPage[] {
  const texts = loadSourceTexts(dataset);
  const pages: DemoPage[] = [];
  for (const s of dataset.sources) {
    if (!s.id.startsWith('seed-')) continue;
    const text = texts[s.id];
    if (!text) continue;
    pages.push({
      path: `/articles/${s.id}.html`,
      title: s.title,
      html: page({ title: s.title, site: s.outlet.replace(/\s*\(.*\)$/, '') || 'Demo News', article: bodyHtml(text, s.title) }),
    });
  }
  pages.push({
    path: '/articles/unrelated.html',
    title: 'Council approves downtown bike lanes',
    html: page({ title: 'Council approves downtown bike lanes', site: 'Demo Gazette', article: bodyHtml(UNRELATED, '') }),
  });
  pages.push({
    path: '/articles/link-box-only.html',
    title: 'Council approves downtown bike lanes',
    html: page({
      title: 'Council approves downtown bike lanes',
      site: 'Demo Gazette',
      article: bodyHtml(UNRELATED, ''),
      related: [
        'Best Buy pulls Kaspersky products as Russian spying allegations continue',
        'Kaspersky Lab denies ties to any government',
        'Weekend weather: sunny spells',
      ],
    }),
  });
  // the evaluation's whole articles (eval/articles), as pages: what the matcher does on wording it
  // was not built from
  // was not built from; and each as the eval reads it in a real site's markup (/web/, see
  // scripts/lib/web-pages.ts)
  const evalDir = resolve(import.meta.dirname, '../../eval/articles');
  const web: DemoPage[] = [];
  readdirSync(evalDir).filter((x) => x.endsWith('.json')).sort().forEach((f, n) => {
    const a = JSON.parse(readFileSync(join(evalDir, f), 'utf8')) as { paragraphs: { text: string }[] };
    const [head, ...rest] = a.paragraphs;
    if (!head) return;
    const name = f.replace(/\.json$/, '');
    pages.push({
      path: `/eval/${name}.html`,
      title: head.text,
      html: page({ title: head.text, site: 'Eval article', article: rest.map((p) => `<p>${esc(p.text)}</p>`).join('\n'), related: [] }),
    });
    const layout = layoutFor(n);
    web.push({ path: `/web/${name}.html`, title: `${head.text} (${layout.name})`, html: layout.render({ paragraphs: a.paragraphs.map((p) => p.text) }) });
  });
  pages.push(...web);
  const index = page({
    title: 'Demo Newsstand',
    site: 'Demo Newsstand',
    article: `<p>Local copies of the Crosscheck seed articles, two control pages, and the evaluation's articles (/eval/), also in real sites' markup (/web/).</p><ul>${pages
      .map((p) => `<li><a href="${p.path}">${esc(p.title)}</a> <code>${p.path}</code></li>`)
      .join('')}</ul>`,
    related: [],
  });
  pages.unshift({ path: '/', title: 'Demo Newsstand', html: index });
  return pages;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** ~`mb` megabytes of unrelated paragraphs: the gate's worst case. */
export function hugeUnrelatedPage(mb: number): string {
  const para = `<p>${esc(UNRELATED.replace(/\n+/g, ' '))}</p>`;
  const count = Math.ceil((mb * 1024 * 1024) / para.length);
  return page({ title: 'A very long page about bike lanes', site: 'Demo Gazette', article: para.repeat(count) });
}

/** A ~`words`-word article made of the seed articles' paragraphs, repeated. */
export function longArticlePage(words: number): string {
  const texts = loadSourceTexts(dataset);
  const seeds = dataset.sources.filter((s) => s.id.startsWith('seed-')).map((s) => texts[s.id] ?? '');
  const paras = seeds.flatMap((t) => paragraphs(t)).filter((p) => p.split(/\s+/).length > 12);
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = paras[i % paras.length]!;
    out.push(`<p>${esc(p)}</p>`);
    count += p.split(/\s+/).length;
  }
  return page({ title: 'Kaspersky Lab and Best Buy: the long read', site: 'Demo Longform', article: out.join('\n') });
}

export interface RunningSite {
  server: Server;
  origin: string;
  close(): Promise<void>;
}

const FAVICON = resolve(import.meta.dirname, '../../public/icons/icon-32.png');

/** Serves the demo pages, plus files from `staticDirs`, on 127.0.0.1 (port 0 = any free port). */
export function serveDemo(port = 0, staticDirs: string[] = []): Promise<RunningSite> {
  const pages = new Map(demoPages().map((p) => [p.path, p.html]));
  const roots = staticDirs.map((d) => resolve(d));
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const gen =
      url.pathname === '/gen/huge-unrelated.html'
        ? hugeUnrelatedPage(Number(url.searchParams.get('mb') ?? 1))
        : url.pathname === '/gen/long-article.html'
          ? longArticlePage(Number(url.searchParams.get('words') ?? 20000))
          : undefined;
    if (url.pathname === '/favicon.ico') {
      // from the repository, whatever directory the server was started in
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(readFileSync(FAVICON));
      return;
    }
    const html = gen ?? pages.get(url.pathname);
    if (html !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html']!, 'cache-control': 'no-store' });
      res.end(html);
      return;
    }
    for (const root of roots) {
      const file = normalize(join(root, decodeURIComponent(url.pathname)));
      if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) continue;
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(readFileSync(file));
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      const addr = server.address();
      const p = typeof addr === 'object' && addr ? addr.port : port;
      ok({
        server,
        origin: `http://127.0.0.1:${p}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
