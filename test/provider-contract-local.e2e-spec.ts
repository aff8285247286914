import { expect } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importDataset } from '../src/modules/enrichment/infrastructure/local/dataset-import.js';
import { DemoDatasetLoader } from '../src/modules/enrichment/infrastructure/local/demo-dataset.loader.js';
import { LocalEmployeeDataProvider } from '../src/modules/enrichment/infrastructure/local/local.provider.js';
import { openDatabase } from '../src/shared/database/database.js';
import { createLogger } from '../src/shared/observability/logger.js';
import { COMPANIES, EMPLOYEES, fixtureJsonLines } from './support/coresignal-fixture.js';
import { describeProviderContract } from './support/provider-contract.js';
import { createTestDatabase } from './support/test-database.js';

/**
 * The provider contract (test/support/provider-contract.ts) against the local dataset on real PostgreSQL, loaded
 * with the same fixture records the simulator serves, through the importer (JSON Lines), and wired as the service
 * wires it (with the demo-universe loader, which leaves these non-demo ids alone). Prices: 0 for every call, but
 * every call is still counted as the kind Coresignal would bill.
 */
describeProviderContract('local dataset', async () => {
  const db = await openDatabase(await createTestDatabase('contract_local'), createLogger('silent'));
  const dir = await mkdtemp(path.join(tmpdir(), 'bgi-contract-'));
  const file = path.join(dir, 'fixture.jsonl');
  await writeFile(file, fixtureJsonLines());
  const report = await importDataset(db, file);
  expect(report).toMatchObject({ imported: COMPANIES.length + EMPLOYEES.length, rejectedCount: 0 });
  const loader = new DemoDatasetLoader(db);
  const provider = new LocalEmployeeDataProvider(db, loader);
  return {
    provider,
    prices: { search: 0, preview: 0, collect: 0, enrich: 0 },
    callCounts: () => {
      const { preview, collect, enrich } = provider.callCounts();
      return { preview, collect, enrich };
    },
    billed: () => 0,
    teardown: async () => {
      await loader.stop();
      await db.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
});

