import type { V1SourceReader, V1SourceSpec } from '../../commands/import-v1-groups/v1-source.js';
import { V1DatabaseReader } from './v1-database.reader.js';
import { V1FileReader } from './v1-file.reader.js';

/** The reader of a V1 source: V1's database, or a JSON or CSV export of its tables. */
export function openV1Source(spec: V1SourceSpec): Promise<V1SourceReader> {
  switch (spec.kind) {
    case 'database':
      return V1DatabaseReader.open(spec.url);
    case 'json':
      return V1FileReader.json(spec.file);
    case 'csv':
      return V1FileReader.csv(spec.groups, spec.members);
  }
}
