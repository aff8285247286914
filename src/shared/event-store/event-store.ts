import { randomUUID } from 'node:crypto';
import type { Database, Em } from '../database/database.js';
import { ConcurrencyError, type EventMetadata, type NewEvent, type RecordedEvent } from './event.js';
import { SettledHorizon } from './settled-horizon.js';
import { UpcasterRegistry } from './upcasters.js';
import { sqlQuery } from '../database/sql.js';

interface EventRow {
  global_position: string;
  event_id: string;
  stream_id: string;
  stream_version: number;
  event_type: string;
  schema_version: number;
  data: Record<string, unknown>;
  metadata: EventMetadata;
  recorded_at: Date | string;
}

const COLUMNS =
  'global_position::text as global_position, event_id, stream_id, stream_version, event_type, schema_version, data, metadata, recorded_at';

export interface ReadStreamOptions {
  /** only events recorded at or before this instant */
  until?: Date;
  /** only events after this stream version (a reader that already folded the ones before) */
  afterVersion?: number;
  em?: Em;
}

/**
 * The append-only event log in PostgreSQL. Unique (stream_id, stream_version) makes a stale expected version fail;
 * callers append inside their own transaction so inline projections commit atomically with the events.
 */
export class EventStore {
  private readonly horizon = new SettledHorizon();

  constructor(
    private readonly db: Database,
    readonly upcasters: UpcasterRegistry,
  ) {}

  /**
   * Appends after checking the stream is at expectedVersion (0 = new stream), in one statement: atomic on its own,
   * or part of em's transaction when the caller has one (so inline projections commit with the events).
   */
  async append(
    em: Em,
    streamId: string,
    expectedVersion: number,
    events: NewEvent[],
    metadata: EventMetadata,
    recordedAt = new Date(),
  ): Promise<RecordedEvent[]> {
    if (events.length === 0) return [];
    const recorded: RecordedEvent[] = events.map((event, index) => ({
      globalPosition: '',
      eventId: randomUUID(),
      streamId,
      streamVersion: expectedVersion + index + 1,
      type: event.type,
      schemaVersion: this.upcasters.currentVersion(event.type),
      data: event.data,
      metadata,
      recordedAt,
    }));
    try {
      const rows = await sqlQuery<{ global_position: string }>(em, 
        // One statement checks the version and inserts; the unique key catches a writer that commits in between.
        `with current_version as (select coalesce(max(stream_version), 0) as version from events where stream_id = ?)
         insert into events (event_id, stream_id, stream_version, event_type, schema_version, data, metadata, recorded_at)
         select e.event_id, e.stream_id, e.stream_version, e.event_type, e.schema_version, e.data, e.metadata, e.recorded_at
         from json_to_recordset(?::json) as e(event_id uuid, stream_id text, stream_version int, event_type text,
              schema_version int, data jsonb, metadata jsonb, recorded_at timestamptz), current_version
         where current_version.version = ?
         order by e.stream_version
         returning global_position::text as global_position`,
        [
          streamId,
          JSON.stringify(
            recorded.map((event) => ({
              event_id: event.eventId,
              stream_id: event.streamId,
              stream_version: event.streamVersion,
              event_type: event.type,
              schema_version: event.schemaVersion,
              data: event.data,
              metadata: event.metadata,
              recorded_at: event.recordedAt.toISOString(),
            })),
          ),
          expectedVersion,
        ],
      );
      if (rows.length !== recorded.length) throw new ConcurrencyError(streamId, expectedVersion);
      rows.forEach((row, index) => (recorded[index].globalPosition = row.global_position));
    } catch (error) {
      if (error instanceof ConcurrencyError) throw error;
      if ((error as { code?: string }).code === '23505' || /unique|duplicate/i.test((error as Error).message)) {
        throw new ConcurrencyError(streamId, expectedVersion);
      }
      throw error;
    }
    return recorded;
  }

  async readStream(streamId: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const em = options.em ?? this.db.em.fork();
    // asOf reads the longest prefix of the stream recorded by then, so it never shows a version without its predecessors
    const rows = options.until
      ? await sqlQuery<EventRow>(em, 
          `select ${COLUMNS} from events where stream_id = ? and stream_version < coalesce(
             (select min(stream_version) from events where stream_id = ? and recorded_at > ?), 2147483647)
           order by stream_version`,
          [streamId, streamId, options.until.toISOString()],
        )
      : await sqlQuery<EventRow>(em, `select ${COLUMNS} from events where stream_id = ? and stream_version > ? order by stream_version`, [
          streamId,
          options.afterVersion ?? 0,
        ]);
    return rows.map((row) => this.toRecorded(row));
  }

  /** The events of several streams in one read (each in stream order); a stream with none is absent from the map. */
  async readStreams(streamIds: readonly string[], em: Em = this.db.em.fork()): Promise<Map<string, RecordedEvent[]>> {
    const streams = new Map<string, RecordedEvent[]>();
    if (streamIds.length === 0) return streams;
    const rows = await sqlQuery<EventRow>(em, `select ${COLUMNS} from events where stream_id = any(?::text[]) order by stream_id, stream_version`, [
      [...streamIds],
    ]);
    for (const row of rows) {
      const event = this.toRecorded(row);
      const stream = streams.get(event.streamId);
      if (stream) stream.push(event);
      else streams.set(event.streamId, [event]);
    }
    return streams;
  }

  /**
   * Events after a global position, in order, up to the settled horizon: a reader that checkpoints the last position
   * never skips an event committed later with a lower one.
   */
  async readAll(afterPosition: string, limit: number): Promise<RecordedEvent[]> {
    const em = this.db.em.fork();
    return this.readRange(em, afterPosition, (await this.settledHorizon(em)).toString(), limit);
  }

  /** The global position at or below which every event is committed for good (see SettledHorizon). */
  settledHorizon(em: Em): Promise<bigint> {
    return this.horizon.current(em);
  }

  /** Events after one global position up to and including another, in log order: a range a reader knows is settled. */
  async readRange(em: Em, afterPosition: string, throughPosition: string, limit: number): Promise<RecordedEvent[]> {
    const rows = await sqlQuery<EventRow>(
      em,
      `select ${COLUMNS} from events where global_position > ?::bigint and global_position <= ?::bigint
       order by events.global_position limit ?`,
      [afterPosition, throughPosition, limit],
    );
    return rows.map((row) => this.toRecorded(row));
  }

  /** Every event grouped by stream (stream order, then version): the order projection rebuilds replay in. */
  async *readAllByStream(em: Em, batchSize = 10_000): AsyncGenerator<RecordedEvent[]> {
    let lastStream = '';
    let lastVersion = 0;
    for (;;) {
      const rows = await sqlQuery<EventRow>(em, 
        `select ${COLUMNS} from events where (stream_id, stream_version) > (?, ?)
         order by stream_id, stream_version limit ?`,
        [lastStream, lastVersion, batchSize],
      );
      if (rows.length === 0) return;
      const last = rows[rows.length - 1];
      lastStream = last.stream_id;
      lastVersion = last.stream_version;
      yield rows.map((row) => this.toRecorded(row));
    }
  }

  private toRecorded(row: EventRow): RecordedEvent {
    const { schemaVersion, data } = this.upcasters.upcast(row.event_type, row.schema_version, row.data);
    return {
      globalPosition: row.global_position,
      eventId: row.event_id,
      streamId: row.stream_id,
      streamVersion: row.stream_version,
      type: row.event_type,
      schemaVersion,
      data,
      metadata: row.metadata,
      recordedAt: new Date(row.recorded_at),
    };
  }
}
