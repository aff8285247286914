import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { Logger } from 'pino';
import type { Database, Em } from '../database/database.js';
import { sqlQuery } from '../database/sql.js';
import type { MessageBus, OutgoingMessage } from '../messaging/message-bus.js';
import { registered } from '../messaging/messaging-metrics.js';
import type { RecordedEvent } from './event.js';
import type { EventStore } from './event-store.js';

/** The topic every buyer-group event is published to (docs/events.md). */
export const BUYER_GROUP_EVENTS_TOPIC = 'buyer-group.events';
/** CloudEvents `type` = this prefix + the event type, e.g. com.buyergroup.MemberAdded */
export const CLOUDEVENT_TYPE_PREFIX = 'com.buyergroup.';
/** CloudEvents `source` = this prefix + the workspace id */
export const CLOUDEVENT_SOURCE_PREFIX = '/buyer-group-intelligence/';
/** The Kafka `content-type` header of a structured-mode CloudEvent (CloudEvents Kafka protocol binding). */
export const CLOUDEVENTS_CONTENT_TYPE = 'application/cloudevents+json; charset=UTF-8';
const BUYER_GROUP_STREAM_PREFIX = 'buyer-group-';

/** An event of the log as a CloudEvents 1.0 event in structured JSON mode; extension names are lower-case alphanumerics. */
export interface EventCloudEvent<Data = unknown> {
  specversion: '1.0';
  /** the event's id in the log: unique, the same on every (re)delivery — dedupe on it */
  id: string;
  source: string;
  type: string;
  /** the buyer group's id */
  subject: string;
  time: string;
  datacontenttype: 'application/json';
  data: Data;
  /** the event's version in its group's stream: 1, 2, 3, ... without gaps */
  streamversion: number;
  /** the version of the data's schema (events are upcast to the current one before publishing) */
  schemaversion: number;
  /** the event's place in the whole log (a decimal string: it is a 64-bit integer) */
  logposition: string;
  workspaceid: string;
  correlationid: string;
  causationid?: string;
  actor: string;
  /** what caused the change: api, cli, discovery, webhook, revalidation, import, migration or system */
  changesource: string;
}

/** The subject (and message key) of a stream: the group id after `buyer-group-`, or the whole stream id. */
export function subjectOf(streamId: string): string {
  return streamId.startsWith(BUYER_GROUP_STREAM_PREFIX) ? streamId.slice(BUYER_GROUP_STREAM_PREFIX.length) : streamId;
}

export function toCloudEvent(event: RecordedEvent): EventCloudEvent {
  const cloudEvent: EventCloudEvent = {
    specversion: '1.0',
    id: event.eventId,
    source: `${CLOUDEVENT_SOURCE_PREFIX}${event.metadata.workspaceId}`,
    type: `${CLOUDEVENT_TYPE_PREFIX}${event.type}`,
    subject: subjectOf(event.streamId),
    time: event.recordedAt.toISOString(),
    datacontenttype: 'application/json',
    data: event.data,
    streamversion: event.streamVersion,
    schemaversion: event.schemaVersion,
    logposition: event.globalPosition,
    workspaceid: event.metadata.workspaceId,
    correlationid: event.metadata.correlationId,
    actor: event.metadata.actor,
    changesource: event.metadata.source,
  };
  if (event.metadata.causationId) cloudEvent.causationid = event.metadata.causationId;
  return cloudEvent;
}

export function toMessage(event: RecordedEvent): OutgoingMessage {
  return {
    key: subjectOf(event.streamId),
    value: JSON.stringify(toCloudEvent(event)),
    headers: { 'content-type': CLOUDEVENTS_CONTENT_TYPE },
  };
}

export interface EventRelayOptions {
  /** the topic to publish to (default buyer-group.events) */
  topic?: string;
  /**
   * the checkpoint row and lock this relay uses (default: the topic for Kafka, `<topic>@in-process` for the
   * in-process bus, so switching to Kafka later publishes the whole log there)
   */
  name?: string;
  /** only streams whose id starts with this are published; the others are passed over (default `buyer-group-`) */
  streamPrefix?: string;
  /** events per publish (default 500) */
  batchSize?: number;
  /** wait between reads of the log once caught up (default 200 ms); nudge() cuts it short */
  pollIntervalMs?: number;
  /** wait between attempts to take over while another instance relays (default 1 s) */
  standbyIntervalMs?: number;
  /** ceiling of the backoff after a failed round (default 10 s) */
  maxErrorBackoffMs?: number;
}

