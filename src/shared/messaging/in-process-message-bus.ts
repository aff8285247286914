import type { Logger } from 'pino';
import {
  deadLetter,
  deadLetterTopic,
  partitionFor,
  resolveSubscribeOptions,
  retryDelay,
  toBuffer,
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

/** messages of a partition taken at once, like a fetched batch: their keys are spread over the concurrent lanes */
const DRAIN_WINDOW = 256;

export interface InProcessMessageBusOptions {
  logger: Logger;
  metrics: MessagingMetrics;
  /** virtual partitions per topic: keys hash onto them as with Kafka; each is handled in order (default 6) */
  partitions?: number;
  /**
   * Messages kept per partition after every existing group handled them, for groups that join later with
   * fromBeginning (default 1,000). Messages a group has not handled yet are always kept.
   */
  retainedPerPartition?: number;
}

interface StoredMessage {
  key: string;
  value: Buffer;
  headers: Record<string, string>;
}

class Partition {
  /** offset of messages[0] */
  base = 0;
  messages: StoredMessage[] = [];
  get end(): number {
    return this.base + this.messages.length;
  }
}

class Member {
  closed = false;
  readonly inFlight = new Set<Promise<void>>();
  private readonly wakers = new Set<() => void>();

  constructor(
    readonly handler: MessageHandler,
    readonly options: ResolvedSubscribeOptions,
  ) {}

  /** waits ms, or less when the member closes */
  sleep(ms: number): Promise<void> {
    if (this.closed) return Promise.resolve();
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

  close(): void {
    this.closed = true;
    for (const wake of [...this.wakers]) wake();
  }
}

class Group {
  /** next offset to handle, per partition: the group's committed position */
  readonly committed: number[];
  readonly members: Member[] = [];
  readonly running: boolean[];

  constructor(
    readonly id: string,
    partitions: Partition[],
    fromBeginning: boolean,
  ) {
    this.committed = partitions.map((partition) => (fromBeginning ? partition.base : partition.end));
    this.running = partitions.map(() => false);
  }
}

class Topic {
  readonly partitions: Partition[];
  readonly groups = new Map<string, Group>();

  constructor(
    readonly name: string,
    count: number,
  ) {
    this.partitions = Array.from({ length: count }, () => new Partition());
  }
}

/**
 * The embedded mode's message bus: Kafka's semantics inside one process. Keys hash onto virtual partitions; each
 * consumer group handles a partition in order per key (keysConcurrently keys at once) and moves its committed offset
 * only past messages whose handler resolved (or that were dead-lettered after the last attempt). Members of a group share the
 * partitions; a member that leaves hands its partitions, including a message it had not finished, to the others.
 * A message is kept until every group that exists has handled it (plus a short tail for groups joining later), so a
 * slow consumer costs memory, never messages. Nothing survives the process: at-least-once holds within it.
 */
export class InProcessMessageBus implements MessageBus {
  readonly kind = 'in-process' as const;
  private readonly topics = new Map<string, Topic>();
  private readonly partitionCount: number;
  private readonly retained: number;
  private closed = false;

  constructor(private readonly options: InProcessMessageBusOptions) {
    this.partitionCount = Math.max(1, options.partitions ?? 6);
    this.retained = Math.max(0, options.retainedPerPartition ?? 1_000);
  }

  async ensureTopics(topics: string[]): Promise<void> {
    for (const topic of topics) this.topic(topic);
  }

  async publish(topic: string, messages: OutgoingMessage[]): Promise<void> {
    if (this.closed) throw new Error('message bus is closed');
    if (messages.length === 0) return;
    const target = this.topic(topic);
    const touched = new Set<number>();
    for (const message of messages) {
      if (typeof message.key !== 'string') throw new TypeError('message key must be a string');
      const index = partitionFor(message.key, target.partitions.length);
      target.partitions[index].messages.push({ key: message.key, value: toBuffer(message.value), headers: { ...message.headers } });
      touched.add(index);
    }
    for (const index of touched) this.trim(target, index);
    this.options.metrics.published.inc({ topic }, messages.length);
    for (const group of target.groups.values()) for (const index of touched) this.pump(target, group, index);
  }

  async subscribe(topic: string, groupId: string, handler: MessageHandler, options?: SubscribeOptions): Promise<Subscription> {
    if (this.closed) throw new Error('message bus is closed');
    const resolved = resolveSubscribeOptions(options);
    const target = this.topic(topic);
    this.topic(deadLetterTopic(topic));
    let group = target.groups.get(groupId);
    if (!group) {
      group = new Group(groupId, target.partitions, resolved.fromBeginning);
      target.groups.set(groupId, group);
    }
    const member = new Member(handler, resolved);
    group.members.push(member);
    const joined = group;
    target.partitions.forEach((_, index) => this.pump(target, joined, index));
    return {
      close: async () => {
        if (member.closed) return;
        member.close();
        const at = joined.members.indexOf(member);
        if (at >= 0) joined.members.splice(at, 1);
        await Promise.allSettled([...member.inFlight]);
        // what it left unfinished goes to the members that remain
        target.partitions.forEach((_, index) => this.pump(target, joined, index));
      },
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    const members = [...this.topics.values()].flatMap((topic) => [...topic.groups.values()].flatMap((group) => group.members.splice(0)));
    for (const member of members) member.close();
    await Promise.allSettled(members.flatMap((member) => [...member.inFlight]));
  }

  private topic(name: string): Topic {
    let topic = this.topics.get(name);
    if (!topic) {
      topic = new Topic(name, this.partitionCount);
      this.topics.set(name, topic);
    }
    return topic;
  }

  /** Starts the group's loop over one partition unless it is running; the loop stops when nothing is left. */
  private pump(topic: Topic, group: Group, index: number): void {
    if (group.running[index] || this.closed) return;
    group.running[index] = true;
    setImmediate(() => {
      void this.drain(topic, group, index).finally(() => {
        group.running[index] = false;
        const partition = topic.partitions[index];
        if (group.committed[index] < partition.end && group.members.length > 0) this.pump(topic, group, index);
      });
    });
  }

  private async drain(topic: Topic, group: Group, index: number): Promise<void> {
    const partition = topic.partitions[index];
    while (!this.closed && group.members.length > 0) {
      const from = group.committed[index];
      if (from >= partition.end) return;
      const member = group.members[index % group.members.length];
      const pending = partition.messages
        .slice(from - partition.base, Math.min(partition.end, from + DRAIN_WINDOW) - partition.base)
        .map((stored, at) => ({ stored, offset: from + at }));
      const run = handleInKeyLanes(
        pending,
        ({ stored }) => stored.key,
        member.options.keysConcurrently,
        ({ stored, offset }) => this.deliver(topic, group, member, index, offset, stored),
        (prefix) => {
          group.committed[index] = from + prefix;
          this.trim(topic, index);
        },
        () => member.closed || this.closed,
      ).then(() => undefined);
      member.inFlight.add(run);
      try {
        // a rejection means the member left before a message was handled: the next member gets it again
        await run.catch(() => undefined);
      } finally {
        member.inFlight.delete(run);
      }
    }
  }

  /** Resolves once the message was handled or dead-lettered; rejects when the member left first. */
  private async deliver(topic: Topic, group: Group, member: Member, index: number, offset: number, stored: StoredMessage): Promise<void> {
    const { metrics } = this.options;
    const labels = { topic: topic.name, group: group.id };
    for (let attempt = 1; ; attempt++) {
      if (member.closed) throw new Error('subscription closed');
      const message: IncomingMessage = {
        topic: topic.name,
        partition: index,
        offset: String(offset),
        key: stored.key,
        value: Buffer.from(stored.value),
        headers: { ...stored.headers },
        attempt,
      };
      try {
        await member.handler(message);
        metrics.consumed.inc(labels);
        return;
      } catch (error) {
        metrics.failed.inc(labels);
        if (attempt >= member.options.maxAttempts) {
          this.options.logger.error(
            { topic: topic.name, group: group.id, partition: index, offset, attempts: attempt, err: error },
            'message handler failed on every attempt: dead-lettered',
          );
          await this.publish(deadLetterTopic(topic.name), [deadLetter(message, group.id, error, attempt)]);
          metrics.deadLettered.inc(labels);
          return;
        }
        this.options.logger.warn({ topic: topic.name, group: group.id, partition: index, offset, attempt, err: error }, 'message handler failed: retrying');
        await member.sleep(retryDelay(member.options, attempt));
      }
    }
  }

  /** Drops the messages every group has handled, except the last `retained` of them. */
  private trim(topic: Topic, index: number): void {
    const partition = topic.partitions[index];
    let keepFrom = partition.end - this.retained;
    for (const group of topic.groups.values()) keepFrom = Math.min(keepFrom, group.committed[index]);
    const drop = keepFrom - partition.base;
    // drop in chunks: splicing the head of a long array for every message would cost O(n) each time
    if (drop <= 0 || (drop < 512 && drop < partition.messages.length / 2)) return;
    partition.messages.splice(0, drop);
    partition.base += drop;
  }
}
