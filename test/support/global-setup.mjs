// Runs in Jest's parent process, outside its module system, so it uses the compiled code (`pretest` builds it).
import { execFileSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { startEmbeddedDatabase } from '../../dist/src/shared/database/embedded-database.js';
import { createLogger } from '../../dist/src/shared/observability/logger.js';

const has = (command) => {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

/**
 * One PostgreSQL for the whole run: TEST_DATABASE_URL when given (any reachable server), otherwise an embedded
 * cluster in a fresh folder. Each test file then creates its own database on it (test/support/test-database.ts).
 * Kafka: KAFKA_BROKERS when given, otherwise the project's broker when Java and Maven are installed (left running
 * for the next run; `npm run kafka:stop` stops it). Chromium, for the web console's browser test: CHROMIUM_PATH
 * when given, otherwise the machine's, installed from Debian's packages when missing (tools/browser/chromium.sh).
 */
export default async function globalSetup() {
  if (!process.env.CHROMIUM_PATH) {
    try {
      const output = execFileSync('bash', [path.resolve('tools/browser/chromium.sh')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
      const line = output.trim().split('\n').at(-1) ?? '';
      if (line.startsWith('CHROMIUM_PATH=')) process.env.CHROMIUM_PATH = line.slice('CHROMIUM_PATH='.length);
    } catch {
      // the browser test says what is missing; every other suite runs without a browser
    }
  }
  if (!process.env.KAFKA_BROKERS && has('java') && has('mvn')) {
    const output = execFileSync('bash', [path.resolve('tools/kafka/kafka.sh'), 'start'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    const line = output.trim().split('\n').at(-1) ?? '';
    if (line.startsWith('KAFKA_BROKERS=')) process.env.KAFKA_BROKERS = line.slice('KAFKA_BROKERS='.length);
  }
  if (process.env.TEST_DATABASE_URL) return;
  // a folder per run, so two runs at once (two terminals, an editor's runner) never share or delete one cluster
  const dir = path.resolve(`.data/test-postgres-${process.pid}`);
  await rm(dir, { recursive: true, force: true });
  const database = await startEmbeddedDatabase(dir, createLogger('warn'));
  process.env.TEST_DATABASE_URL = database.url;
  globalThis.__embeddedTestDatabase = { database, dir };
}