export type RelayRound =
  | { status: 'standby' }
  | { status: 'idle'; position: string }
  | { status: 'relayed'; from: string; to: string; events: number; published: number };

const MAX_PUBLISH_BYTES = 512 * 1024;

/** Consecutive runs of messages whose values add up to at most maxBytes (a larger message goes alone). */
function chunks(messages: OutgoingMessage[], maxBytes: number): OutgoingMessage[][] {
  const result: OutgoingMessage[][] = [];
  let current: OutgoingMessage[] = [];
  let bytes = 0;
  for (const message of messages) {
    const size = Buffer.byteLength(message.value);
    if (current.length > 0 && bytes + size > maxBytes) {
      result.push(current);
      current = [];
      bytes = 0;
    }
    current.push(message);
    bytes += size;
  }
  if (current.length > 0) result.push(current);
  return result;
}

/** advisory lock namespace of the relays ('RELA'); the second key is hashtext(name) */
const LOCK_NAMESPACE = 0x52454c41;

class RelayMetrics {
  private static readonly relays = new WeakMap<Registry, Set<EventRelay>>();
  readonly relayed: Counter<'relay'>;
  readonly failures: Counter<'relay'>;
  readonly batchSeconds: Histogram<'relay'>;
  readonly leader: Gauge<'relay'>;

  constructor(
    private readonly registry: Registry,
    private readonly relay: EventRelay,
  ) {
    this.relayed = registered(registry, 'bgi_relay_events_total', () => new Counter({
      name: 'bgi_relay_events_total',
      help: 'Events published by the events-out relay (acknowledged by the bus), by relay',
      labelNames: ['relay'] as const,
      registers: [registry],
    }));
    this.failures = registered(registry, 'bgi_relay_failures_total', () => new Counter({
      name: 'bgi_relay_failures_total',
      help: 'Relay rounds that failed (bus or database error) and were retried, by relay',
      labelNames: ['relay'] as const,
      registers: [registry],
    }));
    this.batchSeconds = registered(registry, 'bgi_relay_batch_duration_seconds', () => new Histogram({
      name: 'bgi_relay_batch_duration_seconds',
      help: 'Time to read, publish and checkpoint one batch of events, by relay',
      labelNames: ['relay'] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }));
    this.leader = registered(registry, 'bgi_relay_leader', () => new Gauge({
      name: 'bgi_relay_leader',
      help: '1 when this instance held the relay lock in its last round, 0 when it stood by',
      labelNames: ['relay'] as const,
      registers: [registry],
    }));
    if (!RelayMetrics.relays.has(registry)) {
      const attached = new Set<EventRelay>();
      RelayMetrics.relays.set(registry, attached);
      const collectAll = async (pick: (lag: { events: number; seconds: number }) => number, gauge: Gauge<'relay'>) => {
        for (const each of attached) {
          const lag = await each.lag().catch(() => undefined);
          if (lag) gauge.set({ relay: each.name }, pick(lag));
        }
      };
      registered(registry, 'bgi_relay_lag_events', () => new Gauge({
        name: 'bgi_relay_lag_events',
        help: 'Events in the log after the relay checkpoint (counted up to 100,000), by relay',
        labelNames: ['relay'] as const,
        registers: [registry],
        async collect() {
          await collectAll((lag) => lag.events, this);
        },
      }));
      registered(registry, 'bgi_relay_lag_seconds', () => new Gauge({
        name: 'bgi_relay_lag_seconds',
        help: 'Age of the oldest event not yet relayed (0 when caught up), by relay',
        labelNames: ['relay'] as const,
        registers: [registry],
        async collect() {
          await collectAll((lag) => lag.seconds, this);
        },
      }));
    }
  }

  /** lag gauges report this relay while it runs */
  attach(): void {
    RelayMetrics.relays.get(this.registry)?.add(this.relay);
  }

