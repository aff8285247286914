import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../config/app-config.js';
import { InProcessJobQueue } from './in-process-job-queue.js';
import { backoffDelay } from './job-queue.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('in-process job runner', () => {
  it('waits as Bull does between attempts', () => {
    expect([1, 2, 3].map((failures) => backoffDelay({ type: 'exponential', delayMs: 100 }, failures))).toEqual([100, 300, 700]);
    expect(backoffDelay({ type: 'fixed', delayMs: 100 }, 3)).toBe(100);
    expect(backoffDelay(undefined, 3)).toBe(0);
  });

  it('never runs more jobs of a queue at once than its concurrency, and hands out JSON copies', async () => {
    const queue = new InProcessJobQueue();
    let running = 0;
    let peak = 0;
    queue.process<{ at: Date }, { at: Date }>('q', 2, async (job) => {
      running += 1;
      peak = Math.max(peak, running);
      await sleep(20);
      running -= 1;
      return { at: job.data.at };
    });
    const ids = await Promise.all(Array.from({ length: 6 }, () => queue.add('q', { at: new Date(0) }).then((added) => added.id)));
    await sleep(150);
    expect(peak).toBe(2);
    const job = await queue.getJob('q', ids[0]);
    expect(job).toMatchObject({ state: 'completed', result: { at: '1970-01-01T00:00:00.000Z' }, attemptsMade: 1 });
    await queue.close();
  });

  it('closes without waiting for pending retries, and refuses new jobs', async () => {
    const queue = new InProcessJobQueue();
    queue.process('q', 1, async () => {
      throw new Error('nope');
    });
    const { id } = await queue.add('q', {}, { attempts: 5, backoff: { type: 'fixed', delayMs: 60_000 } });
    await sleep(20);
    expect(await queue.getJob('q', id)).toMatchObject({ state: 'delayed', attemptsMade: 1, failedReason: 'nope' });
    const started = Date.now();
    await queue.close();
    // the retry was due in 60 s: returning well before proves close() does not wait for it
    expect(Date.now() - started).toBeLessThan(10_000);
    await expect(queue.add('q', {})).rejects.toThrow(/closed/);
  });

  it('reads its prefix, worker role and re-validation schedule from the configuration', () => {
    expect(loadConfig({})).toMatchObject({ jobsPrefix: 'bgi', jobsWorker: true, revalidationCron: '0 * * * *', revalidationAttempts: 5 });
    expect(loadConfig({ JOBS_PREFIX: 'acme', JOBS_WORKER: 'false', REVALIDATION_CRON: 'off' })).toMatchObject({
      jobsPrefix: 'acme',
      jobsWorker: false,
      revalidationCron: null,
    });
    expect(() => loadConfig({ JOBS_PREFIX: 'a b' })).toThrow(/JOBS_PREFIX/);
    expect(() => loadConfig({ JOBS_WORKER: 'maybe' })).toThrow(/JOBS_WORKER/);
    expect(() => loadConfig({ REVALIDATION_CRON: 'hourly' })).toThrow(/REVALIDATION_CRON/);
  });
});
