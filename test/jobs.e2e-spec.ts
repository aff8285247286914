import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SchedulerRegistry } from '@nestjs/schedule';
import Bull from 'bull';
import request from 'supertest';
import { BATCH_QUEUE } from '../src/modules/discovery/commands/discover-batch/batch-job.js';
import { ChangeBuyerGroupCommand } from '../src/modules/discovery/commands/change-buyer-group/change-buyer-group.command.js';
import { createGroupCommand } from '../src/modules/discovery/domain/buyer-group.fixtures.js';
import { RevalidateStaleGroupsScheduler } from '../src/modules/discovery/commands/revalidate-stale-groups/revalidate-stale-groups.scheduler.js';
import {
  REVALIDATION_CRON_NAME,
  REVALIDATION_QUEUE,
  revalidationJobId,
  type RevalidationJobResult,
} from '../src/modules/discovery/commands/revalidate-stale-groups/revalidation-job.js';
import type { AppConfig } from '../src/shared/config/app-config.js';
import { DATABASE, type Database } from '../src/shared/database/database.js';
import { sqlQuery } from '../src/shared/database/sql.js';
import { JOB_QUEUE, PermanentJobError, type JobQueue, type JobSnapshot, type JobState } from '../src/shared/jobs/job-queue.js';
import { redisUrl } from './support/services.js';
import { startTestApp, WORKSPACE_A, WORKSPACE_B, type TestApp } from './support/test-app.js';

const BASE = '/api/intelligence/buyer-group-v2';
const asA = { 'x-api-key': WORKSPACE_A.key };
const asB = { 'x-api-key': WORKSPACE_B.key };
const MAX_COMPANIES = 5;

const redis = redisUrl();
const prefix = `bgi-test-${randomBytes(4).toString('hex')}`;
const backends: { name: 'in-process' | 'bull'; overrides: Record<string, unknown> }[] = [
  { name: 'in-process', overrides: {} },
  ...(redis ? [{ name: 'bull' as const, overrides: { redisUrl: redis, jobsPrefix: prefix } }] : []),
];

/** Both backends run on one database, so the demo dataset's one-time pass is paid once for the file. */
let databaseUrl: string | undefined;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 60_000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await sleep(50);
  }
}

const finished = (job: JobSnapshot | undefined) => job?.state === 'completed' || job?.state === 'failed';

afterAll(async () => {
  if (!redis) return;
  // everything the Bull runs wrote lives under this run's prefix
  const cleaner = new Bull('cleanup', redis, { prefix });
  const keys = await cleaner.client.keys(`${prefix}:*`);
  if (keys.length > 0) await cleaner.client.del(...keys);
  await cleaner.close();
});

