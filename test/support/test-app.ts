import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { CommandBus } from '@nestjs/cqrs';
import type { Logger } from 'pino';
import { createHttpApp } from '../../src/app.factory.js';
import { loadConfig, type AppConfig } from '../../src/shared/config/app-config.js';
import { createLogger } from '../../src/shared/observability/logger.js';
import { createTestDatabase } from './test-database.js';

export const WORKSPACE_A = { workspace: 'alpha', key: 'alpha-key-0123456789abcdef' };
export const WORKSPACE_B = { workspace: 'beta', key: 'beta-key-0123456789abcdef' };

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  commands: CommandBus;
  close(): Promise<void>;
}

/** The real HTTP application on its own fresh database, with two workspaces' keys. */
export async function startTestApp(label: string, overrides: Partial<AppConfig> = {}, logger: Logger = createLogger('silent')): Promise<TestApp> {
  const config: AppConfig = {
    ...loadConfig({}),
    databaseUrl: await createTestDatabase(label),
    dataDir: await mkdtemp(path.join(tmpdir(), 'bgi-test-')),
    apiKeys: [WORKSPACE_A, WORKSPACE_B],
    logLevel: 'silent',
    ...overrides,
  };
  const app = await createHttpApp(config, { logger });
  await app.init();
  return { app, config, commands: app.get(CommandBus), close: () => app.close() };
}
