import type { V1Source as V1SourceKind } from '../../domain/buyer-group.events.js';
import type { V1Row } from './v1-rows.js';

/** Where the V1 rows are: V1's database, a JSON export `{ groups, members }`, or a CSV export (one file per table). */
export type V1SourceSpec =
  | { kind: 'database'; url: string }
  | { kind: 'json'; file: string }
  | { kind: 'csv'; groups: string; members: string };

/** Some V1 "BuyerGroups" rows with every "BuyerGroupMembers" row that names one of them. */
export interface V1Batch {
  groups: V1Row[];
  members: V1Row[];
}

/** The V1 tables, read in batches of groups. Port of the migration; adapters in infrastructure/v1-source. */
export interface V1SourceReader {
  readonly kind: V1SourceKind;
  /** for reports: the database without its password, or the file names */
  readonly description: string;
  countGroups(): Promise<number>;
  batches(groupsPerBatch: number): AsyncIterable<V1Batch>;
  /** member rows that belong to no group row: naming none, naming a missing one, or unreadable */
  unmatchedMembers(): AsyncIterable<V1Row>;
  close(): Promise<void>;
}

/** The source as a whole cannot be read (unreachable database, missing table, unreadable file, no CSV header). */
export class V1SourceError extends Error {}
