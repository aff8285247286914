import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { LOGGER } from '../observability/logger.js';
import { EventStore } from '../event-store/event-store.js';
import { UpcasterRegistry } from '../event-store/upcasters.js';
import { DATABASE, openDatabase, type Database } from './database.js';
import { startEmbeddedDatabase, type EmbeddedDatabase } from './embedded-database.js';

const EMBEDDED = Symbol('EMBEDDED_DATABASE');

/** Closes the pool, then stops the embedded server if this process started one. */
class DatabaseLifecycle implements OnApplicationShutdown {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    @Inject(EMBEDDED) private readonly embedded: EmbeddedDatabase | null,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await this.db.close(true);
    await this.embedded?.stop();
  }
}

@Global()
@Module({
  providers: [
    {
      provide: EMBEDDED,
      inject: [APP_CONFIG, LOGGER],
      useFactory: (config: AppConfig, logger: Logger) =>
        config.databaseUrl ? null : startEmbeddedDatabase(config.dataDir, logger),
    },
    {
      provide: DATABASE,
      inject: [APP_CONFIG, LOGGER, EMBEDDED],
      useFactory: (config: AppConfig, logger: Logger, embedded: EmbeddedDatabase | null) =>
        openDatabase(embedded?.url ?? config.databaseUrl!, logger),
    },
    { provide: UpcasterRegistry, useValue: new UpcasterRegistry() },
    { provide: EventStore, inject: [DATABASE, UpcasterRegistry], useFactory: (db: Database, upcasters: UpcasterRegistry) => new EventStore(db, upcasters) },
    DatabaseLifecycle,
  ],
  exports: [DATABASE, EventStore, UpcasterRegistry],
})
export class DatabaseModule {}
