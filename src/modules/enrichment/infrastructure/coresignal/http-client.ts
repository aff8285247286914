import { setTimeout as sleep } from 'node:timers/promises';
import {
  ProviderAuthError,
  ProviderCreditsExhaustedError,
  ProviderRequestError,
  ProviderUnavailableError,
} from '../../domain/provider-errors.js';
import type { SlidingWindowRateLimiter } from './rate-limiter.js';

/**
 * The transport to Coresignal's Data API (../../../../../../shared/spec/CORESIGNAL.md, "Transport"): the `apikey`
 * header, JSON, a per-attempt timeout, the error table, retries with exponential backoff and full jitter, every
 * attempt through the rate limiter, and one metric per attempt.
 *
 * | answer | what happens |
 * | --- | --- |
 * | 200 | parsed JSON returned |
 * | 404 | returned as `{status: 404}` when the caller allows it (collect / enrich: unknown record), else a request error |
 * | 401 | ProviderAuthError ("invalid key"), not retried |
 * | 402 | ProviderCreditsExhaustedError, not retried |
 * | 400, 405, 413, 422, other 4xx | ProviderRequestError with the `detail`, not retried |
 * | 408, 429, 5xx, timeout, dropped connection | retried up to maxAttempts, then ProviderUnavailableError |
 */
export interface RetryOptions {
  /** attempts in all, the first included (default 4) */
  maxAttempts: number;
  /** backoff cap of the first retry (default 250 ms); doubles per retry */
  baseDelayMs: number;
  /** largest backoff cap (default 8000 ms) */
  maxDelayMs: number;
  /** per attempt, headers and body (default 30,000 ms) */
  timeoutMs: number;
}

export const DEFAULT_RETRY: Readonly<RetryOptions> = Object.freeze({
  maxAttempts: 4,
  baseDelayMs: 250,
  maxDelayMs: 8000,
  timeoutMs: 30_000,
});

/** One HTTP attempt, for metrics (the provider's `onCall`). */
export interface CoresignalCallMetric {
  /** path under the base URL without the query string, e.g. `employee_multi_source/search/es_dsl` */
  endpoint: string;
  method: 'GET' | 'POST' | 'DELETE';
  /** 1 for the first attempt of a call */
  attempt: number;
  /** HTTP status; 0 when there was no answer (timeout, dropped connection) */
  status: number;
  /** ok: 200; not_found: an allowed 404; retry: failed and will be tried again; error: failed for good */
  outcome: 'ok' | 'not_found' | 'retry' | 'error';
  durationMs: number;
  /** the `x-credits-remaining` header of this answer */
  creditsRemaining?: number;
  /** for failures: the provider's detail or the network error */
  error?: string;
}

export interface CoresignalHttpStats {
  /** HTTP attempts made (retries included) */
  calls: number;
  /** attempts that were retries */
  retries: number;
  /** failed attempts by status ("0" = no answer), retried ones included */
  errorsByStatus: Record<string, number>;
  /** last `x-credits-remaining` seen */
  creditsRemaining: number | undefined;
}

export interface CoresignalHttpClientOptions {
  apiKey: string;
  baseUrl: string;
  limiter: SlidingWindowRateLimiter;
  retry?: Partial<RetryOptions>;
  onCall?: (metric: CoresignalCallMetric) => void;
  /** 0 ≤ x < 1; default Math.random (tests pass a fixed one) */
  random?: () => number;
}

export interface HttpRequest {
  method: 'GET' | 'POST' | 'DELETE';
  /** relative to the base URL, may carry a query string */
  path: string;
  body?: unknown;
  /** answer 404 as `{status: 404}` instead of throwing */
  allowNotFound?: boolean;
  signal?: AbortSignal;
  /** overrides retry.maxAttempts for this request (health checks use 1) */
  maxAttempts?: number;
}

export interface HttpResponse<T = unknown> {
  status: 200 | 404;
  body: T | undefined;
  headers: Headers;
}

