import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DATABASE, type Database } from '../../../../shared/database/database.js';
import { EventStore } from '../../../../shared/event-store/event-store.js';
import { rebuildBuyerGroupProjections, type RebuildReport } from '../../infrastructure/projection-rebuilder.js';
import { RebuildProjectionsCommand } from './rebuild-projections.command.js';

@CommandHandler(RebuildProjectionsCommand)
export class RebuildProjectionsHandler implements ICommandHandler<RebuildProjectionsCommand> {
  constructor(
    @Inject(DATABASE) private readonly db: Database,
    private readonly events: EventStore,
  ) {}

  execute({ onProgress }: RebuildProjectionsCommand): Promise<RebuildReport> {
    return rebuildBuyerGroupProjections(this.db, this.events, onProgress);
  }
}
