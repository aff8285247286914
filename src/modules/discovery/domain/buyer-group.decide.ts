import { DomainError } from '../../../shared/domain/domain-error.js';
import type { BuyerGroupRole, EnrichmentLevel, RemovalReason } from './buyer-group-role.js';
import type {
  BuyerGroupEvent,
  CompanySnapshot,
  GroupDetailsChanges,
  ImportedGroup,
  ImportedMember,
  MemberAssessment,
  MemberProfile,
  ProfileChanges,
  QualityAssessment,
  SellerProfile,
} from './buyer-group.events.js';
import type { BuyerGroupState, MemberState } from './buyer-group.state.js';
import { personChangeSteps, type ApplyPersonChange } from './person-change.js';

export type NewMember = { memberId: string } & MemberProfile & MemberAssessment;

/** Everything that can be asked of a buyer group. `byUser` marks a human override, which automation respects. */
export type BuyerGroupCommand =
  | {
      kind: 'CreateBuyerGroup';
      groupId: string;
      workspaceId: string;
      company: CompanySnapshot;
      sellerProfile: SellerProfile;
      enrichmentLevel: EnrichmentLevel;
      members: NewMember[];
      quality?: QualityAssessment;
    }
  | { kind: 'AddMember'; member: NewMember }
  | { kind: 'UpdateMember'; memberId: string; changes: ProfileChanges }
  | {
      kind: 'ChangeMemberRole';
      memberId: string;
      role: BuyerGroupRole;
      confidence: number;
      reasons: string[];
      byUser: boolean;
    }
  | { kind: 'SetMemberPinned'; memberId: string; pinned: boolean }
  | { kind: 'RemoveMember'; memberId: string; reason: RemovalReason }
  | { kind: 'OverrideMember'; memberId: string; actor: string; pinned?: boolean; excluded?: true; role?: BuyerGroupRole }
  | { kind: 'AssessQuality'; quality: QualityAssessment }
  | { kind: 'ApplyDiscovery'; members: NewMember[]; quality: QualityAssessment; company?: CompanySnapshot }
  | { kind: 'RevalidateBuyerGroup' }
  /** the provider's newer record of the group's company, or of the company it was merged into */
  | { kind: 'UpdateCompany'; company: CompanySnapshot }
  | ApplyPersonChange
  | { kind: 'ArchiveBuyerGroup'; reason: string }
  | ImportBuyerGroupCommand;

/**
 * A V1 group as it is now in V1 (the V1 migration). Creates the group the first time; later the differences from
 * what was imported before become change events, and an unchanged V1 group gives none.
 */
export interface ImportBuyerGroupCommand extends ImportedGroup {
  kind: 'ImportBuyerGroup';
  members: ImportedMember[];
  /** V1 marks the group archived (or deleted): the group is archived with this reason after its import */
  archivedReason?: string;
  /**
   * false when some of the group's V1 member rows could not be read this time: members missing from `members`
   * are then kept, since the unreadable row may be theirs
   */
  complete: boolean;
}

function requireActive(state: BuyerGroupState): void {
  if (!state.exists) throw new DomainError('NOT_FOUND', 'buyer group not found');
  if (state.status === 'archived') throw new DomainError('CONFLICT', 'buyer group is archived; it can no longer change');
}

function requireMember(state: BuyerGroupState, memberId: string): MemberState {
  const member = state.members.find((candidate) => candidate.memberId === memberId);
  if (!member) throw new DomainError('NOT_FOUND', `member ${memberId} is not in this buyer group`, { memberId });
  return member;
}

function addMember(state: BuyerGroupState, member: NewMember): BuyerGroupEvent[] {
  if (state.members.some((existing) => existing.personId === member.personId)) return [];
  if (state.excludedPersonIds.includes(member.personId)) return [];
  return [{ type: 'MemberAdded', data: member }];
}

/**
 * A fresh discovery run against an existing group becomes changes, not a new group: newcomers are added (unless a
 * user excluded them), people no longer chosen are removed (unless pinned), roles and profiles are updated (unless a
 * user set the role), then the quality is re-assessed and the group marked revalidated.
 */
