import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { APP_CONFIG, type AppConfig } from '../../../../shared/config/app-config.js';
import { DomainError } from '../../../../shared/domain/domain-error.js';
import { JOB_QUEUE, type JobQueue } from '../../../../shared/jobs/job-queue.js';
import { BUYER_GROUP_ROUTE } from '../../api/routes.js';
import { BATCH_ATTEMPTS, BATCH_BACKOFF_MS, BATCH_QUEUE, type BatchAccepted, type BatchCompany, type BatchJobData } from './batch-job.js';
import { DiscoverBatchCommand } from './discover-batch.command.js';

/** Checks the batch against MAX_COMPANIES_PER_REQUEST and queues it; the processor does the work. */
@CommandHandler(DiscoverBatchCommand)
export class DiscoverBatchHandler implements ICommandHandler<DiscoverBatchCommand> {
  constructor(
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ request, metadata }: DiscoverBatchCommand): Promise<BatchAccepted> {
    const max = this.config.maxCompaniesPerRequest;
    if (request.companies.length === 0 || request.companies.length > max) {
      const problem = `must name from 1 to ${max} companies (MAX_COMPANIES_PER_REQUEST); got ${request.companies.length}`;
      throw new DomainError('INVALID_ARGUMENT', `companies: ${problem}`, { fields: [{ field: 'companies', problems: [problem] }] });
    }
    const data: BatchJobData = {
      metadata,
      companies: request.companies.map(
        (company): BatchCompany => ({
          ...(company.companyName !== undefined ? { companyName: company.companyName } : {}),
          ...(company.companyId !== undefined ? { companyId: company.companyId } : {}),
          ...(company.companyLinkedInUrl !== undefined ? { companyLinkedInUrl: company.companyLinkedInUrl } : {}),
          ...(company.website !== undefined ? { website: company.website } : {}),
        }),
      ),
      sellerProfile: { ...request.sellerProfile },
      enrichmentLevel: request.enrichmentLevel,
      saveToDatabase: request.saveToDatabase ?? true,
      ...(request.creditBudget !== undefined ? { creditBudget: request.creditBudget } : {}),
    };
    const { id } = await this.jobs.add(BATCH_QUEUE, data, {
      jobId: randomUUID(),
      attempts: BATCH_ATTEMPTS,
      backoff: { type: 'exponential', delayMs: BATCH_BACKOFF_MS },
    });
    return { success: true, jobId: id, companies: data.companies.length, statusUrl: `/${BUYER_GROUP_ROUTE}/batch/${id}` };
  }
}
