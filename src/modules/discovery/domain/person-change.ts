import { RANK_WEIGHTS } from '../../scoring/domain/selection.js';
import type { BuyerGroupRole, RemovalReason } from './buyer-group-role.js';
import type { MemberAssessment, MemberProfile, ProfileChanges } from './buyer-group.events.js';
import type { BuyerGroupState, MemberState } from './buyer-group.state.js';

/**
 * A provider change notice applied to one buyer group (PRODUCT.md §5.7): the person was re-collected and judged
 * against this group's company and seller profile before the command was built, so deciding stays pure.
 *
 * - A member who is no longer a current employee of the group's company (or whose profile is gone) is removed with
 *   `left_company` (even when pinned: nobody can buy from a person who left); when their role then falls below its
 *   quota target (or the group below its target size, the role below its maximum: the selection's spill-over), the
 *   best replacement candidate for that role joins.
 * - A member whose title or department changed is updated and re-classified (MemberRoleChanged, unless a user set
 *   the role). One who no longer fits any role is removed with `no_longer_qualifies` (unless pinned) and replaced
 *   like a leaver. Other profile changes are recorded as MemberUpdated.
 * - A current employee who is not a member joins when they qualify: not excluded by a user, classified with at least
 *   PROVIDER_CHANGE_MIN_CONFIDENCE, and selected given the quotas — an open seat of their role, an open seat of the
 *   group while it is below its target (their role up to its maximum), or a better rank (0.75 × confidence + 0.25 ×
 *   influence, as the selection ranks) than the weakest automatic member of their role, who is then `replaced`.
 *
 * Every decision is made against the group's state, so a notice applied twice changes nothing the second time.
 */

/** Classified confidence (0–100) a person needs to join a group on a provider change alone. */
export const PROVIDER_CHANGE_MIN_CONFIDENCE = 60;

export type PersonChangeMember = { memberId: string } & MemberProfile & MemberAssessment;

/** The group's seats: its target size and each role's target and maximum (scoring's sizing). */
export interface GroupSeats {
  target: number;
  quotas: Record<BuyerGroupRole, { target: number; max: number }>;
}

export type PersonStanding =
  /** not a current employee of the group's company, or no longer known to the provider */
  | { status: 'gone'; reason: string }
  /** a current employee: their profile, and how they would sit in this group (null: no role fits) */
  | { status: 'current'; profile: MemberProfile; assessment: MemberAssessment | null };

export interface ApplyPersonChange {
  kind: 'ApplyPersonChange';
  personId: string;
  /** the notice that caused it, quoted in reasons */
  notice: { id: string; kind: string };
  person: PersonStanding;
  seats: GroupSeats;
  /** the member id the person gets if they join */
  newMemberId: string;
  /** candidates for a seat the person frees, already assessed for this group, best first */
  replacements: PersonChangeMember[];
}

/** The plain commands a person change comes down to; the aggregate's own rules (pins, exclusions, overrides) apply. */
export type PersonChangeStep =
  | { kind: 'AddMember'; member: PersonChangeMember }
  | { kind: 'UpdateMember'; memberId: string; changes: ProfileChanges }
  | { kind: 'ChangeMemberRole'; memberId: string; role: BuyerGroupRole; confidence: number; reasons: string[]; byUser: false }
  | { kind: 'RemoveMember'; memberId: string; reason: RemovalReason };

const rankOf = (member: Pick<MemberAssessment, 'confidence' | 'influenceScore'>): number =>
  RANK_WEIGHTS.confidence * member.confidence + RANK_WEIGHTS.influence * member.influenceScore;

/** Whether a member's seat would be freed by removing them for this reason (pinned members stay unless they left). */
const freesSeat = (member: MemberState, reason: RemovalReason): boolean => reason === 'left_company' || !member.pinned;

/**
 * Whether a member's seat is to be filled again without them, as the selection would fill it: their role falls below
 * its target, or the group falls below its target size while their role is below its maximum.
 */
function seatOpenWithout(state: BuyerGroupState, leaver: MemberState, seats: GroupSeats): boolean {
  const sameRole = state.members.filter((member) => member.memberId !== leaver.memberId && member.role === leaver.role).length;
  const quota = seats.quotas[leaver.role];
  return sameRole < quota.target || (state.members.length - 1 < seats.target && sameRole < quota.max);
}

/** The best candidate of the leaver's role takes their seat, when the seat is to be filled again. */
function replacementFor(state: BuyerGroupState, leaver: MemberState, command: ApplyPersonChange, why: string): PersonChangeStep[] {
  if (!seatOpenWithout(state, leaver, command.seats)) return [];
  const members = new Set(state.members.map((member) => member.personId));
  const excluded = new Set(state.excludedPersonIds);
  const pick = command.replacements.find(
    (candidate) =>
      candidate.role === leaver.role && candidate.personId !== leaver.personId && !members.has(candidate.personId) && !excluded.has(candidate.personId),
  );
  if (!pick) return [];
  return [
    {
      kind: 'AddMember',
      member: {
        ...pick,
        reasons: [...pick.reasons, `replaces ${leaver.role} member ${leaver.memberId}, who ${why} (provider change ${command.notice.kind}, notice ${command.notice.id})`],
      },
    },
  ];
}

