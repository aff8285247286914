import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import request from 'supertest';
import type { BuyerGroupRole } from '../src/modules/discovery/domain/buyer-group-role.js';
import { DATABASE, type Database } from '../src/shared/database/database.js';
import { sqlQuery } from '../src/shared/database/sql.js';
import { BUYER_GROUP_EVENTS_TOPIC, type EventCloudEvent } from '../src/shared/event-store/event-relay.js';
import { DLQ_HEADERS, MESSAGE_BUS, deadLetterTopic, type MessageBus } from '../src/shared/messaging/message-bus.js';
import type { ProviderChangeMessage } from '../src/shared/messaging/provider-change.message.js';
import { Metrics } from '../src/shared/observability/metrics.js';
import { MutableDataset } from '../tools/coresignal-simulator/mutable-dataset.js';
import { createSimulator, type Simulator } from '../tools/coresignal-simulator/simulator.js';
import { waitFor } from './support/message-bus-contract.js';
import { companyRecord, employeeRecord, movedTo, notice, publishNotices, retitled, type Job } from './support/realtime-fixture.js';
import { kafkaBrokers, redisUrl } from './support/services.js';
import { readTopicPlainly, type Received } from './support/plain-kafka-reader.js';
import { startTestApp, WORKSPACE_A, type TestApp } from './support/test-app.js';

/**
 * Provider changes end to end (issue 5): a group discovered from the simulator, the service's subscription there, and
 * then the people change — the test changes the simulator's dataset as a provider's data changes, and the simulator
 * delivers Coresignal's notices to the webhook endpoint (or the test publishes ProviderChangeMessages to the topic
 * directly, as the webhooks module does). The buyer-group updater re-collects each person through the Coresignal
 * adapter and updates the group: projections, history, and the CloudEvents on buyer-group.events, read by a consumer
 * that knows nothing of the project. Over real Kafka (with Bull on Redis) and over the in-process bus.
 */

const KEY = 'realtime0test0key000000000000001';
const BASE = '/api/intelligence/buyer-group-v2';
const asA = { 'x-api-key': WORKSPACE_A.key };
const TIMEOUT = 30_000;

const ACME = companyRecord(5001, 'Acme Revenue Cloud', 400);
const GLOBEX = companyRecord(5002, 'Globex Systems', 2500);
const job = (title: string, department: string, level: Job['level']): Job => ({ title, department, level });
const ROSTER: [number, string, Job][] = [
  [500101, 'Vera Sales', job('VP Sales', 'Sales', 'VP-Level')],
  [500102, 'Rita Revops', job('Director of Revenue Operations', 'Sales', 'Director')],
  [500103, 'Hugo Salesops', job('Head of Sales Operations', 'Sales', 'Director')],
  [500104, 'Sam Ops', job('Sales Operations Manager', 'Sales', 'Manager')],
  [500105, 'Enzo Enable', job('Sales Enablement Manager', 'Sales', 'Manager')],
  [500106, 'Lena Counsel', job('General Counsel', 'Legal', 'VP-Level')],
  [500107, 'Andy Exec', job('Account Executive', 'Sales', 'Mid-Level')],
  [500108, 'Amy Exec', job('Account Executive', 'Sales', 'Mid-Level')],
  ...[0, 1, 2, 3].map((n): [number, string, Job] => [500110 + n, `Eng Number${n}`, job('Software Engineer', 'Engineering and Technical', 'Mid-Level')]),
];
const RITA = 500102;
const ENZO = 500105;
const LENA = 500106;
const ANDY = 500107;
const ENGINEER = 500110;
const NEW_VP = 500120;