function applyDiscovery(state: BuyerGroupState, command: Extract<BuyerGroupCommand, { kind: 'ApplyDiscovery' }>): BuyerGroupEvent[] {
  const current = new Map(state.members.map((member) => [member.personId, member]));
  const chosen = new Set(command.members.map((member) => member.personId));
  const events: BuyerGroupEvent[] = [];
  // a group that did not know its company's provider id (a V1 import by name) takes the company discovery resolved,
  // so later runs, notices and subscriptions find it by id
  if (command.company?.id !== undefined && state.company.id === undefined) {
    events.push({ type: 'BuyerGroupDetailsUpdated', data: { company: { ...state.company, ...command.company } } });
  }
  for (const member of command.members) {
    const existing = current.get(member.personId);
    if (!existing) {
      events.push(...addMember(state, member));
      continue;
    }
    const { personId: _personId, memberId: _memberId, role, confidence, reasons, influenceScore: _influence, priority: _priority, ...profile } = member;
    events.push(...decideBuyerGroup(state, { kind: 'UpdateMember', memberId: existing.memberId, changes: profile }));
    if (role !== existing.role) {
      events.push(...decideBuyerGroup(state, { kind: 'ChangeMemberRole', memberId: existing.memberId, role, confidence, reasons, byUser: false }));
    }
  }
  for (const member of state.members) {
    if (!chosen.has(member.personId)) {
      events.push(...decideBuyerGroup(state, { kind: 'RemoveMember', memberId: member.memberId, reason: 'no_longer_qualifies' }));
    }
  }
  events.push({ type: 'QualityAssessed', data: command.quality });
  events.push({ type: 'BuyerGroupRevalidated', data: { membersChecked: command.members.length } });
  return events;
}

const withoutUndefined = (value: object): string =>
  JSON.stringify(Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined).sort(([a], [b]) => a.localeCompare(b))));

/**
 * Importing a V1 group. New: BuyerGroupImported, then MemberImported per member (no person twice), then
 * BuyerGroupArchived when V1 had it archived. Imported before: group details that changed, members new in V1 imported,
 * changed ones updated and re-roled, members whose V1 row is gone removed (`removed_in_v1`). What happened here
 * since stays: a member removed here is not brought back, pinned members stay, user roles hold, excluded people never
 * return, members found here are left alone, and an archived group is not touched.
 */
function importBuyerGroup(state: BuyerGroupState, command: ImportBuyerGroupCommand): BuyerGroupEvent[] {
  const { kind: _kind, members, archivedReason, complete: _complete, ...group } = command;
  if (!state.exists) {
    const events: BuyerGroupEvent[] = [{ type: 'BuyerGroupImported', data: group }];
    const seen = new Set<string>();
    for (const member of members) {
      if (seen.has(member.personId) || seen.has(member.memberId)) continue;
      seen.add(member.personId).add(member.memberId);
      events.push({ type: 'MemberImported', data: member });
    }
    if (archivedReason) events.push({ type: 'BuyerGroupArchived', data: { reason: archivedReason } });
    return events;
  }
  if (state.importedFrom?.v1Id !== command.v1Id) {
    throw new DomainError('CONFLICT', `buyer group ${command.groupId} was not imported from V1 group ${command.v1Id}`);
  }
  if (state.status === 'archived') return [];

  const events: BuyerGroupEvent[] = [];
  const details: GroupDetailsChanges = {};
  if (withoutUndefined(command.company) !== withoutUndefined(state.company)) details.company = command.company;
  if (command.sellerProfile && withoutUndefined(command.sellerProfile) !== withoutUndefined(state.sellerProfile)) {
    details.sellerProfile = command.sellerProfile;
  }
  if (command.enrichmentLevel && command.enrichmentLevel !== state.enrichmentLevel) details.enrichmentLevel = command.enrichmentLevel;
  if (Object.keys(details).length > 0) events.push({ type: 'BuyerGroupDetailsUpdated', data: details });

  const current = new Map(state.members.map((member) => [member.memberId, member]));
  const everImported = new Set(state.importedFrom.memberIds);
  const people = new Set([...state.members.map((member) => member.personId), ...state.excludedPersonIds]);
  const inV1 = new Set(members.map((member) => member.memberId));
  for (const member of members) {
    const existing = current.get(member.memberId);
    if (!existing) {
      // removed here after its import (left the company, excluded, ...): this service knows better than V1
      if (everImported.has(member.memberId) || people.has(member.personId)) continue;
      people.add(member.personId);
      everImported.add(member.memberId);
      events.push({ type: 'MemberImported', data: member });
      continue;
    }
    const { role, confidence, reasons } = member;
    const changes: ProfileChanges = {
      name: member.name,
      title: member.title,
      department: member.department,
      seniorityLevel: member.seniorityLevel,
      email: member.email,
      phone: member.phone,
      linkedin: member.linkedin,
      location: member.location,
    };
    events.push(...decideBuyerGroup(state, { kind: 'UpdateMember', memberId: existing.memberId, changes }));
    if (role !== existing.role) {
      events.push(...decideBuyerGroup(state, { kind: 'ChangeMemberRole', memberId: existing.memberId, role, confidence, reasons, byUser: false }));
    }
  }
  if (command.complete) {
    for (const member of state.members) {
      if (everImported.has(member.memberId) && !inV1.has(member.memberId) && !member.pinned) {
        events.push({ type: 'MemberRemoved', data: { memberId: member.memberId, personId: member.personId, reason: 'removed_in_v1' } });
      }
    }
  }
  if (archivedReason) events.push({ type: 'BuyerGroupArchived', data: { reason: archivedReason } });
  return events;
}