function removal(state: BuyerGroupState, member: MemberState, reason: RemovalReason, command: ApplyPersonChange, why: string): PersonChangeStep[] {
  if (!freesSeat(member, reason)) return [];
  return [{ kind: 'RemoveMember', memberId: member.memberId, reason }, ...replacementFor(state, member, command, why)];
}

function changeMember(state: BuyerGroupState, member: MemberState, command: ApplyPersonChange): PersonChangeStep[] {
  const { person } = command;
  if (person.status === 'gone') return removal(state, member, 'left_company', command, `left the company: ${person.reason}`);
  const { personId: _personId, ...profile } = person.profile;
  const steps: PersonChangeStep[] = [{ kind: 'UpdateMember', memberId: member.memberId, changes: profile }];
  const titleChanged = profile.title !== member.title;
  const departmentChanged = profile.department !== undefined && profile.department !== member.department;
  if (!titleChanged && !departmentChanged) return steps;
  const { assessment } = person;
  if (assessment === null) {
    return [...steps, ...removal(state, member, 'no_longer_qualifies', command, `no longer fits a role as "${profile.title}"`)];
  }
  if (assessment.role !== member.role) {
    steps.push({
      kind: 'ChangeMemberRole',
      memberId: member.memberId,
      role: assessment.role,
      confidence: assessment.confidence,
      reasons: [...assessment.reasons, `re-classified after a provider change (${command.notice.kind}, notice ${command.notice.id})`],
      byUser: false,
    });
  }
  return steps;
}

/** Why a newcomer would be selected given the group's quotas, and whom they displace; null when they would not be. */
function seatFor(state: BuyerGroupState, assessment: MemberAssessment, seats: GroupSeats): { why: string; displaces?: MemberState } | null {
  const quota = seats.quotas[assessment.role];
  const inRole = state.members.filter((member) => member.role === assessment.role);
  if (inRole.length < quota.target) return { why: `fills an open ${assessment.role} seat (${inRole.length} of ${quota.target} taken)` };
  if (state.members.length < seats.target && inRole.length < quota.max) {
    return { why: `fills an open seat (the group has ${state.members.length} of its target ${seats.target} members)` };
  }
  const weakest = inRole
    .filter((member) => !member.pinned && !member.roleOverridden)
    .sort((a, b) => rankOf(a) - rankOf(b) || a.memberId.localeCompare(b.memberId))[0];
  if (weakest && rankOf(assessment) > rankOf(weakest)) {
    return { why: `ranks above ${assessment.role} member ${weakest.memberId} (${rankOf(assessment).toFixed(1)} > ${rankOf(weakest).toFixed(1)})`, displaces: weakest };
  }
  return null;
}

function addNewcomer(state: BuyerGroupState, command: ApplyPersonChange): PersonChangeStep[] {
  const { person } = command;
  if (person.status !== 'current' || person.assessment === null) return [];
  if (state.excludedPersonIds.includes(command.personId)) return [];
  const { assessment } = person;
  if (assessment.confidence < PROVIDER_CHANGE_MIN_CONFIDENCE) return [];
  const seat = seatFor(state, assessment, command.seats);
  if (!seat) return [];
  const joined: PersonChangeStep = {
    kind: 'AddMember',
    member: {
      memberId: command.newMemberId,
      ...person.profile,
      ...assessment,
      reasons: [
        ...assessment.reasons,
        `${person.profile.title} at ${state.company.name}: ${seat.why}`,
        `added after a provider change (${command.notice.kind}, notice ${command.notice.id})`,
      ],
    },
  };
  return seat.displaces ? [{ kind: 'RemoveMember', memberId: seat.displaces.memberId, reason: 'replaced' }, joined] : [joined];
}

/** Pure: what a person change means for this group, as plain member commands (none when nothing changed). */
export function personChangeSteps(state: BuyerGroupState, command: ApplyPersonChange): PersonChangeStep[] {
  const member = state.members.find((candidate) => candidate.personId === command.personId);
  return member ? changeMember(state, member, command) : addNewcomer(state, command);
}

/**
 * The role whose seat this change frees and leaves to be filled again (so replacement candidates are worth looking
 * for), or null: the person is not a member, stays, or the group keeps enough members without them.
 */
export function seatToFill(state: BuyerGroupState, change: Omit<ApplyPersonChange, 'replacements'>): BuyerGroupRole | null {
  const member = state.members.find((candidate) => candidate.personId === change.personId);
  if (!member) return null;
  const removed = personChangeSteps(state, { ...change, replacements: [] }).some((step) => step.kind === 'RemoveMember' && step.memberId === member.memberId);
  return removed && seatOpenWithout(state, member, change.seats) ? member.role : null;
}
