import { describe, expect, it } from 'vitest';
import { LIMITS, parseCommand, parseRequest } from './messages';

describe('parseRequest', () => {
  const good = { type: 'page/analyse', url: 'https://a.example/x', pageUrl: 'https://a.example/x', title: 't', text: 'abcdef', passages: [{ start: 0, end: 3 }], topics: ['kaspersky'] };

  it('accepts a well-formed analyse request and drops unknown fields', () => {
    expect(parseRequest({ ...good, evil: 1, passages: [{ start: 0, end: 3, x: 2 }] })).toEqual(good);
  });

  it.each([
    ['not an object', 'page/analyse'],
    ['null', null],
    ['unknown type', { type: 'notes/delete-all' }],
    ['passage beyond text', { ...good, passages: [{ start: 0, end: 99 }] }],
    ['negative offset', { ...good, passages: [{ start: -1, end: 2 }] }],
    ['end before start', { ...good, passages: [{ start: 4, end: 2 }] }],
    ['fractional offset', { ...good, passages: [{ start: 0.5, end: 2 }] }],
    ['text too long', { ...good, text: 'x'.repeat(LIMITS.maxTextChars + 1) }],
    ['url not a string', { ...good, url: { href: 'x' } }],
    ['topics not strings', { ...good, topics: [1] }],
    ['opened without boolean', { type: 'sidebar/opened', open: 'yes' }],
    ['focus with bad index', { type: 'sidebar/focus-match', index: -2 }],
  ])('refuses %s', (_label, msg) => {
    expect(parseRequest(msg)).toBeNull();
  });

  it('keeps a claim id on sidebar/opened only when it is a short string', () => {
    expect(parseRequest({ type: 'sidebar/opened', open: true, claimId: 'c1' })).toEqual({ type: 'sidebar/opened', open: true, claimId: 'c1' });
    expect(parseRequest({ type: 'sidebar/opened', open: true, claimId: 'x'.repeat(500) })).toEqual({ type: 'sidebar/opened', open: true });
  });
});

describe('parseCommand', () => {
  it('accepts known commands and refuses the rest', () => {
    expect(parseCommand({ type: 'cmd/next-highlight' })).toEqual({ type: 'cmd/next-highlight' });
    expect(parseCommand({ type: 'cmd/focus-match', index: 2 })).toEqual({ type: 'cmd/focus-match', index: 2 });
    expect(parseCommand({ type: 'cmd/focus-match', index: '2' })).toBeNull();
    expect(parseCommand({ type: 'cmd/rm-rf' })).toBeNull();
    expect(parseCommand('cmd/next-highlight')).toBeNull();
  });
});
