import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DATABASE, type Database } from '../../../../shared/database/database.js';
import { importDataset, type ImportReport } from '../../infrastructure/local/dataset-import.js';
import { ImportDatasetCommand } from './import-dataset.command.js';

@CommandHandler(ImportDatasetCommand)
export class ImportDatasetHandler implements ICommandHandler<ImportDatasetCommand> {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  execute({ file, options }: ImportDatasetCommand): Promise<ImportReport> {
    return importDataset(this.db, file, options);
  }
}
