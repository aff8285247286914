import { describe, expect, it } from '@jest/globals';
import { DomainError } from '../../../shared/domain/domain-error.js';
import { fold } from '../../../shared/event-store/aggregate.js';
import type { RecordedEvent } from '../../../shared/event-store/event.js';
import { decideBuyerGroup, type BuyerGroupCommand } from './buyer-group.decide.js';
import type { BuyerGroupEvent } from './buyer-group.events.js';
import { createGroupCommand, sampleMember } from './buyer-group.fixtures.js';
import { buyerGroupAggregate, type BuyerGroupState } from './buyer-group.state.js';

const GROUP = '11111111-1111-4111-8111-111111111111';

function record(events: BuyerGroupEvent[], start = 1, at = new Date('2026-11-01T10:00:00Z')): RecordedEvent[] {
  return events.map((event, index) => ({
    globalPosition: String(start + index),
    eventId: `e-${start + index}`,
    streamId: `buyer-group-${GROUP}`,
    streamVersion: start + index,
    type: event.type,
    schemaVersion: 1,
    data: event.data,
    metadata: { workspaceId: 'acme', correlationId: 'c', actor: 'test', source: 'api' },
    recordedAt: new Date(at.getTime() + index * 1000),
  }));
}

/** given(commands) → when(command) → then(events), as in emmett's specification tests. */
function given(...commands: BuyerGroupCommand[]) {
  const recorded: RecordedEvent[] = [];
  for (const command of commands) {
    recorded.push(...record(decideBuyerGroup(fold(buyerGroupAggregate, recorded), command), recorded.length + 1));
  }
  const state: BuyerGroupState = fold(buyerGroupAggregate, recorded);
  return {
    state: () => state,
    when: (command: BuyerGroupCommand) => ({
      then: (expected: Partial<BuyerGroupEvent>[]) =>
        expect(decideBuyerGroup(state, command)).toEqual(expected.map((event) => expect.objectContaining(event))),
      thenFails: (code: DomainError['code']) => {
        let caught: unknown;
        try {
          decideBuyerGroup(state, command);
        } catch (error) {
          caught = error;
        }
        expect(caught).toBeInstanceOf(DomainError);
        expect((caught as DomainError).code).toBe(code);
      },
    }),
  };
}

