import { Command } from '@nestjs/cqrs';
import type { LoadAllProgress, LoadAllReport } from '../../infrastructure/local/demo-dataset.loader.js';

/** Materialise every demo company's employees now, instead of on first use. */
export class LoadDemoDatasetCommand extends Command<LoadAllReport> {
  constructor(readonly onProgress?: (progress: LoadAllProgress) => void) {
    super();
  }
}