  detach(): void {
    RelayMetrics.relays.get(this.registry)?.delete(this.relay);
  }
}

/**
 * Publishes the event log to the message bus, in log order, keyed by group id, at least once.
 *
 * Each round is one short PostgreSQL transaction that takes a transaction-scoped advisory lock (try, never wait),
 * reads the checkpoint, reads the events after it up to the settled horizon (below), publishes them and waits for the
 * bus's acknowledgement, then moves the checkpoint (one autocommit statement, still under the lock) and ends. So only
 * one instance relays at a time; the checkpoint moves only past acknowledged events; a relay that dies anywhere in a
 * round leaves the checkpoint where it was, its lock goes with its session, and whoever relays next re-sends that
 * batch (duplicates, never gaps). The lock transaction never writes, so it holds no transaction id. A publish that
 * hangs is bounded by the bus (its publish timeout rejects, the round rolls back and releases the lock).
 *
 * It reads only up to the event store's settled horizon (settled-horizon.ts): the position at or below which no event
 * can still appear, so a checkpoint never moves past an event that commits later.
 */
export class EventRelay {
  readonly name: string;
  readonly topic: string;
  private readonly streamPrefix: string;
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly standbyIntervalMs: number;
  private readonly maxErrorBackoffMs: number;
  private readonly logger: Logger;
  private readonly metrics: RelayMetrics;
  private running?: Promise<void>;
  private stopping = false;
  private wake?: () => void;
  private nudged = false;
  private leading?: boolean;
  private topicReady = false;

  constructor(
    private readonly db: Database,
    private readonly store: EventStore,
    private readonly bus: MessageBus,
    logger: Logger,
    registry: Registry,
    options: EventRelayOptions = {},
  ) {
    this.topic = options.topic ?? BUYER_GROUP_EVENTS_TOPIC;
    this.name = options.name ?? (bus.kind === 'kafka' ? this.topic : `${this.topic}@${bus.kind}`);
    this.streamPrefix = options.streamPrefix ?? BUYER_GROUP_STREAM_PREFIX;
    this.batchSize = Math.max(1, options.batchSize ?? 500);
    this.pollIntervalMs = Math.max(0, options.pollIntervalMs ?? 200);
    this.standbyIntervalMs = Math.max(0, options.standbyIntervalMs ?? 1_000);
    this.maxErrorBackoffMs = Math.max(0, options.maxErrorBackoffMs ?? 10_000);
    this.logger = logger.child({ component: 'event-relay', relay: this.name });
    this.metrics = new RelayMetrics(registry, this);
  }

  /** Starts relaying in the background until stop(). */
  start(): void {
    if (this.running) return;
    this.stopping = false;
    this.metrics.attach();
    this.running = this.loop();
  }

  /** Finishes the round in progress (its publish and checkpoint), then stops. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.running;
    this.running = undefined;
    this.metrics.detach();
  }

  /** Cuts the wait short: call after appending events to relay them without waiting for the next poll. */
  nudge(): void {
    this.nudged = true;
    this.wake?.();
  }

