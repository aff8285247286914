/** Where a change came from: the user-facing cause shown in a group's history. */
export type EventSource = 'api' | 'cli' | 'discovery' | 'webhook' | 'revalidation' | 'import' | 'migration' | 'system';

export interface EventMetadata {
  workspaceId: string;
  correlationId: string;
  causationId?: string;
  actor: string;
  source: EventSource;
}

/** An event about to be appended: a past-tense fact and its data. */
export interface NewEvent<Type extends string = string, Data = unknown> {
  type: Type;
  data: Data;
}

/** An event as stored: the fact plus its place in the log, upcast to the current schema version. */
export interface RecordedEvent<Type extends string = string, Data = unknown> {
  globalPosition: string;
  eventId: string;
  streamId: string;
  streamVersion: number;
  type: Type;
  schemaVersion: number;
  data: Data;
  metadata: EventMetadata;
  recordedAt: Date;
}

/** Thrown when a stream is no longer at the version the writer read. */
export class ConcurrencyError extends Error {
  constructor(
    readonly streamId: string,
    readonly expectedVersion: number,
  ) {
    super(`stream ${streamId} is no longer at version ${expectedVersion}`);
    this.name = 'ConcurrencyError';
  }
}
