import type { AppConfig } from '../../../../shared/config/app-config.js';

export const REVALIDATION_QUEUE = 'revalidation';
export const REVALIDATION_CRON_NAME = 'revalidate-stale-groups';
/** groups re-validated at once by one instance */
export const REVALIDATION_CONCURRENCY = 2;
/** stale groups queued per scan, oldest first; the rest wait for the next scan */
export const SCAN_LIMIT = 1_000;
/** pg_try_advisory_xact_lock(namespace, key): "BGJ1" and 1, so only one instance scans at a time */
export const SCAN_LOCK = { namespace: 0x42474a31, key: 1 };

/** SQL: a timestamptz as an ISO 8601 UTC string with milliseconds, the way JavaScript writes it (job ids use it). */
export const ISO_MS = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export interface RevalidationJobData {
  groupId: string;
  workspaceId: string;
  /** the staleness this job answers: part of its id, and how a job that is no longer needed recognises it */
  lastValidatedAt: string;
}

export interface RevalidationJobResult {
  groupId: string;
  outcome: 'revalidated' | 'skipped';
  reason?: string;
  buyerGroupId?: string | null;
  changes?: { added: number; removed: number; reRoled: number; updated: number };
  overallScore?: number;
  creditsUsed?: number;
}

/** One job per group and staleness: scanning again before it has run (or while its failure is kept) adds nothing. */
export const revalidationJobId = (groupId: string, lastValidatedAt: string) => `revalidate:${groupId}:${lastValidatedAt}`;

export interface RevalidationSettings {
  cron: string | null;
  attempts: number;
  backoffMs: number;
}

export function revalidationSettings(config: AppConfig): RevalidationSettings {
  return { cron: config.revalidationCron, attempts: config.revalidationAttempts, backoffMs: config.revalidationBackoffMs };
}
