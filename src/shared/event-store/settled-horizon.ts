import type { Em } from '../database/database.js';
import { sqlQuery } from '../database/sql.js';

/** How long one call waits for the writers of a capture to end, and how often it looks. */
const SETTLE_WAIT_MS = 100;
const SETTLE_CHECK_MS = 5;

/**
 * The highest global position at or below which every event that will ever exist is committed (or rolled back).
 *
 * Global positions come from a sequence when a row is inserted but become visible at commit, in another order, and
 * transaction ids are not in position order either (so filtering on `transaction_id < pg_snapshot_xmin(...)` can
 * return a later position while an earlier one is still to commit). A writer takes its lock on `events`
 * (RowExclusiveLock, at the start of its statement) before it draws positions, and keeps it to the end of its
 * transaction. So: read the sequence, then which transactions hold that lock; once every one of those has ended, no
 * event at or below that sequence value can still appear. Each call waits a little for them; a capture whose writers
 * take longer is checked again by the next calls. Only writers of this database's `events` table count: a long
 * transaction that appends delays the events after it until it ends; nothing is skipped.
 */
export class SettledHorizon {
  /** the highest sequence value known to be settled */
  private settled = 0n;
  /** an earlier capture whose writers had not all ended yet */
  private pending?: { position: bigint; writers: string[] };

  async current(em: Em): Promise<bigint> {
    // callers may overlap (a relay round and a readAll): work on the capture as it was, not on the field
    const pending = this.pending;
    if (pending && (await this.allEnded(em, pending.writers))) this.settle(pending.position);
    const [sequence] = await sqlQuery<{ position: string }>(
      em,
      `select coalesce(pg_sequence_last_value(pg_get_serial_sequence('events', 'global_position')::regclass), 0)::text as position`,
    );
    const writers = (
      await sqlQuery<{ vxid: string }>(
        em,
        `select distinct virtualtransaction as vxid from pg_locks
         where locktype = 'relation' and relation = 'events'::regclass and mode = 'RowExclusiveLock' and granted
           and database = (select oid from pg_database where datname = current_database())`,
      )
    ).map((row) => row.vxid);
    const capture = { position: BigInt(sequence.position), writers };
    for (let waited = 0; ; waited += SETTLE_CHECK_MS) {
      if (await this.allEnded(em, capture.writers)) {
        this.settle(capture.position);
        break;
      }
      if (waited >= SETTLE_WAIT_MS) {
        this.pending ??= capture;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, SETTLE_CHECK_MS));
    }
    return this.settled;
  }

  private settle(position: bigint): void {
    if (position > this.settled) this.settled = position;
    if (this.pending && this.pending.position <= this.settled) this.pending = undefined;
  }

  /** Whether every one of these transactions has ended (each holds the lock on its own virtual id while it runs). */
  private async allEnded(em: Em, vxids: string[]): Promise<boolean> {
    if (vxids.length === 0) return true;
    const [row] = await sqlQuery<{ running: number }>(
      em,
      `select count(*)::int as running from pg_locks where locktype = 'virtualxid' and granted and virtualxid = any(?::text[])`,
      [vxids],
    );
    return row.running === 0;
  }
}
