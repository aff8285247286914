/**
 * External services a suite needs. Outside CI a missing service skips its suite with a message; with CI=true a
 * missing service fails the run, so CI never passes by skipping.
 */
function service(variable: string, ciFix: string, localSkip: string): string | undefined {
  const value = process.env[variable]?.trim();
  if (value) return value;
  if (process.env.CI === 'true') throw new Error(`${variable} is not set: ${ciFix}`);
  console.warn(`${variable} is not set: ${localSkip}`);
  return undefined;
}

export function kafkaBrokers(): string[] | undefined {
  const brokers = service(
    'KAFKA_BROKERS',
    'CI must start Kafka with `bash tools/kafka/kafka.sh start`',
    'skipping the suites that need Kafka (start one with npm run kafka:start)',
  )
    ?.split(',')
    .map((broker) => broker.trim())
    .filter(Boolean);
  if (brokers?.length === 0) throw new Error('KAFKA_BROKERS holds no broker address: give host:port[,host:port…]');
  return brokers;
}

export function redisUrl(): string | undefined {
  return service(
    'REDIS_URL',
    'CI must provide Redis (for example REDIS_URL=redis://127.0.0.1:6379)',
    'skipping the suites that need Redis (start one and set REDIS_URL=redis://127.0.0.1:6379)',
  );
}

/** Chromium for the web console's browser test: found or installed by test/support/global-setup.mjs. */
export function chromiumPath(): string | undefined {
  return service(
    'CHROMIUM_PATH',
    'CI must install Chromium with `bash tools/browser/chromium.sh`',
    'skipping the web console browser test (apt-get install chromium, or set CHROMIUM_PATH)',
  );
}
