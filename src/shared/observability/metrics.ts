import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** One registry per application instance, so tests that start several apps do not share counters. */
export class Metrics {
  readonly registry = new Registry();
  readonly httpRequests = new Histogram({
    name: 'bgi_http_request_duration_seconds',
    help: 'HTTP request duration by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  readonly eventsAppended = new Counter({
    name: 'bgi_events_appended_total',
    help: 'Events appended to the event store, by type',
    labelNames: ['type'] as const,
    registers: [this.registry],
  });
  readonly concurrencyRetries = new Counter({
    name: 'bgi_command_concurrency_retries_total',
    help: 'Command retries after an optimistic-concurrency conflict',
    registers: [this.registry],
  });
  readonly commandFailures = new Counter({
    name: 'bgi_command_failures_total',
    help: 'Commands rejected, by command and error code',
    labelNames: ['command', 'code'] as const,
    registers: [this.registry],
  });

  readonly providerCalls = new Counter({
    name: 'bgi_provider_calls_total',
    help: 'Calls to the employee data provider, by provider, endpoint and outcome (ok, not_found, retry, error)',
    labelNames: ['provider', 'endpoint', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly providerCredits = new Counter({
    name: 'bgi_provider_credits_total',
    help: 'Provider credits spent, by kind (search, preview, collect, enrich)',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });
  readonly cacheLookups = new Counter({
    name: 'bgi_provider_cache_lookups_total',
    help: 'Provider cache lookups by kind (company, employee, preview) and result (hit, miss)',
    labelNames: ['kind', 'result'] as const,
    registers: [this.registry],
  });
  readonly discoveries = new Histogram({
    name: 'bgi_discovery_duration_seconds',
    help: 'Buyer-group discovery processing time, by enrichment level',
    labelNames: ['level'] as const,
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });
  readonly discoveryQuality = new Histogram({
    name: 'bgi_discovery_quality_score',
    help: 'Overall quality score (0-100) of discovered buyer groups',
    buckets: [10, 20, 30, 40, 50, 60, 70, 80, 90, 100],
    registers: [this.registry],
  });

  readonly webhookDeliveries = new Counter({
    name: 'bgi_webhook_deliveries_total',
    help: 'Webhook deliveries by form (coresignal, signed) and outcome (accepted, duplicate, unauthorized, invalid, unknown_members, replayed, unavailable, disabled, error)',
    labelNames: ['form', 'outcome'] as const,
    registers: [this.registry],
  });
  readonly webhookNoticesPublished = new Counter({
    name: 'bgi_webhook_notices_published_total',
    help: 'Provider change notices handed to the message bus (provider.changes), by source and kind',
    labelNames: ['source', 'kind'] as const,
    registers: [this.registry],
  });
  readonly subscriptionReconciles = new Counter({
    name: 'bgi_subscription_reconcile_actions_total',
    help: 'Provider subscription actions of the reconciler, by action (create, renew, replace, delete, adopt, remove_orphan, set_workspaces) and outcome (ok, failed)',
    labelNames: ['action', 'outcome'] as const,
    registers: [this.registry],
  });
  /** read when /metrics is scraped, from the source the webhooks module registers (none: not reported) */
  private subscriptionStates?: () => Promise<Record<string, number>>;
  readonly webhookSubscriptions = new Gauge({
    name: 'bgi_webhook_subscriptions',
    help: 'Provider subscriptions by state (active, expiring_soon, failed, pending)',
    labelNames: ['state'] as const,
    registers: [this.registry],
    collect: async () => {
      const states = await this.subscriptionStates?.().catch(() => undefined);
      for (const [state, count] of Object.entries(states ?? {})) this.webhookSubscriptions.set({ state }, count);
    },
  });

  /** Where the subscription gauge reads its counts when /metrics is scraped. */
  reportSubscriptionStates(source: () => Promise<Record<string, number>>): void {
    this.subscriptionStates = source;
  }

  constructor(collectDefaults = true) {
    if (collectDefaults) collectDefaultMetrics({ register: this.registry, prefix: 'bgi_' });
  }
}
