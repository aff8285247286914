/**
 * The messaging port: topics of keyed messages, at-least-once delivery to consumer groups, ordered per key.
 * Two implementations sit behind MESSAGE_BUS: Kafka (KAFKA_BROKERS set) and an in-process bus (embedded mode).
 */
export interface OutgoingMessage {
  /** messages with the same key are delivered in the order they were published (same partition) */
  key: string;
  value: Buffer | string;
  headers?: Record<string, string>;
}

export interface IncomingMessage {
  topic: string;
  partition: number;
  /** the message's offset in its partition, as a decimal string */
  offset: string;
  key: string | null;
  value: Buffer;
  headers: Record<string, string>;
  /** 1 on the first delivery to this handler, 2 on the first retry, ... */
  attempt: number;
}

export type MessageHandler = (message: IncomingMessage) => Promise<void>;

export interface SubscribeOptions {
  /** a new consumer group starts at the oldest retained message (true, the default) or at the end of the topic */
  fromBeginning?: boolean;
  /** handler calls per message before it goes to `<topic>.dlq` (default 5) */
  maxAttempts?: number;
  /** delay before the first retry, doubled on each further one (default 100 ms) */
  retryDelayMs?: number;
  /** ceiling of the delay between retries (default 5 s) */
  maxRetryDelayMs?: number;
  /** partitions handled at the same time by this subscriber, each in order (default 1) */
  partitionsConcurrently?: number;
  /**
   * keys of one partition handled at the same time (default 1: the partition's messages one by one); messages with
   * the same key stay in order, and offsets are committed only below the first message still in hand
   */
  keysConcurrently?: number;
}

export interface Subscription {
  /** stops taking messages, waits for the one in hand, commits what was handled and leaves the group */
  close(): Promise<void>;
}

export interface MessageBus {
  readonly kind: 'kafka' | 'in-process';
  /** creates the topics that do not exist yet (with the bus's partition count); idempotent */
  ensureTopics(topics: string[]): Promise<void>;
  /**
   * Resolves once every message is durably stored (Kafka: acknowledged by all in-sync replicas through an idempotent
   * producer); rejects if any may not be. A rejected publish may still have stored some messages: retry it, and let
   * consumers dedupe.
   */
  publish(topic: string, messages: OutgoingMessage[]): Promise<void>;
  /**
   * At-least-once delivery to one member of the consumer group `groupId`, in order per key. A message is committed
   * only after the handler resolves; a handler that keeps failing is retried `maxAttempts` times with backoff, then
   * the message goes to `<topic>.dlq` with the error in its headers and consumption moves on.
   */
  subscribe(topic: string, groupId: string, handler: MessageHandler, options?: SubscribeOptions): Promise<Subscription>;
  /** closes every subscription (waiting for handlers in progress) and the connections */
  close(): Promise<void>;
}

export const MESSAGE_BUS = Symbol('MESSAGE_BUS');

export const deadLetterTopic = (topic: string): string => `${topic}.dlq`;

/** Headers a dead-lettered message carries in addition to its own. */
export const DLQ_HEADERS = {
  error: 'dlq-error',
  errorType: 'dlq-error-type',
  attempts: 'dlq-attempts',
  topic: 'dlq-original-topic',
  partition: 'dlq-original-partition',
  offset: 'dlq-original-offset',
  group: 'dlq-consumer-group',
  failedAt: 'dlq-failed-at',
} as const;

export interface ResolvedSubscribeOptions {
  fromBeginning: boolean;
  maxAttempts: number;
  retryDelayMs: number;
  maxRetryDelayMs: number;
  partitionsConcurrently: number;
  keysConcurrently: number;
}

export function resolveSubscribeOptions(options: SubscribeOptions = {}): ResolvedSubscribeOptions {
  return {
    fromBeginning: options.fromBeginning ?? true,
    maxAttempts: Math.max(1, options.maxAttempts ?? 5),
    retryDelayMs: Math.max(0, options.retryDelayMs ?? 100),
    maxRetryDelayMs: Math.max(0, options.maxRetryDelayMs ?? 5_000),
    partitionsConcurrently: Math.max(1, options.partitionsConcurrently ?? 1),
    keysConcurrently: Math.max(1, options.keysConcurrently ?? 1),
  };
}

export function retryDelay(options: ResolvedSubscribeOptions, failedAttempt: number): number {
  return Math.min(options.maxRetryDelayMs, options.retryDelayMs * 2 ** (failedAttempt - 1));
}

export function toBuffer(value: Buffer | string): Buffer {
  return typeof value === 'string' ? Buffer.from(value, 'utf8') : Buffer.from(value);
}

/** The dead letter for a message whose handler failed `attempts` times with `error`. */
export function deadLetter(message: IncomingMessage, groupId: string, error: unknown, attempts: number): OutgoingMessage {
  const failure = error instanceof Error ? error : new Error(String(error));
  return {
    key: message.key ?? '',
    value: message.value,
    headers: {
      ...message.headers,
      [DLQ_HEADERS.error]: failure.message.slice(0, 2_000),
      [DLQ_HEADERS.errorType]: failure.name,
      [DLQ_HEADERS.attempts]: String(attempts),
      [DLQ_HEADERS.topic]: message.topic,
      [DLQ_HEADERS.partition]: String(message.partition),
      [DLQ_HEADERS.offset]: message.offset,
      [DLQ_HEADERS.group]: groupId,
      [DLQ_HEADERS.failedAt]: new Date().toISOString(),
    },
  };
}

/** Java-compatible murmur2 of the key, as Kafka's default partitioner uses, so both buses place keys alike. */
export function partitionFor(key: string, partitions: number): number {
  const data = Buffer.from(key, 'utf8');
  const seed = 0x9747b28c;
  const m = 0x5bd1e995;
  const r = 24;
  const length = data.length;
  let h = seed ^ length;
  const length4 = Math.floor(length / 4);
  for (let i = 0; i < length4; i++) {
    const i4 = i * 4;
    let k = (data[i4] & 0xff) + ((data[i4 + 1] & 0xff) << 8) + ((data[i4 + 2] & 0xff) << 16) + ((data[i4 + 3] & 0xff) << 24);
    k = Math.imul(k, m);
    k ^= k >>> r;
    k = Math.imul(k, m);
    h = Math.imul(h, m);
    h ^= k;
  }
  const rest = length % 4;
  const tail = length & ~3;
  if (rest === 3) h ^= (data[tail + 2] & 0xff) << 16;
  if (rest >= 2) h ^= (data[tail + 1] & 0xff) << 8;
  if (rest >= 1) {
    h ^= data[tail] & 0xff;
    h = Math.imul(h, m);
  }
  h ^= h >>> 13;
  h = Math.imul(h, m);
  h ^= h >>> 15;
  return (h & 0x7fffffff) % partitions;
}