describe('BuyerGroup decide/evolve', () => {
  const champion = sampleMember(1, 'champion');
  const decisionMaker = sampleMember(2, 'decision_maker');

  it('creates a group with its members and no duplicate people', () => {
    given()
      .when(createGroupCommand(GROUP, 'acme', [champion, decisionMaker, { ...champion, memberId: 'other' }]))
      .then([{ type: 'BuyerGroupDiscovered' }, { type: 'MemberAdded', data: champion }, { type: 'MemberAdded', data: decisionMaker }]);
  });

  it('refuses to create the same group twice', () => {
    given(createGroupCommand(GROUP, 'acme')).when(createGroupCommand(GROUP, 'acme')).thenFails('ALREADY_EXISTS');
  });

  it('refuses changes to a group that does not exist', () => {
    given().when({ kind: 'RevalidateBuyerGroup' }).thenFails('NOT_FOUND');
  });

  it('re-roles a member and records the previous role', () => {
    given(createGroupCommand(GROUP, 'acme', [champion]))
      .when({ kind: 'ChangeMemberRole', memberId: champion.memberId, role: 'stakeholder', confidence: 70, reasons: ['x'], byUser: false })
      .then([{ type: 'MemberRoleChanged', data: { memberId: champion.memberId, from: 'champion', to: 'stakeholder', confidence: 70, reasons: ['x'], overridden: false } }]);
  });

  it('keeps a role a user set when automation later disagrees', () => {
    const scenario = given(createGroupCommand(GROUP, 'acme', [champion]), {
      kind: 'OverrideMember',
      memberId: champion.memberId,
      actor: 'rep@seller.test',
      role: 'decision_maker',
    });
    expect(scenario.state().members[0]).toMatchObject({ role: 'decision_maker', roleOverridden: true, confidence: 100 });
    scenario
      .when({ kind: 'ChangeMemberRole', memberId: champion.memberId, role: 'stakeholder', confidence: 60, reasons: [], byUser: false })
      .then([]);
  });

  it('does not let automatic replacement remove a pinned member, but leaving the company does', () => {
    const scenario = given(createGroupCommand(GROUP, 'acme', [champion]), { kind: 'SetMemberPinned', memberId: champion.memberId, pinned: true });
    scenario.when({ kind: 'RemoveMember', memberId: champion.memberId, reason: 'replaced' }).then([]);
    scenario
      .when({ kind: 'RemoveMember', memberId: champion.memberId, reason: 'left_company' })
      .then([{ type: 'MemberRemoved', data: { memberId: champion.memberId, personId: champion.personId, reason: 'left_company' } }]);
  });

  it('keeps an excluded person out of later additions', () => {
    const scenario = given(createGroupCommand(GROUP, 'acme', [champion]), {
      kind: 'OverrideMember',
      memberId: champion.memberId,
      actor: 'rep',
      excluded: true,
    });
    expect(scenario.state().members).toHaveLength(0);
    expect(scenario.state().excludedPersonIds).toEqual([champion.personId]);
    scenario.when({ kind: 'AddMember', member: { ...champion, memberId: 'new-id' } }).then([]);
  });

  it('treats a repeated command as a no-op', () => {
    given(createGroupCommand(GROUP, 'acme', [champion]), { kind: 'SetMemberPinned', memberId: champion.memberId, pinned: true })
      .when({ kind: 'SetMemberPinned', memberId: champion.memberId, pinned: true })
      .then([]);
  });

  it('only records profile fields that really changed', () => {
    given(createGroupCommand(GROUP, 'acme', [champion]))
      .when({ kind: 'UpdateMember', memberId: champion.memberId, changes: { title: champion.title, location: 'Berlin' } })
      .then([{ type: 'MemberUpdated', data: { memberId: champion.memberId, changes: { location: 'Berlin' } } }]);
  });

  it('rejects an override that asks for nothing, and any change to an archived group', () => {
    given(createGroupCommand(GROUP, 'acme', [champion]))
      .when({ kind: 'OverrideMember', memberId: champion.memberId, actor: 'rep' })
      .thenFails('INVALID_ARGUMENT');
    given(createGroupCommand(GROUP, 'acme', [champion]), { kind: 'ArchiveBuyerGroup', reason: 'deal lost' })
      .when({ kind: 'AddMember', member: decisionMaker })
      .thenFails('CONFLICT');
  });

  it('derives every timestamp from the events, so replays are identical', () => {
    const events = record(decideBuyerGroup(buyerGroupAggregate.initialState(), createGroupCommand(GROUP, 'acme', [champion])));
    const once = fold(buyerGroupAggregate, events);
    const twice = fold(buyerGroupAggregate, events);
    expect(twice).toEqual(once);
    expect(once.createdAt).toBe('2026-11-01T10:00:00.000Z');
    expect(once.members[0].addedAt).toBe('2026-11-01T10:00:01.000Z');
    expect(once.version).toBe(2);
  });

  it("takes the provider's newer record of its company, and nothing when it is the same", () => {
    const merged = { id: '2002', name: 'Globex Systems', website: 'globex.example', employeeCount: 2500 };
    given(createGroupCommand(GROUP, 'acme', [champion]))
      .when({ kind: 'UpdateCompany', company: merged })
      .then([{ type: 'BuyerGroupDetailsUpdated', data: { company: merged } }]);
    const same = createGroupCommand(GROUP, 'acme').company;
    given(createGroupCommand(GROUP, 'acme', [champion]))
      // the same fields in another order
      .when({ kind: 'UpdateCompany', company: { employeeCount: same.employeeCount, industry: same.industry, name: same.name, id: same.id, website: same.website } })
      .then([]);
    given(createGroupCommand(GROUP, 'acme', [champion]), { kind: 'ArchiveBuyerGroup', reason: 'deal lost' })
      .when({ kind: 'UpdateCompany', company: merged })
      .thenFails('CONFLICT');
  });

  describe('a fresh discovery on an existing group', () => {
    const quality = { coverage: 'good' as const, confidence: 80, dataQuality: 70, overallScore: 77, missingRoles: ['blocker' as const] };
    const newcomer = sampleMember(3, 'blocker');

    it('adds newcomers, removes people no longer chosen, re-roles and updates the rest', () => {
      given(createGroupCommand(GROUP, 'acme', [champion, decisionMaker]))
        .when({ kind: 'ApplyDiscovery', members: [{ ...champion, role: 'stakeholder', title: 'Head of RevOps' }, newcomer], quality })
        .then([
          { type: 'MemberUpdated', data: { memberId: champion.memberId, changes: { title: 'Head of RevOps' } } },
          { type: 'MemberRoleChanged' },
          { type: 'MemberAdded', data: newcomer },
          { type: 'MemberRemoved', data: { memberId: decisionMaker.memberId, personId: decisionMaker.personId, reason: 'no_longer_qualifies' } },
          { type: 'QualityAssessed', data: quality },
          { type: 'BuyerGroupRevalidated', data: { membersChecked: 2 } },
        ]);
    });

    it('gives a group that did not know its company id (a V1 import by name) the company discovery resolved', () => {
      const byName = { ...createGroupCommand(GROUP, 'acme', [champion]), company: { name: 'Northwind Analytics' } };
      const resolved = { id: '1001', name: 'Northwind Analytics GmbH', website: 'northwind.example', employeeCount: 240 };
      given(byName)
        .when({ kind: 'ApplyDiscovery', members: [champion], quality, company: resolved })
        .then([{ type: 'BuyerGroupDetailsUpdated', data: { company: resolved } }, { type: 'QualityAssessed' }, { type: 'BuyerGroupRevalidated' }]);
      // a group that knows its company keeps its record as it is
      given(createGroupCommand(GROUP, 'acme', [champion]))
        .when({ kind: 'ApplyDiscovery', members: [champion], quality, company: { ...resolved, id: '2002' } })
        .then([{ type: 'QualityAssessed' }, { type: 'BuyerGroupRevalidated' }]);
    });

    it('respects what users decided: pinned stay, excluded never return, user roles hold', () => {
      given(
        createGroupCommand(GROUP, 'acme', [champion, decisionMaker, newcomer]),
        { kind: 'SetMemberPinned', memberId: decisionMaker.memberId, pinned: true },
        { kind: 'OverrideMember', memberId: champion.memberId, actor: 'rep', role: 'decision_maker' },
        { kind: 'OverrideMember', memberId: newcomer.memberId, actor: 'rep', excluded: true },
      )
        .when({ kind: 'ApplyDiscovery', members: [{ ...champion, role: 'stakeholder' }, { ...newcomer, memberId: 'again' }], quality })
        .then([{ type: 'QualityAssessed' }, { type: 'BuyerGroupRevalidated' }]);
    });
  });
});
