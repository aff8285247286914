import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '../../../../shared/domain/domain-error.js';
import { decideBuyerGroup } from '../../domain/buyer-group.decide.js';
import { buyerGroupStreamId } from '../../domain/buyer-group.events.js';
import type { BuyerGroupState } from '../../domain/buyer-group.state.js';
import { BuyerGroupRepository } from '../../infrastructure/buyer-group.repository.js';
import { ChangeBuyerGroupCommand } from './change-buyer-group.command.js';

@CommandHandler(ChangeBuyerGroupCommand)
export class ChangeBuyerGroupHandler implements ICommandHandler<ChangeBuyerGroupCommand> {
  constructor(private readonly groups: BuyerGroupRepository) {}

  async execute({ groupId, change, metadata }: ChangeBuyerGroupCommand): Promise<BuyerGroupState> {
    const { state } = await this.groups.handle(
      buyerGroupStreamId(groupId),
      (current) => {
        // A group of another workspace is reported as missing, so its existence does not leak.
        if (current.exists && current.workspaceId !== metadata.workspaceId) {
          throw new DomainError('NOT_FOUND', 'buyer group not found');
        }
        return decideBuyerGroup(current, change);
      },
      metadata,
    );
    return state;
  }
}
