import { randomUUID } from 'node:crypto';
import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { DomainError } from '../../../../shared/domain/domain-error.js';
import { fold } from '../../../../shared/event-store/aggregate.js';
import type { EventMetadata } from '../../../../shared/event-store/event.js';
import { EventStore } from '../../../../shared/event-store/event-store.js';
import { decideBuyerGroup, type ImportBuyerGroupCommand } from '../../domain/buyer-group.decide.js';
import { buyerGroupStreamId, type BuyerGroupEvent, type V1Source } from '../../domain/buyer-group.events.js';
import { buyerGroupAggregate, type BuyerGroupState } from '../../domain/buyer-group.state.js';
import { openV1Source } from '../../infrastructure/v1-source/open-v1-source.js';
import { ChangeBuyerGroupCommand } from '../change-buyer-group/change-buyer-group.command.js';
import { ImportV1GroupsCommand, type ImportV1GroupsOptions, type RejectedV1Row, type V1MigrationReport } from './import-v1-groups.command.js';
import {
  importedGroupId,
  importedMember,
  readV1Group,
  readV1Member,
  V1_GROUPS_TABLE,
  V1_MEMBERS_TABLE,
  V1RowError,
  v1Ids,
  type V1Group,
  type V1Member,
  type V1Row,
} from './v1-rows.js';
import type { V1Batch } from './v1-source.js';

const GROUPS_PER_BATCH = 200;
/** groups imported at once: each is its own transaction on its own stream */
const CONCURRENCY = 8;
const LISTED = 100;

/** A V1 group that passed validation, with the members that did. */
interface GroupPlan {
  row: V1Row;
  group: V1Group;
  members: V1Member[];
  /** person id → position of the row that brought them */
  people: Map<string, string>;
  /** false when one of its member rows was rejected */
  complete: boolean;
}

/** One run's bookkeeping. */
class Run {
  readonly report: V1MigrationReport;
  readonly groupsSeen = new Map<string, string>();
  readonly membersSeen = new Map<string, string>();
  /** V1 ids of rejected group rows → their position */
  readonly rejectedGroups = new Map<string, string>();
  done = 0;
  total = 0;

  constructor(readonly options: ImportV1GroupsOptions, readonly kind: V1Source, description: string) {
    this.report = {
      dryRun: options.dryRun,
      workspaceId: options.workspaceId,
      source: { kind: options.source.kind, description },
      groups: { read: 0, new: 0, changed: 0, unchanged: 0, rejected: 0 },
      members: { read: 0, imported: 0, updated: 0, reRoled: 0, removed: 0, rejected: 0 },
      events: 0,
      rejected: [],
      changes: [],
      durationMs: 0,
    };
  }

  reject(table: RejectedV1Row['table'], position: string, reason: string): void {
    if (table === V1_GROUPS_TABLE) this.report.groups.rejected++;
    else this.report.members.rejected++;
    if (this.report.rejected.length < LISTED) this.report.rejected.push({ table, position, reason });
  }

  progress(): void {
    this.done++;
    this.options.onProgress?.(this.done, this.total);
  }
}

async function inParallel<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

const MEMBER_EVENTS: Partial<Record<BuyerGroupEvent['type'], keyof V1MigrationReport['members']>> = {
  MemberImported: 'imported',
  MemberUpdated: 'updated',
  MemberRoleChanged: 'reRoled',
  MemberRemoved: 'removed',
};

@CommandHandler(ImportV1GroupsCommand)
export class ImportV1GroupsHandler implements ICommandHandler<ImportV1GroupsCommand> {
  constructor(
    private readonly events: EventStore,
    private readonly commands: CommandBus,
  ) {}

  async execute({ options }: ImportV1GroupsCommand): Promise<V1MigrationReport> {
    const started = performance.now();
    const reader = await openV1Source(options.source);
    try {
      const run = new Run(options, reader.kind, reader.description);
      run.total = await reader.countGroups();
      options.onProgress?.(0, run.total);
      const metadata: EventMetadata = {
        workspaceId: options.workspaceId,
        correlationId: options.correlationId ?? randomUUID(),
        actor: options.actor,
        source: 'migration',
      };
      for await (const batch of reader.batches(GROUPS_PER_BATCH)) {
        const plans = this.plan(run, batch);
        // the batch's groups as they are now, in one read: most re-imported groups are unchanged and need nothing else
        const streamOf = (plan: GroupPlan) => buyerGroupStreamId(importedGroupId(options.workspaceId, plan.group.v1Id));
        const streams = await this.events.readStreams(plans.map(streamOf));
        await inParallel(plans, CONCURRENCY, (plan) =>
          this.importGroup(run, plan, fold(buyerGroupAggregate, streams.get(streamOf(plan)) ?? []), metadata),
        );
      }
      for await (const row of reader.unmatchedMembers()) {
        run.report.members.read++;
        if (row.unreadable) {
          run.reject(V1_MEMBERS_TABLE, row.position, row.unreadable);
          continue;
        }
        const { groupId } = v1Ids(row.values);
        run.reject(
          V1_MEMBERS_TABLE,
          row.position,
          groupId === undefined ? 'buyerGroupId is missing' : `buyerGroupId "${groupId}" names no "${V1_GROUPS_TABLE}" row`,
        );
      }
      run.report.durationMs = Math.round(performance.now() - started);
      return run.report;
    } finally {
      await reader.close();
    }
  }

