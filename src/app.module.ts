import { Module, type DynamicModule } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import type { Logger } from 'pino';
import { DiscoveryModule } from './modules/discovery/discovery.module.js';
import { ClassificationModule } from './modules/classification/classification.module.js';
import { EnrichmentModule } from './modules/enrichment/enrichment.module.js';
import { FindRoleModule } from './modules/find-role/find-role.module.js';
import { OptimalSearchModule } from './modules/optimal-search/optimal-search.module.js';
import { ScoringModule } from './modules/scoring/scoring.module.js';
import { WebhooksModule } from './modules/webhooks/webhooks.module.js';
import type { AppConfig } from './shared/config/app-config.js';
import { ConfigModule } from './shared/config/config.module.js';
import { DatabaseModule } from './shared/database/database.module.js';
import { EventRelayModule } from './shared/event-store/event-relay.module.js';
import { HttpModule } from './shared/http/http.module.js';
import { MessagingModule } from './shared/messaging/messaging.module.js';
import { JobsModule } from './shared/jobs/jobs.module.js';
import type { Metrics } from './shared/observability/metrics.js';
import { ObservabilityModule } from './shared/observability/observability.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, logger: Logger, metrics: Metrics): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        ObservabilityModule.forRoot(logger, metrics),
        DatabaseModule,
        MessagingModule.forRoot(),
        EventRelayModule,
        HttpModule,
        ScheduleModule.forRoot(),
        JobsModule,
        DiscoveryModule,
        EnrichmentModule,
        ClassificationModule,
        ScoringModule,
        WebhooksModule,
        OptimalSearchModule,
        FindRoleModule,
      ],
    };
  }
}
