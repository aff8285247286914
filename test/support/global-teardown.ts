import type { EmbeddedDatabase } from '../../src/shared/database/embedded-database.js';

export default async function globalTeardown(): Promise<void> {
  const database = (globalThis as Record<string, unknown>).__embeddedTestDatabase as EmbeddedDatabase | undefined;
  await database?.stop();
}
