/**
 * A request-start limiter that is never exceeded: at most `perSecond` starts inside any sliding window of
 * `windowMs` (plus a safety margin for the time a request takes to reach the server), optionally at least
 * `minIntervalMs` between two starts and an extra `batchPauseMs` after every `batchSize` starts (the seed's profile:
 * {@link SEED_RATE_PROFILE}). Waiters are served strictly first in, first out; one timer wakes the head of the
 * queue (no polling); a waiter can be cancelled through its AbortSignal. One instance serves every concurrent caller
 * of a process (share it between providers that use the same key): retries take a slot like any other request.
 *
 * Starts are spread evenly by default (`burst` 1: one start every (windowMs + marginMs) / perSecond), so the server,
 * which sees each request after a variable delay, cannot see two back-to-back bursts squeezed into one of its
 * windows. `burst: perSecond` allows the whole window's starts at once (the pure sliding window); the window cap
 * holds either way.
 */
export interface RateLimiterOptions {
  /** request starts allowed in any window; default 5; 0 = no window limit */
  perSecond?: number;
  /** default 1000 */
  windowMs?: number;
  /**
   * added to the window so the server, which sees a request a little after it starts, never counts more than
   * `perSecond` in its own window (default 25 ms)
   */
  marginMs?: number;
  /**
   * starts allowed back to back before the even spacing applies (default 1: always spaced; at most perSecond).
   * A larger burst answers a quiet caller's first calls sooner; the server sees bunched arrivals.
   */
  burst?: number;
  /** least time between two consecutive starts (default 0) */
  minIntervalMs?: number;
  /** starts per batch for batchPauseMs (default 10 when batchPauseMs is set) */
  batchSize?: number;
  /** least time between the last start of a batch and the first of the next (default 0) */
  batchPauseMs?: number;
  /** monotonic ms clock (default performance.now) */
  now?: () => number;
}

/** The seed's conservative profile: one call a second, a 3 s pause after every 10 calls. */
export const SEED_RATE_PROFILE: Readonly<RateLimiterOptions> = Object.freeze({
  perSecond: 1,
  minIntervalMs: 1000,
  batchSize: 10,
  batchPauseMs: 3000,
});

export interface RateLimiterStats {
  /** starts granted so far */
  started: number;
  /** callers waiting now */
  waiting: number;
  /** the most starts granted inside any window so far (≤ perSecond, by construction) */
  maxStartsInWindow: number;
}

interface Waiter {
  resolve: () => void;
  reject: (reason: unknown) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

function nonNegative(value: number | undefined, fallback: number, name: string): number {
  const v = value ?? fallback;
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new RangeError(`rate limiter: ${name} must be a number >= 0`);
  return v;
}

export class SlidingWindowRateLimiter {
  readonly perSecond: number;
  readonly windowMs: number;
  readonly marginMs: number;
  readonly minIntervalMs: number;
  readonly burst: number;
  readonly batchSize: number;
  readonly batchPauseMs: number;
  private readonly now: () => number;
  /** the last `perSecond + 1` start times, oldest first */
  private readonly recent: number[] = [];
  private readonly queue: Waiter[] = [];
  private lastStart = Number.NEGATIVE_INFINITY;
  /** GCRA's theoretical arrival time of the next start when starts are spread evenly */
  private tat = Number.NEGATIVE_INFINITY;
  private started = 0;
  private maxInWindow = 0;
  private timer: NodeJS.Timeout | null = null;
  private timerAt = Number.POSITIVE_INFINITY;

