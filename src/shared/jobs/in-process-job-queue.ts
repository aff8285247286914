import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { JobMetrics } from './job-metrics.js';
import {
  PermanentJobError,
  RETENTION,
  backoffDelay,
  errorMessage,
  type AddJobOptions,
  type AddedJob,
  type JobBackoff,
  type JobHandler,
  type JobQueue,
  type JobSnapshot,
  type JobState,
} from './job-queue.js';

interface LocalJob {
  id: string;
  queue: string;
  data: unknown;
  attempts: number;
  backoff?: JobBackoff;
  state: JobState;
  progress?: unknown;
  result?: unknown;
  failedReason?: string;
  attemptsMade: number;
  createdAt: number;
  startedAt?: number;
  finishedAt?: number;
}

interface LocalQueue {
  name: string;
  jobs: Map<string, LocalJob>;
  ready: LocalJob[];
  handler?: JobHandler<unknown, unknown, unknown>;
  concurrency: number;
  running: Set<Promise<void>>;
}

/** JSON round trip: what Bull stores in Redis is JSON, so the in-process runner hands out the same shapes. */
const json = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

/**
 * The embedded-mode runner: the JobQueue semantics of the Bull adapter, inside this process and without
 * persistence (jobs do not survive a restart). Finished jobs are kept as Bull keeps them (by age and count).
 */
export class InProcessJobQueue implements JobQueue {
  readonly backend = 'in-process' as const;
  private readonly queues = new Map<string, LocalQueue>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private closed = false;

  constructor(
    private readonly metrics?: JobMetrics,
    private readonly logger?: Logger,
  ) {}

  async add<Data>(queueName: string, data: Data, options: AddJobOptions = {}): Promise<AddedJob> {
    if (this.closed) throw new Error(`job queue is closed: cannot add to ${queueName}`);
    const queue = this.queue(queueName);
    const id = options.jobId ?? randomUUID();
    if (queue.jobs.has(id)) return { id, created: false };
    const job: LocalJob = {
      id,
      queue: queueName,
      data: json(data),
      attempts: Math.max(1, options.attempts ?? 1),
      backoff: options.backoff,
      state: 'waiting',
      attemptsMade: 0,
      createdAt: Date.now(),
    };
    queue.jobs.set(id, job);
    queue.ready.push(job);
    setImmediate(() => this.pump(queue));
    return { id, created: true };
  }

  process<Data, Result, Progress = unknown>(queueName: string, concurrency: number, handler: JobHandler<Data, Result, Progress>): void {
    const queue = this.queue(queueName);
    if (queue.handler) throw new Error(`queue ${queueName} already has a processor`);
    queue.handler = handler as JobHandler<unknown, unknown, unknown>;
    queue.concurrency = Math.max(1, concurrency);
    setImmediate(() => this.pump(queue));
  }

  async getJob<Data, Result, Progress>(queueName: string, id: string): Promise<JobSnapshot<Data, Result, Progress> | undefined> {
    const job = this.queues.get(queueName)?.jobs.get(id);
    if (!job) return undefined;
    const iso = (ms?: number) => (ms === undefined ? undefined : new Date(ms).toISOString());
    return json({
      id: job.id,
      queue: job.queue,
      data: job.data as Data,
      state: job.state,
      progress: job.progress as Progress | undefined,
      result: job.result as Result | undefined,
      failedReason: job.failedReason,
      attemptsMade: job.attemptsMade,
      maxAttempts: job.attempts,
      createdAt: iso(job.createdAt)!,
      startedAt: iso(job.startedAt),
      finishedAt: iso(job.finishedAt),
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    await Promise.allSettled([...this.queues.values()].flatMap((queue) => [...queue.running]));
  }

  private queue(name: string): LocalQueue {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = { name, jobs: new Map(), ready: [], concurrency: 1, running: new Set() };
      this.queues.set(name, queue);
    }
    return queue;
  }

  private pump(queue: LocalQueue): void {
    while (!this.closed && queue.handler && queue.running.size < queue.concurrency && queue.ready.length > 0) {
      const job = queue.ready.shift()!;
      const run = this.run(queue, job).finally(() => {
        queue.running.delete(run);
        this.pump(queue);
      });
      queue.running.add(run);
    }
  }

  private async run(queue: LocalQueue, job: LocalJob): Promise<void> {
    job.state = 'active';
    job.startedAt = Date.now();
    const started = performance.now();
    try {
      const result = await queue.handler!({
        id: job.id,
        queue: queue.name,
        data: json(job.data),
        attempt: job.attemptsMade + 1,
        get progress() {
          return json(job.progress);
        },
        reportProgress: async (progress) => {
          job.progress = json(progress);
        },
      });
      job.result = json(result);
      job.attemptsMade += 1;
      job.state = 'completed';
      job.finishedAt = Date.now();
      this.metrics?.attempt(queue.name, 'completed', (performance.now() - started) / 1000);
    } catch (error) {
      job.attemptsMade += 1;
      job.failedReason = errorMessage(error);
      const final = error instanceof PermanentJobError || job.attemptsMade >= job.attempts;
      this.metrics?.attempt(queue.name, final ? 'failed' : 'retried', (performance.now() - started) / 1000);
      this.logger?.warn({ queue: queue.name, jobId: job.id, attempt: job.attemptsMade, final, err: error }, 'job attempt failed');
      if (final) {
        job.state = 'failed';
        job.finishedAt = Date.now();
      } else {
        job.state = 'delayed';
        const timer = setTimeout(() => {
          this.timers.delete(timer);
          job.state = 'waiting';
          queue.ready.push(job);
          this.pump(queue);
        }, backoffDelay(job.backoff, job.attemptsMade));
        this.timers.add(timer);
      }
    }
    if (job.state === 'completed' || job.state === 'failed') this.prune(queue, job.state);
  }

  /** Drops finished jobs beyond the retention Bull is given (by age and by count), oldest first. */
  private prune(queue: LocalQueue, state: 'completed' | 'failed'): void {
    const keep = RETENTION[state];
    const finished = [...queue.jobs.values()].filter((job) => job.state === state).sort((a, b) => a.finishedAt! - b.finishedAt!);
    const oldest = Date.now() - keep.ageSeconds * 1000;
    finished.forEach((job, index) => {
      if (finished.length - index > keep.count || job.finishedAt! < oldest) queue.jobs.delete(job.id);
    });
  }
}
