import { Inject, Injectable, Module, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import type { Logger } from 'pino';
import { DATABASE, type Database } from '../database/database.js';
import { MESSAGE_BUS, type MessageBus } from '../messaging/message-bus.js';
import { LOGGER } from '../observability/logger.js';
import { Metrics } from '../observability/metrics.js';
import { EventRelay } from './event-relay.js';
import { EventStore } from './event-store.js';

/**
 * Runs the events-out relay with the application: started once every module is ready, stopped (its round finished)
 * before the message bus and the database close. Every instance runs one; the lock lets one of them relay at a time.
 */
@Injectable()
export class EventRelayService implements OnApplicationBootstrap, OnModuleDestroy {
  readonly relay: EventRelay;

  constructor(
    @Inject(DATABASE) db: Database,
    @Inject(EventStore) store: EventStore,
    @Inject(MESSAGE_BUS) bus: MessageBus,
    @Inject(LOGGER) logger: Logger,
    @Inject(Metrics) metrics: Metrics,
  ) {
    this.relay = new EventRelay(db, store, bus, logger, metrics.registry);
  }

  onApplicationBootstrap(): void {
    this.relay.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.relay.stop();
  }
}

@Module({ providers: [EventRelayService], exports: [EventRelayService] })
export class EventRelayModule {}
