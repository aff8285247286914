import { Command } from '@nestjs/cqrs';
import type { ImportOptions, ImportReport } from '../../infrastructure/local/dataset-import.js';

/** Stream a Coresignal bulk-collect JSONL file or a simple CSV into the local dataset (idempotent upserts). */
export class ImportDatasetCommand extends Command<ImportReport> {
  constructor(
    readonly file: string,
    readonly options: ImportOptions = {},
  ) {
    super();
  }
}
