import { Query } from '@nestjs/cqrs';
import type { AccountSearchJobStatus } from '../../commands/queue-account-search/account-search-job.js';

/** A queued account search's state, progress and (once done) result, for the workspace that queued it. */
export class GetAccountSearchJobQuery extends Query<AccountSearchJobStatus> {
  constructor(
    readonly workspaceId: string,
    readonly jobId: string,
  ) {
    super();
  }
}
