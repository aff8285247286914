import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import {
  DLQ_HEADERS,
  deadLetterTopic,
  partitionFor,
  type IncomingMessage,
  type MessageBus,
  type MessageHandler,
  type SubscribeOptions,
  type Subscription,
} from '../../src/shared/messaging/message-bus.js';
import type { MessagingMetrics } from '../../src/shared/messaging/messaging-metrics.js';

export interface BusUnderTest {
  bus: MessageBus;
  metrics: MessagingMetrics;
  /** closes the bus and removes what the suite created (topics) */
  close(topics: string[]): Promise<void>;
}

export async function waitFor(condition: () => boolean, timeoutMs: number, what: () => string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * What every MessageBus promises, run against each implementation: delivery with key, value and headers; order per
 * key with partitions handled concurrently; retries that hold back the key's later messages; dead letters after the
 * last attempt; at-least-once across a member leaving its group (a message in hand is delivered again); fan-out to
 * every group. `timeoutMs` is how long a delivery may take on that transport.
 */
export function messageBusContract(name: string, setup: () => Promise<BusUnderTest>, timeoutMs = 20_000): void {
  describe(`MessageBus contract: ${name}`, () => {
    let target: BusUnderTest;
    const topics: string[] = [];
    const subscriptions: Subscription[] = [];
    const newTopic = () => {
      const topic = `contract.${randomUUID()}`;
      topics.push(topic, deadLetterTopic(topic));
      return topic;
    };
    const subscribe = async (topic: string, group: string, handler: MessageHandler, options?: SubscribeOptions) => {
      const subscription = await target.bus.subscribe(topic, group, handler, options);
      subscriptions.push(subscription);
      return subscription;
    };

    beforeAll(async () => {
      target = await setup();
    });
    afterAll(async () => {
      await Promise.allSettled(subscriptions.map((subscription) => subscription.close()));
      await target?.close(topics);
    });

    it('delivers each acknowledged message with its key, value and headers', async () => {
      const topic = newTopic();
      await target.bus.publish(topic, [
        { key: 'a', value: 'first', headers: { 'content-type': 'text/plain', trace: 't-1' } },
        { key: 'b', value: Buffer.from([0, 1, 2, 255]) },
      ]);
      await target.bus.publish(topic, [{ key: 'a', value: 'second' }]);
      const received: IncomingMessage[] = [];
      await subscribe(topic, `g-${randomUUID()}`, async (message) => {
        received.push(message);
      });
      await waitFor(() => received.length >= 3, timeoutMs, () => `3 messages (got ${received.length})`);
      await sleep(100);
      expect(received).toHaveLength(3);
      const a = received.filter((message) => message.key === 'a');
      expect(a.map((message) => message.value.toString())).toEqual(['first', 'second']);
      expect(a[0].headers).toMatchObject({ 'content-type': 'text/plain', trace: 't-1' });
      expect(a[0].attempt).toBe(1);
      expect(a[0].topic).toBe(topic);
      expect(a[0].partition).toBe(a[1].partition);
      expect(BigInt(a[1].offset)).toBeGreaterThan(BigInt(a[0].offset));
      const [b] = received.filter((message) => message.key === 'b');
      expect([...b.value]).toEqual([0, 1, 2, 255]);
      const published = await target.metrics.published.get();
      expect(published.values.find((value) => value.labels.topic === topic)?.value).toBe(3);
    });

    it('keeps the order of each key while partitions are handled concurrently', async () => {
      const topic = newTopic();
      const keys = Array.from({ length: 12 }, (_, index) => `key-${index}`);
      const seen = new Map<string, number[]>();
      let count = 0;
      await subscribe(
        topic,
        `g-${randomUUID()}`,
        async (message) => {
          await sleep(Math.random() * 2);
          const [key, sequence] = message.value.toString().split(':');
          expect(message.key).toBe(key);
          seen.set(key, [...(seen.get(key) ?? []), Number(sequence)]);
          count++;
        },
        { partitionsConcurrently: 3 },
      );
      let sequence = 0;
      for (let round = 0; round < 6; round++) {
        const messages = Array.from({ length: 40 }, (_, index) => {
          const key = keys[(index * 7 + round) % keys.length];
          return { key, value: `${key}:${sequence++}` };
        });
        await target.bus.publish(topic, messages);
      }
      await waitFor(() => count >= 240, timeoutMs, () => `240 messages (got ${count})`);
      for (const [, values] of seen) expect(values).toEqual([...values].sort((x, y) => x - y));
      expect([...seen.values()].flat().sort((x, y) => x - y)).toEqual(Array.from({ length: 240 }, (_, index) => index));
    });

    it('with keysConcurrently handles other keys of a partition while one key is busy, each key still in order', async () => {
      const topic = newTopic();
      // two keys of the same partition (both buses place keys with Kafka's partitioner over the suite's 3 partitions)
      const [slow, fast] = Array.from({ length: 50 }, (_, index) => `key-${index}`).filter((key) => partitionFor(key, 3) === 0);
      const seen: string[] = [];
      let fastDoneWhileSlowWaited = false;
      await subscribe(
        topic,
        `g-${randomUUID()}`,
        async (message) => {
          const value = message.value.toString();
          if (value === `${slow}:0`) {
            const deadline = Date.now() + timeoutMs / 2;
            while (seen.filter((each) => each.startsWith(`${fast}:`)).length < 5 && Date.now() < deadline) await sleep(10);
            fastDoneWhileSlowWaited = seen.filter((each) => each.startsWith(`${fast}:`)).length === 5;
          }
          seen.push(value);
        },
        { keysConcurrently: 2 },
      );
      await target.bus.publish(topic, [
        { key: slow!, value: `${slow}:0` },
        ...Array.from({ length: 5 }, (_, index) => ({ key: fast!, value: `${fast}:${index}` })),
        { key: slow!, value: `${slow}:1` },
      ]);
      await waitFor(() => seen.length >= 7, timeoutMs, () => `7 messages (got ${seen.length})`);
      expect(fastDoneWhileSlowWaited).toBe(true);
      expect(seen.filter((each) => each.startsWith(`${slow}:`))).toEqual([`${slow}:0`, `${slow}:1`]);
      expect(seen.filter((each) => each.startsWith(`${fast}:`))).toEqual([0, 1, 2, 3, 4].map((index) => `${fast}:${index}`));
    });

    it('retries a failing handler with backoff and holds back the later messages of its key', async () => {
      const topic = newTopic();
      const handled: string[] = [];
      const attempts: number[] = [];
      await subscribe(
        topic,
        `g-${randomUUID()}`,
        async (message) => {
          const value = message.value.toString();
          if (value === 'k:1') {
            attempts.push(message.attempt);
            if (message.attempt < 3) throw new Error(`transient failure ${message.attempt}`);
          }
          handled.push(value);
        },
        { maxAttempts: 5, retryDelayMs: 20 },
      );
      await target.bus.publish(topic, ['k:0', 'k:1', 'k:2', 'k:3'].map((value) => ({ key: 'k', value })));
      await waitFor(() => handled.length >= 4, timeoutMs, () => `4 handled (got ${handled.join(',')})`);
      expect(attempts).toEqual([1, 2, 3]);
      expect(handled).toEqual(['k:0', 'k:1', 'k:2', 'k:3']);
    });

    it('sends a message to <topic>.dlq with the error after the last attempt, and moves on', async () => {
      const topic = newTopic();
      const group = `g-${randomUUID()}`;
      const handled: string[] = [];
      let poisonAttempts = 0;
      await subscribe(
        topic,
        group,
        async (message) => {
          if (message.value.toString() === 'poison') {
            poisonAttempts++;
            throw new TypeError('cannot digest poison');
          }
          handled.push(message.value.toString());
        },
        { maxAttempts: 3, retryDelayMs: 10 },
      );
      const dead: IncomingMessage[] = [];
      await subscribe(deadLetterTopic(topic), `dlq-${randomUUID()}`, async (message) => {
        dead.push(message);
      });
      await target.bus.publish(topic, [
        { key: 'p', value: 'before' },
        { key: 'p', value: 'poison', headers: { trace: 't-9' } },
        { key: 'p', value: 'after' },
      ]);
      await waitFor(() => handled.length >= 2 && dead.length >= 1, timeoutMs, () => `handled ${handled.join(',')}, ${dead.length} dead`);
      expect(handled).toEqual(['before', 'after']);
      expect(poisonAttempts).toBe(3);
      expect(dead).toHaveLength(1);
      expect(dead[0].key).toBe('p');
      expect(dead[0].value.toString()).toBe('poison');
      expect(dead[0].headers).toMatchObject({
        trace: 't-9',
        [DLQ_HEADERS.error]: 'cannot digest poison',
        [DLQ_HEADERS.errorType]: 'TypeError',
        [DLQ_HEADERS.attempts]: '3',
        [DLQ_HEADERS.topic]: topic,
        [DLQ_HEADERS.group]: group,
      });
      expect(dead[0].headers[DLQ_HEADERS.offset]).toMatch(/^\d+$/);
      const deadLettered = await target.metrics.deadLettered.get();
      expect(deadLettered.values.find((value) => value.labels.topic === topic)?.value).toBe(1);
      const failed = await target.metrics.failed.get();
      expect(failed.values.find((value) => value.labels.topic === topic)?.value).toBe(3);
    });

    it('delivers at least once: what a leaving member did not finish goes to the next one; every group gets everything', async () => {
      const topic = newTopic();
      const group = `g-${randomUUID()}`;
      const values = Array.from({ length: 60 }, (_, index) => `m:${index}`);
      await target.bus.publish(
        topic,
        values.map((value, index) => ({ key: `k-${index % 4}`, value })),
      );
      const other = new Set<string>();
      await subscribe(topic, `g-${randomUUID()}`, async (message) => {
        other.add(message.value.toString());
      });
      // the first member handles slowly, and is stuck retrying m:30 when it leaves
      const first = new Set<string>();
      let stuck = false;
      const firstMember = await subscribe(
        topic,
        group,
        async (message) => {
          const value = message.value.toString();
          if (value === 'm:30') {
            stuck = true;
            throw new Error('not now');
          }
          await sleep(2);
          first.add(value);
        },
        { maxAttempts: 1_000, retryDelayMs: 50, maxRetryDelayMs: 50 },
      );
      await waitFor(() => stuck && first.size >= 5, timeoutMs, () => `first member busy (handled ${first.size})`);
      await firstMember.close();
      expect(first.has('m:30')).toBe(false);
      const second = new Set<string>();
      await subscribe(topic, group, async (message) => {
        second.add(message.value.toString());
      });
      await waitFor(
        () => values.every((value) => first.has(value) || second.has(value)),
        timeoutMs,
        () => `every message handled in the group (missing ${values.filter((value) => !first.has(value) && !second.has(value)).join(',')})`,
      );
      expect(second.has('m:30')).toBe(true);
      // the second member resumed from what the first committed, not from the beginning
      expect(second.size).toBeLessThan(values.length);
      await waitFor(() => other.size >= values.length, timeoutMs, () => `the other group to get all (got ${other.size})`);
    });
  });
}
