import { describe, expect, it } from '@jest/globals';
import { fold } from '../../../shared/event-store/aggregate.js';
import type { RecordedEvent } from '../../../shared/event-store/event.js';
import type { BuyerGroupRole } from './buyer-group-role.js';
import { decideBuyerGroup, type BuyerGroupCommand, type NewMember } from './buyer-group.decide.js';
import type { BuyerGroupEvent, MemberAssessment, MemberProfile } from './buyer-group.events.js';
import { createGroupCommand, sampleMember } from './buyer-group.fixtures.js';
import { buyerGroupAggregate, type BuyerGroupState } from './buyer-group.state.js';
import { PROVIDER_CHANGE_MIN_CONFIDENCE, seatToFill, type ApplyPersonChange, type GroupSeats, type PersonStanding } from './person-change.js';

const GROUP = '22222222-2222-4222-8222-222222222222';

/** given(commands) → when(command) → then(events), recorded the way the event store records them. */
function given(...commands: BuyerGroupCommand[]) {
  const recorded: RecordedEvent[] = [];
  for (const command of commands) {
    const events = decideBuyerGroup(fold(buyerGroupAggregate, recorded), command);
    recorded.push(
      ...events.map((event, index) => ({
        globalPosition: String(recorded.length + index + 1),
        eventId: `e-${recorded.length + index + 1}`,
        streamId: `buyer-group-${GROUP}`,
        streamVersion: recorded.length + index + 1,
        type: event.type,
        schemaVersion: 1,
        data: event.data,
        metadata: { workspaceId: 'acme', correlationId: 'delivery-1', causationId: 'notice-1', actor: 'provider:coresignal', source: 'webhook' as const },
        recordedAt: new Date(Date.UTC(2026, 10, 27, 10, 0, recorded.length + index)),
      })),
    );
  }
  const state: BuyerGroupState = fold(buyerGroupAggregate, recorded);
  return {
    state,
    when: (command: BuyerGroupCommand) => ({
      then: (expected: { type: BuyerGroupEvent['type']; data?: unknown }[]) => {
        const events = decideBuyerGroup(state, command);
        expect(events).toEqual(expected.map((event) => expect.objectContaining(event)));
        return events;
      },
    }),
  };
}

/** The group's seats: a target of 6 with one decision maker, two champions, one stakeholder, one blocker, one introducer. */
const seats: GroupSeats = {
  target: 6,
  quotas: {
    decision_maker: { target: 1, max: 2 },
    champion: { target: 2, max: 3 },
    stakeholder: { target: 1, max: 2 },
    blocker: { target: 1, max: 2 },
    introducer: { target: 1, max: 2 },
  },
};

const ceo = sampleMember(1, 'decision_maker');
const champion = sampleMember(2, 'champion');
const secondChampion = sampleMember(3, 'champion');
const stakeholder = sampleMember(4, 'stakeholder');
const candidate = (index: number, role: BuyerGroupRole, confidence = 75): NewMember => ({ ...sampleMember(index, role), confidence, reasons: [`classified ${role}`] });

const profileOf = (member: NewMember, changes: Partial<MemberProfile> = {}): MemberProfile => {
  const { memberId: _id, role: _role, confidence: _confidence, influenceScore: _influence, priority: _priority, reasons: _reasons, ...profile } = member;
  return { ...profile, ...changes };
};
const assessment = (role: BuyerGroupRole, confidence = 80, influenceScore = 70): MemberAssessment => ({
  role,
  confidence,
  influenceScore,
  priority: 2,
  reasons: [`rules: ${role}`],
});

function change(personId: string, person: PersonStanding, replacements: NewMember[] = [], newMemberId = '99999999-9999-4999-8999-999999999999'): ApplyPersonChange {
  return { kind: 'ApplyPersonChange', personId, notice: { id: 'notice-1', kind: 'employee.updated' }, person, seats, newMemberId, replacements };
}

const left = (personId: string, replacements: NewMember[] = []) =>
  change(personId, { status: 'gone', reason: 'currently works at another company' }, replacements);
