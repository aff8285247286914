import { Query } from '@nestjs/cqrs';

/** A company with at least one active saved buyer group (any workspace). */
export interface MonitoredCompany {
  companyId: string;
  companyName: string;
  /** workspaces with an active group of the company, sorted */
  workspaces: string[];
  /** active groups of the company */
  groups: number;
}

/**
 * Companies whose active saved buyer groups the service keeps current, from the "BuyerGroups" projection: every
 * one, or only those among `companyIds`. Groups saved without a company id are left out (nothing to watch).
 */
export class ListMonitoredCompaniesQuery extends Query<MonitoredCompany[]> {
  constructor(readonly companyIds?: readonly string[]) {
    super();
  }
}