  constructor(options: RateLimiterOptions = {}) {
    this.perSecond = nonNegative(options.perSecond, 5, 'perSecond');
    if (!Number.isInteger(this.perSecond)) throw new RangeError('rate limiter: perSecond must be a whole number');
    this.windowMs = nonNegative(options.windowMs, 1000, 'windowMs');
    if (this.windowMs === 0) throw new RangeError('rate limiter: windowMs must be > 0');
    this.marginMs = nonNegative(options.marginMs, 25, 'marginMs');
    this.minIntervalMs = nonNegative(options.minIntervalMs, 0, 'minIntervalMs');
    this.burst = nonNegative(options.burst, 1, 'burst');
    if (!Number.isInteger(this.burst) || this.burst < 1 || (this.perSecond > 0 && this.burst > this.perSecond)) {
      throw new RangeError('rate limiter: burst must be a whole number from 1 to perSecond');
    }
    this.batchPauseMs = nonNegative(options.batchPauseMs, 0, 'batchPauseMs');
    this.batchSize = nonNegative(options.batchSize, this.batchPauseMs > 0 ? 10 : 0, 'batchSize');
    if (this.batchPauseMs > 0 && (this.batchSize < 1 || !Number.isInteger(this.batchSize))) {
      throw new RangeError('rate limiter: batchSize must be a whole number >= 1 when batchPauseMs is set');
    }
    this.now = options.now ?? (() => performance.now());
  }

  /** Resolves when the caller may start one request (its start is counted at that moment). */
  acquire(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { resolve, reject, signal };
      if (signal) {
        waiter.onAbort = () => {
          const i = this.queue.indexOf(waiter);
          if (i >= 0) this.queue.splice(i, 1);
          reject(signal.reason);
          this.pump();
        };
        signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
      this.queue.push(waiter);
      this.pump();
    });
  }

  stats(): RateLimiterStats {
    return { started: this.started, waiting: this.queue.length, maxStartsInWindow: this.maxInWindow };
  }

  /** The earliest time the next start is allowed. */
  /** Even spacing of starts: (window + margin) / perSecond. */
  private get spacingMs(): number {
    return this.perSecond > 0 ? (this.windowMs + this.marginMs) / this.perSecond : 0;
  }

  private nextAllowedAt(): number {
    let at = Number.NEGATIVE_INFINITY;
    if (this.perSecond > 0) {
      // GCRA: `burst` starts may run ahead of the even schedule
      at = this.tat - (this.burst - 1) * this.spacingMs;
      if (this.recent.length >= this.perSecond) {
        at = Math.max(at, this.recent[this.recent.length - this.perSecond]! + this.windowMs + this.marginMs);
      }
    }
    if (this.started > 0) {
      at = Math.max(at, this.lastStart + this.minIntervalMs);
      if (this.batchPauseMs > 0 && this.started % this.batchSize === 0) at = Math.max(at, this.lastStart + this.batchPauseMs);
    }
    return at;
  }

  private pump(): void {
    while (this.queue.length > 0) {
      const now = this.now();
      const at = this.nextAllowedAt();
      if (at > now) {
        this.schedule(at, now);
        return;
      }
      const waiter = this.queue.shift()!;
      this.grant(now);
      if (waiter.signal && waiter.onAbort) waiter.signal.removeEventListener('abort', waiter.onAbort);
      waiter.resolve();
    }
    this.clearTimer();
  }

  private grant(now: number): void {
    this.started++;
    this.lastStart = now;
    this.tat = Math.max(this.tat, now) + this.spacingMs;
    this.recent.push(now);
    // one more than the window needs, so the stats would show a window that ever held too many
    const keep = this.perSecond + 1;
    if (this.recent.length > keep) this.recent.splice(0, this.recent.length - keep);
    let inWindow = 0;
    for (const t of this.recent) if (now - t < this.windowMs) inWindow++;
    this.maxInWindow = Math.max(this.maxInWindow, inWindow);
  }

  private schedule(at: number, now: number): void {
    if (this.timer !== null && this.timerAt <= at) return;
    this.clearTimer();
    this.timerAt = at;
    this.timer = setTimeout(
      () => {
        this.timer = null;
        this.timerAt = Number.POSITIVE_INFINITY;
        this.pump();
      },
      Math.max(1, Math.ceil(at - now)),
    );
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.timerAt = Number.POSITIVE_INFINITY;
  }
}
