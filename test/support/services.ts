/**
 * External services a suite needs. Outside CI a missing service skips its suite with a message; with CI=true a
 * missing service fails the run, so CI never passes by skipping.
 */
export function kafkaBrokers(): string[] | undefined {
  const brokers = process.env.KAFKA_BROKERS?.split(',').map((broker) => broker.trim()).filter(Boolean);
  if (brokers?.length) return brokers;
  if (process.env.CI === 'true') {
    throw new Error('KAFKA_BROKERS is not set: CI must start Kafka with `bash tools/kafka/kafka.sh start`');
  }
  console.warn('KAFKA_BROKERS is not set: skipping the suites that need Kafka (start one with npm run kafka:start)');
  return undefined;
}
