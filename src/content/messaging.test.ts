import { afterEach, describe, expect, it, vi } from 'vitest';

const replies: unknown[] = [];
vi.mock('./browser', () => ({ browser: { runtime: { onMessage: {} } } }));
vi.mock('../shared/request', () => ({ request: vi.fn(async () => replies.shift()) }));

const { sendRetrying } = await import('./messaging');
const { request } = await import('../shared/request');

const REQ = { type: 'notes/for-page', url: 'https://example.com/a', title: 'A' } as const;

afterEach(() => {
  replies.length = 0;
  vi.mocked(request).mockClear();
});

describe('sendRetrying', () => {
  it('asks again while the background does not answer, and returns its first answer', async () => {
    replies.push(
      { ok: false, error: 'Could not establish connection', unanswered: true },
      { ok: false, error: 'no answer', unanswered: true },
      { ok: true, value: [] },
    );
    const res = await sendRetrying(REQ, undefined, [1, 1, 1]);
    expect(res).toEqual({ ok: true, value: [] });
    expect(request).toHaveBeenCalledTimes(3);
  });

  it('gives up after the last delay with the last failure', async () => {
    replies.push(...Array.from({ length: 5 }, (_, i) => ({ ok: false, error: `fail ${i}`, unanswered: true })));
    const res = await sendRetrying(REQ, undefined, [1, 1]);
    expect(res).toEqual({ ok: false, error: 'fail 2', unanswered: true });
    expect(request).toHaveBeenCalledTimes(3);
  });

  it('does not ask again when the answer is an error: it would be the same error', async () => {
    replies.push({ ok: false, error: 'not allowed' }, { ok: true, value: [] });
    const res = await sendRetrying(REQ, undefined, [1, 1]);
    expect(res).toEqual({ ok: false, error: 'not allowed' });
    expect(request).toHaveBeenCalledTimes(1);
  });

  it('does not ask again once the page is gone', async () => {
    replies.push({ ok: false, error: 'fail', unanswered: true }, { ok: true, value: [] });
    const ctl = new AbortController();
    ctl.abort();
    const res = await sendRetrying(REQ, ctl.signal, [1, 1]);
    expect(res.ok).toBe(false);
    expect(request).toHaveBeenCalledTimes(1);
  });
});
