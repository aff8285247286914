import { Counter, Gauge, type Registry } from 'prom-client';

/** The metric of that name already in the registry (another bus or relay of this instance made it), or a new one. */
export function registered<T>(registry: Registry, name: string, create: () => T): T {
  return (registry.getSingleMetric(name) as T | undefined) ?? create();
}

/** Counters shared by both message buses, so dashboards read the same names in embedded and Kafka mode. */
export class MessagingMetrics {
  readonly published: Counter<'topic'>;
  readonly consumed: Counter<'topic' | 'group'>;
  readonly failed: Counter<'topic' | 'group'>;
  readonly deadLettered: Counter<'topic' | 'group'>;

  constructor(readonly registry: Registry) {
    this.published = registered(
      registry,
      'bgi_messages_published_total',
      () =>
        new Counter({
          name: 'bgi_messages_published_total',
          help: 'Messages acknowledged by the message bus, by topic',
          labelNames: ['topic'] as const,
          registers: [registry],
        }),
    );
    this.consumed = registered(
      registry,
      'bgi_messages_consumed_total',
      () =>
        new Counter({
          name: 'bgi_messages_consumed_total',
          help: 'Messages handled successfully, by topic and consumer group',
          labelNames: ['topic', 'group'] as const,
          registers: [registry],
        }),
    );
    this.failed = registered(
      registry,
      'bgi_messages_failed_total',
      () =>
        new Counter({
          name: 'bgi_messages_failed_total',
          help: 'Handler attempts that failed (each retry counts), by topic and consumer group',
          labelNames: ['topic', 'group'] as const,
          registers: [registry],
        }),
    );
    this.deadLettered = registered(
      registry,
      'bgi_messages_dead_lettered_total',
      () =>
        new Counter({
          name: 'bgi_messages_dead_lettered_total',
          help: 'Messages sent to <topic>.dlq after their handler failed every attempt, by topic and consumer group',
          labelNames: ['topic', 'group'] as const,
          registers: [registry],
        }),
    );
  }

  /** A gauge whose value is computed when /metrics is scraped. */
  lagGauge(collect: (gauge: Gauge<'topic' | 'group'>) => Promise<void>): Gauge<'topic' | 'group'> {
    return registered(
      this.registry,
      'bgi_messaging_consumer_lag',
      () =>
        new Gauge({
          name: 'bgi_messaging_consumer_lag',
          help: 'Messages not yet committed by a consumer group of this instance (Kafka), by topic and group',
          labelNames: ['topic', 'group'] as const,
          registers: [this.registry],
          async collect() {
            await collect(this);
          },
        }),
    );
  }
}
