import { Command } from '@nestjs/cqrs';
import type { EventMetadata } from '../../../../shared/event-store/event.js';
import type { DiscoverBuyerGroupDto } from './discover-buyer-group.dto.js';
import type { DiscoveryResult } from './discovery-result.js';

/**
 * Find (or refresh) the buyer group of one company for one seller profile. `groupId` names the saved group to refresh
 * (re-validation); without it the workspace's active group of the company and solution category is refreshed, or a
 * new one created.
 */
export class DiscoverBuyerGroupCommand extends Command<DiscoveryResult> {
  constructor(
    readonly request: DiscoverBuyerGroupDto,
    readonly metadata: EventMetadata,
    readonly groupId?: string,
  ) {
    super();
  }
}
