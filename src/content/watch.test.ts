// The page watcher must follow changes quickly but back off on pages that mutate forever.
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BASE_DELAY, MAX_DELAY, nextDelay, watchPage } from './watch';

describe('nextDelay', () => {
  it('resets on change and doubles up to the cap while nothing changes', () => {
    expect(nextDelay(3200, true)).toBe(BASE_DELAY);
    let d = BASE_DELAY;
    const seen: number[] = [];
    for (let i = 0; i < 8; i++) seen.push((d = nextDelay(d, false)));
    expect(seen).toEqual([800, 1600, 3200, 6400, 8000, 8000, 8000, 8000]);
    expect(Math.max(...seen)).toBe(MAX_DELAY);
  });
});

describe('watchPage', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('re-runs after mutations, backs off on a page that mutates forever, and stops on abort', async () => {
    const { document, MutationObserver } = parseHTML('<html><body><p id="clock">0</p></body></html>');
    Object.assign(globalThis, { window: { setTimeout, clearTimeout }, MutationObserver });
    const doc = document as unknown as Document;
    const controller = new AbortController();
    let runs = 0;
    watchPage(doc, controller.signal, async () => {
      runs++;
      return false; // nothing relevant changed
    });
    const clock = doc.getElementById('clock')!;
    // Mutate every 50 ms for 60 s of page time.
    for (let t = 0; t < 60_000; t += 50) {
      clock.textContent = String(t);
      await vi.advanceTimersByTimeAsync(50);
    }
    // Without backoff this would be ~150 runs (one per 400 ms); with it, about one per 8 s.
    expect(runs).toBeGreaterThan(3);
    expect(runs).toBeLessThan(15);
    controller.abort();
    const after = runs;
    for (let t = 0; t < 20_000; t += 50) {
      clock.textContent = `x${t}`;
      await vi.advanceTimersByTimeAsync(50);
    }
    expect(runs).toBe(after);
  });
});
