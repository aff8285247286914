import { Command } from '@nestjs/cqrs';
import type { EventMetadata } from '../../../../shared/event-store/event.js';
import type { BuyerGroupCommand } from '../../domain/buyer-group.decide.js';
import type { BuyerGroupState } from '../../domain/buyer-group.state.js';

/**
 * Applies one domain command to a buyer group. Discovery, webhooks, re-validation, imports and the CLI all change
 * groups through this one path, so concurrency, projections and audit metadata are handled once.
 */
export class ChangeBuyerGroupCommand extends Command<BuyerGroupState> {
  constructor(
    readonly groupId: string,
    readonly change: BuyerGroupCommand,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}
