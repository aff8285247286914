import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CronJob } from 'cron';
import type { Logger } from 'pino';
import { APP_CONFIG, ConfigError, type AppConfig } from '../../../../shared/config/app-config.js';
import { DATABASE, type Database } from '../../../../shared/database/database.js';
import { sqlQuery } from '../../../../shared/database/sql.js';
import { JOB_QUEUE, type JobQueue } from '../../../../shared/jobs/job-queue.js';
import { LOGGER } from '../../../../shared/observability/logger.js';
import {
  ISO_MS,
  REVALIDATION_CRON_NAME,
  REVALIDATION_QUEUE,
  SCAN_LIMIT,
  SCAN_LOCK,
  revalidationJobId,
  revalidationSettings,
  type RevalidationJobData,
  type RevalidationSettings,
} from './revalidation-job.js';

const DAY_MS = 24 * 3600 * 1000;

export interface ScanOptions {
  /** the present, for the cut-off (default: now) */
  now?: Date;
  /** the freshness window (default: CACHE_BUYER_GROUP_DAYS days) */
  windowMs?: number;
  /** called while the scan holds the lock, before it reads (lets a test hold two schedulers side by side) */
  whileLocked?: () => Promise<void>;
}

export type ScanReport =
  | { ran: false; reason: string }
  | { ran: true; cutoff: string; stale: number; queued: string[]; alreadyQueued: number };

/**
 * Every REVALIDATION_CRON tick, queues a re-validation job for each active group whose last validation is older
 * than the freshness window. The scan runs inside a transaction holding a PostgreSQL advisory lock taken with
 * pg_try_advisory_xact_lock: when another instance is scanning, this one skips the tick (and the lock goes with
 * the transaction, even if the process dies). Job ids carry the group and its lastValidatedAt, so the same staleness
 * is queued once however many scans see it.
 */
@Injectable()
export class RevalidateStaleGroupsScheduler implements OnApplicationBootstrap {
  private readonly settings: RevalidationSettings;
  private readonly cron: CronJob | null;

  constructor(
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
    @Inject(DATABASE) private readonly db: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly scheduler: SchedulerRegistry,
  ) {
    this.settings = revalidationSettings(config);
    const cron = this.settings.cron;
    try {
      this.cron = cron ? CronJob.from({ cronTime: cron, onTick: () => this.tick(), start: false, waitForCompletion: true, name: REVALIDATION_CRON_NAME }) : null;
    } catch (error) {
      throw new ConfigError('REVALIDATION_CRON', `must be a cron expression such as "0 * * * *", or "off" (${(error as Error).message})`);
    }
  }

  onApplicationBootstrap(): void {
    if (!this.cron) {
      this.logger.info('scheduled re-validation is off (REVALIDATION_CRON=off)');
      return;
    }
    // the schedule module stops and removes it before the application shuts down
    this.scheduler.addCronJob(REVALIDATION_CRON_NAME, this.cron);
    this.cron.start();
    this.logger.info({ cron: this.settings.cron, next: this.cron.nextDate().toISO() }, 'scheduled re-validation of stale buyer groups');
  }

  private async tick(): Promise<void> {
    try {
      const report = await this.scan();
      this.logger.info({ ...report, queued: report.ran ? report.queued.length : undefined }, 'stale buyer-group scan');
    } catch (error) {
      this.logger.error({ err: error }, 'stale buyer-group scan failed');
    }
  }

  async scan(options: ScanOptions = {}): Promise<ScanReport> {
    const now = options.now ?? new Date();
    const cutoff = new Date(now.getTime() - (options.windowMs ?? this.config.cacheBuyerGroupDays * DAY_MS));
    return this.db.em.fork().transactional(async (em): Promise<ScanReport> => {
      const [lock] = await sqlQuery<{ locked: boolean }>(em, 'select pg_try_advisory_xact_lock(?, ?) as locked', [SCAN_LOCK.namespace, SCAN_LOCK.key]);
      if (!lock.locked) return { ran: false, reason: 'another instance is scanning' };
      await options.whileLocked?.();
      const rows = await sqlQuery<{ id: string; workspaceId: string; lastValidatedAt: string }>(
        em,
        `select id, "workspaceId", ${ISO_MS('coalesce("lastValidatedAt", "createdAt")')} as "lastValidatedAt" from "BuyerGroups"
         where status = 'active' and coalesce("lastValidatedAt", "createdAt") < ? order by coalesce("lastValidatedAt", "createdAt"), id limit ?`,
        [cutoff, SCAN_LIMIT],
      );
      const queued: string[] = [];
      for (const { id, workspaceId, lastValidatedAt } of rows) {
        const data: RevalidationJobData = { groupId: id, workspaceId, lastValidatedAt };
        const added = await this.jobs.add(REVALIDATION_QUEUE, data, {
          jobId: revalidationJobId(id, lastValidatedAt),
          attempts: this.settings.attempts,
          backoff: { type: 'exponential', delayMs: this.settings.backoffMs },
        });
        if (added.created) queued.push(added.id);
      }
      return { ran: true, cutoff: cutoff.toISOString(), stale: rows.length, queued, alreadyQueued: rows.length - queued.length };
    });
  }
}
