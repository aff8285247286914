import { describe, expect, it } from '@jest/globals';
import { SEED_RATE_PROFILE, SlidingWindowRateLimiter } from './rate-limiter.js';

/** The most start times inside any half-open window [t, t + windowMs). */
function maxInWindow(times: number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while (sorted[end]! - sorted[start]! >= windowMs) start++;
    best = Math.max(best, end - start + 1);
  }
  return best;
}

describe('SlidingWindowRateLimiter', () => {
  it('never grants more than perSecond starts in any sliding window, across concurrent callers', async () => {
    // the caller sees its grant a little after the limiter made it (as a server sees a request a little after it
    // started): the margin covers that gap, as it covers network jitter in production
    const limiter = new SlidingWindowRateLimiter({ perSecond: 4, windowMs: 100, marginMs: 10, burst: 4 });
    const starts: number[] = [];
    const t0 = performance.now();
    // three "callers" each firing bursts at different moments
    const caller = async (n: number, delayMs: number): Promise<void> => {
      await new Promise((r) => setTimeout(r, delayMs));
      await Promise.all(
        Array.from({ length: n }, async () => {
          await limiter.acquire();
          starts.push(performance.now());
        }),
      );
    };
    await Promise.all([caller(7, 0), caller(6, 35), caller(5, 140)]);
    expect(starts).toHaveLength(18);
    expect(maxInWindow(starts, 100)).toBeLessThanOrEqual(4);
    expect(limiter.stats()).toMatchObject({ started: 18, waiting: 0 });
    expect(limiter.stats().maxStartsInWindow).toBeLessThanOrEqual(4);
    // 18 starts at 4 per 100 ms need at least 4 full windows after the first burst
    expect(performance.now() - t0).toBeGreaterThanOrEqual(400);
  });

  it('spreads starts evenly by default, and lets a burst through at once when asked', async () => {
    const timesOf = async (limiter: SlidingWindowRateLimiter, n: number): Promise<number[]> => {
      const t0 = performance.now();
      const times: number[] = [];
      await Promise.all(Array.from({ length: n }, () => limiter.acquire().then(() => times.push(performance.now() - t0))));
      return times;
    };
    const even = await timesOf(new SlidingWindowRateLimiter({ perSecond: 4, windowMs: 100, marginMs: 0 }), 5);
    for (let i = 1; i < even.length; i++) expect(even[i]! - even[i - 1]!).toBeGreaterThanOrEqual(24);
    const burst = await timesOf(new SlidingWindowRateLimiter({ perSecond: 4, windowMs: 100, marginMs: 0, burst: 4 }), 5);
    expect(burst[3]!).toBeLessThan(50);
    expect(burst[4]!).toBeGreaterThanOrEqual(99);
    expect(() => new SlidingWindowRateLimiter({ perSecond: 4, burst: 5 })).toThrow(RangeError);
  });

  it('serves waiters first in, first out', async () => {
    const limiter = new SlidingWindowRateLimiter({ perSecond: 2, windowMs: 60, marginMs: 0 });
    const order: number[] = [];
    await Promise.all(Array.from({ length: 7 }, (_, i) => limiter.acquire().then(() => order.push(i))));
    expect(order).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('keeps minIntervalMs between starts and batchPauseMs between batches', async () => {
    const limiter = new SlidingWindowRateLimiter({ perSecond: 0, minIntervalMs: 20, batchSize: 3, batchPauseMs: 80 });
    const starts: number[] = [];
    await Promise.all(
      Array.from({ length: 7 }, async () => {
        await limiter.acquire();
        starts.push(performance.now());
      }),
    );
    const gaps = starts.slice(1).map((t, i) => t - starts[i]!);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(19);
    // after the 3rd and the 6th start: the batch pause
    expect(gaps[2]).toBeGreaterThanOrEqual(79);
    expect(gaps[5]).toBeGreaterThanOrEqual(79);
    expect(gaps[0]).toBeLessThan(79);
  });

  it('cancels a waiting caller through its AbortSignal without disturbing the queue', async () => {
    const limiter = new SlidingWindowRateLimiter({ perSecond: 1, windowMs: 80, marginMs: 0 });
    await limiter.acquire();
    const controller = new AbortController();
    const cancelled = limiter.acquire(controller.signal);
    const after = limiter.acquire();
    controller.abort(new Error('stop'));
    await expect(cancelled).rejects.toThrow('stop');
    const t = performance.now();
    await after;
    expect(limiter.stats()).toMatchObject({ started: 2, waiting: 0 });
    expect(performance.now() - t).toBeLessThan(200);
    await expect(limiter.acquire(AbortSignal.abort(new Error('already')))).rejects.toThrow('already');
  });

  it('uses an injected clock and rejects nonsense settings', () => {
    expect(() => new SlidingWindowRateLimiter({ perSecond: -1 })).toThrow(RangeError);
    expect(() => new SlidingWindowRateLimiter({ perSecond: 2.5 })).toThrow(RangeError);
    expect(() => new SlidingWindowRateLimiter({ batchPauseMs: 10, batchSize: 0 })).toThrow(RangeError);
    const seed = new SlidingWindowRateLimiter(SEED_RATE_PROFILE);
    expect(seed).toMatchObject({ perSecond: 1, minIntervalMs: 1000, batchSize: 10, batchPauseMs: 3000 });
    const defaults = new SlidingWindowRateLimiter();
    expect(defaults).toMatchObject({ perSecond: 5, windowMs: 1000, burst: 1 });
  });

  it('grants immediately while the window has room (no timer), by an injected clock', async () => {
    let now = 1_000;
    const limiter = new SlidingWindowRateLimiter({ perSecond: 3, marginMs: 0, burst: 3, now: () => now });
    await limiter.acquire();
    await limiter.acquire();
    await limiter.acquire();
    let fourth = false;
    const pending = limiter.acquire().then(() => (fourth = true));
    await new Promise((r) => setTimeout(r, 5));
    expect(fourth).toBe(false);
    now += 1000; // the first start leaves the window: the next acquire's pump serves the head of the queue first
    const fifth = limiter.acquire();
    await pending;
    await fifth;
    expect(fourth).toBe(true);
  });
});