const current = (member: NewMember, profile: Partial<MemberProfile>, role: BuyerGroupRole | null, confidence = 80) =>
  change(member.personId, { status: 'current', profile: profileOf(member, profile), assessment: role ? assessment(role, confidence) : null });

/** Applies the command's events and checks that the same command then yields nothing. */
function twiceIsOnce(state: BuyerGroupState, command: ApplyPersonChange): void {
  const events = decideBuyerGroup(state, command);
  const recorded = events.map((event, index) => ({
    globalPosition: String(1000 + index),
    eventId: `again-${index}`,
    streamId: `buyer-group-${GROUP}`,
    streamVersion: state.version + index + 1,
    type: event.type,
    schemaVersion: 1,
    data: event.data,
    metadata: { workspaceId: 'acme', correlationId: 'd', actor: 'provider:coresignal', source: 'webhook' as const },
    recordedAt: new Date(),
  }));
  const after = recorded.reduce((next, event) => buyerGroupAggregate.evolve(next, event), state);
  expect(decideBuyerGroup(after, command)).toEqual([]);
}

describe('ApplyPersonChange: a provider change notice applied to a buyer group', () => {
  describe('a member who left the company', () => {
    it('is removed as left_company, and the best replacement of the role joins when the role falls below its target', () => {
      const replacement = candidate(10, 'champion');
      const scenario = given(createGroupCommand(GROUP, 'acme', [ceo, champion, stakeholder]));
      scenario
        .when(left(champion.personId, [candidate(11, 'stakeholder'), replacement, candidate(12, 'champion')]))
        .then([
          { type: 'MemberRemoved', data: { memberId: champion.memberId, personId: champion.personId, reason: 'left_company' } },
          { type: 'MemberAdded', data: expect.objectContaining({ personId: replacement.personId, role: 'champion', reasons: expect.arrayContaining([expect.stringMatching(/replaces champion member .* who left the company: currently works at another company \(provider change employee\.updated, notice notice-1\)/)]) }) },
        ]);
      twiceIsOnce(scenario.state, left(champion.personId, [replacement]));
    });

    it('is not replaced while the role keeps its target and the group its size', () => {
      const full = [ceo, champion, secondChampion, sampleMember(5, 'champion'), stakeholder, sampleMember(6, 'blocker'), sampleMember(7, 'introducer')];
      const wide = given(createGroupCommand(GROUP, 'acme', full));
      wide.when(left(champion.personId, [candidate(10, 'champion')])).then([{ type: 'MemberRemoved', data: expect.objectContaining({ reason: 'left_company' }) }]);
      expect(seatToFill(wide.state, left(champion.personId))).toBeNull();
    });

    it('is replaced when the group falls below its target size, as the selection fills open seats (role up to its maximum)', () => {
      const replacement = candidate(10, 'champion');
      const small = given(createGroupCommand(GROUP, 'acme', [ceo, champion, secondChampion, sampleMember(5, 'champion')]));
      small.when(left(champion.personId, [replacement])).then([{ type: 'MemberRemoved' }, { type: 'MemberAdded', data: expect.objectContaining({ personId: replacement.personId }) }]);
      expect(seatToFill(small.state, left(champion.personId))).toBe('champion');
    });

    it('is removed even when pinned: nobody can buy from a person who left', () => {
      given(createGroupCommand(GROUP, 'acme', [ceo, champion]), { kind: 'SetMemberPinned', memberId: champion.memberId, pinned: true })
        .when(left(champion.personId))
        .then([{ type: 'MemberRemoved', data: expect.objectContaining({ memberId: champion.memberId, reason: 'left_company' }) }]);
    });

    it('skips replacement candidates who are already members or were excluded by a user', () => {
      const excluded = sampleMember(6, 'champion');
      const scenario = given(createGroupCommand(GROUP, 'acme', [ceo, champion, secondChampion, excluded]), {
        kind: 'OverrideMember',
        memberId: excluded.memberId,
        actor: 'rep',
        excluded: true,
      });
      const next = candidate(12, 'champion');
      scenario
        .when(left(champion.personId, [{ ...secondChampion, memberId: 'x' }, { ...excluded, memberId: 'y' }, next]))
        .then([{ type: 'MemberRemoved' }, { type: 'MemberAdded', data: expect.objectContaining({ personId: next.personId }) }]);
    });

    it('says which seat is left to fill, so replacement candidates are only looked for then', () => {
      const scenario = given(createGroupCommand(GROUP, 'acme', [ceo, champion, stakeholder]));
      expect(seatToFill(scenario.state, left(champion.personId))).toBe('champion');
      expect(seatToFill(scenario.state, current(champion, {}, 'champion'))).toBeNull();
      expect(seatToFill(scenario.state, left('someone-else'))).toBeNull();
    });
  });

  describe('a member whose title or department changed', () => {
    it('is updated and re-classified', () => {
      const scenario = given(createGroupCommand(GROUP, 'acme', [ceo, champion]));
      const promoted = current(champion, { title: 'VP Sales', seniorityLevel: 'vp' }, 'decision_maker', 85);
      scenario.when(promoted).then([
        { type: 'MemberUpdated', data: { memberId: champion.memberId, changes: { title: 'VP Sales', seniorityLevel: 'vp' } } },
        {
          type: 'MemberRoleChanged',
          data: expect.objectContaining({ memberId: champion.memberId, from: 'champion', to: 'decision_maker', confidence: 85, overridden: false, reasons: expect.arrayContaining([expect.stringMatching(/re-classified after a provider change/)]) }),
        },
      ]);
      twiceIsOnce(scenario.state, promoted);
    });

    it('keeps a role a user set: only the profile changes', () => {
      given(createGroupCommand(GROUP, 'acme', [ceo, champion]), { kind: 'OverrideMember', memberId: champion.memberId, actor: 'rep', role: 'champion' })
        .when(current(champion, { title: 'VP Sales' }, 'decision_maker'))
        .then([{ type: 'MemberUpdated', data: { memberId: champion.memberId, changes: { title: 'VP Sales' } } }]);
    });

    it('records a title change that keeps the role as MemberUpdated alone', () => {
      given(createGroupCommand(GROUP, 'acme', [ceo, champion]))
        .when(current(champion, { title: 'Senior Sales Operations Manager' }, 'champion'))
        .then([{ type: 'MemberUpdated', data: { memberId: champion.memberId, changes: { title: 'Senior Sales Operations Manager' } } }]);
    });

    it('removes a member no role fits any more (unless pinned), and fills the seat', () => {
      const replacement = candidate(10, 'champion');
      const moved = change(champion.personId, { status: 'current', profile: profileOf(champion, { title: 'Software Engineer', department: 'Engineering' }), assessment: null }, [replacement]);
      const scenario = given(createGroupCommand(GROUP, 'acme', [ceo, champion]));
      scenario.when(moved).then([
        { type: 'MemberUpdated' },
        { type: 'MemberRemoved', data: expect.objectContaining({ memberId: champion.memberId, reason: 'no_longer_qualifies' }) },
        { type: 'MemberAdded', data: expect.objectContaining({ personId: replacement.personId }) },
      ]);
      given(createGroupCommand(GROUP, 'acme', [ceo, champion]), { kind: 'SetMemberPinned', memberId: champion.memberId, pinned: true })
        .when(moved)
        .then([{ type: 'MemberUpdated' }]);
    });

    it('changes nothing when nothing the group holds changed', () => {
      given(createGroupCommand(GROUP, 'acme', [ceo, champion])).when(current(champion, {}, 'champion')).then([]);
    });
  });

  describe('a current employee who is not a member', () => {
    const vp = candidate(20, 'decision_maker', 85);
    const newcomer = (member: NewMember, role: BuyerGroupRole, confidence = 85, influence = 70) =>
      change(member.personId, { status: 'current', profile: profileOf(member), assessment: assessment(role, confidence, influence) });

    it('joins an open seat of their role, with reasons saying why and that a provider change brought them', () => {
      const scenario = given(createGroupCommand(GROUP, 'acme', [champion, stakeholder]));
      const added = scenario.when(newcomer(vp, 'decision_maker')).then([
        {
          type: 'MemberAdded',
          data: expect.objectContaining({
            memberId: '99999999-9999-4999-8999-999999999999',
            personId: vp.personId,
            role: 'decision_maker',
            confidence: 85,
          }),
        },
      ]);
      const reasons = (added[0].data as { reasons: string[] }).reasons;
      expect(reasons).toEqual(expect.arrayContaining(['rules: decision_maker', expect.stringMatching(/fills an open decision_maker seat \(0 of 1 taken\)/), 'added after a provider change (employee.updated, notice notice-1)']));
      twiceIsOnce(scenario.state, newcomer(vp, 'decision_maker'));
    });

    it('joins while the group is below its target, their role up to its maximum', () => {
      given(createGroupCommand(GROUP, 'acme', [ceo, champion]))
        .when(newcomer(vp, 'decision_maker'))
        .then([{ type: 'MemberAdded', data: expect.objectContaining({ reasons: expect.arrayContaining([expect.stringMatching(/fills an open seat \(the group has 2 of its target 6 members\)/)]) }) }]);
    });

    it('takes the seat of a weaker member of a full role when the group is full, unless that member is pinned or user-set', () => {
      const full = [ceo, sampleMember(5, 'decision_maker'), champion, secondChampion, stakeholder, sampleMember(7, 'blocker')];
      const weak = { ...ceo, confidence: 55, influenceScore: 40 };
      const strong = { ...full[1]!, confidence: 90, influenceScore: 90 };
      const group = given(createGroupCommand(GROUP, 'acme', [weak, strong, ...full.slice(2)]));
      group.when(newcomer(vp, 'decision_maker', 85, 80)).then([
        { type: 'MemberRemoved', data: { memberId: ceo.memberId, personId: ceo.personId, reason: 'replaced' } },
        { type: 'MemberAdded', data: expect.objectContaining({ personId: vp.personId, reasons: expect.arrayContaining([expect.stringMatching(/ranks above decision_maker member/)]) }) },
      ]);
      twiceIsOnce(group.state, newcomer(vp, 'decision_maker', 85, 80));
      given(createGroupCommand(GROUP, 'acme', [weak, strong, ...full.slice(2)]), { kind: 'SetMemberPinned', memberId: ceo.memberId, pinned: true })
        .when(newcomer(vp, 'decision_maker', 85, 80))
        .then([]);
      // a weaker newcomer stays out
      group.when(newcomer(vp, 'decision_maker', 60, 10)).then([]);
    });

    it('stays out when excluded by a user, classified below the bar, or gone', () => {
      given(createGroupCommand(GROUP, 'acme', [champion, vp]), { kind: 'OverrideMember', memberId: vp.memberId, actor: 'rep', excluded: true })
        .when(newcomer({ ...vp, memberId: 'again' }, 'decision_maker'))
        .then([]);
      given(createGroupCommand(GROUP, 'acme', [champion]))
        .when(newcomer(vp, 'decision_maker', PROVIDER_CHANGE_MIN_CONFIDENCE - 1))
        .then([]);
      given(createGroupCommand(GROUP, 'acme', [champion])).when(left(vp.personId)).then([]);
      given(createGroupCommand(GROUP, 'acme', [champion]))
        .when(change(vp.personId, { status: 'current', profile: profileOf(vp), assessment: null }))
        .then([]);
    });
  });

  it('is refused by an archived group like any other change', () => {
    const archived = given(createGroupCommand(GROUP, 'acme', [champion]), { kind: 'ArchiveBuyerGroup', reason: 'deal lost' });
    expect(() => decideBuyerGroup(archived.state, left(champion.personId))).toThrow('archived');
  });
});
