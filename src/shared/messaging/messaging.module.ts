import { Global, Inject, Injectable, Module, type BeforeApplicationShutdown, type DynamicModule, type OnApplicationBootstrap, type OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { HealthRegistry } from '../observability/health-registry.js';
import { LOGGER } from '../observability/logger.js';
import { Metrics } from '../observability/metrics.js';
import { InProcessMessageBus } from './in-process-message-bus.js';
import { KafkaMessageBus } from './kafka-message-bus.js';
import { MESSAGE_BUS, type MessageBus } from './message-bus.js';
import { MessagingMetrics } from './messaging-metrics.js';

export interface MessagingOptions {
  /** partitions of the topics the bus creates, Kafka and in-process alike (default 6) */
  partitions?: number;
}

const MESSAGING_OPTIONS = Symbol('MESSAGING_OPTIONS');

/** Registers the `kafka` health check, connects in the background at start, closes the bus after the modules stopped. */
@Injectable()
class MessagingLifecycle implements OnModuleInit, OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(
    @Inject(MESSAGE_BUS) private readonly bus: MessageBus,
    @Inject(LOGGER) private readonly logger: Logger,
    @Inject(HealthRegistry) private readonly health: HealthRegistry,
  ) {}

  onModuleInit(): void {
    const bus = this.bus;
    this.health.register('kafka', async () =>
      bus instanceof KafkaMessageBus
        ? bus.health()
        : { status: 'not_configured', detail: 'KAFKA_BROKERS not set: messages go through the in-process bus' },
    );
  }

  onApplicationBootstrap(): void {
    if (this.bus instanceof KafkaMessageBus) {
      this.bus.connect().catch((error: unknown) => this.logger.warn({ err: error }, 'Kafka not reachable yet: will retry on first use'));
    }
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.bus.close();
  }
}

/**
 * The message bus behind MESSAGE_BUS: Kafka when KAFKA_BROKERS is set, otherwise the in-process bus with the same
 * semantics (per-key order, retries, dead letters, at-least-once within the process).
 */
@Global()
@Module({})
export class MessagingModule {
  static forRoot(options: MessagingOptions = {}): DynamicModule {
    return {
      module: MessagingModule,
      global: true,
      providers: [
        { provide: MESSAGING_OPTIONS, useValue: options },
        {
          provide: MESSAGE_BUS,
          inject: [APP_CONFIG, LOGGER, Metrics, MESSAGING_OPTIONS],
          useFactory: (config: AppConfig, logger: Logger, metrics: Metrics, messaging: MessagingOptions): MessageBus => {
            const messagingMetrics = new MessagingMetrics(metrics.registry);
            return config.kafkaBrokers.length > 0
              ? new KafkaMessageBus({ brokers: config.kafkaBrokers, logger, metrics: messagingMetrics, partitions: messaging.partitions })
              : new InProcessMessageBus({ logger, metrics: messagingMetrics, partitions: messaging.partitions });
          },
        },
        MessagingLifecycle,
      ],
      exports: [MESSAGE_BUS],
    };
  }
}
