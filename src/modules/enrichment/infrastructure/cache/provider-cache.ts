import type { Database } from '../../../../shared/database/database.js';
import { sqlQuery } from '../../../../shared/database/sql.js';

export type CacheKind = 'company' | 'employee' | 'preview';

export interface CacheWindows {
  companyMs: number;
  employeeMs: number;
  previewMs: number;
}

/** The seed's windows: company data 24 h, person data 7 days; a preview page is company-level data. */
export const DEFAULT_CACHE_WINDOWS: CacheWindows = {
  companyMs: 24 * 3_600_000,
  employeeMs: 7 * 24 * 3_600_000,
  previewMs: 24 * 3_600_000,
};

export interface CacheCounters {
  hit(kind: CacheKind): void;
  miss(kind: CacheKind): void;
}

/** How long a claim to fetch an entry lasts: longer than any provider call with its retries. */
const CLAIM_MS = 60_000;

/**
 * Records bought from a provider, kept in PostgreSQL for their window. `getOrFetch` is single-flight: concurrent
 * callers in this process share one fetch, and across processes a claim row makes the second caller wait for what
 * the first one stores instead of buying the record again.
 */
export class ProviderCache {
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(
    private readonly db: Database,
    private readonly provider: string,
    private readonly windows: CacheWindows,
    private readonly counters: CacheCounters,
    private readonly now: () => number = Date.now,
  ) {}

  async getMany<T>(kind: CacheKind, keys: string[]): Promise<Map<string, T>> {
    if (keys.length === 0) return new Map();
    const rows = await sqlQuery<{ key: string; record: T }>(
      this.db.em.fork(),
      'select key, record from provider_cache where provider = ? and kind = ? and key = any(?::text[]) and expires_at > ?',
      [this.provider, kind, keys, new Date(this.now()).toISOString()],
    );
    return new Map(rows.map((row) => [row.key, row.record]));
  }

  async put(kind: CacheKind, entries: [string, unknown][]): Promise<void> {
    if (entries.length === 0) return;
    const fetchedAt = new Date(this.now());
    const expiresAt = new Date(this.now() + this.window(kind));
    await sqlQuery(
      this.db.em.fork(),
      `insert into provider_cache (provider, kind, key, record, fetched_at, expires_at)
       select ?, ?, e.key, e.record, ?, ? from json_to_recordset(?::json) as e(key text, record jsonb)
       on conflict (provider, kind, key) do update set record = excluded.record, fetched_at = excluded.fetched_at,
         expires_at = excluded.expires_at`,
      [
        this.provider,
        kind,
        fetchedAt.toISOString(),
        expiresAt.toISOString(),
        JSON.stringify(entries.map(([key, record]) => ({ key, record }))),
      ],
    );
  }

  /**
   * The cached value, or the fetched one (stored when defined). `undefined` results (not found upstream) are not
   * cached: a later call may find the record.
   */
  async getOrFetch<T>(kind: CacheKind, key: string, fetch: () => Promise<T | undefined>): Promise<T | undefined> {
    const flightKey = `${kind}\u0000${key}`;
    const running = this.inFlight.get(flightKey);
    if (running) {
      this.counters.hit(kind);
      return running as Promise<T | undefined>;
    }
    const flight = this.fetchOnce(kind, key, fetch).finally(() => this.inFlight.delete(flightKey));
    this.inFlight.set(flightKey, flight);
    return flight;
  }

  private async fetchOnce<T>(kind: CacheKind, key: string, fetch: () => Promise<T | undefined>): Promise<T | undefined> {
    // waiting is timed by the real clock: an injected `now` (tests, replays) may stand still
    for (const started = Date.now(); ; ) {
      const cached = (await this.getMany<T>(kind, [key])).get(key);
      if (cached !== undefined) {
        this.counters.hit(kind);
        return cached;
      }
      if (await this.claim(kind, key)) {
        try {
          // Another process may have stored it and released its claim between our read and our claim.
          const stored = (await this.getMany<T>(kind, [key])).get(key);
          if (stored !== undefined) {
            this.counters.hit(kind);
            return stored;
          }
          this.counters.miss(kind);
          const fetched = await fetch();
          if (fetched !== undefined) await this.put(kind, [[key, fetched]]);
          return fetched;
        } finally {
          await this.release(kind, key);
        }
      }
      // Another process is buying this record: wait for it to land rather than buy it twice.
      if (Date.now() - started > CLAIM_MS) throw new Error(`timed out waiting for ${kind} ${key} to be fetched by another process`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /**
   * A row claims the right to fetch one entry, so no connection is held while the provider answers; a claim left by a
   * crashed process expires after CLAIM_MS.
   */
  private async claim(kind: CacheKind, key: string): Promise<boolean> {
    const rows = await sqlQuery(
      this.db.em.fork(),
      `insert into provider_cache_claims (provider, kind, key, claimed_until) values (?, ?, ?, ?)
       on conflict (provider, kind, key) do update set claimed_until = excluded.claimed_until
       where provider_cache_claims.claimed_until < ?
       returning 1`,
      [this.provider, kind, key, new Date(this.now() + CLAIM_MS).toISOString(), new Date(this.now()).toISOString()],
    );
    return rows.length === 1;
  }

  private async release(kind: CacheKind, key: string): Promise<void> {
    await sqlQuery(this.db.em.fork(), 'delete from provider_cache_claims where provider = ? and kind = ? and key = ?', [
      this.provider,
      kind,
      key,
    ]);
  }

  private window(kind: CacheKind): number {
    return kind === 'company' ? this.windows.companyMs : kind === 'employee' ? this.windows.employeeMs : this.windows.previewMs;
  }
}
