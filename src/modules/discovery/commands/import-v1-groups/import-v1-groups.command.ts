import { Command } from '@nestjs/cqrs';
import type { V1SourceSpec } from './v1-source.js';

export interface ImportV1GroupsOptions {
  source: V1SourceSpec;
  /** the workspace the imported groups belong to */
  workspaceId: string;
  /** decide everything, write nothing, report what would change */
  dryRun: boolean;
  /** who runs the migration, for the events' metadata */
  actor: string;
  correlationId?: string;
  /** called as groups are done (imported, unchanged or rejected) */
  onProgress?: (groupsDone: number, groupsTotal: number) => void;
}

/** A V1 row that was not imported, where it is and why. */
export interface RejectedV1Row {
  table: 'BuyerGroups' | 'BuyerGroupMembers';
  /** `"BuyerGroups" id=g-17` (database), `groups[3]` / `members[7]` (JSON), `members.csv:12` (CSV line) */
  position: string;
  reason: string;
}

/** A group the migration created or changed (or would, in a dry run), with its events counted by type. */
export interface ImportedGroupChange {
  v1Id: string;
  groupId: string;
  company: string;
  status: 'new' | 'changed';
  events: Record<string, number>;
}

export interface V1MigrationReport {
  dryRun: boolean;
  workspaceId: string;
  source: { kind: V1SourceSpec['kind']; description: string };
  groups: { read: number; new: number; changed: number; unchanged: number; rejected: number };
  /** imported: new members (of new groups too); updated: profile changes; reRoled; removed: deleted in V1 */
  members: { read: number; imported: number; updated: number; reRoled: number; removed: number; rejected: number };
  /** events written (a dry run: events that would be written) */
  events: number;
  /** the first 100 rejected rows (groups.rejected + members.rejected count them all) */
  rejected: RejectedV1Row[];
  /** the first 100 groups created or changed */
  changes: ImportedGroupChange[];
  durationMs: number;
}

/**
 * Imports V1's buyer groups (its "BuyerGroups" and "BuyerGroupMembers" rows, from its database or an export) into the
 * event log: each becomes a group whose history starts with BuyerGroupImported. Idempotent: group and member ids
 * derive from the V1 ids, an unchanged V1 group gives no events, a changed one gives the change events.
 */
export class ImportV1GroupsCommand extends Command<V1MigrationReport> {
  constructor(readonly options: ImportV1GroupsOptions) {
    super();
  }
}
