import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Logger } from 'pino';
import { Counter, Histogram, type Registry } from 'prom-client';
import { APP_CONFIG, type AppConfig } from '../../../../shared/config/app-config.js';
import { DomainError } from '../../../../shared/domain/domain-error.js';
import { MESSAGE_BUS, type IncomingMessage, type MessageBus, type SubscribeOptions, type Subscription } from '../../../../shared/messaging/message-bus.js';
import { registered } from '../../../../shared/messaging/messaging-metrics.js';
import { LOGGER } from '../../../../shared/observability/logger.js';
import { Metrics } from '../../../../shared/observability/metrics.js';
import { ProviderError, ProviderUnavailableError } from '../../../enrichment/domain/provider-errors.js';
import { ApplyPersonChangeCommand, type PersonChangeOutcome } from './apply-person-change.command.js';
import { parseProviderChange, PoisonMessageError } from './provider-change-notice.js';

/** How the updater consumes: a few quick retries, then the dead-letter topic (poison) or the back of the queue (transient). */
export const PROVIDER_CHANGES_SUBSCRIPTION: Required<Omit<SubscribeOptions, 'fromBeginning'>> = {
  maxAttempts: 5,
  retryDelayMs: 200,
  maxRetryDelayMs: 2_000,
  // partitions hold companies: each company's notices are applied in order, many companies at once (a notice spends
  // most of its time waiting on the provider and the database, so one partition at a time would leave the CPU idle)
  partitionsConcurrently: 6,
  keysConcurrently: 4,
};
/** A notice that keeps failing for a reason that may pass (provider down) goes back this many times before the DLQ. */
export const MAX_REQUEUES = 20;
export const REQUEUE_HEADER = 'provider-change-requeues';

/** Failures no retry can cure: the message is unreadable, or the provider refuses what it says for good. */
function permanent(error: unknown): boolean {
  if (error instanceof PoisonMessageError || error instanceof DomainError) return true;
  return error instanceof ProviderError && !(error instanceof ProviderUnavailableError);
}

class ProviderChangeMetrics {
  readonly notices: Counter<'outcome'>;
  readonly latency: Histogram;

  constructor(registry: Registry) {
    this.notices = registered(registry, 'bgi_provider_changes_total', () => new Counter({
      name: 'bgi_provider_changes_total',
      help: 'Provider change notices handled by the buyer-group updater, by outcome (applied, duplicate, ignored, requeued, failed)',
      labelNames: ['outcome'] as const,
      registers: [registry],
    }));
    this.latency = registered(registry, 'bgi_provider_change_latency_seconds', () => new Histogram({
      name: 'bgi_provider_change_latency_seconds',
      help: 'From a notice reaching the webhook (receivedAt) to its buyer-group changes being committed',
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
      registers: [registry],
    }));
  }
}

/**
 * The buyer-group updater: consumes `provider.changes` (PROVIDER_CHANGES_TOPIC) in the consumer group
 * PROVIDER_CHANGES_GROUP through the message bus (Kafka, or the in-process bus in embedded mode) and applies each
 * notice with ApplyPersonChange. Subscribes once the application has started (retrying while the broker is not
 * reachable), and leaves the group on shutdown after the notice in hand. Off when REAL_TIME_UPDATES=false.
 *
 * Delivery is at least once and a notice is idempotent (its id is remembered, and applying it again changes nothing),
 * so a redelivery after a crash is harmless. A message that cannot be read goes to `<topic>.dlq` with the error after
 * the bus's retries; one that fails for a reason that may pass (the provider is down) is put back at the end of the
 * topic after them, up to MAX_REQUEUES times, so an outage delays notices instead of dead-lettering them.
 */
@Injectable()
export class ProviderChangesConsumer implements OnApplicationBootstrap, OnModuleDestroy {
  private subscription?: Subscription;
  private starting?: Promise<void>;
  private stopping = false;
  private wake?: () => void;
  private readonly metrics: ProviderChangeMetrics;

  constructor(
    @Inject(MESSAGE_BUS) private readonly bus: MessageBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly commands: CommandBus,
    metrics: Metrics,
  ) {
    this.metrics = new ProviderChangeMetrics(metrics.registry);
  }

  onApplicationBootstrap(): void {
    if (!this.config.realTimeUpdates) {
      this.logger.info('REAL_TIME_UPDATES is off: provider changes are not applied to buyer groups');
      return;
    }
    this.starting = this.subscribe();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.starting;
    await this.subscription?.close();
  }

  private async subscribe(): Promise<void> {
    const { providerChangesTopic: topic, providerChangesGroup: group } = this.config;
    for (let failures = 0; !this.stopping; failures++) {
      try {
        this.subscription = await this.bus.subscribe(topic, group, (message) => this.handle(message), PROVIDER_CHANGES_SUBSCRIPTION);
        this.logger.info({ topic, group, transport: this.bus.kind }, 'applying provider changes to buyer groups');
        return;
      } catch (error) {
        const wait = Math.min(30_000, 500 * 2 ** Math.min(failures, 6));
        this.logger.warn({ err: error, topic, group, retryInMs: wait }, 'could not subscribe to provider changes: retrying');
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, wait);
          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
      }
    }
  }

  private async handle(message: IncomingMessage): Promise<void> {
    let outcome: PersonChangeOutcome;
    try {
      const notice = parseProviderChange(message.value);
      outcome = await this.commands.execute(new ApplyPersonChangeCommand(notice));
      this.metrics.latency.observe(Math.max(0, Date.now() - Date.parse(notice.receivedAt)) / 1000);
    } catch (error) {
      const requeues = Number(message.headers[REQUEUE_HEADER] ?? 0);
      if (!permanent(error) && message.attempt >= PROVIDER_CHANGES_SUBSCRIPTION.maxAttempts && requeues < MAX_REQUEUES) {
        // the partition moves on; the notice comes back after the others (it is re-collected then, so order is moot)
        await this.bus.publish(message.topic, [{ key: message.key ?? '', value: message.value, headers: { ...message.headers, [REQUEUE_HEADER]: String(requeues + 1) } }]);
        this.metrics.notices.inc({ outcome: 'requeued' });
        this.logger.warn({ err: error, offset: message.offset, partition: message.partition, requeues: requeues + 1 }, 'provider change failed on every attempt: put back at the end of the topic');
        return;
      }
      if (message.attempt >= PROVIDER_CHANGES_SUBSCRIPTION.maxAttempts) this.metrics.notices.inc({ outcome: 'failed' });
      throw error;
    }
    this.metrics.notices.inc({ outcome: outcome.status });
  }
}
