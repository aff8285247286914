import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DATABASE, type Database } from '../../../../shared/database/database.js';
import { sqlQuery } from '../../../../shared/database/sql.js';
import { FindPersonGroupsQuery, type PersonGroupMembership } from './find-person-groups.query.js';

@QueryHandler(FindPersonGroupsQuery)
export class FindPersonGroupsHandler implements IQueryHandler<FindPersonGroupsQuery> {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async execute({ personIds, companyId }: FindPersonGroupsQuery): Promise<PersonGroupMembership[]> {
    if (personIds.length === 0) return [];
    return sqlQuery<PersonGroupMembership>(
      this.db.em.fork(),
      `select m."personId", g.id as "groupId", g."workspaceId", g."companyId"
       from "BuyerGroupMembers" m join "BuyerGroups" g on g.id = m."buyerGroupId"
       where m."personId" = any(?::text[]) and g.status = 'active' and (?::text is null or g."companyId" = ?::text)
       order by m."personId", g.id`,
      [[...new Set(personIds)], companyId ?? null, companyId ?? null],
    );
  }
}
