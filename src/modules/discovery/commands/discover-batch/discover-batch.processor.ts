import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Logger } from 'pino';
import { DomainError } from '../../../../shared/domain/domain-error.js';
import { JOB_QUEUE, type JobContext, type JobQueue } from '../../../../shared/jobs/job-queue.js';
import { LOGGER } from '../../../../shared/observability/logger.js';
import { DiscoverBuyerGroupCommand } from '../discover-buyer-group/discover-buyer-group.command.js';
import { DiscoverBuyerGroupDto, SellerProfileDto } from '../discover-buyer-group/discover-buyer-group.dto.js';
import {
  BATCH_CONCURRENCY,
  BATCH_QUEUE,
  COMPANY_CONCURRENCY,
  percentOf,
  type BatchJobData,
  type BatchProgress,
  type BatchResult,
  type CompanyOutcome,
} from './batch-job.js';

/**
 * Runs a batch: every company through DiscoverBuyerGroupCommand (a few at once), each outcome recorded on its own —
 * a company that cannot be found or whose discovery fails is an entry with its error, never the batch's failure.
 * Progress (with the outcomes so far) is reported after each company, so a retried batch resumes where it stopped.
 */
@Injectable()
export class DiscoverBatchProcessor implements OnApplicationBootstrap {
  constructor(
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly commands: CommandBus,
  ) {}

  /** After bootstrap: command handlers are registered by then, so a job left in Redis can run at once. */
  onApplicationBootstrap(): void {
    this.jobs.process<BatchJobData, BatchResult, BatchProgress>(BATCH_QUEUE, BATCH_CONCURRENCY, (job) => this.run(job));
  }

  async run(job: JobContext<BatchJobData, BatchProgress>): Promise<BatchResult> {
    const { companies } = job.data;
    const total = companies.length;
    const outcomes: (CompanyOutcome | null)[] = companies.map((_company, index) => job.progress?.outcomes?.[index] ?? null);
    let done = outcomes.filter((outcome) => outcome !== null).length;
    await job.reportProgress({ done, total, percent: percentOf(done, total), outcomes });

    const pending = outcomes.flatMap((outcome, index) => (outcome === null ? [index] : []));
    let reporting = Promise.resolve();
    const worker = async () => {
      for (let index = pending.shift(); index !== undefined; index = pending.shift()) {
        outcomes[index] = await this.discover(job, index);
        done += 1;
        // reports go out one after another, so a slow write never lands after a newer one
        const snapshot: BatchProgress = { done, total, percent: percentOf(done, total), outcomes: [...outcomes] };
        reporting = reporting.then(() => job.reportProgress(snapshot));
      }
    };
    await Promise.all(Array.from({ length: Math.min(COMPANY_CONCURRENCY, pending.length) }, worker));
    await reporting;

    const finished = outcomes as CompanyOutcome[];
    const succeeded = finished.filter((outcome) => outcome.status === 'completed').length;
    const result: BatchResult = {
      total,
      succeeded,
      failed: total - succeeded,
      creditsUsed: finished.reduce((sum, outcome) => sum + (outcome.creditsUsed ?? 0), 0),
      outcomes: finished,
    };
    this.logger.info({ jobId: job.id, total, succeeded, failed: result.failed, credits: result.creditsUsed }, 'discovery batch finished');
    return result;
  }

  private async discover(job: JobContext<BatchJobData, BatchProgress>, index: number): Promise<CompanyOutcome> {
    const { data } = job;
    const request = Object.assign(new DiscoverBuyerGroupDto(), {
      ...data.companies[index],
      sellerProfile: Object.assign(new SellerProfileDto(), data.sellerProfile),
      enrichmentLevel: data.enrichmentLevel,
      saveToDatabase: data.saveToDatabase,
      dryRun: false,
      ...(data.creditBudget !== undefined ? { creditBudget: data.creditBudget } : {}),
    });
    try {
      const result = await this.commands.execute(new DiscoverBuyerGroupCommand(request, { ...data.metadata, causationId: `batch:${job.id}` }));
      return {
        index,
        status: 'completed',
        company: { id: result.company.id, name: result.company.name },
        buyerGroup: { id: result.buyerGroup.id, saved: result.buyerGroup.saved, totalMembers: result.buyerGroup.totalMembers },
        quality: { overallScore: result.quality.overallScore, coverage: result.quality.coverage, missingRoles: [...result.quality.missingRoles] },
        creditsUsed: result.creditsUsed.total,
        ...(result.changes ? { changes: result.changes } : {}),
      };
    } catch (error) {
      const known = error instanceof DomainError;
      if (!known) this.logger.error({ jobId: job.id, index, err: error }, 'discovery of a batch company failed');
      return {
        index,
        status: 'failed',
        error: known ? { code: error.code, message: error.message } : { code: 'INTERNAL', message: `internal error while discovering this company; the log has it under job ${job.id}` },
      };
    }
  }
}
