// One key per article: notes are stored and looked up by a normalised page URL, so the same
// article reached through a newsletter link (utm_*), a social share (fbclid) or with a
// #fragment finds the same notes. The page's <link rel="canonical"> is used only when it
// points to the same registrable site, so a hostile page cannot attach (or read) notes keyed
// to another site's articles. Pure string work: no browser or node APIs beyond WHATWG `URL`.

/** Query parameters that only track the visit and never select content. Compared lowercased. */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid',
  'ttclid', 'li_fat_id', 'igshid', 'igsh', 'mc_cid', 'mc_eid', '_ga', '_gl', '_hsenc', '_hsmi',
  'hsctatracking', 'mkt_tok', 'ref', 'ref_src', 'ref_url', 'referrer', 'cmpid', 'cmp', 'ocid',
  's_cid', 'smid', 'smtyp', 'sr_share', 'at_medium', 'at_campaign', 'at_custom1', 'at_custom2',
  'at_custom3', 'at_custom4', 'wt_mc', 'wt.mc_id', 'oly_anon_id', 'oly_enc_id', 'vero_id',
  'vero_conv', 'rb_clickid', 'soc_src', 'soc_trk', 'spm', 'share', 'ito', 'ns_mchannel',
  'ns_source', 'ns_campaign', 'ns_linkname', 'ns_fee', 'cid_source',
]);

/** Parameter-name prefixes that only track the visit (utm_source, utm_medium, pk_campaign…). */
const TRACKING_PREFIXES = ['utm_', 'pk_', 'mtm_', 'hmb_', 'itm_', 'stm_'];

/**
 * Second-level labels that, under a two-letter country TLD, form a public suffix
 * (`bbc.co.uk` is registrable, `co.uk` is not). A heuristic stand-in for the Public Suffix
 * List: erring towards "different site" only makes us ignore a canonical link.
 */
const CC_SECOND_LEVEL = new Set([
  'co', 'com', 'net', 'org', 'gov', 'edu', 'ac', 'or', 'ne', 'go', 'gob', 'gouv', 'mil', 'nic',
  'sch', 'ltd', 'plc', 'nom', 'info', 'biz', 'web', 'gv', 'lg', 'ed', 'in', 'nhs', 'police',
]);

/** Hosting platforms whose subdomains belong to different owners (PSL "private" section, in part). */
const SHARED_HOSTING_SUFFIXES = [
  'github.io', 'gitlab.io', 'blogspot.com', 'wordpress.com', 'substack.com', 'medium.com',
  'tumblr.com', 'herokuapp.com', 'netlify.app', 'vercel.app', 'pages.dev', 'workers.dev',
  'appspot.com', 'web.app', 'firebaseapp.com', 'azurewebsites.net', 'cloudfront.net',
  'amazonaws.com', 'glitch.me', 'neocities.org', 'wixsite.com', 'weebly.com', 'squarespace.com',
  'ghost.io', 'beehiiv.com', 'translate.goog', 'ampproject.org', 'cdn.ampproject.org',
];

function isTrackingParam(rawKey: string): boolean {
  let key: string;
  try {
    key = decodeURIComponent(rawKey.replace(/\+/g, ' '));
  } catch {
    key = rawKey;
  }
  key = key.toLowerCase();
  if (TRACKING_PARAMS.has(key)) return true;
  return TRACKING_PREFIXES.some((p) => key.startsWith(p));
}

function isIpHost(host: string): boolean {
  return host.startsWith('[') || /^\d{1,3}(\.\d{1,3}){3}$/.test(host);
}

/**
 * The registrable domain ("eTLD+1") of a hostname, by heuristic: `www.bbc.co.uk` →
 * `bbc.co.uk`, `a.b.example.com` → `example.com`, `alice.github.io` → `alice.github.io`.
 * IP addresses and single-label hosts are returned unchanged.
 */
