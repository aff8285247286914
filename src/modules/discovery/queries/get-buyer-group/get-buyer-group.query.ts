import { Query } from '@nestjs/cqrs';
import type { BuyerGroupView } from '../buyer-group.view.js';

/** The group as its projections hold it now, or as its events say it was at `asOf`. */
export class GetBuyerGroupQuery extends Query<BuyerGroupView> {
  constructor(
    readonly workspaceId: string,
    readonly groupId: string,
    readonly asOf?: Date,
  ) {
    super();
  }
}
