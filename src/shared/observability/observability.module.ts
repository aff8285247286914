import { Global, Inject, Module, type DynamicModule, type OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { DATABASE, type Database } from '../database/database.js';
import { HealthRegistry } from './health-registry.js';
import { LOGGER } from './logger.js';
import { Metrics } from './metrics.js';
import { ObservabilityController } from './observability.controller.js';
import { sqlQuery } from '../database/sql.js';

/** Reports the services this instance was configured with; each module adds a real check when it owns the client. */
class CoreHealthChecks implements OnModuleInit {
  constructor(
    private readonly health: HealthRegistry,
    @Inject(DATABASE) private readonly db: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.health.register('database', async () => {
      await sqlQuery(this.db.em.fork(), 'select 1');
      return { status: 'up', mode: this.config.databaseUrl ? 'external' : 'embedded' };
    });
    this.health.register('ai', async () =>
      this.config.anthropicApiKey
        ? { status: 'up', provider: 'anthropic', model: this.config.anthropicModel }
        : { status: 'not_configured', detail: 'ANTHROPIC_API_KEY not set: roles are classified by rules' },
    );
  }
}

@Global()
@Module({})
export class ObservabilityModule {
  static forRoot(logger: Logger, metrics: Metrics): DynamicModule {
    return {
      module: ObservabilityModule,
      controllers: [ObservabilityController],
      providers: [{ provide: LOGGER, useValue: logger }, { provide: Metrics, useValue: metrics }, HealthRegistry, CoreHealthChecks],
      exports: [LOGGER, Metrics, HealthRegistry],
    };
  }
}
