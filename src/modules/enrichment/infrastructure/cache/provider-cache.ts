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
  /** fetches in progress, with the oldest fetch time their answer may have (-Infinity: any cached copy) */
  private readonly inFlight = new Map<string, { flight: Promise<unknown>; since: number }>();

  constructor(
    private readonly db: Database,
    private readonly provider: string,
    private readonly windows: CacheWindows,
    private readonly counters: CacheCounters,
    private readonly now: () => number = Date.now,
  ) {}

  /** Entries inside their window (and, with `fetchedSince`, fetched at or after it). */
  async getMany<T>(kind: CacheKind, keys: string[], fetchedSince?: Date): Promise<Map<string, T>> {
    if (keys.length === 0) return new Map();
    const rows = await sqlQuery<{ key: string; record: T }>(
      this.db.em.fork(),
      // one primary-key probe per key, whatever the planner's statistics say: with `key = any(...)` a young table whose
      // statistics still say "empty" is read through every entry of the provider and kind (seconds once it holds
      // thousands of large records); `limit 1` keeps the probe from being flattened into that plan
      `select c.key, c.record from unnest(?::text[]) as k(key)
       cross join lateral (select key, record, expires_at, fetched_at from provider_cache where provider = ? and kind = ? and key = k.key limit 1) c
       where c.expires_at > ? and c.fetched_at >= ?`,
      [keys, this.provider, kind, new Date(this.now()).toISOString(), (fetchedSince ?? new Date(0)).toISOString()],
    );
    return new Map(rows.map((row) => [row.key, row.record]));
  }

  /** Stores entries fetched at `fetchedAt` (default now); their window runs from then. */
  async put(kind: CacheKind, entries: [string, unknown][], fetchedAt = new Date(this.now())): Promise<void> {
    await this.store(kind, entries, fetchedAt);
  }

  /** put(), releasing this process's claim on `claimed` in the same statement. */
  private async store(kind: CacheKind, entries: [string, unknown][], fetchedAt: Date, claimed?: string): Promise<void> {
    if (entries.length === 0) return;
    const expiresAt = new Date(fetchedAt.getTime() + this.window(kind));
    await sqlQuery(
      this.db.em.fork(),
      `${claimed === undefined ? '' : 'with released as (delete from provider_cache_claims where provider = ? and kind = ? and key = ?) '}
       insert into provider_cache (provider, kind, key, record, fetched_at, expires_at)
       select ?, ?, e.key, e.record, ?, ? from json_to_recordset(?::json) as e(key text, record jsonb)
       on conflict (provider, kind, key) do update set record = excluded.record, fetched_at = excluded.fetched_at,
         expires_at = excluded.expires_at
       where provider_cache.fetched_at <= excluded.fetched_at`,
      [
        ...(claimed === undefined ? [] : [this.provider, kind, claimed]),
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
   * cached: a later call may find the record. With `fetchedSince`, a copy fetched before that instant is not used
   * (the entry is fetched again and replaced); concurrent callers still share one fetch when it is recent enough
   * for each of them. `aliases` names other keys a fetched value is stored under too (in the same write).
   */
  async getOrFetch<T>(
    kind: CacheKind,
    key: string,
    fetch: () => Promise<T | undefined>,
    options: { fetchedSince?: Date; aliases?: (value: T) => string[] } = {},
  ): Promise<T | undefined> {
    const flightKey = `${kind}\u0000${key}`;
    const since = options.fetchedSince?.getTime() ?? Number.NEGATIVE_INFINITY;
    const running = this.inFlight.get(flightKey);
    if (running && running.since >= since) {
      this.counters.hit(kind);
      return running.flight as Promise<T | undefined>;
    }
    const entry = {
      since,
      flight: this.fetchOnce(kind, key, fetch, options).finally(() => {
        if (this.inFlight.get(flightKey) === entry) this.inFlight.delete(flightKey);
      }),
    };
    this.inFlight.set(flightKey, entry);
    return entry.flight;
  }

  private async fetchOnce<T>(
    kind: CacheKind,
    key: string,
    fetch: () => Promise<T | undefined>,
    { fetchedSince, aliases }: { fetchedSince?: Date; aliases?: (value: T) => string[] },
  ): Promise<T | undefined> {
    // waiting is timed by the real clock: an injected `now` (tests, replays) may stand still
    for (let started = Date.now(), round = 0; ; round++) {
      // a caller that wants a copy fetched after an instant (a change notice) rarely finds one: it claims at once,
      // and the read after the claim still finds a copy that landed meanwhile
      const cached = fetchedSince && round === 0 ? undefined : (await this.getMany<T>(kind, [key], fetchedSince)).get(key);
      if (cached !== undefined) {
        this.counters.hit(kind);
        return cached;
      }
      if (await this.claim(kind, key)) {
        let released = false;
        try {
          // Another process may have stored it and released its claim between our read and our claim. (A read of its
          // own, after the claim: a statement that claimed and read at once would read from before the claim waited.)
          const stored = (await this.getMany<T>(kind, [key], fetchedSince)).get(key);
          if (stored !== undefined) {
            this.counters.hit(kind);
            return stored;
          }
          this.counters.miss(kind);
          // stamped with the time the fetch started: a change announced while it ran may not be in its answer
          const fetchedAt = new Date(this.now());
          const fetched = await fetch();
          if (fetched !== undefined) {
            const entries: [string, unknown][] = [[key, fetched], ...(aliases?.(fetched) ?? []).filter((alias) => alias !== key).map((alias): [string, unknown] => [alias, fetched])];
            await this.store(kind, entries, fetchedAt, key);
            released = true;
          }
          return fetched;
        } finally {
          if (!released) await this.release(kind, key);
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
