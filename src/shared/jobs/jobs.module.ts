import { Global, Inject, Module, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_CONFIG, redactUrl, type AppConfig } from '../config/app-config.js';
import { HealthRegistry } from '../observability/health-registry.js';
import { LOGGER } from '../observability/logger.js';
import { Metrics } from '../observability/metrics.js';
import { BullJobQueue } from './bull-job-queue.js';
import { InProcessJobQueue } from './in-process-job-queue.js';
import { JobMetrics } from './job-metrics.js';
import { JOB_QUEUE, type JobHandler, type JobQueue } from './job-queue.js';

/** Bull on Redis when REDIS_URL is set, the in-process runner otherwise; same port, same semantics. */
export function createJobQueue(config: AppConfig, metrics: Metrics, logger: Logger): JobQueue {
  const settings = { prefix: config.jobsPrefix, worker: config.jobsWorker };
  const jobMetrics = new JobMetrics(metrics);
  const queue = config.redisUrl
    ? new BullJobQueue({ redisUrl: config.redisUrl, prefix: settings.prefix, metrics: jobMetrics, logger })
    : new InProcessJobQueue(jobMetrics, logger);
  logger.info(
    { backend: queue.backend, worker: settings.worker, ...(config.redisUrl ? { redis: redactUrl(config.redisUrl), prefix: settings.prefix } : {}) },
    'job queue ready',
  );
  return settings.worker ? queue : new QueueOnly(queue, logger);
}

/** An instance that queues and reads jobs but leaves running them to the workers (JOBS_WORKER=false). */
class QueueOnly implements JobQueue {
  constructor(
    readonly inner: JobQueue,
    private readonly logger: Logger,
  ) {}
  get backend() {
    return this.inner.backend;
  }
  add: JobQueue['add'] = (queue, data, options) => this.inner.add(queue, data, options);
  getJob: JobQueue['getJob'] = (queue, id) => this.inner.getJob(queue, id);
  close = () => this.inner.close();
  process<Data, Result, Progress>(queue: string, _concurrency: number, _handler: JobHandler<Data, Result, Progress>): void {
    this.logger.info({ queue }, 'not a job worker (JOBS_WORKER=false): jobs of this queue run elsewhere');
  }
}

class JobsLifecycle implements OnModuleInit, OnModuleDestroy {
  constructor(
    @Inject(JOB_QUEUE) private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly health: HealthRegistry,
  ) {}

  onModuleInit(): void {
    this.health.register('redis', async () => {
      const queue = this.jobs instanceof QueueOnly ? this.jobs.inner : this.jobs;
      if (!(queue instanceof BullJobQueue) || !this.config.redisUrl) {
        return { status: 'not_configured', detail: 'REDIS_URL not set: jobs run in-process' };
      }
      const answer = await queue.ping();
      return { status: answer === 'PONG' ? 'up' : 'down', url: redactUrl(this.config.redisUrl) };
    });
  }

  /** Before the database closes (onApplicationShutdown): running jobs finish, then connections and timers go. */
  async onModuleDestroy(): Promise<void> {
    await this.jobs.close();
  }
}

@Global()
@Module({
  providers: [
    {
      provide: JOB_QUEUE,
      inject: [APP_CONFIG, Metrics, LOGGER],
      useFactory: (config: AppConfig, metrics: Metrics, logger: Logger) => createJobQueue(config, metrics, logger),
    },
    JobsLifecycle,
  ],
  exports: [JOB_QUEUE],
})
export class JobsModule {}
