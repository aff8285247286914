import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DomainError } from '../../../../shared/domain/domain-error.js';
import { EventStore } from '../../../../shared/event-store/event-store.js';
import { buyerGroupStreamId } from '../../domain/buyer-group.events.js';
import { GetBuyerGroupHistoryQuery, type HistoryEntry } from './get-buyer-group-history.query.js';

@QueryHandler(GetBuyerGroupHistoryQuery)
export class GetBuyerGroupHistoryHandler implements IQueryHandler<GetBuyerGroupHistoryQuery> {
  constructor(private readonly events: EventStore) {}

  async execute({ workspaceId, groupId }: GetBuyerGroupHistoryQuery): Promise<HistoryEntry[]> {
    const events = await this.events.readStream(buyerGroupStreamId(groupId));
    if (events.length === 0 || events[0].metadata.workspaceId !== workspaceId) {
      throw new DomainError('NOT_FOUND', `buyer group ${groupId} not found`);
    }
    return events.map((event) => ({
      version: event.streamVersion,
      eventId: event.eventId,
      type: event.type,
      schemaVersion: event.schemaVersion,
      recordedAt: event.recordedAt.toISOString(),
      cause: {
        source: event.metadata.source,
        actor: event.metadata.actor,
        correlationId: event.metadata.correlationId,
        causationId: event.metadata.causationId,
      },
      data: event.data,
    }));
  }
}