  /** One round: relays the next batch if this instance gets the lock. */
  async relayOnce(): Promise<RelayRound> {
    if (!this.topicReady) {
      await this.bus.ensureTopics([this.topic]);
      this.topicReady = true;
    }
    const started = process.hrtime.bigint();
    const round = await this.db.em.fork().transactional(async (em): Promise<RelayRound> => {
      const [{ locked }] = await sqlQuery<{ locked: boolean }>(em, 'select pg_try_advisory_xact_lock(?::int, hashtext(?)) as locked', [
        LOCK_NAMESPACE,
        this.name,
      ]);
      if (!locked) return { status: 'standby' };
      const [row] = await sqlQuery<{ position: string }>(em, 'select position::text as position from relay_checkpoints where name = ?', [this.name]);
      const from = row?.position ?? '0';
      const horizon = await this.store.settledHorizon(em);
      if (horizon <= BigInt(from)) return { status: 'idle', position: from };
      const events = await this.readSettled(em, from, horizon);
      const full = events.length === this.batchSize;
      const to = full ? events[events.length - 1].globalPosition : horizon.toString();
      const messages = events.filter((event) => event.streamId.startsWith(this.streamPrefix)).map(toMessage);
      // in requests of at most ~512 KB, one after the other: a broker takes 1 MB per partition batch by default
      for (const chunk of chunks(messages, MAX_PUBLISH_BYTES)) await this.bus.publish(this.topic, chunk);
      // Written in a statement of its own (autocommit) while the lock is still held, so the round's transaction never
      // writes and holds no transaction id. A relay whose lock was lost meanwhile cannot skip anything: it only ever
      // moves the checkpoint forward, up to events it has itself published.
      await sqlQuery(
        this.db.em.fork(),
        `insert into relay_checkpoints (name, position, updated_at) values (?, ?::bigint, now())
         on conflict (name) do update set position = greatest(relay_checkpoints.position, excluded.position), updated_at = now()`,
        [this.name, to],
      );
      return events.length === 0 ? { status: 'idle', position: to } : { status: 'relayed', from, to, events: events.length, published: messages.length };
    });
    this.observe(round, Number(process.hrtime.bigint() - started) / 1e9);
    return round;
  }

  /** The events after `from` up to the settled horizon, in log order, upcast like every read of the store. */
  private readSettled(em: Em, from: string, horizon: bigint): Promise<RecordedEvent[]> {
    return this.store.readRange(em, from, horizon.toString(), this.batchSize);
  }

  /** The stored checkpoint: the global position of the last event relayed ('0' before the first). */
  async checkpoint(): Promise<string> {
    const [row] = await sqlQuery<{ position: string }>(this.db.em.fork(), 'select position::text as position from relay_checkpoints where name = ?', [
      this.name,
    ]);
    return row?.position ?? '0';
  }

  /** Events after the checkpoint (up to 100,000) and the age in seconds of the oldest of them. */
  async lag(): Promise<{ events: number; seconds: number }> {
    const [row] = await sqlQuery<{ events: string; seconds: number | string | null }>(
      this.db.em.fork(),
      `with checkpoint as (select coalesce((select position from relay_checkpoints where name = ?), 0) as position)
       select (select count(*) from (select 1 from events, checkpoint where events.global_position > checkpoint.position limit 100000) behind)::text as events,
              (select extract(epoch from now() - recorded_at) from events, checkpoint where events.global_position > checkpoint.position
               order by events.global_position limit 1)::float8 as seconds`,
      [this.name],
    );
    return { events: Number(row?.events ?? 0), seconds: Math.max(0, Number(row?.seconds ?? 0)) };
  }

  private observe(round: RelayRound, seconds: number): void {
    const labels = { relay: this.name };
    const leading = round.status !== 'standby';
    this.metrics.leader.set(labels, leading ? 1 : 0);
    if (leading !== this.leading) {
      this.logger.info(leading ? 'relaying events to the message bus' : 'another instance relays events: standing by');
      this.leading = leading;
    }
    if (round.status === 'relayed') {
      this.metrics.relayed.inc(labels, round.published);
      this.metrics.batchSeconds.observe(labels, seconds);
      this.logger.debug({ from: round.from, to: round.to, events: round.events, published: round.published, seconds }, 'relayed events');
    }
  }

  private async loop(): Promise<void> {
    let failures = 0;
    while (!this.stopping) {
      let wait: number;
      try {
        const round = await this.relayOnce();
        failures = 0;
        wait = round.status === 'relayed' ? 0 : round.status === 'idle' ? this.pollIntervalMs : this.standbyIntervalMs;
      } catch (error) {
        failures++;
        this.metrics.failures.inc({ relay: this.name });
        wait = Math.min(this.maxErrorBackoffMs, 100 * 2 ** Math.min(failures, 16));
        this.logger.warn({ err: error, failures, retryInMs: wait }, 'relay round failed: nothing was checkpointed, retrying');
      }
      if (wait > 0 && !this.stopping) await this.sleep(wait);
    }
  }

  private sleep(ms: number): Promise<void> {
    if (this.nudged) {
      this.nudged = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wake = undefined;
        this.nudged = false;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wake = done;
    });
  }
}
