import { Inject, Injectable, Module, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import { CqrsModule, QueryBus } from '@nestjs/cqrs';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '../../shared/config/app-config.js';
import { MESSAGE_BUS, type MessageBus } from '../../shared/messaging/message-bus.js';
import { HealthRegistry } from '../../shared/observability/health-registry.js';
import { LOGGER } from '../../shared/observability/logger.js';
import { Metrics } from '../../shared/observability/metrics.js';
import { PROVIDER_SUBSCRIPTIONS, type ProviderSubscriptions } from '../enrichment/domain/provider-subscriptions.port.js';
import { EnrichmentModule } from '../enrichment/enrichment.module.js';
import { ReceiveWebhookDeliveryHandler } from './commands/receive-delivery/receive-webhook-delivery.handler.js';
import { WebhooksController } from './commands/receive-delivery/webhooks.controller.js';
import { ReconcileSubscriptionsHandler } from './commands/reconcile-subscriptions/reconcile-subscriptions.handler.js';
import { ReconcileSubscriptionsScheduler } from './commands/reconcile-subscriptions/reconcile-subscriptions.scheduler.js';
import { SubscriptionsController } from './commands/reconcile-subscriptions/subscriptions.controller.js';
import { DAY_MS } from './domain/subscription-plan.js';
import { CallbackBase } from './infrastructure/callback-base.js';
import { WebhookStore } from './infrastructure/webhook-store.js';
import { GetSubscriptionHealthHandler } from './queries/get-subscription-health/get-subscription-health.handler.js';
import { GetSubscriptionHealthQuery } from './queries/get-subscription-health/get-subscription-health.query.js';

/**
 * Creates `provider.changes` (PROVIDER_CHANGES_TOPIC) in the background at start (a publish creates it too), and
 * reports subscription health: a `subscriptions` check in /health, the `bgi_webhook_subscriptions` gauge in /metrics.
 */
@Injectable()
class WebhooksLifecycle implements OnModuleInit, OnApplicationBootstrap {
  constructor(
    @Inject(MESSAGE_BUS) private readonly bus: MessageBus,
    @Inject(PROVIDER_SUBSCRIPTIONS) private readonly subscriptions: ProviderSubscriptions,
    private readonly queries: QueryBus,
    private readonly store: WebhookStore,
    private readonly health: HealthRegistry,
    private readonly metrics: Metrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  onModuleInit(): void {
    this.health.register('subscriptions', async () => {
      const report = await this.queries.execute(new GetSubscriptionHealthQuery());
      const { active, expiring_soon: expiring, failed, pending } = report.subscriptions;
      const none = active + expiring + failed + pending === 0;
      return {
        status: this.subscriptions.supported || !none ? 'up' : 'not_configured',
        detail: `${report.provider}: ${active} active, ${expiring} expiring within ${report.renewWithinDays} days, ${failed} failed, ${pending} pending`,
        ...report,
      };
    });
    this.metrics.reportSubscriptionStates(async () => ({ ...(await this.store.counts(new Date(), this.config.subscriptionRenewDays * DAY_MS)) }));
  }

  onApplicationBootstrap(): void {
    const topic = this.config.providerChangesTopic;
    this.bus.ensureTopics([topic]).catch((error: unknown) => this.logger.warn({ err: error, topic }, 'could not create the topic yet: the first publish will'));
  }
}

/** Provider change notifications in (verified, deduplicated, onto `provider.changes`), and provider subscriptions. */
@Module({
  imports: [CqrsModule, EnrichmentModule],
  controllers: [WebhooksController, SubscriptionsController],
  providers: [
    WebhookStore,
    CallbackBase,
    ReceiveWebhookDeliveryHandler,
    ReconcileSubscriptionsHandler,
    ReconcileSubscriptionsScheduler,
    GetSubscriptionHealthHandler,
    WebhooksLifecycle,
  ],
})
export class WebhooksModule {}
