import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Kafka, logLevel } from 'kafkajs';
import { ChangeBuyerGroupCommand } from '../src/modules/discovery/commands/change-buyer-group/change-buyer-group.command.js';
import { createGroupCommand, sampleMember } from '../src/modules/discovery/domain/buyer-group.fixtures.js';
import { DATABASE, type Database } from '../src/shared/database/database.js';
import { sqlQuery } from '../src/shared/database/sql.js';
import type { EventMetadata, RecordedEvent } from '../src/shared/event-store/event.js';
import { EventStore } from '../src/shared/event-store/event-store.js';
import {
  BUYER_GROUP_EVENTS_TOPIC,
  CLOUDEVENTS_CONTENT_TYPE,
  EventRelay,
  type EventCloudEvent,
  type EventRelayOptions,
} from '../src/shared/event-store/event-relay.js';
import { EventRelayService } from '../src/shared/event-store/event-relay.module.js';
import { MESSAGE_BUS, type MessageBus, type OutgoingMessage } from '../src/shared/messaging/message-bus.js';
import { HealthRegistry } from '../src/shared/observability/health-registry.js';
import { createLogger } from '../src/shared/observability/logger.js';
import { Metrics } from '../src/shared/observability/metrics.js';
import { waitFor } from './support/message-bus-contract.js';
import { kafkaBrokers } from './support/services.js';
import { readTopicPlainly, type Received } from './support/plain-kafka-reader.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const brokers = kafkaBrokers();
const logger = createLogger('silent');
const meta: EventMetadata = { workspaceId: 'alpha', correlationId: 'relay-test', causationId: 'cause-1', actor: 'tester', source: 'system' };
const TIMEOUT = 20_000;

interface Consumer {
  received: Received[];
  close(): Promise<void>;
}

