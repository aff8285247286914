import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { APP_CONFIG, type AppConfig } from '../../../../shared/config/app-config.js';
import { PROVIDER_SUBSCRIPTIONS, type ProviderSubscriptions } from '../../../enrichment/domain/provider-subscriptions.port.js';
import { DAY_MS } from '../../domain/subscription-plan.js';
import { WebhookStore } from '../../infrastructure/webhook-store.js';
import { GetSubscriptionHealthQuery, type SubscriptionHealth } from './get-subscription-health.query.js';

const iso = (date: Date | null) => (date ? new Date(date).toISOString() : null);

@QueryHandler(GetSubscriptionHealthQuery)
export class GetSubscriptionHealthHandler implements IQueryHandler<GetSubscriptionHealthQuery> {
  constructor(
    private readonly store: WebhookStore,
    @Inject(PROVIDER_SUBSCRIPTIONS) private readonly subscriptions: ProviderSubscriptions,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async execute({ workspaceId }: GetSubscriptionHealthQuery): Promise<SubscriptionHealth> {
    const [counts, last, rows] = await Promise.all([
      this.store.counts(new Date(), this.config.subscriptionRenewDays * DAY_MS),
      this.store.lastDelivery(),
      workspaceId === undefined ? Promise.resolve(undefined) : this.store.listForWorkspace(workspaceId),
    ]);
    return {
      provider: this.subscriptions.description,
      subscriptions: counts,
      renewWithinDays: this.config.subscriptionRenewDays,
      signedDeliveries: this.config.coresignalWebhookSecret ? 'enabled' : 'disabled',
      lastDelivery: last ? { ...last, receivedAt: iso(last.receivedAt)! } : null,
      ...(rows === undefined
        ? {}
        : {
            items: rows.map((row) => ({
              companyId: row.companyId,
              status: row.status,
              providerSubscriptionId: row.providerSubscriptionId,
              coverage: row.coverage,
              createdAt: iso(row.createdAt)!,
              expiresAt: iso(row.expiresAt),
              renewedAt: iso(row.renewedAt),
              lastDeliveryAt: iso(row.lastDeliveryAt),
              lastError: row.lastError,
            })),
          }),
    };
  }
}
