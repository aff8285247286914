/**
 * The job runner port: named queues of JSON jobs with idempotent ids, retries with backoff, progress and a visible
 * final state. Two adapters keep the same semantics: Bull on Redis (REDIS_URL set) and an in-process runner
 * (embedded mode). Data, progress and results travel as JSON in both, so what a handler returns is what a reader
 * gets back (dates become strings, class instances plain objects).
 */

/** waiting: queued; delayed: waiting for a retry after a failed attempt; active: running; then completed or failed. */
export type JobState = 'waiting' | 'delayed' | 'active' | 'completed' | 'failed';

export interface JobBackoff {
  /** exponential: (2^failures - 1) x delayMs, i.e. delayMs, 3 x delayMs, 7 x delayMs ...; fixed: delayMs each time */
  type: 'exponential' | 'fixed';
  delayMs: number;
}

export interface AddJobOptions {
  /**
   * Makes adding idempotent: while a job with this id is known to the queue (waiting, running or kept after it
   * finished), adding it again does nothing. Random when absent.
   */
  jobId?: string;
  /** attempts in all, the first included (default 1: no retry) */
  attempts?: number;
  backoff?: JobBackoff;
}

export interface AddedJob {
  id: string;
  /** false when a job with this id already existed and nothing was queued */
  created: boolean;
}

export interface JobContext<Data, Progress> {
  id: string;
  queue: string;
  data: Data;
  /** 1 for the first attempt */
  attempt: number;
  /** the last progress reported for this job, by this attempt or an earlier one (lets a retry resume) */
  readonly progress: Progress | undefined;
  reportProgress(progress: Progress): Promise<void>;
}

export type JobHandler<Data, Result, Progress> = (job: JobContext<Data, Progress>) => Promise<Result>;

export interface JobSnapshot<Data = unknown, Result = unknown, Progress = unknown> {
  id: string;
  queue: string;
  data: Data;
  state: JobState;
  progress?: Progress;
  result?: Result;
  /** the error message of the last failed attempt */
  failedReason?: string;
  /** attempts that have ended: the failed ones, plus the successful one */
  attemptsMade: number;
  maxAttempts: number;
  createdAt: string;
  startedAt?: string;
  finishedAt?: string;
}

export interface JobQueue {
  readonly backend: 'bull' | 'in-process';
  add<Data>(queue: string, data: Data, options?: AddJobOptions): Promise<AddedJob>;
  /** Starts consuming a queue in this instance; one handler per queue. */
  process<Data, Result, Progress = unknown>(queue: string, concurrency: number, handler: JobHandler<Data, Result, Progress>): void;
  getJob<Data = unknown, Result = unknown, Progress = unknown>(queue: string, id: string): Promise<JobSnapshot<Data, Result, Progress> | undefined>;
  /** Stops taking jobs, waits for running ones and releases connections and timers. */
  close(): Promise<void>;
}

export const JOB_QUEUE = Symbol('JOB_QUEUE');

/** Thrown by a handler when retrying cannot help: the job fails at once, whatever attempts are left. */
export class PermanentJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentJobError';
  }
}

/** Bull's built-in strategies, so both adapters wait the same time before attempt n + 1 after n failures. */
export function backoffDelay(backoff: JobBackoff | undefined, failures: number): number {
  if (!backoff) return 0;
  return backoff.type === 'fixed' ? backoff.delayMs : Math.round((2 ** failures - 1) * backoff.delayMs);
}

/** Jobs kept after they end, so a status can be read and an id stays idempotent for a while. */
export const RETENTION = {
  completed: { ageSeconds: 7 * 24 * 3600, count: 1_000 },
  failed: { ageSeconds: 30 * 24 * 3600, count: 5_000 },
};

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
