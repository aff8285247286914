// Smoke test for the development broker of tools/kafka/kafka.sh:
//   bash tools/kafka/kafka.sh start && node_modules/.bin/node tools/kafka/smoke.mjs
// Creates a topic with 3 partitions, produces 100 keyed messages, consumes them with a consumer group and checks that
// all 100 arrived (and that each key's messages arrived in order). Topics of earlier runs are reported (they show that
// the broker's data survived a restart) and then deleted, so that only this run's topic is kept.
// Exits 0 on success, 1 with a message otherwise. KAFKA_BROKERS (default 127.0.0.1:9092) picks the broker.
import { Kafka, Partitioners, logLevel } from 'kafkajs';

const BROKERS = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const PREFIX = 'bgi-smoke-';
const COUNT = 100;
const PARTITIONS = 3;
const KEYS = 10;
const TIMEOUT_MS = 60_000;

const runId = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
const topic = `${PREFIX}${runId}`;
const groupId = `bgi-smoke-group-${runId}`;
const t0 = Date.now();
const say = (msg) => console.log(`[smoke +${String(Date.now() - t0).padStart(5)} ms] ${msg}`);

const kafka = new Kafka({ clientId: 'bgi-kafka-smoke', brokers: BROKERS, logLevel: logLevel.WARN });
const admin = kafka.admin();
const producer = kafka.producer({ allowAutoTopicCreation: false, createPartitioner: Partitioners.DefaultPartitioner });
// A short fetch wait keeps disconnect() quick (it waits for the fetch in flight).
const consumer = kafka.consumer({ groupId, sessionTimeout: 10_000, heartbeatInterval: 1_000, maxWaitTimeInMs: 500 });

async function main() {
  say(`brokers ${BROKERS.join(',')}`);
  await admin.connect();
  const cluster = await admin.describeCluster();
  say(`cluster ${cluster.clusterId}, brokers ${cluster.brokers.map((b) => `${b.nodeId}@${b.host}:${b.port}`).join(' ')}`);

  const earlier = (await admin.listTopics()).filter((t) => t.startsWith(PREFIX));
  for (const t of earlier) {
    const offsets = await admin.fetchTopicOffsets(t);
    const total = offsets.reduce((n, p) => n + Number(p.high) - Number(p.low), 0);
    say(`earlier run's topic ${t} is still there: ${offsets.length} partitions, ${total} messages`);
  }
  if (earlier.length === 0) say('no topic from an earlier run');

  const created = await admin.createTopics({
    topics: [{ topic, numPartitions: PARTITIONS, replicationFactor: 1 }],
    waitForLeaders: true,
  });
  if (!created) throw new Error(`topic ${topic} already existed`);
  const meta = await admin.fetchTopicMetadata({ topics: [topic] });
  const partitions = meta.topics[0].partitions.length;
  if (partitions !== PARTITIONS) throw new Error(`topic ${topic} has ${partitions} partitions, expected ${PARTITIONS}`);
  say(`created topic ${topic} with ${partitions} partitions`);

  await producer.connect();
  const messages = Array.from({ length: COUNT }, (_, i) => ({
    key: `key-${i % KEYS}`,
    value: JSON.stringify({ runId, i }),
  }));
  const sent = await producer.send({ topic, acks: -1, messages });
  say(`produced ${COUNT} keyed messages (${KEYS} keys) in one batch: ${sent.length} partition acks`);

  const seen = new Map(); // i -> partition
  const lastPerKey = new Map();
  let outOfOrder = 0;
  let resolveAll;
  const allArrived = new Promise((resolve) => (resolveAll = resolve));
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ partition, message }) => {
      const { runId: r, i } = JSON.parse(message.value.toString());
      if (r !== runId) return;
      const key = message.key.toString();
      if ((lastPerKey.get(key) ?? -1) >= i) outOfOrder += 1;
      lastPerKey.set(key, i);
      seen.set(i, partition);
      if (seen.size === COUNT) resolveAll();
    },
  });
  let timer;
  const timedOut = new Promise((resolve) => (timer = setTimeout(resolve, TIMEOUT_MS, 'timeout')));
  const outcome = await Promise.race([allArrived, timedOut]);
  clearTimeout(timer);
  if (outcome === 'timeout') {
    throw new Error(`only ${seen.size} of ${COUNT} messages arrived within ${TIMEOUT_MS / 1000} s`);
  }
  const perPartition = [...seen.values()].reduce((acc, p) => ({ ...acc, [p]: (acc[p] ?? 0) + 1 }), {});
  say(`consumed ${seen.size}/${COUNT} messages with group ${groupId}; per partition ${JSON.stringify(perPartition)}`);
  if (outOfOrder > 0) throw new Error(`${outOfOrder} messages arrived out of order within their key`);
  say('every key\'s messages arrived in order');

  for (const t of earlier) await admin.deleteTopics({ topics: [t] });
  if (earlier.length > 0) say(`deleted ${earlier.length} earlier smoke topic(s); kept ${topic}`);
}

let failed = false;
try {
  await main();
} catch (err) {
  failed = true;
  console.error(`[smoke] FAILED: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
} finally {
  await consumer.disconnect().catch((e) => console.error(`[smoke] consumer.disconnect: ${e.message}`));
  await producer.disconnect().catch((e) => console.error(`[smoke] producer.disconnect: ${e.message}`));
  await admin.disconnect().catch((e) => console.error(`[smoke] admin.disconnect: ${e.message}`));
}
say(failed ? 'FAILED' : `OK: ${COUNT} of ${COUNT} messages; all clients disconnected`);
process.exitCode = failed ? 1 : 0;
// Everything is disconnected, so Node should exit by itself; if a handle stays open, say so and exit anyway.
setTimeout(() => {
  console.error('[smoke] Node did not exit within 10 s after disconnecting: some kafkajs handle stayed open');
  process.exit(failed ? 1 : 2);
}, 10_000).unref();
