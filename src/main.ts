import 'reflect-metadata';
import { createHttpApp } from './app.factory.js';
import { ConfigError, describeConfig, loadConfig, type AppConfig } from './shared/config/app-config.js';
import { createLogger } from './shared/observability/logger.js';

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`configuration error: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  logger.info({ config: describeConfig(config) }, 'starting Buyer Group Intelligence');
  try {
    const app = await createHttpApp(config, { logger });
    await app.listen(config.port, config.host);
    const shown = config.host === '0.0.0.0' ? 'localhost' : config.host;
    logger.info({ url: `http://${shown}:${config.port}`, docs: `http://${shown}:${config.port}/docs` }, 'listening');
  } catch (error) {
    logger.fatal({ err: error }, `start-up failed: ${(error as Error).message}`);
    // the embedded PostgreSQL, if started, is stopped by its own exit hook
    process.exit(1);
  }
}

void main();
