// Used by tools/kafka/kafka.sh: exits 0 once the broker at KAFKA_BROKERS answers a metadata request that lists at
// least one broker (the KRaft broker is registered and unfenced) and its group coordinator answers an offset fetch
// (which makes the broker create and load __consumer_offsets, so that a test's first consumer group joins at once
// instead of meeting "coordinator not available / loading" errors); 1 otherwise. kafka.sh calls it again until then.
import { Kafka, logLevel } from 'kafkajs';

const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const kafka = new Kafka({
  clientId: 'kafka-sh-ready',
  brokers,
  logLevel: logLevel.NOTHING,
  connectionTimeout: 3000,
  requestTimeout: 5000,
  retry: { retries: 0 },
});
const admin = kafka.admin();
let ok = false;
try {
  await admin.connect();
  const cluster = await admin.describeCluster();
  if (cluster.brokers.length === 0) {
    console.log('no broker in the metadata yet');
  } else {
    await admin.fetchOffsets({ groupId: 'kafka-sh-ready', topics: [] });
    ok = true;
    console.log(`ready: ${JSON.stringify(cluster)}; group coordinator answers`);
  }
} catch (err) {
  console.log(`not ready: ${err instanceof Error ? err.message : String(err)}`);
} finally {
  await admin.disconnect().catch(() => undefined);
}
process.exit(ok ? 0 : 1);
