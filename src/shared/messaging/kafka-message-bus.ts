import {
  Kafka,
  Partitioners,
  logLevel,
  type Admin,
  type Consumer,
  type EachMessagePayload,
  type IHeaders,
  type LogEntry,
  type Producer,
} from 'kafkajs';
import type { Logger } from 'pino';
import type { HealthStatus } from '../observability/health-registry.js';
import {
  deadLetter,
  deadLetterTopic,
  resolveSubscribeOptions,
  retryDelay,
  type IncomingMessage,
  type MessageBus,
  type MessageHandler,
  type OutgoingMessage,
  type ResolvedSubscribeOptions,
  type SubscribeOptions,
  type Subscription,
} from './message-bus.js';
import { handleInKeyLanes } from './key-lanes.js';
import type { MessagingMetrics } from './messaging-metrics.js';

export interface KafkaMessageBusOptions {
  brokers: string[];
  logger: Logger;
  metrics: MessagingMetrics;
  clientId?: string;
  /** partitions of the topics this bus creates (default 6); topics that exist keep theirs */
  partitions?: number;
  /** replication factor of the topics this bus creates (default -1: the broker's default.replication.factor) */
  replicationFactor?: number;
  /** a publish not acknowledged by then rejects (default 30 s); the producer may still deliver it later */
  publishTimeoutMs?: number;
  /** how long a connection attempt to a broker may take (default 3 s) */
  connectionTimeoutMs?: number;
  /** kafkajs' retries of connections and admin requests (default: 5 retries from 300 ms, doubling) */
  retry?: { retries?: number; initialRetryTime?: number; maxRetryTime?: number };
}

class SubscriptionClosed extends Error {
  constructor() {
    super('subscription closed while the message was being handled');
    this.name = 'SubscriptionClosed';
  }
}

function headersOf(raw: IHeaders | undefined): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw ?? {})) {
    if (value === undefined) continue;
    const last = Array.isArray(value) ? value.at(-1) : value;
    if (last !== undefined) headers[name] = last.toString();
  }
  return headers;
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** kafkajs' own log lines, into the application's structured log. */
function kafkaLogCreator(logger: Logger) {
  const child = logger.child({ component: 'kafkajs' });
  return () =>
    ({ namespace, level, log }: LogEntry) => {
      const { message, timestamp: _timestamp, ...extra } = log;
      const fields = { namespace, ...extra };
      if (level === logLevel.ERROR) child.error(fields, message);
      else if (level === logLevel.WARN) child.warn(fields, message);
      else if (level === logLevel.INFO) child.info(fields, message);
      else child.debug(fields, message);
    };
}

class KafkaSubscription implements Subscription {
  closing = false;
  private closed?: Promise<void>;
  private readonly wakers = new Set<() => void>();

  constructor(
    readonly topic: string,
    readonly groupId: string,
    readonly consumer: Consumer,
    private readonly onClosed: (subscription: KafkaSubscription) => void,
  ) {}

  /** waits ms, or less when the subscription closes */
  sleep(ms: number): Promise<void> {
    if (this.closing) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakers.add(done);
    });
  }

  close(): Promise<void> {
    if (!this.closed) {
      this.closing = true;
      for (const wake of [...this.wakers]) wake();
      // kafkajs waits for the message in hand, commits the offsets resolved so far and leaves the group
      this.closed = this.consumer.disconnect().finally(() => this.onClosed(this));
    }
    return this.closed;
  }
}

/**
 * The message bus on Apache Kafka (kafkajs). One idempotent producer (acks from all in-sync replicas, one request in
 * flight, sends serialised) so a publish resolves only when every message is durably stored, in order per key. One
 * consumer per subscription; offsets are committed only for messages whose handler resolved or that were
 * dead-lettered, so a crash redelivers (at least once). Connections are opened lazily and retried on the next use.
 */
export class KafkaMessageBus implements MessageBus {
  readonly kind = 'kafka' as const;
  private readonly kafka: Kafka;
  private readonly producer: Producer;
  private readonly admin: Admin;
  private readonly logger: Logger;
  private readonly partitions: number;
  private readonly replicationFactor: number;
  private readonly publishTimeoutMs: number;
  private connecting?: Promise<void>;
  private readonly topics = new Map<string, Promise<void>>();
  private readonly subscriptions = new Set<KafkaSubscription>();
  /** the tail of the chain of producer sends: one at a time keeps the idempotent producer's sequence numbers in step */
  private sending: Promise<unknown> = Promise.resolve();
  private closed = false;

