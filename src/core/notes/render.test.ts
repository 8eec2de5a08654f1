import { describe, expect, it } from 'vitest';
import { hasBidiControls, tokenizeNoteBody } from './render.ts';

describe('tokenizeNoteBody', () => {
  it('turns line breaks into br tokens and http(s) URLs into links', () => {
    expect(tokenizeNoteBody('See https://example.com/a?b=1.\nThen (http://x.org/wiki/Foo_(bar)), ok')).toEqual([
      { type: 'text', text: 'See ' },
      { type: 'link', href: 'https://example.com/a?b=1', text: 'https://example.com/a?b=1' },
      { type: 'text', text: '.' },
      { type: 'br' },
      { type: 'text', text: 'Then (' },
      { type: 'link', href: 'http://x.org/wiki/Foo_(bar)', text: 'http://x.org/wiki/Foo_(bar)' },
      { type: 'text', text: '), ok' },
    ]);
    expect(tokenizeNoteBody('a\r\nb\rc')).toEqual([
      { type: 'text', text: 'a' }, { type: 'br' }, { type: 'text', text: 'b' }, { type: 'br' }, { type: 'text', text: 'c' },
    ]);
    expect(tokenizeNoteBody('')).toEqual([]);
  });

  it('keeps javascript:, data: and markup as plain text', () => {
    for (const body of ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', '<b>bold</b> <a href="https://x.com">x</a>', '[click](javascript:alert(1))']) {
      const tokens = tokenizeNoteBody(body);
      expect(tokens.filter((t) => t.type === 'link' && !t.href.startsWith('https://x.com'))).toEqual([]);
      expect(tokens.map((t) => (t.type === 'text' || t.type === 'link' ? t.text : '\n')).join('')).toBe(body);
    }
    expect(tokenizeNoteBody('<b>bold</b>')).toEqual([{ type: 'text', text: '<b>bold</b>' }]);
    expect(tokenizeNoteBody('javascript:https://evil.example/')).toEqual([
      { type: 'text', text: 'javascript:' },
      { type: 'link', href: 'https://evil.example/', text: 'https://evil.example/' },
    ]);
    expect(tokenizeNoteBody('xhttps://a.com https:// http://')).toEqual([{ type: 'text', text: 'xhttps://a.com https:// http://' }]);
  });

  it('strips bidi override/isolate controls from text and links', () => {
    const body = 'safe \u202Egnp.exe\u202C https://a.com/\u2066x';
    expect(hasBidiControls(body)).toBe(true);
    const tokens = tokenizeNoteBody(body);
    expect(tokens).toEqual([
      { type: 'text', text: 'safe gnp.exe ' },
      { type: 'link', href: 'https://a.com/x', text: 'https://a.com/x' },
    ]);
    expect(JSON.stringify(tokens)).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  });
});

describe('tokenizeNoteBody regressions (found by src/core/fuzz)', () => {
  it('trims thousands of unbalanced closing brackets in linear time', () => {
    // Recounting brackets per dropped character was quadratic: 20,000 ")" (a legal body) took 6 s.
    const t0 = performance.now();
    const tokens = tokenizeNoteBody('https://a.com/' + ')'.repeat(20_000));
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(tokens[0]).toEqual({ type: 'link', href: 'https://a.com/', text: 'https://a.com/' });
    expect(tokens[1]).toEqual({ type: 'text', text: ')'.repeat(20_000) });
    // balanced brackets are kept, unbalanced ones and trailing punctuation dropped
    expect(tokenizeNoteBody('(https://a.com/x_(y)).')).toEqual([
      { type: 'text', text: '(' },
      { type: 'link', href: 'https://a.com/x_(y)', text: 'https://a.com/x_(y)' },
      { type: 'text', text: ').' },
    ]);
  });
});