/** How a transport is read and what the relays under test publish through. */
interface Transport {
  context: TestApp;
  db: Database;
  store: EventStore;
  bus: MessageBus;
  /** a consumer of the topic that knows nothing of the project (Kafka: plain kafkajs; in-process: the bus itself) */
  consume(topic: string, onlyNew?: boolean): Promise<Consumer>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Appends `perGroup` events to each group in chunks of 1-`maxChunk`, the groups concurrently, as commands would. */
async function append(transport: Transport, groups: string[], perGroup: number, maxChunk = 5): Promise<RecordedEvent[]> {
  const appended: RecordedEvent[] = [];
  await Promise.all(
    groups.map(async (groupId) => {
      const streamId = `buyer-group-${groupId}`;
      for (let done = 0; done < perGroup; ) {
        const size = Math.min(perGroup - done, 1 + Math.floor(Math.random() * maxChunk));
        const events = await transport.db.em.fork().transactional(async (em) => {
          const current = await transport.store.readStream(streamId, { em });
          return transport.store.append(
            em,
            streamId,
            current.at(-1)?.streamVersion ?? 0,
            Array.from({ length: size }, (_, index) => ({ type: 'BuyerGroupRevalidated', data: { membersChecked: done + index } })),
            meta,
          );
        });
        appended.push(...events);
        done += size;
      }
    }),
  );
  return appended.sort((a, b) => Number(BigInt(a.globalPosition) - BigInt(b.globalPosition)));
}

const newGroups = (count: number) => Array.from({ length: count }, () => randomUUID());

function parse(message: Received): EventCloudEvent {
  return JSON.parse(message.value.toString('utf8')) as EventCloudEvent;
}

/**
 * The shared assertions: every expected event arrived as a CloudEvents 1.0 structured message, keyed by its group,
 * with the envelope filled from the log, and each group's events arrived in stream order (first deliveries, after
 * dedupe by id). Returns how many deliveries were duplicates.
 */
function checkCloudEvents(received: Received[], expected: RecordedEvent[]): { duplicates: number } {
  const wanted = new Map(expected.map((event) => [event.eventId, event]));
  const groups = new Set(expected.map((event) => event.streamId.slice('buyer-group-'.length)));
  const first = new Map<string, EventCloudEvent>();
  const versionsByKey = new Map<string, number[]>();
  let duplicates = 0;
  for (const message of received) {
    if (!message.key || !groups.has(message.key)) continue;
    expect(message.headers['content-type']).toBe(CLOUDEVENTS_CONTENT_TYPE);
    const cloudEvent = parse(message);
    expect(cloudEvent.subject).toBe(message.key);
    if (first.has(cloudEvent.id)) {
      duplicates++;
      continue;
    }
    first.set(cloudEvent.id, cloudEvent);
    versionsByKey.set(message.key, [...(versionsByKey.get(message.key) ?? []), cloudEvent.streamversion]);
  }
  for (const event of wanted.values()) {
    const cloudEvent = first.get(event.eventId);
    expect(cloudEvent).toBeDefined();
    expect(cloudEvent).toEqual({
      specversion: '1.0',
      id: event.eventId,
      source: `/buyer-group-intelligence/${event.metadata.workspaceId}`,
      type: `com.buyergroup.${event.type}`,
      subject: event.streamId.slice('buyer-group-'.length),
      time: event.recordedAt.toISOString(),
      datacontenttype: 'application/json',
      data: JSON.parse(JSON.stringify(event.data)),
      streamversion: event.streamVersion,
      schemaversion: event.schemaVersion,
      logposition: event.globalPosition,
      workspaceid: event.metadata.workspaceId,
      correlationid: event.metadata.correlationId,
      ...(event.metadata.causationId ? { causationid: event.metadata.causationId } : {}),
      actor: event.metadata.actor,
      changesource: event.metadata.source,
    });
    // CloudEvents: extension attribute names are lower-case letters and digits
    for (const attribute of Object.keys(cloudEvent!)) expect(attribute).toMatch(/^[a-z0-9]+$/);
  }
  for (const [, versions] of versionsByKey) {
    expect(versions).toEqual(Array.from({ length: versions.length }, (_, index) => versions[0] + index));
  }
  return { duplicates };
}

function seen(consumer: Consumer, expected: RecordedEvent[]): () => boolean {
  const missing = new Set(expected.map((event) => event.eventId));
  let scanned = 0;
  return () => {
    for (; scanned < consumer.received.length; scanned++) missing.delete(parse(consumer.received[scanned]).id);
    return missing.size === 0;
  };
}

function relay(transport: Transport, options: EventRelayOptions, bus: MessageBus = transport.bus): EventRelay {
  return new EventRelay(transport.db, transport.store, bus, logger, new Metrics(false).registry, {
    pollIntervalMs: 50,
    standbyIntervalMs: 50,
    ...options,
  });
}

/** A bus that reports each publish to `record` and can misbehave after the real publish was acknowledged. */
function wrap(bus: MessageBus, after: (messages: OutgoingMessage[]) => Promise<void>, before?: () => void): MessageBus {
  return {
    kind: bus.kind,
    ensureTopics: (topics) => bus.ensureTopics(topics),
    subscribe: (...args) => bus.subscribe(...args),
    close: () => bus.close(),
    publish: async (topic, messages) => {
      before?.();
      await bus.publish(topic, messages);
      await after(messages);
    },
  };
}

const positionsOf = (messages: OutgoingMessage[]) => messages.map((message) => BigInt(JSON.parse(String(message.value)).logposition as string));

/** A topic and a relay name of its own, checkpointed at the end of the log so the scenario sees only its events. */
async function ownRelay(transport: Transport): Promise<{ topic: string; name: string }> {
  const id = randomUUID().slice(0, 8);
  const name = `relay-test-${id}`;
  await sqlQuery(
    transport.db.em.fork(),
    `insert into relay_checkpoints (name, position, updated_at) select ?, coalesce(max(global_position), 0), now() from events`,
    [name],
  );
  const topic = `relay-test.${id}`;
  await transport.bus.ensureTopics([topic]);
  return { topic, name };
}

async function eventually(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + TIMEOUT;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

/** The scenarios both transports must pass. */
function relayScenarios(transport: () => Transport): void {
  let consumers: Consumer[] = [];
  const consume = async (topic: string) => {
    const consumer = await transport().consume(topic);
    consumers.push(consumer);
    return consumer;
  };
  afterAll(async () => {
    await Promise.allSettled(consumers.map((consumer) => consumer.close()));
    consumers = [];
  });
  const unique = () => ownRelay(transport());

  it('publishes appended events as CloudEvents keyed by group, in order per group', async () => {
    const t = transport();
    const { topic, name } = await unique();
    const consumer = await consume(topic);
    const relayer = relay(t, { topic, name, batchSize: 37 });
    relayer.start();
    try {
      const expected = await append(t, newGroups(5), 40);
      await waitFor(seen(consumer, expected), TIMEOUT, () => `200 events on ${topic} (got ${consumer.received.length})`);
      expect(checkCloudEvents(consumer.received, expected).duplicates).toBe(0);
      expect(await relayer.checkpoint()).toBe(expected.at(-1)!.globalPosition);
    } finally {
      await relayer.stop();
    }
  });

  it('resumes from its checkpoint after a restart: no gap, no duplicate after a clean stop', async () => {
    const t = transport();
    const { topic, name } = await unique();
    const consumer = await consume(topic);
    const groups = newGroups(3);
    const first = relay(t, { topic, name });
    first.start();
    const wave1 = await append(t, groups, 10);
    await waitFor(seen(consumer, wave1), TIMEOUT, () => 'wave 1');
    await first.stop();
    const wave2 = await append(t, groups, 10); // appended while no relay runs
    const second = relay(t, { topic, name });
    second.start();
    try {
      const wave3 = await append(t, groups, 10);
      const all = [...wave1, ...wave2, ...wave3];
      await waitFor(seen(consumer, all), TIMEOUT, () => 'waves 2 and 3 after the restart');
      expect(checkCloudEvents(consumer.received, all).duplicates).toBe(0);
    } finally {
      await second.stop();
    }
  });

  it('re-sends a batch that was published but never checkpointed (the relay failed in between): nothing lost', async () => {
    const t = transport();
    const { topic, name } = await unique();
    const consumer = await consume(topic);
    const groups = newGroups(3);
    const expected = await append(t, groups, 8);
    const failing = relay(t, { topic, name }, wrap(t.bus, async () => {
      throw new Error('crashed after the acknowledgement');
    }));
    const before = await failing.checkpoint();
    // a round may find nothing yet while another transaction is still open (readAll waits for older ones)
    let failure: unknown;
    await eventually(
      () => failing.relayOnce().then(
        () => false,
        (error: unknown) => ((failure = error), true),
      ),
      'the failing round',
    );
    expect(String(failure)).toContain('crashed after the acknowledgement');
    expect(await failing.checkpoint()).toBe(before);
    await waitFor(seen(consumer, expected), TIMEOUT, () => 'the batch published before the failure');
    const successor = relay(t, { topic, name });
    successor.start();
    try {
      const more = await append(t, groups, 8);
      const all = [...expected, ...more];
      await waitFor(seen(consumer, all), TIMEOUT, () => 'every event after the failure');
      await waitFor(() => consumer.received.length >= all.length + expected.length, TIMEOUT, () => 'the re-sent batch');
      expect(checkCloudEvents(consumer.received, all).duplicates).toBe(expected.length);
      await eventually(async () => (await successor.checkpoint()) === more.at(-1)!.globalPosition, 'the checkpoint');
    } finally {
      await successor.stop();
    }
  });

  it('works through a backlog in batches, in order per group (and reports its throughput)', async () => {
    const t = transport();
    const { topic, name } = await unique();
    const consumer = await consume(topic);
    const backlog = await append(t, newGroups(20), 150, 50);
    const relayer = relay(t, { topic, name });
    const started = performance.now();
    relayer.start();
    try {
      await waitFor(seen(consumer, backlog), 30_000, () => `3,000 events (got ${consumer.received.length})`);
      const seconds = (performance.now() - started) / 1000;
      console.log(`${t.bus.kind} relay: backlog of 3,000 events read, published, checkpointed and consumed in ${(seconds * 1000).toFixed(0)} ms (${(3000 / seconds).toFixed(0)} events/s)`);
      expect(checkCloudEvents(consumer.received, backlog).duplicates).toBe(0);
      await eventually(async () => (await relayer.checkpoint()) === backlog.at(-1)!.globalPosition, 'the checkpoint');
    } finally {
      await relayer.stop();
    }
  });

  it('never publishes past a lower position still to commit, whatever the transaction ids', async () => {
    const t = transport();
    const { topic, name } = await unique();
    const consumer = await consume(topic);
    const published: bigint[] = [];
    const relayer = relay(t, { topic, name }, wrap(t.bus, async (messages) => void published.push(...positionsOf(messages))));
    const [first, second] = newGroups(2);
    // `late` takes a transaction id first; `early` draws the lower position with a newer id and stays open while
    // `late` appends (higher position, older id) and commits: a reader that trusts transaction ids would publish it
    const late = t.db.em.fork();
    const early = t.db.em.fork();
    await late.begin();
    await sqlQuery(late, 'select pg_current_xact_id()');
    await early.begin();
    try {
      const [lower] = await t.store.append(early, `buyer-group-${first}`, 0, [{ type: 'BuyerGroupRevalidated', data: { membersChecked: 1 } }], meta);
      const [higher] = await t.store.append(late, `buyer-group-${second}`, 0, [{ type: 'BuyerGroupRevalidated', data: { membersChecked: 2 } }], meta);
      await late.commit();
      expect(BigInt(higher.globalPosition)).toBeGreaterThan(BigInt(lower.globalPosition));
      for (let round = 0; round < 3; round++) await relayer.relayOnce();
      expect(published).toEqual([]);
      await early.commit();
      await eventually(async () => (await relayer.relayOnce(), published.length >= 2), 'both events');
      expect(published).toEqual([BigInt(lower.globalPosition), BigInt(higher.globalPosition)]);
      await waitFor(seen(consumer, [lower, higher]), TIMEOUT, () => 'both events on the topic');
    } finally {
      await late.rollback().catch(() => undefined);
      await early.rollback().catch(() => undefined);
    }
  });

  it('lets one of two running relays publish at a time: batches never overlap or interleave positions', async () => {
    const t = transport();
    const { topic, name } = await unique();
    const consumer = await consume(topic);
    const calls: { instance: number; start: number; end: number; first: bigint; last: bigint }[] = [];
    const make = (instance: number) => {
      let start = 0;
      return relay(
        t,
        { topic, name, batchSize: 25, pollIntervalMs: 10, standbyIntervalMs: 10 },
        wrap(
          t.bus,
          async (messages) => {
            await sleep(5); // widen the window in which another relay could barge in
            const positions = positionsOf(messages);
            calls.push({ instance, start, end: performance.now(), first: positions[0], last: positions.at(-1)! });
          },
          () => (start = performance.now()),
        ),
      );
    };
    const relays = [make(1), make(2)];
    relays.forEach((each) => each.start());
    try {
      const groups = newGroups(6);
      const expected: RecordedEvent[] = [];
      for (let wave = 0; wave < 4; wave++) {
        expected.push(...(await append(t, groups, 12)));
        await sleep(60);
      }
      await waitFor(seen(consumer, expected), TIMEOUT, () => 'every event');
      expect(checkCloudEvents(consumer.received, expected).duplicates).toBe(0);
      calls.sort((a, b) => a.start - b.start);
      for (let index = 1; index < calls.length; index++) {
        expect(calls[index].start).toBeGreaterThanOrEqual(calls[index - 1].end);
        expect(calls[index].first).toBeGreaterThan(calls[index - 1].last);
      }
      const split = [1, 2].map((instance) => calls.filter((call) => call.instance === instance).length);
      console.log(`${t.bus.kind}: two relays, ${calls.length} batches published by instance 1/2: ${split.join('/')}`);
    } finally {
      await Promise.all(relays.map((each) => each.stop()));
    }
  });
}

/**
 * A relay in a process of its own (the compiled code `pretest` builds) whose publish is acknowledged by Kafka and then
 * never returns: it holds the lock with the batch published and not checkpointed, until it is killed.
 */
const HANGING_RELAY = `
const dist = (file) => import(new URL(file, process.env.RELAY_DIST));
const { openDatabase } = await dist('src/shared/database/database.js');
const { EventStore } = await dist('src/shared/event-store/event-store.js');
const { UpcasterRegistry } = await dist('src/shared/event-store/upcasters.js');
const { EventRelay } = await dist('src/shared/event-store/event-relay.js');
const { KafkaMessageBus } = await dist('src/shared/messaging/kafka-message-bus.js');
const { MessagingMetrics } = await dist('src/shared/messaging/messaging-metrics.js');
const { createLogger } = await dist('src/shared/observability/logger.js');
const { Metrics } = await dist('src/shared/observability/metrics.js');
const logger = createLogger('silent');
const db = await openDatabase(process.env.RELAY_DATABASE_URL, logger);
const bus = new KafkaMessageBus({ brokers: process.env.RELAY_KAFKA.split(','), logger, metrics: new MessagingMetrics(new Metrics(false).registry) });
const hanging = {
  kind: bus.kind,
  ensureTopics: (topics) => bus.ensureTopics(topics),
  subscribe: (...args) => bus.subscribe(...args),
  close: () => bus.close(),
  publish: async (topic, messages) => {
    await bus.publish(topic, messages);
    process.stdout.write('published ' + messages.length + '\\n');
    await new Promise(() => undefined);
  },
};
new EventRelay(db, new EventStore(db, new UpcasterRegistry()), hanging, logger, new Metrics(false).registry, {
  topic: process.env.RELAY_TOPIC,
  name: process.env.RELAY_NAME,
}).start();
`;

/** From an append's commit to the consumer, one event at a time at random moments (the relay polls every 200 ms). */
async function measureLatency(transport: Transport, consumer: Consumer): Promise<void> {
  const latencies: number[] = [];
  const groupId = randomUUID();
  for (let index = 0; index < 7; index++) {
    await sleep(Math.random() * 200);
    const started = performance.now();
    const events = await append(transport, [groupId], 1);
    await waitFor(seen(consumer, events), TIMEOUT, () => 'one event');
    latencies.push(performance.now() - started);
  }
  latencies.sort((a, b) => a - b);
  console.log(`${transport.bus.kind} relay latency append→consumer: median ${latencies[3].toFixed(0)} ms, max ${latencies[6].toFixed(0)} ms`);
}

async function commandEvents(context: TestApp, groups: string[]): Promise<RecordedEvent[]> {
  await Promise.all(
    groups.map(async (groupId, index) => {
      const prefix = groupId.slice(0, 23);
      await context.commands.execute(
        new ChangeBuyerGroupCommand(groupId, createGroupCommand(groupId, 'alpha', [sampleMember(1, 'decision_maker', prefix), sampleMember(2, 'champion', prefix)]), meta),
      );
      for (let member = 3; member < 6 + index; member++) {
        await context.commands.execute(new ChangeBuyerGroupCommand(groupId, { kind: 'AddMember', member: sampleMember(member, 'stakeholder', prefix) }, meta));
      }
    }),
  );
  const store = context.app.get(EventStore);
  return (await Promise.all(groups.map((groupId) => store.readStream(`buyer-group-${groupId}`)))).flat();
}

(brokers ? describe : describe.skip)('events-out relay on Kafka', () => {
  let context: TestApp;
  let transport: Transport;
  let kafka: Kafka;

  beforeAll(async () => {
    context = await startTestApp('event_relay_kafka', { kafkaBrokers: brokers! });
    kafka = new Kafka({ clientId: 'plain-cloudevents-consumer', brokers: brokers!, logLevel: logLevel.NOTHING });
    transport = {
      context,
      db: context.app.get(DATABASE),
      store: context.app.get(EventStore),
      bus: context.app.get(MESSAGE_BUS),
      // a plain kafkajs consumer: JSON values, no project code
      consume: (topic, onlyNew = false) => readTopicPlainly(kafka, topic, onlyNew),
    };
  });
  afterAll(async () => {
    const admin = kafka.admin();
    await admin.connect();
    const ours = (await admin.listTopics()).filter((topic) => topic.startsWith('relay-test.'));
    if (ours.length > 0) await admin.deleteTopics({ topics: ours }).catch(() => undefined);
    await admin.disconnect();
    await context?.close();
  });

  it('the application relays commands\' events to buyer-group.events, readable by a plain kafkajs consumer', async () => {
    const health = await context.app.get(HealthRegistry).check();
    expect(health.checks.kafka).toMatchObject({ status: 'up' });
    await transport.bus.ensureTopics([BUYER_GROUP_EVENTS_TOPIC]);
    const consumer = await transport.consume(BUYER_GROUP_EVENTS_TOPIC, true);
    try {
      const expected = await commandEvents(context, newGroups(3));
      await waitFor(seen(consumer, expected), TIMEOUT, () => `command events on ${BUYER_GROUP_EVENTS_TOPIC}`);
      expect(checkCloudEvents(consumer.received, expected).duplicates).toBe(0);
      expect(new Set(expected.map((event) => event.type))).toEqual(new Set(['BuyerGroupDiscovered', 'MemberAdded']));

      await measureLatency(transport, consumer);
      const relayService = context.app.get(EventRelayService);
      expect(relayService.relay.name).toBe(BUYER_GROUP_EVENTS_TOPIC);
      const metrics = await context.app.get(Metrics).registry.metrics();
      expect(metrics).toMatch(/bgi_relay_events_total\{relay="buyer-group\.events"\} \d+/);
      expect(metrics).toMatch(/bgi_relay_lag_events\{relay="buyer-group\.events"\} 0/);
    } finally {
      await consumer.close();
    }
  });

  relayScenarios(() => transport);

  it('a relay process killed between publish and checkpoint: its lock goes with its session, the next relay re-sends', async () => {
    const { topic, name } = await ownRelay(transport);
    const consumer = await transport.consume(topic);
    const groups = newGroups(3);
    const expected = await append(transport, groups, 10);
    const child = spawn(process.execPath, ['--input-type=module', '-e', HANGING_RELAY], {
      env: {
        ...process.env,
        RELAY_DIST: `${pathToFileURL(path.resolve('dist')).href}/`,
        RELAY_DATABASE_URL: context.config.databaseUrl,
        RELAY_KAFKA: brokers!.join(','),
        RELAY_TOPIC: topic,
        RELAY_NAME: name,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const successor = relay(transport, { topic, name });
    try {
      let output = '';
      child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      await waitFor(() => output.includes('published'), TIMEOUT, () => 'the relay process to publish');
      expect(output).toContain(`published ${expected.length}`);
      await waitFor(seen(consumer, expected), TIMEOUT, () => 'the batch the relay process published');
      // while it lives it holds the lock: another relay stands by
      expect(await successor.relayOnce()).toEqual({ status: 'standby' });
      child.kill('SIGKILL');
      await exited;
      successor.start();
      const more = await append(transport, groups, 10);
      const all = [...expected, ...more];
      await waitFor(seen(consumer, all), TIMEOUT, () => 'every event after the kill');
      await waitFor(() => consumer.received.length >= all.length + expected.length, TIMEOUT, () => 'the re-sent batch');
      expect(checkCloudEvents(consumer.received, all).duplicates).toBe(expected.length);
      await eventually(async () => (await successor.checkpoint()) === more.at(-1)!.globalPosition, 'the checkpoint');
    } finally {
      child.kill('SIGKILL');
      await successor.stop();
      await consumer.close();
    }
  });
});

describe('events-out relay on the in-process bus (embedded mode)', () => {
  let context: TestApp;
  let transport: Transport;

  beforeAll(async () => {
    context = await startTestApp('event_relay_embedded');
    const bus = context.app.get<MessageBus>(MESSAGE_BUS);
    transport = {
      context,
      db: context.app.get(DATABASE),
      store: context.app.get(EventStore),
      bus,
      consume: async (topic, onlyNew = false) => {
        const received: Received[] = [];
        const subscription = await bus.subscribe(
          topic,
          `consumer-${randomUUID()}`,
          async (message) => {
            received.push({ key: message.key, value: message.value, headers: message.headers });
          },
          { fromBeginning: !onlyNew },
        );
        return { received, close: () => subscription.close() };
      },
    };
  });
  afterAll(() => context?.close());

  it('the application relays commands\' events to its in-process bus', async () => {
    expect(transport.bus.kind).toBe('in-process');
    const health = await context.app.get(HealthRegistry).check();
    expect(health.checks.kafka).toMatchObject({ status: 'not_configured' });
    const consumer = await transport.consume(BUYER_GROUP_EVENTS_TOPIC, true);
    try {
      const expected = await commandEvents(context, newGroups(3));
      await waitFor(seen(consumer, expected), TIMEOUT, () => `command events on ${BUYER_GROUP_EVENTS_TOPIC}`);
      expect(checkCloudEvents(consumer.received, expected).duplicates).toBe(0);
      expect(context.app.get(EventRelayService).relay.name).toBe(`${BUYER_GROUP_EVENTS_TOPIC}@in-process`);
      await measureLatency(transport, consumer);
    } finally {
      await consumer.close();
    }
  });

  relayScenarios(() => transport);
});
