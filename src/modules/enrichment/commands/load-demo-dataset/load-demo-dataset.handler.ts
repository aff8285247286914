import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DemoDatasetLoader, type LoadAllReport } from '../../infrastructure/local/demo-dataset.loader.js';
import { LoadDemoDatasetCommand } from './load-demo-dataset.command.js';

@CommandHandler(LoadDemoDatasetCommand)
export class LoadDemoDatasetHandler implements ICommandHandler<LoadDemoDatasetCommand> {
  constructor(private readonly loader: DemoDatasetLoader) {}

  async execute({ onProgress }: LoadDemoDatasetCommand): Promise<LoadAllReport> {
    await this.loader.ensureLoaded();
    return this.loader.loadAll(onProgress);
  }
}
