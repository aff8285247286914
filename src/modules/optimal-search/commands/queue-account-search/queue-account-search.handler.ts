import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { JOB_QUEUE, type JobQueue } from '../../../../shared/jobs/job-queue.js';
import { ACCOUNT_SEARCH_ROUTE } from '../../api/routes.js';
import { ACCOUNT_SEARCH_QUEUE, type AccountSearchJobAccepted, type AccountSearchJobData } from './account-search-job.js';
import { QueueAccountSearchCommand } from './queue-account-search.command.js';

/**
 * Queues the search as one job. One attempt only: a retried search would sample (and spend) again, and its credit
 * budget is for the whole search.
 */
@CommandHandler(QueueAccountSearchCommand)
export class QueueAccountSearchHandler implements ICommandHandler<QueueAccountSearchCommand> {
  constructor(@Inject(JOB_QUEUE) private readonly jobs: JobQueue) {}

  async execute({ request, metadata }: QueueAccountSearchCommand): Promise<AccountSearchJobAccepted> {
    const data: AccountSearchJobData = { metadata, request };
    const { id } = await this.jobs.add(ACCOUNT_SEARCH_QUEUE, data, { jobId: randomUUID(), attempts: 1 });
    return { success: true, jobId: id, state: 'waiting', statusUrl: `/${ACCOUNT_SEARCH_ROUTE}/search-jobs/${id}` };
  }
}
