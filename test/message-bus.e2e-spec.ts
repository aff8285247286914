import { afterAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { InProcessMessageBus } from '../src/shared/messaging/in-process-message-bus.js';
import { KafkaMessageBus } from '../src/shared/messaging/kafka-message-bus.js';
import { MessagingMetrics } from '../src/shared/messaging/messaging-metrics.js';
import { createLogger } from '../src/shared/observability/logger.js';
import { Metrics } from '../src/shared/observability/metrics.js';
import { messageBusContract, waitFor } from './support/message-bus-contract.js';
import { kafkaBrokers } from './support/services.js';

const brokers = kafkaBrokers();
const logger = createLogger('silent');

async function deleteTopics(topics: string[]): Promise<void> {
  if (!brokers || topics.length === 0) return;
  const admin = new Kafka({ clientId: 'bgi-test-cleanup', brokers, logLevel: logLevel.NOTHING }).admin();
  try {
    await admin.connect();
    const existing = new Set(await admin.listTopics());
    const ours = topics.filter((topic) => existing.has(topic));
    if (ours.length > 0) await admin.deleteTopics({ topics: ours });
  } finally {
    await admin.disconnect();
  }
}

messageBusContract('in-process', async () => {
  const metrics = new MessagingMetrics(new Metrics(false).registry);
  const bus = new InProcessMessageBus({ logger, metrics, partitions: 3 });
  return { bus, metrics, close: () => bus.close() };
});

if (brokers) {
  messageBusContract('Kafka', async () => {
    const metrics = new MessagingMetrics(new Metrics(false).registry);
    const bus = new KafkaMessageBus({ brokers, logger, metrics, partitions: 3 });
    return {
      bus,
      metrics,
      close: async (topics) => {
        await bus.close();
        await deleteTopics(topics);
      },
    };
  });
} else {
  describe.skip('MessageBus contract: Kafka (KAFKA_BROKERS not set)', () => {
    it('runs against a real broker', () => undefined);
  });
}

(brokers ? describe : describe.skip)('KafkaMessageBus operations', () => {
  const topics: string[] = [];
  afterAll(() => deleteTopics(topics));

  it('creates topics with the configured partitions, reports health with the broker count, lag and counters in /metrics', async () => {
    const registry = new Metrics(false).registry;
    const bus = new KafkaMessageBus({ brokers: brokers!, logger, metrics: new MessagingMetrics(registry), partitions: 4 });
    const topic = `ops.${randomUUID()}`;
    topics.push(topic, `${topic}.dlq`);
    const admin = new Kafka({ clientId: 'bgi-test-admin', brokers: brokers!, logLevel: logLevel.NOTHING }).admin();
    try {
      await admin.connect();
      await bus.ensureTopics([topic]);
      const metadata = await admin.fetchTopicMetadata({ topics: [topic] });
      expect(metadata.topics[0].partitions).toHaveLength(4);

      const health = await bus.health();
      expect(health).toMatchObject({ status: 'up' });
      expect(health.brokers).toBeGreaterThanOrEqual(1);

      await bus.publish(topic, Array.from({ length: 20 }, (_, index) => ({ key: `k${index % 5}`, value: String(index) })));
      let handled = 0;
      const subscription = await bus.subscribe(topic, `ops-${randomUUID()}`, async () => {
        handled++;
        if (handled > 10) await new Promise((resolve) => setTimeout(resolve, 5_000));
      });
      await waitFor(() => handled >= 11, 20_000, () => `11 handled (got ${handled})`);
      const text = await registry.metrics();
      expect(text).toMatch(new RegExp(`bgi_messages_published_total\\{topic="${topic}"\\} 20`));
      expect(text).toMatch(new RegExp(`bgi_messages_consumed_total\\{topic="${topic}",group="ops-[^"]+"\\} 10`));
      const lag = text.match(new RegExp(`bgi_messaging_consumer_lag\\{topic="${topic}",group="ops-[^"]+"\\} (\\d+)`));
      expect(Number(lag?.[1])).toBeGreaterThanOrEqual(9);
      await subscription.close();
    } finally {
      await bus.close();
      await admin.disconnect();
    }
  });

  it('is down, not hanging, when no broker answers; publish then fails and close() returns', async () => {
    const bus = new KafkaMessageBus({
      brokers: ['127.0.0.1:1'],
      logger,
      metrics: new MessagingMetrics(new Metrics(false).registry),
      connectionTimeoutMs: 200,
      retry: { retries: 1, initialRetryTime: 50 },
    });
    const health = await bus.health();
    expect(health).toMatchObject({ status: 'down', brokers: 0 });
    await expect(bus.publish('nowhere', [{ key: 'k', value: 'v' }])).rejects.toThrow();
    await bus.close();
    await expect(bus.publish('nowhere', [{ key: 'k', value: 'v' }])).rejects.toThrow(/closed/);
  });
});