/** A person's decision about one member: exclusion wins over everything else; role and pin combine. */
function overrideMember(
  state: BuyerGroupState,
  command: Extract<BuyerGroupCommand, { kind: 'OverrideMember' }>,
): BuyerGroupEvent[] {
  if (command.pinned === undefined && command.excluded === undefined && command.role === undefined) {
    throw new DomainError('INVALID_ARGUMENT', 'an override needs at least one of pinned, excluded or role');
  }
  requireMember(state, command.memberId);
  if (command.excluded) return decideBuyerGroup(state, { kind: 'RemoveMember', memberId: command.memberId, reason: 'excluded_by_user' });
  const events: BuyerGroupEvent[] = [];
  if (command.role !== undefined) {
    events.push(
      ...decideBuyerGroup(state, {
        kind: 'ChangeMemberRole',
        memberId: command.memberId,
        role: command.role,
        confidence: 100,
        reasons: [`role set by ${command.actor}`],
        byUser: true,
      }),
    );
  }
  if (command.pinned !== undefined) {
    events.push(...decideBuyerGroup(state, { kind: 'SetMemberPinned', memberId: command.memberId, pinned: command.pinned }));
  }
  return events;
}

/**
 * Pure: the events a command produces against the current state, or a DomainError. Commands that would change
 * nothing produce no events, so repeating one is harmless.
 */
export function decideBuyerGroup(state: BuyerGroupState, command: BuyerGroupCommand): BuyerGroupEvent[] {
  if (command.kind === 'CreateBuyerGroup') {
    if (state.exists) throw new DomainError('ALREADY_EXISTS', `buyer group ${command.groupId} already exists`);
    const events: BuyerGroupEvent[] = [
      {
        type: 'BuyerGroupDiscovered',
        data: {
          groupId: command.groupId,
          workspaceId: command.workspaceId,
          company: command.company,
          sellerProfile: command.sellerProfile,
          enrichmentLevel: command.enrichmentLevel,
        },
      },
    ];
    const seen = new Set<string>();
    for (const member of command.members) {
      if (seen.has(member.personId)) continue;
      seen.add(member.personId);
      events.push({ type: 'MemberAdded', data: member });
    }
    if (command.quality) events.push({ type: 'QualityAssessed', data: command.quality });
    return events;
  }
  if (command.kind === 'ImportBuyerGroup') return importBuyerGroup(state, command);

  requireActive(state);
  switch (command.kind) {
    case 'AddMember':
      return addMember(state, command.member);
    case 'UpdateMember': {
      const member = requireMember(state, command.memberId);
      const changes = Object.fromEntries(
        Object.entries(command.changes).filter(
          ([key, value]) => value !== undefined && member[key as keyof ProfileChanges] !== value,
        ),
      ) as ProfileChanges;
      return Object.keys(changes).length === 0
        ? []
        : [{ type: 'MemberUpdated', data: { memberId: command.memberId, changes } }];
    }
    case 'ChangeMemberRole': {
      const member = requireMember(state, command.memberId);
      if (member.roleOverridden && !command.byUser) return [];
      if (member.role === command.role && member.roleOverridden === command.byUser) return [];
      return [
        {
          type: 'MemberRoleChanged',
          data: {
            memberId: command.memberId,
            from: member.role,
            to: command.role,
            confidence: command.confidence,
            reasons: command.reasons,
            overridden: command.byUser,
          },
        },
      ];
    }
    case 'SetMemberPinned': {
      const member = requireMember(state, command.memberId);
      if (member.pinned === command.pinned) return [];
      return [{ type: command.pinned ? 'MemberPinned' : 'MemberUnpinned', data: { memberId: command.memberId } }];
    }
    case 'RemoveMember': {
      const member = requireMember(state, command.memberId);
      // A pinned member stays through automatic reshuffles; only leaving the company or the user removes them.
      if (member.pinned && (command.reason === 'replaced' || command.reason === 'no_longer_qualifies')) return [];
      return [
        { type: 'MemberRemoved', data: { memberId: command.memberId, personId: member.personId, reason: command.reason } },
      ];
    }
    case 'OverrideMember':
      return overrideMember(state, command);
    case 'AssessQuality':
      return [{ type: 'QualityAssessed', data: command.quality }];
    case 'ApplyDiscovery':
      return applyDiscovery(state, command);
    case 'RevalidateBuyerGroup':
      return [{ type: 'BuyerGroupRevalidated', data: { membersChecked: state.members.length } }];
    case 'UpdateCompany':
      return withoutUndefined(command.company) === withoutUndefined(state.company) ? [] : [{ type: 'BuyerGroupDetailsUpdated', data: { company: command.company } }];
    case 'ApplyPersonChange':
      return personChangeSteps(state, command).flatMap((step) => decideBuyerGroup(state, step));
    case 'ArchiveBuyerGroup':
      return [{ type: 'BuyerGroupArchived', data: { reason: command.reason } }];
  }
}
