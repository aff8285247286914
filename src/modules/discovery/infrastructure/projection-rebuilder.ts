import type { Database } from '../../../shared/database/database.js';
import type { EventStore } from '../../../shared/event-store/event-store.js';
import type { RecordedEvent } from '../../../shared/event-store/event.js';
import { buyerGroupAggregate, type BuyerGroupState } from '../domain/buyer-group.state.js';
import { buyerGroupMemberRows, buyerGroupRow, insertGroupRows } from './buyer-group.projection.js';
import { sqlQuery } from '../../../shared/database/sql.js';

export interface RebuildReport {
  events: number;
  groups: number;
  members: number;
  durationMs: number;
}

const FLUSH_ROWS = 2_000;

/**
 * Truncates the buyer-group projections and replays the whole log through the same evolve and row mapping the
 * live projection uses, in one transaction: readers see the old rows until the new ones are committed.
 * The log is read on a second connection while rows are written on the first. That is safe: TRUNCATE locks the
 * projections, so no command can commit new buyer-group events until the rebuild commits.
 */
export async function rebuildBuyerGroupProjections(
  db: Database,
  events: EventStore,
  onProgress?: (eventsSoFar: number) => void,
): Promise<RebuildReport> {
  const started = performance.now();
  return db.em.fork().transactional(async (em) => {
    await sqlQuery(em, 'truncate "BuyerGroupMembers", "BuyerGroups"');
    const report: RebuildReport = { events: 0, groups: 0, members: 0, durationMs: 0 };
    let groups: Record<string, unknown>[] = [];
    let members: Record<string, unknown>[] = [];
    let streamId = '';
    let state: BuyerGroupState | undefined;

    const finishStream = () => {
      if (!state?.exists) return;
      groups.push(buyerGroupRow(state));
      members.push(...buyerGroupMemberRows(state));
      report.groups++;
    };
    const flush = async () => {
      await insertGroupRows(em, groups, members, false);
      report.members += members.length;
      groups = [];
      members = [];
    };

    const reader = events.readAllByStream(db.em.fork())[Symbol.asyncIterator]();
    for (let next = reader.next(); ; ) {
      const { value: batch, done } = await next;
      if (done) break;
      next = reader.next();
      for (const event of batch) {
        if (!event.streamId.startsWith('buyer-group-')) continue;
        if (event.streamId !== streamId) {
          finishStream();
          streamId = event.streamId;
          state = buyerGroupAggregate.initialState();
        }
        state = buyerGroupAggregate.evolve(state!, event as RecordedEvent<never, never>);
        report.events++;
      }
      if (groups.length + members.length >= FLUSH_ROWS) await flush();
      onProgress?.(report.events);
    }
    finishStream();
    await flush();
    report.durationMs = Math.round(performance.now() - started);
    return report;
  });
}
