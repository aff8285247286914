import type { Database, Em } from '../database/database.js';
import { ConcurrencyError, type EventMetadata, type NewEvent, type RecordedEvent } from './event.js';
import type { EventStore } from './event-store.js';
import { fold, type Aggregate } from './aggregate.js';

/** Streams whose latest state a process keeps (a buyer group's state is ~10–20 KB). */
const RECENT_STREAMS = 1_000;

/** Writes read models from an aggregate's state in the same transaction as the events that produced it. */
export interface InlineProjection<State> {
  project(em: Em, streamId: string, state: State): Promise<void>;
}

export interface Decision<State> {
  state: State;
  version: number;
  events: RecordedEvent[];
}

export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  onRetry?: () => void;
  onAppended?: (events: RecordedEvent[]) => void;
}

/** The events `decide` chooses on `state`, or undefined when it chooses none or refuses (throws). */
function decidedOn<State, Event>(decide: (state: State) => Event[], state: State): Event[] | undefined {
  try {
    const events = decide(state);
    return events.length > 0 ? events : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Loads an aggregate, lets a pure decide() choose the events, appends them at the version it read and projects the
 * result, all in one transaction. Commands for one stream queue behind each other inside this process; a writer in
 * another process makes the append fail, and the command is then decided again on fresh state after a jittered
 * exponential backoff, a bounded number of times.
 */
export class AggregateStore<State, Event extends NewEvent> {
  /** the tail of each stream's queue of commands in this process */
  private readonly queues = new Map<string, Promise<unknown>>();
  /**
   * The latest state this process has seen of recently used streams (least recently used dropped first). Events are
   * immutable and evolve is pure, so a load only reads the events after the cached version: a long-lived group is
   * not replayed whole on every command. Writes by other processes are simply the events read after it.
   */
  private readonly recent = new Map<string, { state: State; version: number }>();

  constructor(
    private readonly db: Database,
    private readonly events: EventStore,
    private readonly aggregate: Aggregate<State, Event>,
    private readonly projection: InlineProjection<State>,
    private readonly retry: RetryPolicy,
  ) {}

  async load(streamId: string, until?: Date): Promise<{ state: State; version: number }> {
    if (until) {
      const recorded = await this.events.readStream(streamId, { until });
      return { state: fold(this.aggregate, recorded), version: recorded.at(-1)?.streamVersion ?? 0 };
    }
    return this.current(streamId);
  }

  /** The stream's state now: the cached state plus the events recorded after it (in `em`'s transaction if given). */
  private async current(streamId: string, em?: Em): Promise<{ state: State; version: number }> {
    const known = this.recent.get(streamId);
    const recorded = await this.events.readStream(streamId, { em, afterVersion: known?.version ?? 0 });
    let state = known?.state ?? this.aggregate.initialState();
    for (const event of recorded) state = this.aggregate.evolve(state, event as RecordedEvent<Event['type'], Event['data']>);
    const loaded = { state, version: recorded.at(-1)?.streamVersion ?? known?.version ?? 0 };
    this.remember(streamId, loaded);
    return loaded;
  }

  private remember(streamId: string, loaded: { state: State; version: number }): void {
    const known = this.recent.get(streamId);
    if (known && known.version > loaded.version) return;
    this.recent.delete(streamId);
    this.recent.set(streamId, loaded);
    if (this.recent.size > RECENT_STREAMS) this.recent.delete(this.recent.keys().next().value!);
  }

  handle(streamId: string, decide: (state: State) => Event[], metadata: EventMetadata): Promise<Decision<State>> {
    const previous = this.queues.get(streamId) ?? Promise.resolve();
    const run = previous.then(
      () => this.decideAndAppend(streamId, decide, metadata),
      () => this.decideAndAppend(streamId, decide, metadata),
    );
    const tail = run.catch(() => undefined);
    this.queues.set(streamId, tail);
    void tail.then(() => {
      if (this.queues.get(streamId) === tail) this.queues.delete(streamId);
    });
    return run;
  }

  private async decideAndAppend(
    streamId: string,
    decide: (state: State) => Event[],
    metadata: EventMetadata,
  ): Promise<Decision<State>> {
    let cached = this.recent.get(streamId);
    for (let attempt = 1; ; attempt++) {
      const optimistic = cached && decidedOn(decide, cached.state);
      try {
        const decision = await this.db.em.fork().transactional(async (em) => {
          // Decided on the state this process last saw, the append needs no read first: a writer elsewhere makes it
          // fail and the command is decided again on fresh state. A decision of nothing (or a refusal) is only
          // trusted on fresh state.
          const loaded = optimistic && cached ? cached : await this.current(streamId, em);
          const version = loaded.version;
          let state = loaded.state;
          const decided = optimistic ?? decide(state);
          const appended = await this.events.append(em, streamId, version, decided, metadata);
          for (const event of appended) {
            state = this.aggregate.evolve(state, event as RecordedEvent<Event['type'], Event['data']>);
          }
          if (appended.length > 0) await this.projection.project(em, streamId, state);
          return { state, version: version + appended.length, events: appended };
        });
        this.remember(streamId, decision);
        this.retry.onAppended?.(decision.events);
        return decision;
      } catch (error) {
        if (!(error instanceof ConcurrencyError)) throw error;
        cached = undefined;
        if (optimistic) {
          // the cached state was behind: read it and decide again at once, not counted as a retry
          attempt--;
          continue;
        }
        if (attempt >= this.retry.attempts) throw error;
        this.retry.onRetry?.();
        const ceiling = Math.min(this.retry.maxDelayMs, this.retry.baseDelayMs * 2 ** (attempt - 1));
        await new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
      }
    }
  }
}
