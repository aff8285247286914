import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Kafka, logLevel } from 'kafkajs';
import { SchedulerRegistry } from '@nestjs/schedule';
import request from 'supertest';
import { ChangeBuyerGroupCommand } from '../src/modules/discovery/commands/change-buyer-group/change-buyer-group.command.js';
import { createGroupCommand, sampleMember } from '../src/modules/discovery/domain/buyer-group.fixtures.js';
import { ReconcileSubscriptionsCommand, type ReconcileReport } from '../src/modules/webhooks/commands/reconcile-subscriptions/reconcile-subscriptions.command.js';
import { signWebhookBody } from '../src/modules/webhooks/domain/webhook-signature.js';
import { hashWebhookToken, newWebhookToken } from '../src/modules/webhooks/domain/webhook-token.js';
import { WebhookStore } from '../src/modules/webhooks/infrastructure/webhook-store.js';
import { DATABASE, type Database } from '../src/shared/database/database.js';
import { sqlQuery } from '../src/shared/database/sql.js';
import type { EventMetadata } from '../src/shared/event-store/event.js';
import { MESSAGE_BUS, type MessageBus, type Subscription } from '../src/shared/messaging/message-bus.js';
import { PROVIDER_CHANGES_TOPIC, type ProviderChangeMessage } from '../src/shared/messaging/provider-change.message.js';
import { createSimulator, type Simulator } from '../tools/coresignal-simulator/simulator.js';
import { coresignalFixture, NORTHWIND } from './support/coresignal-fixture.js';
import { waitFor } from './support/message-bus-contract.js';
import { kafkaBrokers } from './support/services.js';
import { startTestApp, WORKSPACE_A, type TestApp } from './support/test-app.js';

/**
 * Webhook ingestion and provider subscriptions (docs/webhooks.md) over the real HTTP application: Coresignal's
 * deliveries through the simulator, the signed form, every kind of bad delivery (the right 4xx, no message, no row),
 * acknowledgement only after the bus has the messages, and the reconciler creating, renewing, replacing and deleting
 * subscriptions at the simulator. One suite on the in-process bus, one over a real Kafka broker.
 */

const BASE = '/api/intelligence/buyer-group-v2';
const WEBHOOKS = `${BASE}/webhooks`;
const asA = { 'x-api-key': WORKSPACE_A.key };
const KEY = 'webhook0test0key0000000000000001';
const SECRET = 'whsec-webhooks-e2e-0123456789abcdef';
const DAY = 86_400_000;
const meta: EventMetadata = { workspaceId: 'alpha', correlationId: 'webhooks-test', causationId: 'webhooks-test', actor: 'tester', source: 'system' };

interface Received {
  key: string | null;
  message: ProviderChangeMessage;
}

/** An active group of Northwind Traders (2001) in workspace alpha, with fixture people 2 and 3 as members. */
async function northwindGroup(context: TestApp): Promise<string> {
  const groupId = randomUUID();
  const prefix = groupId.slice(0, 23);
  const members = [sampleMember(1, 'decision_maker', prefix), sampleMember(2, 'champion', prefix)].map((member, index) => ({ ...member, personId: String(index + 2) }));
  const create = createGroupCommand(groupId, 'alpha', members);
  await context.commands.execute(
    new ChangeBuyerGroupCommand(groupId, { ...create, company: { id: String(NORTHWIND), name: 'Northwind Traders', website: 'northwind.example', industry: 'Wholesale', employeeCount: 250 } }, meta),
  );
  return groupId;
}

const deliveryRows = async (db: Database): Promise<number> =>
  (await sqlQuery<{ count: number }>(db.em.fork(), 'select count(*)::int as count from webhook_deliveries'))[0].count;

const tokenOf = (url: string): string => url.slice(url.lastIndexOf('/') + 1);