interface Member {
  id: string;
  personId: string;
  title: string;
  role: BuyerGroupRole;
  reasons: string[];
}
interface HistoryEntry {
  eventId: string;
  version: number;
  type: string;
  cause: { source: string; actor: string; correlationId: string; causationId?: string };
  data: Record<string, unknown>;
}
/** How a transport is read by a consumer that knows nothing of the project. */
interface Transport {
  name: string;
  brokers?: string[];
  /** the real deployment's job queues (Bull on Redis) alongside Kafka */
  redis?: string;
  consume(bus: MessageBus, topic: string): Promise<{ received: Received[]; close(): Promise<void> }>;
  /** removes the topics a scenario made */
  dropTopics?(topics: string[]): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function scenarios(transport: Transport): void {
  let sim: Simulator;
  let dataset: MutableDataset;
  let context: TestApp;
  let db: Database;
  let bus: MessageBus;
  let topic: string;
  let groupId: string;
  let eventsOut: { received: Received[]; close(): Promise<void> };
  /** where the simulator delivers Coresignal's notices for Acme: the subscription the service created there */
  let webhookUrl: string;
  /** the title change of the second scenario, delivered again in the third */
  let promoted: ProviderChangeMessage;
  const server = () => context.app.getHttpServer();

  const publish = (...notices: ProviderChangeMessage[]) => publishNotices(bus, topic, notices);
  const history = async (): Promise<HistoryEntry[]> => (await request(server()).get(`${BASE}/${groupId}/history`).set(asA).expect(200)).body.history;
  const members = async (): Promise<Member[]> => (await request(server()).get(`${BASE}/${groupId}`).set(asA).expect(200)).body.buyerGroup.members;
  const applied = async (noticeId: string): Promise<{ groups_changed: number; events: number } | undefined> =>
    (await sqlQuery<{ groups_changed: number; events: number }>(db.em.fork(), 'select groups_changed, events from provider_change_notices where notice_id = ?', [noticeId]))[0];
  const eventually = async (check: () => Promise<boolean>, what: string) => {
    const deadline = Date.now() + TIMEOUT;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`${transport.name}: timed out waiting for ${what}`);
      await sleep(50);
    }
  };
  const collectsOf = (id: number) => sim.ledger.purchases('employee').get(id) ?? 0;

  beforeAll(async () => {
    dataset = new MutableDataset(
      [ACME, GLOBEX],
      ROSTER.map(([id, name, each]) => employeeRecord(id, name, ACME, each)),
    );
    sim = await createSimulator({ dataset, apiKeys: [KEY], rateLimit: 0 });
    const suffix = randomUUID().slice(0, 8);
    topic = `provider.changes.test-${suffix}`;
    context = await startTestApp(`provider_changes_${transport.name}`, {
      coresignalApiKey: KEY,
      coresignalBaseUrl: sim.url,
      coresignalRateLimit: 1000,
      kafkaBrokers: transport.brokers ?? [],
      providerChangesTopic: topic,
      providerChangesGroup: `buyer-group-updater-test-${suffix}`,
      subscriptionsCron: null,
      revalidationCron: null,
      ...(transport.redis ? { redisUrl: transport.redis, jobsPrefix: `bgi-test-${suffix}` } : {}),
    });
    await context.app.listen(0, '127.0.0.1');
    db = context.app.get(DATABASE);
    bus = context.app.get(MESSAGE_BUS);
    expect(bus.kind).toBe(transport.brokers ? 'kafka' : 'in-process');
    const discovered = await request(server())
      .post(BASE)
      .set(asA)
      .send({ companyId: String(ACME.id), sellerProfile: { solutionCategory: 'revenue_technology' }, enrichmentLevel: 'identify', saveToDatabase: true })
      .expect(200);
    groupId = discovered.body.buyerGroup.id;
    const roles = Object.fromEntries((discovered.body.buyerGroup.members as Member[]).map((member) => [member.personId, member.role]));
    // the group this scenario starts from: a decision maker, three champions (one fills an open seat), a blocker, an
    // introducer; Enzo (a fourth champion) and Amy (a second introducer) are left out
    expect(roles).toEqual({
      '500101': 'decision_maker',
      '500102': 'champion',
      '500103': 'champion',
      '500104': 'champion',
      '500106': 'blocker',
      '500107': 'introducer',
    });
    // the service subscribes at the simulator to Acme's employees, with a callback to its webhook endpoint
    await request(server()).post(`${BASE}/webhooks/subscriptions/reconcile`).set(asA).expect(200);
    webhookUrl = sim.subscriptions().find((subscription) => JSON.stringify(subscription.es_dsl_query).includes(String(ACME.id)))!.webhook_url;
    await bus.ensureTopics([BUYER_GROUP_EVENTS_TOPIC]);
    eventsOut = await transport.consume(bus, BUYER_GROUP_EVENTS_TOPIC);
  });
  afterAll(async () => {
    await eventsOut?.close();
    await context?.close();
    await sim?.close();
    await transport.dropTopics?.([topic, deadLetterTopic(topic)]);
  });

  it('a champion who left: MemberRemoved(left_company) and a replacement; a new VP who joined: MemberAdded; on buyer-group.events too', async () => {
    const before = (await history()).length;
    dataset.update(RITA, (rita) => movedTo(rita, GLOBEX, job('VP Revenue Operations', 'Sales', 'VP-Level')));
    dataset.put(employeeRecord(NEW_VP, 'Mark Eting', ACME, job('VP Marketing', 'Marketing', 'VP-Level')));
    // Coresignal's delivery, through the webhook endpoint: the service re-collects each person to learn what changed
    const started = Date.now();
    const delivered = await sim.deliverWebhook(webhookUrl, [
      { member_id: RITA, status: 'stopped_matching_query', changed_fields: ['experience'] },
      { member_id: NEW_VP, status: 'started_matching_query', changed_fields: null },
    ]);
    expect(delivered.status).toBe(202);
    const { deliveryId } = JSON.parse(delivered.body) as { deliveryId: string };
    const noticeOf = async (personId: number) =>
      (await sqlQuery<{ notice_id: string }>(db.em.fork(), 'select notice_id from provider_change_notices where delivery_id = ? and person_id = ?', [deliveryId, String(personId)]))[0]?.notice_id;
    await eventually(async () => (await noticeOf(RITA)) !== undefined && (await noticeOf(NEW_VP)) !== undefined, 'both notices');
    console.log(`${transport.name}: a delivery of two notices applied ${Date.now() - started} ms after the simulator posted it`);
    const left = { noticeId: (await noticeOf(RITA))!, deliveryId };
    const joined = { noticeId: (await noticeOf(NEW_VP))! };
    const changes = (await history()).slice(before);
    const removed = changes.find((entry) => entry.type === 'MemberRemoved');
    expect(removed?.data).toMatchObject({ personId: String(RITA), reason: 'left_company' });
    const added = changes.filter((entry) => entry.type === 'MemberAdded');
    expect(added.map((entry) => entry.data.personId).sort()).toEqual([String(ENZO), String(NEW_VP)]);
    const replacement = added.find((entry) => entry.data.personId === String(ENZO))!;
    expect(replacement.data).toMatchObject({ role: 'champion' });
    expect((replacement.data.reasons as string[]).join(' | ')).toMatch(/replaces champion member .* who left the company: currently works at another company/);
    const vp = added.find((entry) => entry.data.personId === String(NEW_VP))!;
    expect(vp.data).toMatchObject({ role: 'stakeholder', title: 'VP Marketing' });
    expect((vp.data.reasons as string[]).join(' | ')).toMatch(/fills an open stakeholder seat .* added after a provider change \(employee\.added, notice /);
    expect(removed!.cause.actor).toBe('provider:coresignal');
    // identify level: no e-mail, though the re-collect brought one
    expect(vp.data.email).toBeUndefined();
    for (const entry of changes) {
      expect(entry.cause).toMatchObject({ source: 'webhook', actor: 'provider:coresignal', correlationId: left.deliveryId });
    }
    expect(removed!.cause.causationId).toBe(left.noticeId);
    expect(vp.cause.causationId).toBe(joined.noticeId);

    const now = await members();
    expect(now.map((member) => member.personId)).not.toContain(String(RITA));
    expect(now.find((member) => member.personId === String(ENZO))).toMatchObject({ role: 'champion' });
    expect(now.find((member) => member.personId === String(NEW_VP))).toMatchObject({ role: 'stakeholder' });
    expect(await applied(left.noticeId)).toEqual({ groups_changed: 1, events: 2 });

    // the same changes as CloudEvents, for consumers outside the project
    await waitFor(
      () => changes.every((entry) => eventsOut.received.some((message) => (JSON.parse(message.value.toString()) as EventCloudEvent).id === entry.eventId)),
      TIMEOUT,
      () => `${changes.length} CloudEvents on ${BUYER_GROUP_EVENTS_TOPIC}`,
    );
    for (const entry of changes) {
      const message = eventsOut.received.find((each) => (JSON.parse(each.value.toString()) as EventCloudEvent).id === entry.eventId)!;
      const cloudEvent = JSON.parse(message.value.toString()) as EventCloudEvent;
      expect(message.key).toBe(groupId);
      expect(cloudEvent).toMatchObject({
        specversion: '1.0',
        type: `com.buyergroup.${entry.type}`,
        subject: groupId,
        streamversion: entry.version,
        changesource: 'webhook',
        correlationid: left.deliveryId,
        causationid: entry.cause.causationId,
        data: JSON.parse(JSON.stringify(entry.data)),
      });
    }
  });

  it('a title change re-classifies the member: MemberUpdated and MemberRoleChanged', async () => {
    const before = (await history()).length;
    dataset.update(ANDY, (andy) => retitled(andy, job('Sales Operations Manager', 'Sales', 'Manager')));
    promoted = notice({ kind: 'employee.updated', companyId: String(ACME.id), personId: String(ANDY), changedFields: ['active_experience_title'] });
    await publish(promoted);
    await eventually(async () => (await applied(promoted.noticeId)) !== undefined, 'the title change');
    const changes = (await history()).slice(before);
    expect(changes.map((entry) => entry.type)).toEqual(['MemberUpdated', 'MemberRoleChanged']);
    expect(changes[0]!.data.changes).toMatchObject({ title: 'Sales Operations Manager' });
    expect(changes[1]!.data).toMatchObject({ from: 'introducer', to: 'champion', overridden: false });
    expect((await members()).find((member) => member.personId === String(ANDY))).toMatchObject({ title: 'Sales Operations Manager', role: 'champion' });
  });

  it('the same notice twice changes nothing; 100 notices about one person cost one collect', async () => {
    const before = await history();
    // the same notice redelivered (its id is known), and the same change sent again as a new notice (a new id: the
    // group already holds what it says, so deciding gives nothing)
    const resent = { ...promoted, noticeId: randomUUID(), deliveryId: randomUUID(), receivedAt: new Date().toISOString() };
    const collectsBefore = collectsOf(ENGINEER);
    const sameInstant = new Date().toISOString();
    const burst = Array.from({ length: 100 }, () => notice({ kind: 'employee.updated', companyId: String(ACME.id), personId: String(ENGINEER), receivedAt: sameInstant }));
    await publish(promoted, resent, promoted, ...burst);
    await eventually(async () => (await applied(burst.at(-1)!.noticeId)) !== undefined, 'the last notice of the burst');
    // in order per key: everything published before the burst's last notice was handled
    expect(await applied(resent.noticeId)).toEqual({ groups_changed: 0, events: 0 });
    expect(await applied(promoted.noticeId)).toEqual({ groups_changed: 1, events: 2 });
    expect((await history()).length).toBe(before.length);
    expect(collectsOf(ENGINEER) - collectsBefore).toBe(1);
  });

  it('a deleted profile leaves the group as left_company', async () => {
    const before = (await history()).length;
    dataset.remove(LENA);
    const deleted = notice({ kind: 'employee.deleted', companyId: String(ACME.id), personId: String(LENA) });
    await publish(deleted);
    await eventually(async () => (await applied(deleted.noticeId)) !== undefined, 'the deletion');
    const changes = (await history()).slice(before);
    // no other blocker at Acme: nobody to replace her with
    expect(changes.map((entry) => [entry.type, entry.data.reason])).toEqual([['MemberRemoved', 'left_company']]);
    expect((changes[0]!.data as { personId: string }).personId).toBe(String(LENA));
  });

  it('retries a notice while the provider fails, and applies it once it answers', async () => {
    const before = (await history()).length;
    // every attempt of the adapter's first two collects fails: the notice fails twice, then goes through
    sim.setFaults({ script: { endpoints: ['employee_collect'], steps: Array(8).fill(503) } });
    dataset.update(ENZO, (enzo) => retitled(enzo, job('Senior Sales Enablement Manager', 'Sales', 'Manager')));
    const retitle = notice({ kind: 'employee.updated', companyId: String(ACME.id), personId: String(ENZO) });
    await publish(retitle);
    await eventually(async () => (await applied(retitle.noticeId)) !== undefined, 'the notice after the provider recovered');
    sim.setFaults({});
    expect((await history()).slice(before).map((entry) => entry.type)).toEqual(['MemberUpdated']);
    const failed = sim.ledger.requests.filter((entry) => entry.kind === 'employee_collect' && entry.status === 503).length;
    expect(failed).toBe(8);
    const failures = (await context.app.get(Metrics).registry.getSingleMetric('bgi_messages_failed_total')!.get()).values.find((value) => value.labels.topic === topic);
    expect(failures?.value).toBeGreaterThanOrEqual(2);
  });

  it('sends poison messages to the dead-letter topic with the error, and goes on', async () => {
    const dlq = deadLetterTopic(topic);
    await bus.ensureTopics([dlq]);
    const letters = await transport.consume(bus, dlq);
    try {
      const unknown = { ...notice({ kind: 'employee.updated', companyId: String(ACME.id), personId: String(ANDY) }), kind: 'employee.promoted' };
      const key = String(ACME.id);
      await bus.publish(topic, [
        { key, value: '{"noticeId": "broken', headers: { case: 'invalid-json' } },
        { key, value: JSON.stringify(unknown), headers: { case: 'unknown-kind' } },
      ]);
      const after = notice({ kind: 'employee.updated', companyId: key, personId: String(ENGINEER) });
      await publish(after);
      await waitFor(() => letters.received.length >= 2, TIMEOUT, () => `2 dead letters (got ${letters.received.length})`);
      const byCase = new Map(letters.received.map((letter) => [letter.headers.case, letter]));
      expect(byCase.get('invalid-json')!.headers).toMatchObject({
        [DLQ_HEADERS.error]: expect.stringMatching(/^invalid JSON/),
        [DLQ_HEADERS.errorType]: 'PoisonMessageError',
        [DLQ_HEADERS.attempts]: '5',
        [DLQ_HEADERS.topic]: topic,
      });
      expect(byCase.get('unknown-kind')!.headers[DLQ_HEADERS.error]).toMatch(/unknown kind "employee\.promoted"/);
      expect(byCase.get('unknown-kind')!.value.toString()).toBe(JSON.stringify(unknown));
      // the partition went on past them
      await eventually(async () => (await applied(after.noticeId)) !== undefined, 'a good notice after the poison');
    } finally {
      await letters.close();
    }
  });

  it('company.updated: the group takes the newer record; company.merged: it follows the surviving company, id and all', async () => {
    const company = async () => (await request(server()).get(`${BASE}/${groupId}`).set(asA).expect(200)).body.buyerGroup.company;
    const before = (await history()).length;
    dataset.putCompany({ ...ACME, company_name: 'Acme Revenue Cloud Inc.', employees_count: 450 });
    const updated = notice({ kind: 'company.updated', companyId: String(ACME.id), changedFields: ['company_name', 'employees_count'] });
    await publish(updated);
    await eventually(async () => (await applied(updated.noticeId)) !== undefined, 'the company update');
    expect(await applied(updated.noticeId)).toEqual({ groups_changed: 1, events: 1 });
    expect(await company()).toMatchObject({ id: String(ACME.id), name: 'Acme Revenue Cloud Inc.', employeeCount: 450 });
    // the same record again: nothing to change
    const again = notice({ kind: 'company.updated', companyId: String(ACME.id) });
    await publish(again);
    await eventually(async () => (await applied(again.noticeId)) !== undefined, 'the repeated company update');
    expect(await applied(again.noticeId)).toEqual({ groups_changed: 0, events: 0 });

    const merged = notice({ kind: 'company.merged', companyId: String(ACME.id), mergedIntoCompanyId: String(GLOBEX.id) });
    await publish(merged);
    await eventually(async () => (await applied(merged.noticeId)) !== undefined, 'the merger');
    expect(await company()).toMatchObject({ id: String(GLOBEX.id), name: GLOBEX.company_name, employeeCount: GLOBEX.employees_count });
    const changes = (await history()).slice(before);
    expect(changes.map((entry) => [entry.type, entry.cause.source, entry.cause.causationId])).toEqual([
      ['BuyerGroupDetailsUpdated', 'webhook', updated.noticeId],
      ['BuyerGroupDetailsUpdated', 'webhook', merged.noticeId],
    ]);
    // a merger into a company the provider does not know changes nothing
    const unknown = notice({ kind: 'company.merged', companyId: String(GLOBEX.id), mergedIntoCompanyId: '999999' });
    await publish(unknown);
    await eventually(async () => (await applied(unknown.noticeId)) !== undefined, 'the merger into an unknown company');
    expect(await applied(unknown.noticeId)).toEqual({ groups_changed: 0, events: 0 });
    expect((await company()).id).toBe(String(GLOBEX.id));
  });
}

const brokers = kafkaBrokers();
const redis = brokers ? redisUrl() : undefined;

(brokers ? describe : describe.skip)('provider changes over Kafka', () => {
  const kafka = brokers ? new Kafka({ clientId: 'plain-test-consumer', brokers, logLevel: logLevel.NOTHING }) : undefined;
  scenarios({
    name: 'kafka',
    brokers,
    redis,
    // a plain kafkajs consumer from the end of the topic: JSON values, no project code
    consume: (_bus, topic) => readTopicPlainly(kafka!, topic, true),
    dropTopics: async (topics) => {
      const admin = kafka!.admin();
      await admin.connect();
      await admin.deleteTopics({ topics }).catch(() => undefined);
      await admin.disconnect();
    },
  });
});

describe('provider changes over the in-process bus (embedded mode)', () => {
  scenarios({
    name: 'in_process',
    consume: async (bus, topic) => {
      const received: Received[] = [];
      const subscription = await bus.subscribe(topic, `reader-${randomUUID()}`, async (message) => void received.push({ key: message.key, value: message.value, headers: message.headers }), {
        fromBeginning: false,
      });
      return { received, close: () => subscription.close() };
    },
  });
});
