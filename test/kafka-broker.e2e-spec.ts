import { describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { kafkaBrokers } from './support/services.js';

const brokers = kafkaBrokers();

// The broker started by tools/kafka/kafka.sh is what the real-time suites run against: prove it works end to end.
(brokers ? describe : describe.skip)('Kafka broker from tools/kafka', () => {
  it('creates a partitioned topic and delivers keyed messages in order per key to a consumer group', async () => {
    const kafka = new Kafka({ clientId: 'bgi-test', brokers: brokers!, logLevel: logLevel.NOTHING });
    const admin = kafka.admin();
    const producer = kafka.producer();
    const topic = `bgi-test-${randomUUID()}`;
    const consumer = kafka.consumer({ groupId: `${topic}-group` });
    try {
      await admin.connect();
      await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true });
      await producer.connect();
      const messages = Array.from({ length: 30 }, (_, n) => ({ key: `company-${n % 3}`, value: String(n) }));
      await producer.send({ topic, messages });

      await consumer.connect();
      await consumer.subscribe({ topic, fromBeginning: true });
      const received = new Map<string, number[]>();
      let count = 0;
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`only ${count} of 30 messages arrived`)), 30_000);
        void consumer.run({
          eachMessage: async ({ message }) => {
            const key = message.key!.toString();
            received.set(key, [...(received.get(key) ?? []), Number(message.value!.toString())]);
            if (++count === 30) {
              clearTimeout(timer);
              resolve();
            }
          },
        });
      });
      for (const [key, values] of received) {
        expect(values).toEqual([...values].sort((a, b) => a - b));
        expect(values.every((value) => `company-${value % 3}` === key)).toBe(true);
      }
      expect(count).toBe(30);
    } finally {
      await consumer.disconnect();
      await producer.disconnect();
      await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
      await admin.disconnect();
    }
  });
});
