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

export function redisUrl(): string | undefined {
  const url = process.env.REDIS_URL?.trim();
  if (url) return url;
  if (process.env.CI === 'true') {
    throw new Error('REDIS_URL is not set: CI must provide Redis (for example REDIS_URL=redis://127.0.0.1:6379)');
  }
  console.warn('REDIS_URL is not set: skipping the suites that need Redis (start one and set REDIS_URL=redis://127.0.0.1:6379)');
  return undefined;
}

/** Chromium for the web console's browser test: found or installed by test/support/global-setup.mjs. */
export function chromiumPath(): string | undefined {
  const path = process.env.CHROMIUM_PATH?.trim();
  if (path) return path;
  if (process.env.CI === 'true') {
    throw new Error('CHROMIUM_PATH is not set: CI must install Chromium with `bash tools/browser/chromium.sh`');
  }
  console.warn('Chromium not found: skipping the web console browser test (apt-get install chromium, or set CHROMIUM_PATH)');
  return undefined;
}
