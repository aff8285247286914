import { randomUUID } from 'node:crypto';
import Bull from 'bull';
import type { Logger } from 'pino';
import type { JobMetrics } from './job-metrics.js';
import {
  PermanentJobError,
  RETENTION,
  errorMessage,
  type AddJobOptions,
  type AddedJob,
  type JobHandler,
  type JobQueue,
  type JobSnapshot,
  type JobState,
} from './job-queue.js';

export interface BullJobQueueOptions {
  redisUrl: string;
  /** Redis key prefix of every queue: separates deployments (and test runs) sharing one Redis */
  prefix: string;
  metrics?: JobMetrics;
  logger?: Logger;
}

const STATES: Record<string, JobState> = {
  waiting: 'waiting',
  paused: 'waiting',
  stuck: 'waiting',
  delayed: 'delayed',
  active: 'active',
  completed: 'completed',
  failed: 'failed',
};

/**
 * Bull on Redis: one Bull queue per queue name (each with its own concurrency), created on first use. Jobs,
 * progress and results live in Redis, so any instance can read a job another one queued or ran, and a job whose
 * worker died is taken over by another (Bull's stalled-job check).
 */
export class BullJobQueue implements JobQueue {
  readonly backend = 'bull' as const;
  private readonly queues = new Map<string, Bull.Queue>();
  private closing?: Promise<void>;

  constructor(private readonly options: BullJobQueueOptions) {}

  async add<Data>(queueName: string, data: Data, options: AddJobOptions = {}): Promise<AddedJob> {
    if (this.closing) throw new Error(`job queue is closed: cannot add to ${queueName}`);
    const queue = this.queue(queueName);
    // Bull ignores an add whose id exists; the look-up only tells the caller whether this call queued anything.
    if (options.jobId !== undefined && (await queue.getJob(options.jobId))) return { id: options.jobId, created: false };
    const job = await queue.add(data, {
      jobId: options.jobId ?? randomUUID(),
      attempts: Math.max(1, options.attempts ?? 1),
      ...(options.backoff ? { backoff: { type: options.backoff.type, delay: options.backoff.delayMs } } : {}),
      removeOnComplete: { age: RETENTION.completed.ageSeconds, count: RETENTION.completed.count },
      removeOnFail: { age: RETENTION.failed.ageSeconds, count: RETENTION.failed.count },
    });
    return { id: String(job.id), created: true };
  }

  process<Data, Result, Progress>(queueName: string, concurrency: number, handler: JobHandler<Data, Result, Progress>): void {
    const queue = this.queue(queueName);
    const { metrics, logger } = this.options;
    queue
      .process(Math.max(1, concurrency), async (job: Bull.Job) => {
        const started = performance.now();
        try {
          const result = await handler({
            id: String(job.id),
            queue: queueName,
            data: job.data as Data,
            attempt: job.attemptsMade + 1,
            get progress() {
              const current: unknown = job.progress();
              // Bull starts every job at progress 0; the port says "nothing reported yet"
              return current === 0 ? undefined : (current as Progress);
            },
            reportProgress: (progress) => job.progress(progress),
          });
          metrics?.attempt(queueName, 'completed', (performance.now() - started) / 1000);
          return result;
        } catch (error) {
          const permanent = error instanceof PermanentJobError;
          if (permanent) job.discard();
          const final = permanent || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
          metrics?.attempt(queueName, final ? 'failed' : 'retried', (performance.now() - started) / 1000);
          logger?.warn({ queue: queueName, jobId: job.id, attempt: job.attemptsMade + 1, final, err: error }, 'job attempt failed');
          // Bull stores the message as failedReason; keep it a plain Error so the reason reads the same everywhere
          throw error instanceof Error ? error : new Error(errorMessage(error));
        }
      })
      .catch((error: unknown) => {
        if (!this.closing) logger?.error({ queue: queueName, err: error }, 'job processor stopped');
      });
  }

  async getJob<Data, Result, Progress>(queueName: string, id: string): Promise<JobSnapshot<Data, Result, Progress> | undefined> {
    const queue = this.queue(queueName);
    let job = await queue.getJob(id);
    if (!job) return undefined;
    const state = STATES[await job.getState()] ?? 'waiting';
    // the job may have ended between the two reads: finishing is atomic in Redis, so reading it again is consistent
    if (state === 'completed' || state === 'failed') job = await queue.getJob(id);
    if (!job) return undefined;
    const progress: unknown = job.progress();
    const iso = (ms?: number | null) => (ms ? new Date(ms).toISOString() : undefined);
    return {
      id: String(job.id),
      queue: queueName,
      data: job.data as Data,
      state,
      progress: progress === 0 ? undefined : (progress as Progress),
      result: state === 'completed' ? (job.returnvalue as Result) : undefined,
      failedReason: job.failedReason || undefined,
      attemptsMade: job.attemptsMade + (state === 'completed' ? 1 : 0),
      maxAttempts: job.opts.attempts ?? 1,
      createdAt: iso(job.timestamp)!,
      startedAt: iso(job.processedOn),
      finishedAt: state === 'completed' || state === 'failed' ? iso(job.finishedOn) : undefined,
    };
  }

  /** PING over the connection of a queue (a dedicated one when this instance has none yet). */
  async ping(): Promise<string> {
    const queue = this.queues.values().next().value ?? this.queue('health');
    return queue.client.ping();
  }

  close(): Promise<void> {
    this.closing ??= Promise.all([...this.queues.values()].map((queue) => queue.close())).then(() => undefined);
    return this.closing;
  }

  private queue(name: string): Bull.Queue {
    let queue = this.queues.get(name);
    if (!queue) {
      if (this.closing) throw new Error(`job queue is closed: cannot open ${name}`);
      queue = new Bull(name, this.options.redisUrl, { prefix: this.options.prefix });
      queue.on('error', (error: Error) => this.options.logger?.warn({ queue: name, err: error }, 'job queue error'));
      this.queues.set(name, queue);
    }
    return queue;
  }
}
