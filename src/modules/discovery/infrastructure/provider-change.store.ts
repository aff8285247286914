import { Inject, Injectable } from '@nestjs/common';
import { DATABASE, type Database } from '../../../shared/database/database.js';
import { sqlQuery } from '../../../shared/database/sql.js';
import type { ProviderChangeMessage } from '../../../shared/messaging/provider-change.message.js';

/**
 * What the buyer-group updater reads and remembers about provider change notices: the ids of the notices it has
 * applied (table provider_change_notices), and the groups a notice may concern, read from discovery's projection.
 */
@Injectable()
export class ProviderChangeStore {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  /**
   * Whether the notice was applied before, and (when it names a person) the groups it may concern: the active groups
   * of the company and the active groups the person is a member of (any company), oldest first. One round trip.
   */
  async lookup(noticeId: string, companyId: string, personId: string | undefined): Promise<{ applied: boolean; groupIds: string[] }> {
    const [row] = await sqlQuery<{ applied: boolean; groups: string[] }>(
      this.db.em.fork(),
      `select exists (select 1 from provider_change_notices where notice_id = ?) as applied,
              case when ?::text is null then '{}'::text[] else array(
                select g.id::text from "BuyerGroups" g
                where g.status = 'active'
                  and (g."companyId" = ? or g.id in (select m."buyerGroupId" from "BuyerGroupMembers" m where m."personId" = ?))
                order by g."createdAt", g.id) end as groups`,
      [noticeId, personId ?? null, companyId, personId ?? null],
    );
    return { applied: row!.applied, groupIds: row!.groups };
  }

  /** Records the notice as applied (a notice recorded before, by a redelivery that raced this one, stays as it was). */
  async remember(notice: ProviderChangeMessage, outcome: { groupsChanged: number; events: number }): Promise<void> {
    await sqlQuery(
      this.db.em.fork(),
      `insert into provider_change_notices (notice_id, delivery_id, kind, company_id, person_id, received_at, groups_changed, events)
       values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (notice_id) do nothing`,
      [notice.noticeId, notice.deliveryId, notice.kind, notice.companyId, notice.personId ?? null, notice.receivedAt, outcome.groupsChanged, outcome.events],
    );
  }
}