const RETRYABLE = new Set([408, 429, 500, 502, 503, 504]);

class RetryableFailure extends Error {
  constructor(
    readonly status: number,
    readonly detail: string,
    readonly failure?: unknown,
  ) {
    super(detail);
  }
}

function validRetry(retry: RetryOptions): RetryOptions {
  if (!Number.isInteger(retry.maxAttempts) || retry.maxAttempts < 1) throw new RangeError('retry.maxAttempts must be a whole number >= 1');
  for (const key of ['baseDelayMs', 'maxDelayMs', 'timeoutMs'] as const) {
    const v = retry[key];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new RangeError(`retry.${key} must be a number >= 0`);
  }
  if (retry.timeoutMs === 0) throw new RangeError('retry.timeoutMs must be > 0');
  return retry;
}

function detailOf(text: string): string {
  try {
    const parsed = JSON.parse(text) as unknown;
    if (parsed && typeof parsed === 'object' && 'detail' in parsed) {
      const detail = (parsed as { detail: unknown }).detail;
      return typeof detail === 'string' ? detail : JSON.stringify(detail);
    }
  } catch {
    // not JSON: fall through
  }
  return text.slice(0, 300);
}

function describeFailure(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as Error & { cause?: unknown }).cause;
    const inner = cause instanceof Error ? `: ${(cause as Error & { code?: string }).code ?? cause.message}` : '';
    return `${error.name === 'TimeoutError' ? 'timeout' : error.message}${inner}`;
  }
  return String(error);
}

export class CoresignalHttpClient {
  readonly baseUrl: string;
  private readonly basePath: string;
  private readonly apiKey: string;
  private readonly limiter: SlidingWindowRateLimiter;
  private readonly retry: RetryOptions;
  private readonly onCall?: (metric: CoresignalCallMetric) => void;
  private readonly random: () => number;
  private readonly counters: CoresignalHttpStats = { calls: 0, retries: 0, errorsByStatus: {}, creditsRemaining: undefined };

  constructor(options: CoresignalHttpClientOptions) {
    this.apiKey = options.apiKey;
    this.baseUrl = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
    this.basePath = new URL(this.baseUrl).pathname;
    this.limiter = options.limiter;
    this.retry = validRetry({ ...DEFAULT_RETRY, ...options.retry });
    this.onCall = options.onCall;
    this.random = options.random ?? Math.random;
  }

  /** The balance from the last answer's `x-credits-remaining` (undefined before any answer carried it). */
  get creditsRemaining(): number | undefined {
    return this.counters.creditsRemaining;
  }

  /** attempts per request unless the request says otherwise */
  get maxAttempts(): number {
    return this.retry.maxAttempts;
  }

  stats(): CoresignalHttpStats {
    return { ...this.counters, errorsByStatus: { ...this.counters.errorsByStatus } };
  }