  constructor(private readonly options: KafkaMessageBusOptions) {
    if (options.brokers.length === 0) throw new Error('KafkaMessageBus needs at least one broker');
    this.logger = options.logger.child({ component: 'kafka-message-bus' });
    this.partitions = Math.max(1, options.partitions ?? 6);
    this.replicationFactor = options.replicationFactor ?? -1;
    this.publishTimeoutMs = options.publishTimeoutMs ?? 30_000;
    this.kafka = new Kafka({
      clientId: options.clientId ?? 'buyer-group-intelligence',
      brokers: options.brokers,
      connectionTimeout: options.connectionTimeoutMs ?? 3_000,
      retry: { retries: 5, initialRetryTime: 300, maxRetryTime: 30_000, ...options.retry },
      logLevel: logLevel.INFO,
      logCreator: kafkaLogCreator(options.logger),
    });
    this.producer = this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    this.admin = this.kafka.admin();
    options.metrics.lagGauge(async (gauge) => this.collectLag(gauge));
  }

  /** Opens the producer and admin connections; concurrent callers share one attempt, a failed one is retried next time. */
  connect(): Promise<void> {
    if (this.closed) return Promise.reject(new Error('message bus is closed'));
    if (!this.connecting) {
      // settle both before failing, so no connection attempt is left retrying behind a rejected connect()
      const attempt = Promise.allSettled([this.producer.connect(), this.admin.connect()]).then((results) => {
        const failure = results.find((result) => result.status === 'rejected');
        if (failure) throw (failure as PromiseRejectedResult).reason;
      });
      this.connecting = attempt;
      attempt.catch(() => {
        if (this.connecting === attempt) this.connecting = undefined;
      });
    }
    return this.connecting;
  }

  async health(): Promise<HealthStatus> {
    try {
      await this.connect();
      const cluster = await this.admin.describeCluster();
      if (cluster.brokers.length === 0) return { status: 'down', detail: 'no broker in the cluster metadata', brokers: 0 };
      return { status: 'up', brokers: cluster.brokers.length, clusterId: cluster.clusterId };
    } catch (error) {
      return { status: 'down', detail: (error as Error).message, brokers: 0 };
    }
  }

  async ensureTopics(topics: string[]): Promise<void> {
    await Promise.all(topics.map((topic) => this.ensureTopic(topic)));
  }

  async publish(topic: string, messages: OutgoingMessage[]): Promise<void> {
    if (this.closed) throw new Error('message bus is closed');
    if (messages.length === 0) return;
    for (const message of messages) {
      if (typeof message.key !== 'string') throw new TypeError('message key must be a string');
    }
    await this.connect();
    await this.ensureTopic(topic);
    const send = this.sending.then(() =>
      this.producer.send({
        topic,
        acks: -1,
        timeout: this.publishTimeoutMs,
        messages: messages.map((message) => ({ key: message.key, value: message.value, headers: message.headers })),
      }),
    );
    this.sending = send.catch(() => undefined);
    await withTimeout(send, this.publishTimeoutMs, `publish to ${topic} not acknowledged within ${this.publishTimeoutMs} ms`);
    this.options.metrics.published.inc({ topic }, messages.length);
  }

  async subscribe(topic: string, groupId: string, handler: MessageHandler, options?: SubscribeOptions): Promise<Subscription> {
    if (this.closed) throw new Error('message bus is closed');
    const resolved = resolveSubscribeOptions(options);
    await this.connect();
    await this.ensureTopics([topic, deadLetterTopic(topic)]);
    const consumer = this.kafka.consumer({
      groupId,
      allowAutoTopicCreation: false,
      sessionTimeout: 30_000,
      heartbeatInterval: 3_000,
      maxWaitTimeInMs: 500,
    });
    const subscription = new KafkaSubscription(topic, groupId, consumer, (closed) => this.subscriptions.delete(closed));
    this.subscriptions.add(subscription);
    try {
      await consumer.connect();
      await consumer.subscribe({ topics: [topic], fromBeginning: resolved.fromBeginning });
      await consumer.run({
        autoCommit: true,
        autoCommitInterval: 1_000,
        autoCommitThreshold: 100,
        partitionsConsumedConcurrently: resolved.partitionsConcurrently,
        // offsets are resolved below the first message still in hand, never past it
        eachBatchAutoResolve: false,
        eachBatch: async ({ batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale }) => {
          const { messages } = batch;
          await handleInKeyLanes(
            messages,
            (message) => message.key?.toString('latin1') ?? '',
            resolved.keysConcurrently,
            (message) => this.handle(subscription, handler, resolved, { topic: batch.topic, partition: batch.partition, message, heartbeat }),
            async (prefix) => {
              resolveOffset(messages[prefix - 1]!.offset);
              await commitOffsetsIfNecessary();
              await heartbeat().catch(() => undefined);
            },
            () => subscription.closing || !isRunning() || isStale(),
          );
        },
      });
    } catch (error) {
      await subscription.close().catch(() => undefined);
      throw error;
    }
    return subscription;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.allSettled([...this.subscriptions].map((subscription) => subscription.close()));
    await this.sending;
    await this.connecting?.catch(() => undefined);
    await Promise.allSettled([this.producer.disconnect(), this.admin.disconnect()]);
  }

