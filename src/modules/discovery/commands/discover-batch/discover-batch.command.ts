import { Command } from '@nestjs/cqrs';
import type { EventMetadata } from '../../../../shared/event-store/event.js';
import type { BatchAccepted } from './batch-job.js';
import type { DiscoverBatchDto } from './discover-batch.dto.js';

/** Queue the discovery of many companies' buyer groups as one background job. */
export class DiscoverBatchCommand extends Command<BatchAccepted> {
  constructor(
    readonly request: DiscoverBatchDto,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}
