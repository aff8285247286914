import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { SchedulerRegistry } from '@nestjs/schedule';
import { CronJob } from 'cron';
import type { Logger } from 'pino';
import { APP_CONFIG, ConfigError, type AppConfig } from '../../../../shared/config/app-config.js';
import { LOGGER } from '../../../../shared/observability/logger.js';
import { PROVIDER_SUBSCRIPTIONS, type ProviderSubscriptions } from '../../../enrichment/domain/provider-subscriptions.port.js';
import { ReconcileSubscriptionsCommand } from './reconcile-subscriptions.command.js';

export const RECONCILE_CRON_NAME = 'reconcile-subscriptions';

/**
 * Every SUBSCRIPTIONS_CRON tick, reconciles the provider's subscriptions with the saved groups. The command takes a
 * PostgreSQL advisory lock (as the stale-group scan does), so with several instances one reconciles and the others
 * skip the tick. Nothing is scheduled when the provider has no subscriptions (the local dataset), nor in a process
 * that runs no background work (JOBS_WORKER=false, the CLI).
 */
@Injectable()
export class ReconcileSubscriptionsScheduler implements OnApplicationBootstrap {
  private readonly cron: CronJob | null;

  constructor(
    private readonly commands: CommandBus,
    private readonly scheduler: SchedulerRegistry,
    @Inject(PROVIDER_SUBSCRIPTIONS) private readonly subscriptions: ProviderSubscriptions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {
    const cron = config.subscriptionsCron;
    try {
      this.cron = cron ? CronJob.from({ cronTime: cron, onTick: () => this.tick(), start: false, waitForCompletion: true, name: RECONCILE_CRON_NAME }) : null;
    } catch (error) {
      throw new ConfigError('SUBSCRIPTIONS_CRON', `must be a cron expression such as "23 * * * *", or "off" (${(error as Error).message})`);
    }
  }

  onApplicationBootstrap(): void {
    // JOBS_WORKER=false (the CLI): this process runs no background work
    if (!this.config.jobsWorker) return;
    if (!this.cron || !this.subscriptions.supported) {
      this.logger.info({ provider: this.subscriptions.description }, this.cron ? 'no provider subscriptions to reconcile' : 'subscription reconciliation is off (SUBSCRIPTIONS_CRON=off)');
      return;
    }
    this.scheduler.addCronJob(RECONCILE_CRON_NAME, this.cron);
    this.cron.start();
    this.logger.info({ cron: this.config.subscriptionsCron, next: this.cron.nextDate().toISO() }, 'scheduled reconciliation of provider subscriptions');
  }

  private async tick(): Promise<void> {
    try {
      const report = await this.commands.execute(new ReconcileSubscriptionsCommand());
      this.logger.info(report.ran ? { ...report, actions: report.actions.length, failed: report.actions.filter((a) => a.outcome === 'failed').length } : report, 'subscription reconciliation');
    } catch (error) {
      this.logger.error({ err: error }, 'subscription reconciliation failed');
    }
  }
}