  /**
   * Calls the handler until it resolves, at most maxAttempts times, then dead-letters the message. Returning lets
   * kafkajs resolve (and later commit) the offset; throwing leaves it uncommitted, so the message comes again.
   */
  private async handle(
    subscription: KafkaSubscription,
    handler: MessageHandler,
    options: ResolvedSubscribeOptions,
    { topic, partition, message, heartbeat }: Pick<EachMessagePayload, 'topic' | 'partition' | 'message' | 'heartbeat'>,
  ): Promise<void> {
    const { metrics } = this.options;
    const labels = { topic, group: subscription.groupId };
    for (let attempt = 1; ; attempt++) {
      if (subscription.closing) throw new SubscriptionClosed();
      const incoming: IncomingMessage = {
        topic,
        partition,
        offset: message.offset,
        key: message.key?.toString() ?? null,
        value: message.value ?? Buffer.alloc(0),
        headers: headersOf(message.headers),
        attempt,
      };
      try {
        await handler(incoming);
        metrics.consumed.inc(labels);
        return;
      } catch (error) {
        metrics.failed.inc(labels);
        if (attempt >= options.maxAttempts) {
          this.logger.error(
            { topic, group: subscription.groupId, partition, offset: message.offset, attempts: attempt, err: error },
            'message handler failed on every attempt: dead-lettered',
          );
          await this.publish(deadLetterTopic(topic), [deadLetter(incoming, subscription.groupId, error, attempt)]);
          metrics.deadLettered.inc(labels);
          return;
        }
        this.logger.warn({ topic, group: subscription.groupId, partition, offset: message.offset, attempt, err: error }, 'message handler failed: retrying');
        await subscription.sleep(retryDelay(options, attempt));
        await heartbeat().catch(() => undefined);
      }
    }
  }

  private ensureTopic(topic: string): Promise<void> {
    let ready = this.topics.get(topic);
    if (!ready) {
      ready = this.createTopic(topic);
      this.topics.set(topic, ready);
      ready.catch(() => this.topics.delete(topic));
    }
    return ready;
  }

  private async createTopic(topic: string): Promise<void> {
    await this.connect();
    const existing = await this.admin.listTopics();
    if (existing.includes(topic)) return;
    try {
      await this.admin.createTopics({
        topics: [{ topic, numPartitions: this.partitions, replicationFactor: this.replicationFactor }],
        waitForLeaders: true,
      });
      this.logger.info({ topic, partitions: this.partitions }, 'created Kafka topic');
    } catch (error) {
      // another instance created it in between
      const errors = (error as { errors?: { type?: string }[] }).errors ?? [];
      const type = (error as { type?: string }).type;
      if (type === 'TOPIC_ALREADY_EXISTS' || (errors.length > 0 && errors.every((e) => e.type === 'TOPIC_ALREADY_EXISTS'))) return;
      throw error;
    }
  }

  /** Consumer lag of this instance's groups, computed when /metrics is scraped (two admin requests per group). */
  private async collectLag(gauge: { set(labels: { topic: string; group: string }, value: number): void }): Promise<void> {
    if (this.closed || !this.connecting) return;
    const groups = new Map<string, { topic: string; group: string }>();
    for (const subscription of this.subscriptions) {
      groups.set(`${subscription.topic}\0${subscription.groupId}`, { topic: subscription.topic, group: subscription.groupId });
    }
    await withTimeout(
      Promise.all(
        [...groups.values()].map(async ({ topic, group }) => {
          const [ends, committed] = await Promise.all([
            this.admin.fetchTopicOffsets(topic),
            this.admin.fetchOffsets({ groupId: group, topics: [topic] }),
          ]);
          const byPartition = new Map((committed[0]?.partitions ?? []).map((entry) => [entry.partition, Number(entry.offset)]));
          let lag = 0;
          for (const end of ends) {
            const position = byPartition.get(end.partition) ?? -1;
            lag += Number(end.high) - (position >= 0 ? position : Number(end.low));
          }
          gauge.set({ topic, group }, Math.max(0, lag));
        }),
      ),
      2_000,
      'consumer lag not available within 2 s',
    ).catch((error: unknown) => this.logger.debug({ err: error }, 'could not compute consumer lag'));
  }
}
