import { Command } from '@nestjs/cqrs';
import type { EventMetadata } from '../../../../shared/event-store/event.js';
import type { AccountSearchRequest } from '../../domain/search-request.js';
import type { AccountSearchJobAccepted } from './account-search-job.js';

/** Queue an account search (a checked request) to run in the background, for searches that sample many companies. */
export class QueueAccountSearchCommand extends Command<AccountSearchJobAccepted> {
  constructor(
    readonly request: AccountSearchRequest,
    readonly metadata: EventMetadata,
  ) {
    super();
  }
}
