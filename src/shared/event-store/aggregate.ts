import type { NewEvent, RecordedEvent } from './event.js';

/** A pure fold over an aggregate's events: the only way its state comes to be. */
export interface Aggregate<State, Event extends NewEvent> {
  initialState(): State;
  evolve(state: State, event: RecordedEvent<Event['type'], Event['data']>): State;
}

export function fold<State, Event extends NewEvent>(aggregate: Aggregate<State, Event>, events: RecordedEvent[]): State {
  return events.reduce(
    (state, event) => aggregate.evolve(state, event as RecordedEvent<Event['type'], Event['data']>),
    aggregate.initialState(),
  );
}
