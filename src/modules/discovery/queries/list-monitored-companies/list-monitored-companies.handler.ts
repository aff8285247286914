import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DATABASE, type Database } from '../../../../shared/database/database.js';
import { sqlQuery } from '../../../../shared/database/sql.js';
import { ListMonitoredCompaniesQuery, type MonitoredCompany } from './list-monitored-companies.query.js';

@QueryHandler(ListMonitoredCompaniesQuery)
export class ListMonitoredCompaniesHandler implements IQueryHandler<ListMonitoredCompaniesQuery> {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  async execute({ companyIds }: ListMonitoredCompaniesQuery): Promise<MonitoredCompany[]> {
    if (companyIds !== undefined && companyIds.length === 0) return [];
    return sqlQuery<MonitoredCompany>(
      this.db.em.fork(),
      `select "companyId", min("companyName") as "companyName", array_agg(distinct "workspaceId" order by "workspaceId") as workspaces,
              count(*)::int as groups
       from "BuyerGroups"
       where status = 'active' and "companyId" is not null and (?::text[] is null or "companyId" = any(?::text[]))
       group by "companyId" order by "companyId"`,
      [companyIds ? [...companyIds] : null, companyIds ? [...companyIds] : null],
    );
  }
}
