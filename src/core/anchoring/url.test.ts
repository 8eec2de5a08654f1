import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isHttpUrl, normaliseUrl, registrableDomain, sameSite } from './url.ts';

describe('normaliseUrl', () => {
  it('drops the fragment, tracking parameters and default ports; lowercases scheme and host', () => {
    expect(normaliseUrl('HTTPS://WWW.Example.COM:443/News/Story?utm_source=x&UTM_Medium=y&fbclid=1&gclid=2#section-2')).toBe(
      'https://www.example.com/News/Story',
    );
    expect(normaliseUrl('http://example.com:80/a')).toBe('http://example.com/a');
    expect(normaliseUrl('http://example.com:8080/a')).toBe('http://example.com:8080/a');
    for (const p of ['dclid', 'msclkid', 'mc_cid', 'mc_eid', 'igshid', '_ga', 'ref_src', 'ref', 'cmpid']) {
      expect(normaliseUrl(`https://example.com/a?${p}=zz&id=3`)).toBe('https://example.com/a?id=3');
    }
  });

  it('sorts the remaining parameters stably and keeps their encoding', () => {
    expect(normaliseUrl('https://example.com/a?z=1&a=2&m=x%20y&a=1')).toBe('https://example.com/a?a=2&a=1&m=x%20y&z=1');
    expect(normaliseUrl('https://example.com/a?&&')).toBe('https://example.com/a');
  });

  it('drops a trailing index.html but keeps the path otherwise', () => {
    expect(normaliseUrl('https://example.com/news/index.html')).toBe('https://example.com/news/');
    expect(normaliseUrl('https://example.com/news/Index.HTM?x=1')).toBe('https://example.com/news/?x=1');
    expect(normaliseUrl('https://example.com/news/')).toBe('https://example.com/news/');
    expect(normaliseUrl('https://example.com/news')).toBe('https://example.com/news');
    expect(normaliseUrl('https://example.com/News/Story.HTML')).toBe('https://example.com/News/Story.HTML');
    expect(normaliseUrl('https://example.com')).toBe('https://example.com/');
  });

  it('drops credentials and a trailing dot on the host', () => {
    expect(normaliseUrl('https://user:secret@example.com./a')).toBe('https://example.com/a');
  });

  it('uses a canonical link on the same registrable site', () => {
    expect(normaliseUrl('https://m.example.com/story?utm_source=x', 'https://www.example.com/story')).toBe(
      'https://www.example.com/story',
    );
    expect(normaliseUrl('https://www.bbc.co.uk/news/1', '/news/canonical-1#x')).toBe('https://www.bbc.co.uk/news/canonical-1');
    expect(normaliseUrl('https://amp.example.com/a', 'http://example.com/a?ref=tw')).toBe('http://example.com/a');
  });

  it('ignores a hostile or invalid canonical link', () => {
    const page = 'https://evil.example.net/story';
    expect(normaliseUrl(page, 'https://www.nytimes.com/2024/01/01/world/story.html')).toBe(page);
    expect(normaliseUrl(page, 'javascript:alert(1)')).toBe(page);
    expect(normaliseUrl(page, 'data:text/html,hi')).toBe(page);
    expect(normaliseUrl(page, 'not a url at all ::')).toBe('https://evil.example.net/not%20a%20url%20at%20all%20::');
    expect(normaliseUrl(page, 'https://example.net.evil.com/')).toBe(page);
    expect(normaliseUrl(page, '')).toBe(page);
    expect(normaliseUrl(page, null)).toBe(page);
    // Public suffixes and shared hosting: different owners, different sites.
    expect(normaliseUrl('https://www.bbc.co.uk/a', 'https://evil.co.uk/a')).toBe('https://www.bbc.co.uk/a');
    expect(normaliseUrl('https://alice.github.io/a', 'https://bob.github.io/a')).toBe('https://alice.github.io/a');
    expect(normaliseUrl('https://1.2.3.4/a', 'https://1.2.3.5/a')).toBe('https://1.2.3.4/a');
  });

  it('returns invalid or non-http input trimmed, without throwing', () => {
    expect(normaliseUrl('  not a url  ')).toBe('not a url');
    expect(normaliseUrl('javascript:alert(1)')).toBe('javascript:alert(1)');
    expect(normaliseUrl('file:///tmp/a.html#x')).toBe('file:///tmp/a.html#x');
    expect(normaliseUrl('')).toBe('');
    expect(normaliseUrl(undefined as unknown as string)).toBe('');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.webUrl({ withFragments: true, withQueryParameters: true }), (u) => {
        const once = normaliseUrl(u);
        expect(normaliseUrl(once)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});

describe('registrable site', () => {
  it('approximates eTLD+1', () => {
    expect(registrableDomain('www.news.example.com')).toBe('example.com');
    expect(registrableDomain('www.bbc.co.uk')).toBe('bbc.co.uk');
    expect(registrableDomain('www.smh.com.au')).toBe('smh.com.au');
    expect(registrableDomain('alice.github.io')).toBe('alice.github.io');
    expect(registrableDomain('localhost')).toBe('localhost');
    expect(sameSite('a.example.com', 'b.example.com')).toBe(true);
    expect(sameSite('example.com', 'example.org')).toBe(false);
    expect(isHttpUrl('https://example.com')).toBe(true);
    expect(isHttpUrl('ftp://example.com')).toBe(false);
  });
});

describe('normaliseUrl regressions (found by src/core/fuzz)', () => {
  it('stays idempotent when the whole host is a dot', () => {
    // "http://." + canonical "/relative" gave "http:///relative", which re-parses as http://relative/
    for (const [url, canonical] of [['http://.', '/relative'], ['http://.', undefined], ['https://./a?b=1', null]] as const) {
      const n = normaliseUrl(url, canonical);
      expect(normaliseUrl(n)).toBe(n);
    }
    expect(normaliseUrl('https://Example.COM./a')).toBe('https://example.com/a');
  });
});
