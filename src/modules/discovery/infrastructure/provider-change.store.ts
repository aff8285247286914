import { Inject, Injectable } from '@nestjs/common';
import { DATABASE, type Database } from '../../../shared/database/database.js';
import { sqlQuery } from '../../../shared/database/sql.js';
import { StatementBatcher } from '../../../shared/database/statement-batcher.js';
import type { ProviderChangeMessage } from '../../../shared/messaging/provider-change.message.js';

interface NoticeLookup {
  noticeId: string;
  companyId: string;
  personId: string | undefined;
}

/**
 * What the buyer-group updater reads and remembers about provider change notices: the ids of the notices it has
 * applied (table provider_change_notices), and the groups a notice may concern, read from discovery's projection.
 * The updater handles many notices at once; their lookups and records share round trips (StatementBatcher).
 */
@Injectable()
export class ProviderChangeStore {
  private readonly lookups: StatementBatcher<NoticeLookup, { applied: boolean; groupIds: string[] }>;
  private readonly records: StatementBatcher<{ notice: ProviderChangeMessage; groupsChanged: number; events: number }, void>;

  constructor(@Inject(DATABASE) db: Database) {
    this.lookups = new StatementBatcher(async (notices) => {
      const rows = await sqlQuery<{ applied: boolean; groups: string[] }>(
        db.em.fork(),
        `select exists (select 1 from provider_change_notices n where n.notice_id = i.notice_id) as applied,
                array(
                  select g.id::text from "BuyerGroups" g
                  where g.status = 'active'
                    and (g."companyId" = i.company_id or g.id in (select m."buyerGroupId" from "BuyerGroupMembers" m where m."personId" = i.person_id))
                  order by g."createdAt", g.id) as groups
         from unnest(?::text[], ?::text[], ?::text[]) with ordinality as i(notice_id, company_id, person_id, ord)
         order by i.ord`,
        [notices.map((each) => each.noticeId), notices.map((each) => each.companyId), notices.map((each) => each.personId ?? null)],
      );
      return rows.map((row) => ({ applied: row.applied, groupIds: row.groups }));
    });
    this.records = new StatementBatcher<{ notice: ProviderChangeMessage; groupsChanged: number; events: number }, void>(async (outcomes) => {
      // a notice recorded before (by a redelivery that raced this one) stays as it was
      await sqlQuery(
        db.em.fork(),
        `insert into provider_change_notices (notice_id, delivery_id, kind, company_id, person_id, received_at, groups_changed, events)
         select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::timestamptz[], ?::int[], ?::int[])
         on conflict (notice_id) do nothing`,
        [
          outcomes.map(({ notice }) => notice.noticeId),
          outcomes.map(({ notice }) => notice.deliveryId),
          outcomes.map(({ notice }) => notice.kind),
          outcomes.map(({ notice }) => notice.companyId),
          outcomes.map(({ notice }) => notice.personId ?? null),
          outcomes.map(({ notice }) => notice.receivedAt),
          outcomes.map((each) => each.groupsChanged),
          outcomes.map((each) => each.events),
        ],
      );
      return outcomes.map(() => undefined);
    });
  }

  /**
   * Whether the notice was applied before, and the groups it may concern, oldest first: the active groups of the
   * company, and (when it names a person) the active groups the person is a member of (any company).
   */
  lookup(noticeId: string, companyId: string, personId: string | undefined): Promise<{ applied: boolean; groupIds: string[] }> {
    return this.lookups.call({ noticeId, companyId, personId });
  }

  /** Records the notice as applied. */
  remember(notice: ProviderChangeMessage, outcome: { groupsChanged: number; events: number }): Promise<void> {
    return this.records.call({ notice, ...outcome });
  }
}