const actionsOf = (report: ReconcileReport) => {
  if (!report.ran) throw new Error(`the reconciler did not run: ${report.reason}`);
  return report.actions;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('webhooks on the in-process bus, Coresignal through the simulator', () => {
  let context: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  let db: Database;
  let bus: MessageBus;
  let sim: Simulator;
  let clockMs = Date.now();
  let port: number;
  let groupId: string;
  let token: string;
  const received: Received[] = [];
  let subscription: Subscription;

  const deliver = (tokenText: string, body: unknown) =>
    request(server).post(`${WEBHOOKS}/coresignal/${tokenText}`).set('content-type', 'application/json').send(typeof body === 'string' ? body : JSON.stringify(body));
  const signed = (body: string, options: { ts?: number; id?: string; secret?: string; signature?: string } = {}) => {
    const ts = options.ts ?? Math.floor(Date.now() / 1000);
    return request(server)
      .post(`${WEBHOOKS}/events`)
      .set('content-type', 'application/json')
      .set('x-timestamp', String(ts))
      .set('x-signature', options.signature ?? signWebhookBody(options.secret ?? SECRET, ts, body))
      .set('x-delivery-id', options.id ?? randomUUID())
      .send(body);
  };
  const reconcileAt = (days: number): Promise<ReconcileReport> => {
    clockMs = start + days * DAY;
    return context.commands.execute(new ReconcileSubscriptionsCommand({ now: new Date(clockMs) }));
  };
  const start = clockMs;

  beforeAll(async () => {
    sim = await createSimulator({ dataset: coresignalFixture(), apiKeys: [KEY], rateLimit: 0, clock: () => clockMs });
    context = await startTestApp('webhooks', {
      coresignalApiKey: KEY,
      coresignalBaseUrl: sim.url,
      coresignalWebhookSecret: SECRET,
      // scheduled, but not due during the run: reconciliation runs on demand below
      subscriptionsCron: '0 0 1 1 *',
      revalidationCron: null,
      // the buyer-group updater is another suite's subject: here the messages stay on the bus
      realTimeUpdates: false,
    });
    await context.app.listen(0, '127.0.0.1');
    server = context.app.getHttpServer();
    port = (server.address() as AddressInfo).port;
    db = context.app.get(DATABASE);
    bus = context.app.get<MessageBus>(MESSAGE_BUS);
    subscription = await bus.subscribe(
      PROVIDER_CHANGES_TOPIC,
      `webhooks-test-${randomUUID()}`,
      async (message) => {
        received.push({ key: message.key, message: JSON.parse(message.value.toString('utf8')) as ProviderChangeMessage });
      },
      { fromBeginning: false },
    );
    groupId = await northwindGroup(context);
  });

  afterAll(async () => {
    await subscription?.close();
    await context?.close();
    await sim?.close();
  });

  it('the reconciler subscribes at the simulator to the current employees of each company with an active group', async () => {
    const response = await request(server).post(`${WEBHOOKS}/subscriptions/reconcile`).set(asA).expect(200);
    expect(response.body).toMatchObject({ success: true, ran: true, provider: 'coresignal', watched: 1, subscriptions: { active: 1, expiring_soon: 0, failed: 0, pending: 0 } });
    expect(response.body.actions).toEqual([expect.objectContaining({ action: 'create', companyId: String(NORTHWIND), outcome: 'ok' })]);

    const [created] = sim.subscriptions();
    expect(sim.subscriptions()).toHaveLength(1);
    expect(created).toMatchObject({ dataset: 'employee_multi_source', type: 'es_dsl', status: 'active' });
    expect(created.webhook_url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/api/intelligence/buyer-group-v2/webhooks/coresignal/[A-Za-z0-9_-]{43}$`));
    expect(JSON.stringify(created.es_dsl_query)).toContain(`{"term":{"active_experience_company_id":${NORTHWIND}}}`);
    token = tokenOf(created.webhook_url);

    // only the token's hash is stored
    const rows = await sqlQuery<{ token_hash: string; provider_subscription_id: string; status: string; coverage: string }>(db.em.fork(), 'select * from webhook_subscriptions');
    expect(rows).toEqual([expect.objectContaining({ token_hash: hashWebhookToken(token), provider_subscription_id: created.id, status: 'active', coverage: 'listed' })]);
    expect(JSON.stringify(rows)).not.toContain(token);

    // a second run has nothing to do
    const again = await request(server).post(`${WEBHOOKS}/subscriptions/reconcile`).set(asA).expect(200);
    expect(again.body.actions).toEqual([]);
    const listed = await request(server).get(`${WEBHOOKS}/subscriptions`).set(asA).expect(200);
    expect(listed.body.items).toEqual([expect.objectContaining({ companyId: String(NORTHWIND), status: 'active', providerSubscriptionId: created.id, lastError: null })]);
  });

  it("the simulator's delivery reaches the endpoint: 202 after the bus has one message per accepted notice, keyed by company", async () => {
    const before = received.length;
    const notices = [
      { member_id: 3, status: 'changed', changed_fields: ['active_experience_title'] }, // a group member
      { member_id: 9001, status: 'started_matching_query', changed_fields: null }, // a new hire
      { member_id: 30, status: 'stopped_matching_query', changed_fields: null }, // listed as a current employee
      { member_id: 41, status: 'changed', changed_fields: ['headline'] }, // works elsewhere: unknown here
    ];
    const answer = await sim.deliverWebhook(sim.subscriptions()[0].webhook_url, notices as never);
    expect(answer.status).toBe(202);
    const body = JSON.parse(answer.body);
    expect(body).toMatchObject({ success: true, duplicate: false, notices: 4, published: 3, rejected: [expect.objectContaining({ index: 3, id: '41' })] });
    expect(body.deliveryId).toMatch(/^cs-[0-9a-f]{40}$/);

    // the answer came after the publish resolved: the messages are on the bus already
    await waitFor(() => received.length >= before + 3, 5_000, () => 'three messages on provider.changes');
    const mine = received.slice(before);
    expect(mine.map((entry) => entry.key)).toEqual([String(NORTHWIND), String(NORTHWIND), String(NORTHWIND)]);
    expect(mine.map((entry) => entry.message)).toEqual([
      expect.objectContaining({ noticeId: `coresignal:${body.deliveryId}:0`, deliveryId: body.deliveryId, source: 'coresignal', kind: 'employee.updated', status: 'changed', personId: '3', companyId: String(NORTHWIND), changedFields: ['active_experience_title'] }),
      expect.objectContaining({ noticeId: `coresignal:${body.deliveryId}:1`, kind: 'employee.added', status: 'started_matching_query', personId: '9001', changedFields: null }),
      expect.objectContaining({ noticeId: `coresignal:${body.deliveryId}:2`, kind: 'employee.deleted', status: 'stopped_matching_query', personId: '30' }),
    ]);
    expect(Date.now() - Date.parse(mine[0].message.receivedAt)).toBeLessThan(60_000);
    expect(await deliveryRows(db)).toBe(1);

    // Coresignal retries: the same delivery again is a duplicate, ignored
    const retry = await sim.deliverWebhook(sim.subscriptions()[0].webhook_url, notices as never);
    expect(retry.status).toBe(200);
    expect(JSON.parse(retry.body)).toMatchObject({ duplicate: true, deliveryId: body.deliveryId, published: 0, message: 'duplicate delivery, ignored' });
    await sleep(100);
    expect(received.length).toBe(before + 3);
    expect(await deliveryRows(db)).toBe(1);

    // the new hire is now covered: a later change of theirs is accepted
    const later = await deliver(token, [{ member_id: 9001, status: 'changed', changed_fields: ['headline'] }]).expect(202);
    expect(later.body).toMatchObject({ published: 1, rejected: [] });
    await waitFor(() => received.length >= before + 4, 5_000, () => 'the later change');
  });

  it('answers every bad delivery with the right 4xx, publishes nothing and writes no row', async () => {
    const before = received.length;
    const rows = await deliveryRows(db);
    const cases: [string, () => request.Test, number, string, RegExp?][] = [
      ['unknown token', () => deliver(newWebhookToken(), [{ member_id: 3, status: 'changed' }]), 401, 'INVALID_WEBHOOK_SIGNATURE', /^Invalid webhook signature$/],
      ['malformed token', () => deliver('abc', [{ member_id: 3, status: 'changed' }]), 401, 'INVALID_WEBHOOK_SIGNATURE'],
      ['token with a character changed', () => deliver(`${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`, [{ member_id: 3, status: 'changed' }]), 401, 'INVALID_WEBHOOK_SIGNATURE'],
      ['malformed JSON', () => deliver(token, '[{"member_id": 3, "status": "changed"'), 400, 'BAD_REQUEST', /not valid JSON/],
      ['empty body', () => deliver(token, ''), 400, 'BAD_REQUEST', /empty/],
      ['not an array', () => deliver(token, { member_id: 3, status: 'changed' }), 400, 'VALIDATION_FAILED', /^body: must be a JSON array/],
      ['a wrong field', () => deliver(token, [{ member_id: 3, status: 'changed' }, { member_id: 'x', status: 'changed' }]), 400, 'VALIDATION_FAILED', /^\[1\]\.member_id: /],
      ['unknown member ids only', () => deliver(token, [{ member_id: 41, status: 'changed' }, { member_id: 42, status: 'stopped_matching_query' }]), 422, 'UNKNOWN_MEMBERS', /41, 42/],
      ['gzip body', () => request(server).post(`${WEBHOOKS}/coresignal/${token}`).set('content-type', 'application/json').set('content-encoding', 'gzip').send('[]'), 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ];
    for (const [what, send, status, code, message] of cases) {
      const response = await send();
      expect({ what, status: response.status, code: response.body?.error?.code }).toEqual({ what, status, code });
      expect(response.body.success).toBe(false);
      if (message) expect(response.body.error.message).toMatch(message);
    }
    await sleep(100);
    expect(received.length).toBe(before);
    expect(await deliveryRows(db)).toBe(rows);
  });

  it('refuses a 10 MB body with 413 without reading it: at once from its Content-Length, at the limit when chunked', async () => {
    const rows = await deliveryRows(db);
    const before = received.length;
    const megabyte = Buffer.alloc(1024 * 1024, 0x20);
    /** POSTs `chunks` megabytes (or only the first when `stopAfterFirst`), resolving with the answer's status. */
    const post = (headers: Record<string, string>, chunks: number, stopAfterFirst = false) =>
      new Promise<{ status: number; body: string; sentMb: number }>((resolve, reject) => {
        let sentMb = 0;
        const outgoing = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: `${WEBHOOKS}/coresignal/${token}`, headers: { 'content-type': 'application/json', ...headers } }, (response) => {
          let body = '';
          response.on('data', (chunk: Buffer) => (body += chunk.toString()));
          response.on('end', () => {
            resolve({ status: response.statusCode ?? 0, body, sentMb });
            outgoing.destroy();
          });
        });
        outgoing.on('error', (error) => (outgoing.destroyed ? undefined : reject(error)));
        const write = () => {
          while (sentMb < (stopAfterFirst ? 1 : chunks)) {
            sentMb++;
            if (!outgoing.write(megabyte)) return outgoing.once('drain', write);
          }
          if (!stopAfterFirst) outgoing.end();
        };
        write();
      });
    // declared 10 MB, only 1 MB sent: the answer does not wait for the rest
    const declared = await post({ 'content-length': String(10 * 1024 * 1024) }, 10, true);
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body).error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: 'request body is larger than the limit (MAX_BODY_BYTES)' });
    const chunked = await post({ 'transfer-encoding': 'chunked' }, 10);
    expect(chunked.status).toBe(413);
    await request(server).get('/feature-flags').expect(200);
    expect(received.length).toBe(before);
    expect(await deliveryRows(db)).toBe(rows);
  });

  it('the signed form: verified over the raw bytes, replays and stale or wrong signatures refused', async () => {
    const before = received.length;
    const rows = await deliveryRows(db);
    // spacing and key order as the producer wrote them: the signature covers these exact bytes
    const body = '[ {"kind":"employee.updated", "companyId":"2001", "personId":"5", "changedFields":["active_experience_title"]},\n  {"kind":"company.updated","companyId":"2002"} ]';
    const id = `hr-${randomUUID()}`;
    const now = Math.floor(Date.now() / 1000);
    const accepted = await signed(body, { id, ts: now }).expect(202);
    expect(accepted.body).toMatchObject({ success: true, deliveryId: id, notices: 2, published: 1, rejected: [expect.objectContaining({ index: 1, id: '2002' })] });
    await waitFor(() => received.length >= before + 1, 5_000, () => 'the signed event on provider.changes');
    expect(received[before]).toEqual({
      key: String(NORTHWIND),
      message: expect.objectContaining({ noticeId: `signed:${id}:0`, deliveryId: id, source: 'signed', kind: 'employee.updated', personId: '5', companyId: String(NORTHWIND), changedFields: ['active_experience_title'] }),
    });
    expect(received[before].message.status).toBeUndefined();

    const reformatted = JSON.stringify(JSON.parse(body));
    const cases: [string, () => request.Test, number, string][] = [
      ['the same delivery id again', () => signed(body, { id, ts: now }), 409, 'DUPLICATE_DELIVERY'],
      ['the same signed request under a new delivery id', () => signed(body, { ts: now }), 409, 'DUPLICATE_DELIVERY'],
      ['a signature over other bytes', () => signed(reformatted, { signature: signWebhookBody(SECRET, now, body), ts: now }), 401, 'INVALID_WEBHOOK_SIGNATURE'],
      ['another secret', () => signed(body, { secret: 'not-the-secret' }), 401, 'INVALID_WEBHOOK_SIGNATURE'],
      ['a stale timestamp (6 minutes)', () => signed(body, { ts: now - 360 }), 401, 'INVALID_WEBHOOK_SIGNATURE'],
      ['a timestamp from the future', () => signed(body, { ts: now + 360 }), 401, 'INVALID_WEBHOOK_SIGNATURE'],
      ['no signature', () => request(server).post(`${WEBHOOKS}/events`).set('content-type', 'application/json').set('x-timestamp', String(now)).set('x-delivery-id', 'x').send(body), 401, 'INVALID_WEBHOOK_SIGNATURE'],
      ['a malformed delivery id', () => signed(body, { id: 'has spaces in it' }), 400, 'VALIDATION_FAILED'],
      ['malformed JSON, correctly signed', () => signed('[{"kind":', {}), 400, 'BAD_REQUEST'],
      ['a wrong field, correctly signed', () => signed('[{"kind":"employee.added","companyId":"2001"}]', {}), 400, 'VALIDATION_FAILED'],
      ['unknown people and companies only', () => signed('[{"kind":"employee.deleted","companyId":"2001","personId":"4242"},{"kind":"company.merged","companyId":"77","mergedIntoCompanyId":"78"}]', {}), 422, 'UNKNOWN_MEMBERS'],
    ];
    for (const [what, send, status, code] of cases) {
      const response = await send();
      expect({ what, status: response.status, code: response.body?.error?.code }).toEqual({ what, status, code });
      if (status === 401) expect(response.body.error.message).toBe('Invalid webhook signature');
    }
    await sleep(100);
    expect(received.length).toBe(before + 1);
    expect(await deliveryRows(db)).toBe(rows + 1);
  });

  it('acknowledges only once the bus has the messages; a failure after publishing makes the retry publish again, never lose', async () => {
    const before = received.length;
    const rows = await deliveryRows(db);
    const notices = [{ member_id: 4, status: 'changed', changed_fields: ['headline'] }];
    const publish = jest.spyOn(bus, 'publish').mockRejectedValueOnce(new Error('broker unavailable'));
    try {
      const refused = await deliver(token, notices).expect(503);
      expect(refused.body.error.code).toBe('SERVICE_UNAVAILABLE');
    } finally {
      publish.mockRestore();
    }
    expect(await deliveryRows(db)).toBe(rows);

    // published, then the process "dies" before the delivery is recorded
    const store = context.app.get(WebhookStore);
    const record = jest.spyOn(store, 'recordDelivery').mockRejectedValueOnce(new Error('crashed'));
    try {
      await deliver(token, notices).expect(500);
    } finally {
      record.mockRestore();
    }
    await waitFor(() => received.length >= before + 1, 5_000, () => 'the message published before the crash');
    // Coresignal retries: published again with the same notice id (consumers dedupe on it), recorded this time
    const retried = await deliver(token, notices).expect(202);
    await waitFor(() => received.length >= before + 2, 5_000, () => 'the re-published message');
    expect(received[before + 1].message.noticeId).toBe(received[before].message.noticeId);
    expect(received[before + 1].message.noticeId).toBe(`coresignal:${retried.body.deliveryId}:0`);
    expect(await deliveryRows(db)).toBe(rows + 1);
    await deliver(token, notices).expect(200);
  });

  it('reports delivery outcomes and subscription health in /metrics and /health', async () => {
    const metrics = (await request(server).get('/metrics').expect(200)).text;
    expect(metrics).toMatch(/bgi_webhook_deliveries_total\{form="coresignal",outcome="accepted"\} [1-9]/);
    expect(metrics).toMatch(/bgi_webhook_deliveries_total\{form="coresignal",outcome="duplicate"\} [1-9]/);
    expect(metrics).toMatch(/bgi_webhook_deliveries_total\{form="coresignal",outcome="unauthorized"\} 3/);
    expect(metrics).toMatch(/bgi_webhook_deliveries_total\{form="signed",outcome="replayed"\} 2/);
    expect(metrics).toMatch(/bgi_webhook_deliveries_total\{form="coresignal",outcome="unknown_members"\} 1/);
    expect(metrics).toMatch(/bgi_webhook_notices_published_total\{source="coresignal",kind="employee.updated"\} [1-9]/);
    expect(metrics).toMatch(/bgi_webhook_subscriptions\{state="active"\} 1/);
    expect(metrics).toMatch(/bgi_webhook_subscriptions\{state="failed"\} 0/);
    expect(metrics).toMatch(/bgi_subscription_reconcile_actions_total\{action="create",outcome="ok"\} 1/);
    // the token never reaches the metrics (the route is labelled by its pattern)
    expect(metrics).not.toContain(token);

    const health = await request(server).get('/health');
    expect(health.body.checks.subscriptions).toMatchObject({
      status: 'up',
      provider: 'coresignal',
      subscriptions: { active: 1, expiring_soon: 0, failed: 0, pending: 0 },
      signedDeliveries: 'enabled',
      lastDelivery: expect.objectContaining({ source: expect.any(String) }),
    });
  });

  it('renews before expiry, replaces a subscription the provider will not renew past a year, deletes it with the last group', async () => {
    const first = sim.subscriptions()[0];
    // 80 days on, 11 days before expiry: renewed (SUBSCRIPTION_RENEW_DAYS 14)
    let report = await reconcileAt(80);
    expect(report).toMatchObject({ ran: true, actions: [expect.objectContaining({ action: 'renew', outcome: 'ok' })] });
    expect(Date.parse(sim.subscriptions()[0].expires_at)).toBe(start + (80 + 91) * DAY);
    const [row] = await sqlQuery<{ expires_at: string; renewed_at: string }>(db.em.fork(), `select expires_at, renewed_at from webhook_subscriptions where status = 'active'`);
    expect(Date.parse(row.expires_at)).toBe(start + (80 + 91) * DAY);
    expect(Date.parse(row.renewed_at)).toBe(start + 80 * DAY);
    expect(actionsOf(await reconcileAt(100))).toEqual([]); // far from expiry again

    // renewals up to a year after creation, then the provider refuses (422) and a new subscription takes over
    for (const day of [160, 240, 320]) expect(actionsOf(await reconcileAt(day))).toEqual([expect.objectContaining({ action: 'renew', outcome: 'ok' })]);
    expect(Date.parse(sim.subscriptions()[0].expires_at)).toBe(start + 365 * DAY);
    report = await reconcileAt(355);
    expect(actionsOf(report)).toEqual([expect.objectContaining({ action: 'replace', outcome: 'ok', detail: expect.stringMatching(/renewal refused/) })]);
    const [second] = sim.subscriptions();
    expect(sim.subscriptions()).toHaveLength(1);
    expect(second.id).not.toBe(first.id);
    expect(second.webhook_url).not.toBe(first.webhook_url);
    // the old token is dead, the new one works
    await deliver(tokenOf(first.webhook_url), [{ member_id: 3, status: 'changed' }]).expect(401);
    await deliver(tokenOf(second.webhook_url), [{ member_id: 3, status: 'changed', changed_fields: ['summary'] }]).expect(202);

    // the company's last active group is archived: its subscription goes
    await context.commands.execute(new ChangeBuyerGroupCommand(groupId, { kind: 'ArchiveBuyerGroup', reason: 'lost deal' }, meta));
    report = await reconcileAt(356);
    expect(report).toMatchObject({ ran: true, watched: 0, actions: [expect.objectContaining({ action: 'delete', outcome: 'ok' })], subscriptions: { active: 0 } });
    expect(sim.subscriptions()).toEqual([]);
    await deliver(tokenOf(second.webhook_url), [{ member_id: 3, status: 'changed' }]).expect(401);
  });

  it('reconciles on a schedule (SUBSCRIPTIONS_CRON) as well as on demand', () => {
    const job = context.app.get(SchedulerRegistry).getCronJob('reconcile-subscriptions');
    expect(job.isActive).toBe(true);
    expect(job.nextDate().toJSDate().getTime()).toBeGreaterThan(Date.now());
  });

  it('one instance reconciles at a time', async () => {
    let inner: ReconcileReport | undefined;
    const outer = await context.commands.execute(
      new ReconcileSubscriptionsCommand({
        whileLocked: async () => {
          inner = await context.commands.execute(new ReconcileSubscriptionsCommand());
        },
      }),
    );
    expect(outer.ran).toBe(true);
    expect(inner).toEqual({ ran: false, reason: 'another instance is reconciling' });
  });
});

const brokers = kafkaBrokers();

(brokers ? describe : describe.skip)('webhooks over a real Kafka broker, local dataset', () => {
  let context: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  let kafka: Kafka;
  const topic = `webhooks-test.provider-changes.${randomUUID()}`;

  beforeAll(async () => {
    context = await startTestApp('webhooks_kafka', { kafkaBrokers: brokers!, providerChangesTopic: topic, revalidationCron: null, realTimeUpdates: false });
    server = context.app.getHttpServer();
    kafka = new Kafka({ clientId: 'webhooks-test-reader', brokers: brokers!, logLevel: logLevel.NOTHING });
  });

  afterAll(async () => {
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin.disconnect();
    await context?.close();
  });

  it('the local dataset has no subscriptions to reconcile, and nothing is scheduled', async () => {
    expect(() => context.app.get(SchedulerRegistry).getCronJob('reconcile-subscriptions')).toThrow();
    const response = await request(server).post(`${WEBHOOKS}/subscriptions/reconcile`).set(asA).expect(200);
    expect(response.body).toMatchObject({ ran: true, provider: 'local dataset: no subscriptions', actions: [] });
    const health = await request(server).get('/health');
    expect(health.body.checks.subscriptions).toMatchObject({ status: 'not_configured', provider: 'local dataset: no subscriptions' });
  });

  it('a valid delivery is acknowledged once Kafka has its messages: a plain kafkajs consumer reads them, keyed by company', async () => {
    await northwindGroup(context);
    const store = context.app.get(WebhookStore);
    const token = newWebhookToken();
    const id = randomUUID();
    await store.insertPending({ id, provider: 'coresignal', kind: 'company_employees', companyId: String(NORTHWIND), workspaces: ['alpha'], tokenHash: hashWebhookToken(token), now: new Date() });
    await store.markActive(id, 'kafka-test-subscription', new Date(Date.now() + 91 * DAY), null);
    await store.addMembers(id, ['7', '8']);

    const response = await request(server)
      .post(`${WEBHOOKS}/coresignal/${token}`)
      .set('content-type', 'application/json')
      .send(JSON.stringify([
        { member_id: 7, status: 'changed', changed_fields: ['active_experience_title'] },
        { member_id: 2, status: 'stopped_matching_query', changed_fields: null },
      ]))
      .expect(202);
    expect(response.body).toMatchObject({ published: 2, rejected: [] });

    // acknowledged means stored: a consumer that joins afterwards, from the beginning, finds both
    const consumer = kafka.consumer({ groupId: `webhooks-test-${randomUUID()}`, maxWaitTimeInMs: 50 });
    const seen: { key: string | null; value: ProviderChangeMessage; headers: Record<string, string> }[] = [];
    await consumer.connect();
    try {
      await consumer.subscribe({ topics: [topic], fromBeginning: true });
      await consumer.run({
        eachMessage: async ({ message }) => {
          seen.push({
            key: message.key?.toString() ?? null,
            value: JSON.parse(message.value!.toString()) as ProviderChangeMessage,
            headers: Object.fromEntries(Object.entries(message.headers ?? {}).map(([name, value]) => [name, String(value)])),
          });
        },
      });
      await waitFor(() => seen.length >= 2, 30_000, () => `two messages on ${topic}`);
    } finally {
      await consumer.disconnect();
    }
    expect(seen.map((entry) => entry.key)).toEqual([String(NORTHWIND), String(NORTHWIND)]);
    expect(seen.map((entry) => entry.value)).toEqual([
      expect.objectContaining({ noticeId: `coresignal:${response.body.deliveryId}:0`, kind: 'employee.updated', personId: '7', companyId: String(NORTHWIND), source: 'coresignal' }),
      expect.objectContaining({ noticeId: `coresignal:${response.body.deliveryId}:1`, kind: 'employee.deleted', status: 'stopped_matching_query', personId: '2' }),
    ]);
    expect(seen[0].headers).toMatchObject({ 'content-type': 'application/json', 'notice-id': seen[0].value.noticeId });

    // and a bad one leaves nothing on Kafka
    await request(server).post(`${WEBHOOKS}/coresignal/${newWebhookToken()}`).set('content-type', 'application/json').send('[{"member_id":7,"status":"changed"}]').expect(401);
    const admin = kafka.admin();
    await admin.connect();
    const offsets = await admin.fetchTopicOffsets(topic);
    await admin.disconnect();
    expect(offsets.reduce((sum, partition) => sum + Number(partition.high), 0)).toBe(2);
  });
});
