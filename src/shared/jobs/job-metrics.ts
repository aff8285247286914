import { Counter, Histogram } from 'prom-client';
import type { Metrics } from '../observability/metrics.js';

/** Outcome of one attempt as both adapters report it. */
export type AttemptOutcome = 'completed' | 'retried' | 'failed';

/** Job counters on the application's registry: jobs completed and failed (finally) per queue, retries, run time. */
export class JobMetrics {
  private readonly completed: Counter<'queue'>;
  private readonly failed: Counter<'queue'>;
  private readonly retried: Counter<'queue'>;
  private readonly duration: Histogram<'queue' | 'outcome'>;

  constructor(metrics: Metrics) {
    const registers = [metrics.registry];
    this.completed = new Counter({ name: 'bgi_jobs_completed_total', help: 'Jobs that completed, by queue', labelNames: ['queue'], registers });
    this.failed = new Counter({
      name: 'bgi_jobs_failed_total',
      help: 'Jobs that failed for good (no attempt left, or a permanent error), by queue',
      labelNames: ['queue'],
      registers,
    });
    this.retried = new Counter({ name: 'bgi_job_retries_total', help: 'Failed job attempts that will be retried, by queue', labelNames: ['queue'], registers });
    this.duration = new Histogram({
      name: 'bgi_job_attempt_duration_seconds',
      help: 'Run time of job attempts, by queue and outcome',
      labelNames: ['queue', 'outcome'],
      buckets: [0.01, 0.05, 0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
      registers,
    });
  }

  attempt(queue: string, outcome: AttemptOutcome, seconds: number): void {
    this.duration.observe({ queue, outcome }, seconds);
    (outcome === 'completed' ? this.completed : outcome === 'failed' ? this.failed : this.retried).inc({ queue });
  }
}
