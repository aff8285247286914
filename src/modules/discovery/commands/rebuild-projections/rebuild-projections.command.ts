import { Command } from '@nestjs/cqrs';
import type { RebuildReport } from '../../infrastructure/projection-rebuilder.js';

/** Drops the buyer-group read models and replays the event log into them. */
export class RebuildProjectionsCommand extends Command<RebuildReport> {
  constructor(readonly onProgress?: (eventsSoFar: number) => void) {
    super();
  }
}