export function registrableDomain(hostname: string): string {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (isIpHost(host) || !host.includes('.')) return host;
  for (const suffix of SHARED_HOSTING_SUFFIXES) {
    if (host === suffix) return host;
    if (host.endsWith('.' + suffix)) {
      const rest = host.slice(0, -suffix.length - 1);
      const label = rest.slice(rest.lastIndexOf('.') + 1);
      return `${label}.${suffix}`;
    }
  }
  const labels = host.split('.');
  const n = labels.length;
  const tld = labels[n - 1] ?? '';
  const second = labels[n - 2] ?? '';
  const suffixLabels = tld.length === 2 && CC_SECOND_LEVEL.has(second) && n >= 3 ? 2 : 1;
  return labels.slice(Math.max(0, n - suffixLabels - 1)).join('.');
}

/** True when both hosts belong to the same registrable site (exact match for IPs). */
export function sameSite(hostA: string, hostB: string): boolean {
  const a = hostA.toLowerCase().replace(/\.$/, '');
  const b = hostB.toLowerCase().replace(/\.$/, '');
  if (a === b) return true;
  if (isIpHost(a) || isIpHost(b)) return false;
  return registrableDomain(a) === registrableDomain(b);
}

function parseHttp(url: string, base?: string): URL | null {
  try {
    const u = base === undefined ? new URL(url) : new URL(url, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

function normaliseParsed(u: URL): string {
  // Already lowercased and punycoded by URL. The trailing dot of an FQDN is dropped, but not
  // when it is the whole host ("http://." → "http:///…", which re-parses as another URL and
  // broke idempotence; found by the fuzz suite).
  const host = u.hostname.length > 1 ? u.hostname.replace(/\.$/, '') : u.hostname;
  const port = u.port ? `:${u.port}` : ''; // URL already drops the scheme's default port
  let path = u.pathname || '/';
  // Conservative: only a final `index.html`/`index.htm` is dropped; everything else is kept.
  path = path.replace(/\/index\.html?$/i, '/');
  const pieces = u.search
    .replace(/^\?/, '')
    .split('&')
    .filter((p) => p !== '')
    .filter((p) => !isTrackingParam(p.split('=', 1)[0] ?? ''));
  // Stable sort by raw key: repeated keys keep their relative order.
  const keyed = pieces.map((p, i) => ({ p, k: p.split('=', 1)[0] ?? '', i }));
  keyed.sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.i - b.i));
  const query = keyed.length ? '?' + keyed.map((x) => x.p).join('&') : '';
  // Credentials are dropped: they select nothing and must not end up in exports.
  return `${u.protocol}//${host}${port}${path}${query}`;
}

/**
 * Normalise a page URL into the key its notes are stored under.
 *
 * - `canonical` (the page's `<link rel="canonical">`, absolute or relative) is used instead of
 *   `url` only when it is a valid http(s) URL on the same registrable site as `url`.
 * - The fragment, credentials, tracking parameters and default ports are dropped; remaining
 *   query parameters are sorted by name (stably); scheme and host are lowercased; a trailing
 *   `index.html`/`index.htm` is dropped. The path is otherwise kept as is (case, trailing slash).
 * - Non-http(s) or unparsable input is returned trimmed, unchanged. Never throws.
 *
 * Idempotent: `normaliseUrl(normaliseUrl(x)) === normaliseUrl(x)`.
 */
export function normaliseUrl(url: string, canonical?: string | null): string {
  const input = typeof url === 'string' ? url.trim() : '';
  const page = parseHttp(input);
  if (!page) return input;
  let chosen = page;
  if (typeof canonical === 'string' && canonical.trim() !== '') {
    const c = parseHttp(canonical.trim(), page.href);
    if (c && c.hostname !== '' && sameSite(c.hostname, page.hostname)) chosen = c;
  }
  return normaliseParsed(chosen);
}

/** True for an absolute http: or https: URL with a host. */
export function isHttpUrl(url: string): boolean {
  const u = parseHttp(url);
  return u !== null && u.hostname !== '';
}

/** The site a page belongs to, as the notes views show and filter it: its hostname without `www.`. */
export function siteOf(pageUrl: string): string {
  try {
    return new URL(pageUrl).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
