import type { EventMetadata } from '../../../../shared/event-store/event.js';
import type { JobState } from '../../../../shared/jobs/job-queue.js';
import type { AccountSearchRequest } from '../../domain/search-request.js';
import type { AccountSearchProgress, AccountSearchResult } from '../../queries/search-accounts/account-search-result.js';

export const ACCOUNT_SEARCH_QUEUE = 'account-search';
/** searches one instance runs at once (each samples its companies one after another) */
export const ACCOUNT_SEARCH_CONCURRENCY = 1;

/** What the queue stores: the checked request and whose it is (a job is only shown to its workspace). */
export interface AccountSearchJobData {
  metadata: EventMetadata;
  request: AccountSearchRequest;
}

export interface AccountSearchJobAccepted {
  success: true;
  jobId: string;
  state: JobState;
  statusUrl: string;
}

export interface AccountSearchJobStatus {
  success: true;
  jobId: string;
  state: JobState;
  progress: AccountSearchProgress;
  /** the search's answer, the same as the synchronous GET gives, once the job completed */
  result?: AccountSearchResult;
  failedReason?: string;
  createdAt: string;
  startedAt?: string;
  finishedAt?: string;
}
