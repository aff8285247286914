import { InitialSchema20261127000000 } from './20261127000000-initial-schema.js';
import { LocalDataset20261127010000 } from './20261127010000-local-dataset.js';
import { ProviderCache20261127020000 } from './20261127020000-provider-cache.js';
import { DatasetSearchIndex20261127040000 } from './20261127040000-dataset-search-index.js';
import { RelayCheckpoints20261127030000 } from './20261127030000-relay-checkpoints.js';
import { CompanySearchIndex20261127060000 } from './20261127060000-company-search-index.js';
import { ProviderChangeNotices20261127080000 } from './20261127080000-provider-change-notices.js';
import { Webhooks20261127050000 } from './20261127050000-webhooks.js';

/** Every migration in order. Listed explicitly so the compiled service and the tests run the same set. */
export const migrationsList = [
  { name: '20261127000000-initial-schema', class: InitialSchema20261127000000 },
  { name: '20261127010000-local-dataset', class: LocalDataset20261127010000 },
  { name: '20261127020000-provider-cache', class: ProviderCache20261127020000 },
  { name: '20261127030000-relay-checkpoints', class: RelayCheckpoints20261127030000 },
  { name: '20261127040000-dataset-search-index', class: DatasetSearchIndex20261127040000 },
  { name: '20261127050000-webhooks', class: Webhooks20261127050000 },
  { name: '20261127060000-company-search-index', class: CompanySearchIndex20261127060000 },
  { name: '20261127080000-provider-change-notices', class: ProviderChangeNotices20261127080000 },
];
