import { Query } from '@nestjs/cqrs';

export interface HistoryEntry {
  version: number;
  eventId: string;
  type: string;
  schemaVersion: number;
  recordedAt: string;
  cause: { source: string; actor: string; correlationId: string; causationId?: string };
  data: unknown;
}

/** Every event of a group, oldest first, with what caused it and when. */
export class GetBuyerGroupHistoryQuery extends Query<HistoryEntry[]> {
  constructor(
    readonly workspaceId: string,
    readonly groupId: string,
  ) {
    super();
  }
}
