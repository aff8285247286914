import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DATABASE, type Database } from '../../../../shared/database/database.js';
import { ListBuyerGroupsQuery, type BuyerGroupSummary } from './list-buyer-groups.query.js';
import { sqlQuery } from '../../../../shared/database/sql.js';

@QueryHandler(ListBuyerGroupsQuery)
export class ListBuyerGroupsHandler implements IQueryHandler<ListBuyerGroupsQuery> {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async execute({ workspaceId, limit, offset }: ListBuyerGroupsQuery) {
    const em = this.db.em.fork();
    const rows = await sqlQuery<(BuyerGroupSummary & { updatedAt: Date })>(em, 
      `select id, "companyName", status, "totalMembers", "overallScore", "updatedAt" from "BuyerGroups"
       where "workspaceId" = ? order by "updatedAt" desc, id limit ? offset ?`,
      [workspaceId, limit, offset],
    );
    const [{ total }] = await sqlQuery<{ total: number }>(em, 
      'select count(*)::int as total from "BuyerGroups" where "workspaceId" = ?',
      [workspaceId],
    );
    return { total, buyerGroups: rows.map((row) => ({ ...row, updatedAt: new Date(row.updatedAt).toISOString() })) };
  }
}
