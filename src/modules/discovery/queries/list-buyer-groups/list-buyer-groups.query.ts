import { Query } from '@nestjs/cqrs';

export interface BuyerGroupSummary {
  id: string;
  companyName: string;
  status: string;
  totalMembers: number;
  overallScore: number | null;
  updatedAt: string;
}

export class ListBuyerGroupsQuery extends Query<{ total: number; buyerGroups: BuyerGroupSummary[] }> {
  constructor(
    readonly workspaceId: string,
    readonly limit: number,
    readonly offset: number,
  ) {
    super();
  }
}