  async request<T>(req: HttpRequest): Promise<HttpResponse<T>> {
    const url = new URL(req.path, this.baseUrl);
    const endpoint = url.pathname.startsWith(this.basePath) ? url.pathname.slice(this.basePath.length) : url.pathname;
    const headers: Record<string, string> = { apikey: this.apiKey, accept: 'application/json' };
    let payload: string | undefined;
    if (req.body !== undefined) {
      payload = JSON.stringify(req.body);
      headers['content-type'] = 'application/json';
    }
    const maxAttempts = req.maxAttempts ?? this.retry.maxAttempts;
    let last: RetryableFailure | undefined;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      if (attempt > 1) {
        await sleep(this.backoff(attempt - 1), undefined, { signal: req.signal });
      }
      await this.limiter.acquire(req.signal);
      this.counters.calls++;
      if (attempt > 1) this.counters.retries++;
      const started = performance.now();
      const report = (metric: Omit<CoresignalCallMetric, 'endpoint' | 'method' | 'attempt' | 'durationMs'>): void => {
        if (metric.outcome === 'retry' || metric.outcome === 'error') {
          const key = String(metric.status);
          this.counters.errorsByStatus[key] = (this.counters.errorsByStatus[key] ?? 0) + 1;
        }
        try {
          this.onCall?.({ endpoint, method: req.method, attempt, durationMs: performance.now() - started, ...metric });
        } catch {
          // a broken metrics sink must not fail the call
        }
      };
      try {
        const response = await this.attempt(url, req, headers, payload);
        const credits = this.readCredits(response.headers);
        const { status, text } = response;
        if (status === 200) {
          let body: T;
          try {
            body = JSON.parse(text) as T;
          } catch (error) {
            report({ status, outcome: 'error', creditsRemaining: credits, error: 'malformed JSON' });
            throw new ProviderUnavailableError(`Coresignal answered ${endpoint} with malformed JSON`, { status, cause: error, attempts: attempt });
          }
          report({ status, outcome: 'ok', creditsRemaining: credits });
          return { status: 200, body, headers: response.headers };
        }
        const detail = detailOf(text);
        if (status === 404 && req.allowNotFound) {
          report({ status, outcome: 'not_found', creditsRemaining: credits, error: detail });
          return { status: 404, body: undefined, headers: response.headers };
        }
        if (RETRYABLE.has(status) || status >= 500) {
          last = new RetryableFailure(status, detail);
          report({ status, outcome: attempt < maxAttempts ? 'retry' : 'error', creditsRemaining: credits, error: detail });
          continue;
        }
        report({ status, outcome: 'error', creditsRemaining: credits, error: detail });
        if (status === 401) throw new ProviderAuthError(detail);
        if (status === 402) throw new ProviderCreditsExhaustedError(detail);
        throw new ProviderRequestError(status, detail);
      } catch (error) {
        if (!(error instanceof NetworkFailure)) throw error;
        if (req.signal?.aborted) throw req.signal.reason;
        const detail = describeFailure(error.cause);
        last = new RetryableFailure(0, detail, error.cause);
        report({ status: 0, outcome: attempt < maxAttempts ? 'retry' : 'error', error: detail });
      }
    }
    const what = last?.status ? `HTTP ${last.status}${last.detail ? ` (${last.detail})` : ''}` : (last?.detail ?? 'no answer');
    throw new ProviderUnavailableError(`Coresignal ${endpoint} failed after ${maxAttempts} attempt(s): ${what}`, {
      status: last?.status || undefined,
      detail: last?.detail,
      cause: last?.failure,
      attempts: maxAttempts,
    });
  }

  /** Full jitter: uniform in [0, min(maxDelay, base · 2^(retry−1))). */
  private backoff(retry: number): number {
    const cap = Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** (retry - 1));
    return Math.floor(this.random() * cap);
  }

  private readCredits(headers: Headers): number | undefined {
    const raw = headers.get('x-credits-remaining');
    if (raw === null || raw.trim() === '') return undefined;
    const n = Number(raw);
    if (!Number.isFinite(n)) return undefined;
    this.counters.creditsRemaining = n;
    return n;
  }

  /** One fetch with the timeout; the body is read inside the timeout. No answer → NetworkFailure. */
  private async attempt(
    url: URL,
    req: HttpRequest,
    headers: Record<string, string>,
    payload: string | undefined,
  ): Promise<{ status: number; text: string; headers: Headers }> {
    const timeout = AbortSignal.timeout(this.retry.timeoutMs);
    const signal = req.signal ? AbortSignal.any([req.signal, timeout]) : timeout;
    try {
      const response = await fetch(url, { method: req.method, headers, body: payload, signal, redirect: 'error' });
      const text = await response.text();
      return { status: response.status, text, headers: response.headers };
    } catch (error) {
      throw new NetworkFailure(error);
    }
  }
}

class NetworkFailure extends Error {
  constructor(override readonly cause: unknown) {
    super('network failure');
  }
}
