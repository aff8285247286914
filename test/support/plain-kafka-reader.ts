import { randomUUID } from 'node:crypto';
import type { Kafka } from 'kafkajs';

/** A message as a consumer that knows nothing of the project sees it: key, raw value, headers as text. */
export interface Received {
  key: string | null;
  value: Buffer;
  headers: Record<string, string>;
}

/**
 * Reads a topic with a plain kafkajs consumer in a group of its own — no project code between the broker and the
 * test — from the end of the topic (`fromEnd`) or from its beginning.
 */
export async function readTopicPlainly(kafka: Kafka, topic: string, fromEnd: boolean): Promise<{ received: Received[]; close(): Promise<void> }> {
  const admin = kafka.admin();
  await admin.connect();
  const ends = fromEnd ? await admin.fetchTopicOffsets(topic) : [];
  await admin.disconnect();
  const consumer = kafka.consumer({ groupId: `plain-${randomUUID()}`, maxWaitTimeInMs: 50 });
  const received: Received[] = [];
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const headers = Object.fromEntries(Object.entries(message.headers ?? {}).map(([key, value]) => [key, String(value)]));
      received.push({ key: message.key?.toString() ?? null, value: message.value ?? Buffer.alloc(0), headers });
    },
  });
  for (const end of ends) consumer.seek({ topic, partition: end.partition, offset: end.offset });
  return { received, close: () => consumer.disconnect() };
}
