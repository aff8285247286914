import { Query } from '@nestjs/cqrs';
import type { BatchStatus } from './batch-job.js';

/** A batch job's state, progress and per-company outcomes, for the workspace that queued it. */
export class GetBatchStatusQuery extends Query<BatchStatus> {
  constructor(
    readonly workspaceId: string,
    readonly jobId: string,
  ) {
    super();
  }
}