describe.each(backends)('jobs on the $name runner', ({ name, overrides }) => {
  let context: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  let db: Database;
  let jobs: JobQueue;
  let batchGroupIds: string[] = [];

  beforeAll(async () => {
    context = await startTestApp(`jobs_${name}`, {
      ...(databaseUrl ? { databaseUrl } : {}),
      maxCompaniesPerRequest: MAX_COMPANIES,
      // a schedule that does not fire during the run: scans are started by the tests
      revalidationCron: '0 0 1 1 *',
      // re-validation failures retry quickly here
      revalidationAttempts: 2,
      revalidationBackoffMs: 500,
      ...overrides,
    } as Partial<AppConfig>);
    databaseUrl ??= context.config.databaseUrl;
    server = context.app.getHttpServer();
    db = context.app.get(DATABASE);
    jobs = context.app.get(JOB_QUEUE);
  });
  afterAll(() => context?.close());

  const companies = async (offset: number) =>
    sqlQuery<{ id: string; name: string }>(
      db.em.fork(),
      'select id::text, name from dataset_companies where employees_count between 20 and 80 order by id offset ? limit 3',
      [offset],
    );

  it('uses the configured backend, reports it in /health and schedules the stale-group scan', async () => {
    expect(jobs.backend).toBe(name);
    const health = await request(server).get('/health');
    expect(health.body.checks.redis.status).toBe(name === 'bull' ? 'up' : 'not_configured');
    const cron = context.app.get(SchedulerRegistry).getCronJob(REVALIDATION_CRON_NAME);
    expect(cron.isActive).toBe(true);
    expect(cron.nextDate().month).toBe(1);
  });

  it('runs a batch: per-company results, the unknown company recorded as an error, progress to 100 %', async () => {
    const demo = await companies(name === 'bull' ? 3 : 0);
    const accepted = await request(server)
      .post(`${BASE}/batch`)
      .set(asA)
      .send({
        companies: [{ companyId: demo[0].id }, { companyName: demo[1].name }, { companyName: 'Qwertyuiop Zxcvbnm' }, { companyId: demo[2].id }],
        sellerProfile: { solutionCategory: 'revenue_technology' },
        enrichmentLevel: 'identify',
        creditBudget: 500,
      })
      .expect(202);
    expect(accepted.body).toEqual({ success: true, jobId: expect.any(String), companies: 4, statusUrl: `${BASE}/batch/${accepted.body.jobId}` });

    const percents: number[] = [];
    const status = await waitFor(
      async () => {
        const response = await request(server).get(accepted.body.statusUrl).set(asA).expect(200);
        percents.push(response.body.progress.percent);
        return response.body;
      },
      (body) => body.state === 'completed' || body.state === 'failed',
      90_000,
      'the batch',
    );
    expect(status.state).toBe('completed');
    expect(status.progress).toEqual({ done: 4, total: 4, percent: 100 });
    expect([...percents].sort((a, b) => a - b)).toEqual(percents);
    expect(status.summary).toMatchObject({ succeeded: 3, failed: 1 });
    const [first, second, unknown, fourth] = status.results;
    for (const [index, result] of [first, second, fourth].entries()) {
      expect(result).toMatchObject({
        status: 'completed',
        company: { id: demo[index].id },
        buyerGroup: { id: expect.stringMatching(/^[0-9a-f-]{36}$/), saved: true },
        quality: { overallScore: expect.any(Number), coverage: expect.any(String) },
        creditsUsed: expect.any(Number),
      });
    }
    expect(second.input).toEqual({ companyName: demo[1].name });
    expect(unknown).toMatchObject({ index: 2, status: 'failed', input: { companyName: 'Qwertyuiop Zxcvbnm' }, error: { code: 'NOT_FOUND' } });
    batchGroupIds = [first, second, fourth].map((result) => result.buyerGroup.id);

    // the groups are real: readable by their workspace, with the discovery as their first event
    const group = await request(server).get(`${BASE}/${batchGroupIds[0]}`).set(asA).expect(200);
    expect(group.body.buyerGroup.totalMembers).toBe(first.buyerGroup.totalMembers);

    // another workspace cannot see the job; an unknown id is a 404 too; a malformed id a 400 naming it
    await request(server).get(accepted.body.statusUrl).set(asB).expect(404);
    await request(server).get(`${BASE}/batch/${randomUUID()}`).set(asA).expect(404);
    const malformed = await request(server).get(`${BASE}/batch/not-a-job`).set(asA).expect(400);
    expect(malformed.body.error.message).toMatch(/jobId/);

    const metrics = await request(server).get('/metrics').expect(200);
    expect(metrics.text).toMatch(new RegExp(`bgi_jobs_completed_total\\{queue="${BATCH_QUEUE}"\\} 1`));
  });

  it('rejects malformed batches with 400 naming the field', async () => {
    const base = { sellerProfile: { solutionCategory: 'security' }, enrichmentLevel: 'identify' };
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ ...base, companies: [] }, /companies: .*at least 1/],
      [{ ...base }, /companies/],
      [{ ...base, companies: 'Acme' }, /companies/],
      [{ ...base, companies: Array.from({ length: MAX_COMPANIES + 1 }, (_, index) => ({ companyId: String(index + 1) })) }, /companies: at most 5/],
      [{ ...base, companies: [{ companyName: 'Acme' }, {}] }, /companies\.1\.companyName/],
      [{ ...base, companies: [{ companyId: 'abc' }] }, /companies\.0\.companyId/],
      [{ ...base, companies: [{ companyName: 'Acme', surprise: true }] }, /companies\.0\.surprise/],
      [{ companies: [{ companyName: 'Acme' }], enrichmentLevel: 'identify' }, /sellerProfile/],
      [{ ...base, companies: [{ companyName: 'Acme' }], enrichmentLevel: 'all' }, /enrichmentLevel/],
      [{ ...base, companies: [{ companyName: 'Acme' }], creditBudget: -1 }, /creditBudget/],
    ];
    for (const [body, field] of cases) {
      const response = await request(server).post(`${BASE}/batch`).set(asA).send(body);
      expect({ status: response.status, body }).toEqual({ status: 400, body });
      expect(response.body.error.message).toMatch(field);
    }
  });

  it('runs a job id once, however often it is added', async () => {
    const queue = `test-idempotent-${name}`;
    let runs = 0;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    jobs.process<{ n: number }, { n: number }>(queue, 2, async (job) => {
      runs += 1;
      await job.reportProgress({ step: 'started' });
      await gate;
      return { n: job.data.n };
    });
    const first = await jobs.add(queue, { n: 1 }, { jobId: 'same-id' });
    const again = await jobs.add(queue, { n: 2 }, { jobId: 'same-id' });
    expect(first).toEqual({ id: 'same-id', created: true });
    expect(again).toEqual({ id: 'same-id', created: false });
    const active = await waitFor(() => jobs.getJob(queue, 'same-id'), (job) => job?.state === 'active' && job.progress !== undefined, 10_000, 'active');
    expect(active).toMatchObject({ state: 'active', progress: { step: 'started' }, data: { n: 1 } });
    expect(await jobs.add(queue, { n: 3 }, { jobId: 'same-id' })).toEqual({ id: 'same-id', created: false });
    release();
    const done = await waitFor(() => jobs.getJob(queue, 'same-id'), finished, 10_000, 'completion');
    expect(done).toMatchObject({ state: 'completed', result: { n: 1 }, attemptsMade: 1, maxAttempts: 1 });
    expect(await jobs.add(queue, { n: 4 }, { jobId: 'same-id' })).toEqual({ id: 'same-id', created: false });
    await sleep(200);
    expect(runs).toBe(1);
    expect(await jobs.getJob(queue, 'no-such-job')).toBeUndefined();
  });

  it('retries a failing job with exponential backoff, then shows it failed with the reason', async () => {
    const queue = `test-failing-${name}`;
    const startedAt: number[] = [];
    jobs.process<{ permanent: boolean }, never>(queue, 1, async (job) => {
      startedAt.push(Date.now());
      if (job.data.permanent) throw new PermanentJobError('cannot ever work');
      throw new Error(`boom on attempt ${job.attempt}`);
    });
    const { id } = await jobs.add(queue, { permanent: false }, { attempts: 3, backoff: { type: 'exponential', delayMs: 150 } });
    const states = new Set<JobState>();
    const failed = await waitFor(
      async () => {
        const job = await jobs.getJob(queue, id);
        if (job) states.add(job.state);
        return job;
      },
      finished,
      20_000,
      'the failing job',
    );
    expect(failed).toMatchObject({ state: 'failed', failedReason: 'boom on attempt 3', attemptsMade: 3, maxAttempts: 3 });
    expect(failed!.finishedAt).toEqual(expect.any(String));
    expect(states.has('delayed')).toBe(true);
    expect(startedAt).toHaveLength(3);
    // 150 ms after the first failure, 3 x 150 ms after the second
    expect(startedAt[1] - startedAt[0]).toBeGreaterThanOrEqual(140);
    expect(startedAt[2] - startedAt[1]).toBeGreaterThanOrEqual(440);

    const permanent = await jobs.add(queue, { permanent: true }, { attempts: 5, backoff: { type: 'fixed', delayMs: 50 } });
    const gaveUp = await waitFor(() => jobs.getJob(queue, permanent.id), finished, 10_000, 'the permanent failure');
    expect(gaveUp).toMatchObject({ state: 'failed', failedReason: 'cannot ever work', attemptsMade: 1 });
    expect(startedAt).toHaveLength(4);

    const metrics = await request(server).get('/metrics').expect(200);
    expect(metrics.text).toMatch(new RegExp(`bgi_jobs_failed_total\\{queue="${queue}"\\} 2`));
    expect(metrics.text).toMatch(new RegExp(`bgi_job_retries_total\\{queue="${queue}"\\} 2`));
  });

  it('queues exactly the stale groups once and re-validates them as events caused by revalidation', async () => {
    expect(batchGroupIds).toHaveLength(3);
    const scheduler = context.app.get(RevalidateStaleGroupsScheduler);
    const stale = batchGroupIds.slice(0, 2);
    const [{ at }] = await sqlQuery<{ at: Date }>(
      db.em.fork(),
      `update "BuyerGroups" set "lastValidatedAt" = date_trunc('milliseconds', now() - interval '40 days') where id = any(?::uuid[]) returning "lastValidatedAt" as at`,
      [stale],
    );
    const staleAt = new Date(at).toISOString();

    const scan = await scheduler.scan();
    expect(scan).toMatchObject({ ran: true, stale: 2, alreadyQueued: 0 });
    const expectedIds = stale.map((groupId) => revalidationJobId(groupId, staleAt));
    expect(scan.ran && [...scan.queued].sort()).toEqual([...expectedIds].sort());
    const again = await scheduler.scan();
    expect(again).toMatchObject({ ran: true, queued: [] });

    for (const [index, jobId] of expectedIds.entries()) {
      const job = await waitFor(() => jobs.getJob<unknown, RevalidationJobResult>(REVALIDATION_QUEUE, jobId), finished, 60_000, jobId);
      expect(job).toMatchObject({ state: 'completed', result: { outcome: 'revalidated', buyerGroupId: stale[index] } });
      const history = await request(server).get(`${BASE}/${stale[index]}/history`).set(asA).expect(200);
      const revalidated = (history.body.history as { type: string; cause: { source: string; correlationId: string } }[]).filter(
        (entry) => entry.cause.source === 'revalidation',
      );
      expect(revalidated.map((entry) => entry.type)).toContain('BuyerGroupRevalidated');
      expect(revalidated.every((entry) => entry.cause.correlationId === jobId)).toBe(true);
    }
    // re-validated: nothing is stale any more; the third group never was
    const after = await scheduler.scan();
    expect(after).toMatchObject({ ran: true, stale: 0, queued: [] });
    const [row] = await sqlQuery<{ fresh: boolean }>(db.em.fork(), `select bool_and("lastValidatedAt" > now() - interval '1 hour') as fresh from "BuyerGroups" where id = any(?::uuid[])`, [
      batchGroupIds,
    ]);
    expect(row.fresh).toBe(true);
  });

  it('re-validates a group that knew only its company name (a V1 import) in place: no second group, and it learns the company id', async () => {
    const [demo] = await companies(name === 'bull' ? 7 : 6);
    const groupId = randomUUID();
    await context.commands.execute(
      new ChangeBuyerGroupCommand(
        groupId,
        { ...createGroupCommand(groupId, WORKSPACE_A.workspace), company: { name: demo!.name }, sellerProfile: { solutionCategory: 'security' } },
        { workspaceId: WORKSPACE_A.workspace, correlationId: 'v1-like', actor: 'test', source: 'migration' },
      ),
    );
    await sqlQuery(db.em.fork(), `update "BuyerGroups" set "lastValidatedAt" = now() - interval '40 days' where id = ?`, [groupId]);
    const scan = await context.app.get(RevalidateStaleGroupsScheduler).scan();
    expect(scan).toMatchObject({ ran: true, stale: 1 });
    const [jobId] = scan.ran ? scan.queued : [];
    const job = await waitFor(() => jobs.getJob<unknown, RevalidationJobResult>(REVALIDATION_QUEUE, jobId!), finished, 60_000, jobId);
    expect(job).toMatchObject({ state: 'completed', result: { outcome: 'revalidated', buyerGroupId: groupId } });
    const rows = await sqlQuery<{ id: string; companyId: string | null }>(
      db.em.fork(),
      `select id, "companyId" from "BuyerGroups" where "workspaceId" = ? and ("companyId" = ? or id = ?)`,
      [WORKSPACE_A.workspace, demo!.id, groupId],
    );
    expect(rows).toEqual([{ id: groupId, companyId: demo!.id }]);
    // fresh now: the next scan finds nothing to do
    expect(await context.app.get(RevalidateStaleGroupsScheduler).scan()).toMatchObject({ ran: true, stale: 0, queued: [] });
  });

  it('lets only one of two simultaneous schedulers scan', async () => {
    const scheduler = context.app.get(RevalidateStaleGroupsScheduler);
    const groupId = batchGroupIds[2];
    await sqlQuery(db.em.fork(), `update "BuyerGroups" set "lastValidatedAt" = now() - interval '40 days' where id = ?`, [groupId]);
    let second: Awaited<ReturnType<RevalidateStaleGroupsScheduler['scan']>> | undefined;
    const first = await scheduler.scan({
      // a second scheduler starts while the first holds the lock
      whileLocked: async () => {
        second = await scheduler.scan();
      },
    });
    expect(second).toEqual({ ran: false, reason: 'another instance is scanning' });
    expect(first).toMatchObject({ ran: true, stale: 1 });
    expect(first.ran && first.queued).toHaveLength(1);
    const job = await waitFor(() => jobs.getJob(REVALIDATION_QUEUE, (first as { queued: string[] }).queued[0]), finished, 60_000, 'the re-validation');
    expect(job?.state).toBe('completed');
  });
});
