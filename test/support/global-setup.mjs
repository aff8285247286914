// Runs in Jest's parent process, outside its module system, so it uses the compiled code (`pretest` builds it).
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { startEmbeddedDatabase } from '../../dist/src/shared/database/embedded-database.js';
import { createLogger } from '../../dist/src/shared/observability/logger.js';

/**
 * One PostgreSQL for the whole run: TEST_DATABASE_URL when given (any reachable server), otherwise an embedded
 * cluster in a fresh folder. Each test file then creates its own database on it (test/support/test-database.ts).
 */
export default async function globalSetup() {
  if (process.env.TEST_DATABASE_URL) return;
  const dir = path.resolve('.data/test-postgres');
  await rm(dir, { recursive: true, force: true });
  const database = await startEmbeddedDatabase(dir, createLogger('warn'));
  process.env.TEST_DATABASE_URL = database.url;
  globalThis.__embeddedTestDatabase = database;
}
