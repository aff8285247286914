import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { DATABASE, type Database } from '../../../../shared/database/database.js';
import { DomainError } from '../../../../shared/domain/domain-error.js';
import { buyerGroupStreamId } from '../../domain/buyer-group.events.js';
import { buyerGroupMemberRows, buyerGroupRow } from '../../infrastructure/buyer-group.projection.js';
import { BuyerGroupRepository } from '../../infrastructure/buyer-group.repository.js';
import { sortMembers, toBuyerGroupView, type BuyerGroupView } from '../buyer-group.view.js';
import { GetBuyerGroupQuery } from './get-buyer-group.query.js';
import { sqlQuery } from '../../../../shared/database/sql.js';

@QueryHandler(GetBuyerGroupQuery)
export class GetBuyerGroupHandler implements IQueryHandler<GetBuyerGroupQuery> {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly groups: BuyerGroupRepository,
  ) {}

  async execute({ workspaceId, groupId, asOf }: GetBuyerGroupQuery): Promise<BuyerGroupView> {
    if (asOf) {
      const { state } = await this.groups.load(buyerGroupStreamId(groupId), asOf);
      if (!state.exists || state.workspaceId !== workspaceId) {
        throw new DomainError('NOT_FOUND', `buyer group ${groupId} not found as of ${asOf.toISOString()}`);
      }
      return toBuyerGroupView(buyerGroupRow(state), sortMembers(buyerGroupMemberRows(state)));
    }
    const em = this.db.em.fork();
    const [group] = await sqlQuery<Record<string, unknown>>(em, 
      'select * from "BuyerGroups" where id = ? and "workspaceId" = ?',
      [groupId, workspaceId],
    );
    if (!group) throw new DomainError('NOT_FOUND', `buyer group ${groupId} not found`);
    const members = await sqlQuery<Record<string, unknown>>(em, 
      'select * from "BuyerGroupMembers" where "buyerGroupId" = ?',
      [groupId],
    );
    return toBuyerGroupView(group, sortMembers(members));
  }
}