  /** Validates a batch's rows: the groups to import with their members; everything else is rejected with a reason. */
  private plan(run: Run, batch: V1Batch): GroupPlan[] {
    const plans = new Map<string, GroupPlan>();
    for (const row of batch.groups) {
      run.report.groups.read++;
      const rejected = (reason: string) => {
        run.reject(V1_GROUPS_TABLE, row.position, reason);
        run.progress();
      };
      if (row.unreadable) {
        rejected(row.unreadable);
        continue;
      }
      let group: V1Group;
      try {
        group = readV1Group(row.values);
      } catch (error) {
        if (!(error instanceof V1RowError)) throw error;
        const { id } = v1Ids(row.values);
        if (id !== undefined && !run.groupsSeen.has(id)) run.rejectedGroups.set(id, row.position);
        rejected(error.message);
        continue;
      }
      const first = run.groupsSeen.get(group.v1Id) ?? run.rejectedGroups.get(group.v1Id);
      if (first !== undefined) {
        rejected(`duplicate id "${group.v1Id}": the row at ${first} has it`);
        continue;
      }
      run.groupsSeen.set(group.v1Id, row.position);
      plans.set(group.v1Id, { row, group, members: [], people: new Map(), complete: true });
    }

    for (const row of batch.members) {
      run.report.members.read++;
      if (row.unreadable) {
        run.reject(V1_MEMBERS_TABLE, row.position, row.unreadable);
        continue;
      }
      let member: V1Member;
      try {
        member = readV1Member(row.values);
      } catch (error) {
        if (!(error instanceof V1RowError)) throw error;
        const { groupId } = v1Ids(row.values);
        const plan = groupId === undefined ? undefined : plans.get(groupId);
        // the group is imported without this member, and keeps the members V1 seems to have dropped
        if (plan) plan.complete = false;
        run.reject(V1_MEMBERS_TABLE, row.position, error.message);
        continue;
      }
      const first = run.membersSeen.get(member.v1Id);
      if (first !== undefined) {
        run.reject(V1_MEMBERS_TABLE, row.position, `duplicate id "${member.v1Id}": the row at ${first} has it`);
        continue;
      }
      run.membersSeen.set(member.v1Id, row.position);
      const plan = plans.get(member.v1GroupId);
      if (!plan) {
        const groupRow = run.rejectedGroups.get(member.v1GroupId);
        run.reject(
          V1_MEMBERS_TABLE,
          row.position,
          groupRow ? `its group "${member.v1GroupId}" was rejected (${groupRow})` : `buyerGroupId "${member.v1GroupId}" names no "${V1_GROUPS_TABLE}" row`,
        );
        continue;
      }
      const samePerson = plan.people.get(member.personId);
      if (samePerson !== undefined) {
        run.reject(V1_MEMBERS_TABLE, row.position, `the same person (${member.personId}) as the row at ${samePerson}, in the same group`);
        continue;
      }
      plan.people.set(member.personId, row.position);
      plan.members.push(member);
    }
    return [...plans.values()];
  }

  /**
   * Decides the group's events against its state (for the report); unless this is a dry run, appends them through
   * ChangeBuyerGroupCommand, which decides again on the state it reads in its transaction.
   */
  private async importGroup(run: Run, plan: GroupPlan, state: BuyerGroupState, metadata: EventMetadata): Promise<void> {
    const { workspaceId } = run.options;
    const { group } = plan;
    const groupId = importedGroupId(workspaceId, group.v1Id);
    const command: ImportBuyerGroupCommand = {
      kind: 'ImportBuyerGroup',
      groupId,
      workspaceId,
      v1Id: group.v1Id,
      source: run.kind,
      company: group.company,
      createdAt: group.createdAt,
      members: plan.members.map((member) => importedMember(workspaceId, member)),
      complete: plan.complete,
    };
    if (group.v1WorkspaceId !== undefined) command.v1WorkspaceId = group.v1WorkspaceId;
    if (group.v1CompanyId !== undefined) command.v1CompanyId = group.v1CompanyId;
    if (group.sellerProfile) command.sellerProfile = group.sellerProfile;
    if (group.enrichmentLevel) command.enrichmentLevel = group.enrichmentLevel;
    if (group.archivedReason) command.archivedReason = group.archivedReason;

    try {
      if (state.exists && state.workspaceId !== workspaceId) throw new DomainError('CONFLICT', 'a buyer group with this id belongs to another workspace');
      const events = decideBuyerGroup(state, command);
      if (events.length === 0) {
        run.report.groups.unchanged++;
        return;
      }
      if (!run.options.dryRun) await this.commands.execute(new ChangeBuyerGroupCommand(groupId, command, metadata));
      const status = state.exists ? 'changed' : 'new';
      run.report.groups[status]++;
      run.report.events += events.length;
      const counts: Record<string, number> = {};
      for (const event of events) {
        counts[event.type] = (counts[event.type] ?? 0) + 1;
        const counter = MEMBER_EVENTS[event.type];
        if (counter) run.report.members[counter]++;
      }
      if (run.report.changes.length < LISTED) {
        run.report.changes.push({ v1Id: group.v1Id, groupId, company: group.company.name, status, events: counts });
      }
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      run.reject(V1_GROUPS_TABLE, plan.row.position, error.message);
    } finally {
      run.progress();
    }
  }
}
