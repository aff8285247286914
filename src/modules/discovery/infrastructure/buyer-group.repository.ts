import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../../shared/config/app-config.js';
import { DATABASE, type Database } from '../../../shared/database/database.js';
import { AggregateStore } from '../../../shared/event-store/aggregate-store.js';
import { EventStore } from '../../../shared/event-store/event-store.js';
import { Metrics } from '../../../shared/observability/metrics.js';
import type { BuyerGroupEvent } from '../domain/buyer-group.events.js';
import { buyerGroupAggregate, type BuyerGroupState } from '../domain/buyer-group.state.js';
import { BuyerGroupProjection } from './buyer-group.projection.js';

/** The BuyerGroup aggregate's store: event log + inline "BuyerGroups"/"BuyerGroupMembers" projection. */
@Injectable()
export class BuyerGroupRepository extends AggregateStore<BuyerGroupState, BuyerGroupEvent> {
  constructor(@Inject(DATABASE) db: Database, events: EventStore, metrics: Metrics, @Inject(APP_CONFIG) config: AppConfig) {
    super(db, events, buyerGroupAggregate, new BuyerGroupProjection(), {
      attempts: config.commandRetryAttempts,
      baseDelayMs: 5,
      maxDelayMs: 250,
      onRetry: () => metrics.concurrencyRetries.inc(),
      onAppended: (events) => events.forEach((event) => metrics.eventsAppended.inc({ type: event.type })),
    });
  }
}
