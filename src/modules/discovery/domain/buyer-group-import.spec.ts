import { describe, expect, it } from '@jest/globals';
import { DomainError } from '../../../shared/domain/domain-error.js';
import { fold } from '../../../shared/event-store/aggregate.js';
import type { RecordedEvent } from '../../../shared/event-store/event.js';
import { decideBuyerGroup, type BuyerGroupCommand, type ImportBuyerGroupCommand } from './buyer-group.decide.js';
import type { BuyerGroupEvent, ImportedMember } from './buyer-group.events.js';
import { createGroupCommand, sampleMember } from './buyer-group.fixtures.js';
import { buyerGroupAggregate, type BuyerGroupState } from './buyer-group.state.js';

const GROUP = '22222222-2222-5222-8222-222222222222';

function record(events: BuyerGroupEvent[], start = 1, at = new Date('2026-11-20T09:00:00Z')): RecordedEvent[] {
  return events.map((event, index) => ({
    globalPosition: String(start + index),
    eventId: `e-${start + index}`,
    streamId: `buyer-group-${GROUP}`,
    streamVersion: start + index,
    type: event.type,
    schemaVersion: 1,
    // stored as JSON: what a replay reads back
    data: JSON.parse(JSON.stringify(event.data)) as unknown,
    metadata: { workspaceId: 'acme', correlationId: 'c', actor: 'test', source: 'migration' },
    recordedAt: new Date(at.getTime() + (start + index) * 1000),
  }));
}

/** given(commands) → when(command) → then(events), as in buyer-group.spec.ts. */
function given(...commands: BuyerGroupCommand[]) {
  const recorded: RecordedEvent[] = [];
  for (const command of commands) {
    recorded.push(...record(decideBuyerGroup(fold(buyerGroupAggregate, recorded), command), recorded.length + 1));
  }
  const state: BuyerGroupState = fold(buyerGroupAggregate, recorded);
  return {
    state: () => state,
    events: () => recorded,
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

function v1Member(index: number, role: ImportedMember['role'] = 'stakeholder'): ImportedMember {
  return {
    ...sampleMember(index, role, '22222222-2222-5222-9222'),
    personId: `v1-member:m-${index}`,
    reasons: ['imported from V1'],
    v1MemberId: `m-${index}`,
    createdAt: '2024-03-0' + (index % 9 || 1) + 'T08:00:00.000Z',
  };
}

function importCommand(members: ImportedMember[], change: Partial<ImportBuyerGroupCommand> = {}): ImportBuyerGroupCommand {
  return {
    kind: 'ImportBuyerGroup',
    groupId: GROUP,
    workspaceId: 'acme',
    v1Id: 'g-1',
    source: 'database',
    company: { name: 'Northwind Analytics', website: 'northwind.example' },
    createdAt: '2024-02-29T12:00:00.000Z',
    members,
    complete: true,
    ...change,
  };
}

describe('BuyerGroup import from V1', () => {
  const champion = v1Member(1, 'champion');
  const decider = v1Member(2, 'decision_maker');
  const other = v1Member(3, 'blocker');

  it('starts the history with BuyerGroupImported, then imports each person once', () => {
    given()
      .when(importCommand([champion, decider, { ...champion, memberId: 'another-row', v1MemberId: 'm-9' }]))
      .then([
        { type: 'BuyerGroupImported', data: expect.objectContaining({ groupId: GROUP, v1Id: 'g-1', source: 'database', createdAt: '2024-02-29T12:00:00.000Z' }) as never },
        { type: 'MemberImported', data: champion },
        { type: 'MemberImported', data: decider },
      ]);
  });

  it("takes the group's and the members' creation times from V1 and defaults what V1 did not have", () => {
    const state = given(importCommand([champion, { ...decider, createdAt: undefined }])).state();
    expect(state).toMatchObject({
      exists: true,
      id: GROUP,
      workspaceId: 'acme',
      company: { name: 'Northwind Analytics', website: 'northwind.example' },
      sellerProfile: { solutionCategory: 'general' },
      enrichmentLevel: 'identify',
      createdAt: '2024-02-29T12:00:00.000Z',
      importedFrom: { v1Id: 'g-1', source: 'database', memberIds: [champion.memberId, decider.memberId] },
      version: 3,
    });
    expect(state.lastValidatedAt).toBeUndefined();
    expect(state.members[0]).toMatchObject({ memberId: champion.memberId, role: 'champion', addedAt: champion.createdAt, pinned: false });
    expect(state.members[0]).not.toHaveProperty('v1MemberId');
    // no V1 time: the member joined when the import was recorded
    expect(state.members[1].addedAt).toBe('2026-11-20T09:00:03.000Z');
  });

  it('keeps the seller profile and enrichment level V1 had', () => {
    const state = given(
      importCommand([], { sellerProfile: { solutionCategory: 'security', targetMarket: 'enterprise' }, enrichmentLevel: 'enrich' }),
    ).state();
    expect(state).toMatchObject({ sellerProfile: { solutionCategory: 'security', targetMarket: 'enterprise' }, enrichmentLevel: 'enrich' });
  });

  it('changes nothing when the V1 group is imported again unchanged', () => {
    given(importCommand([champion, decider])).when(importCommand([champion, decider])).then([]);
  });

  it('turns a changed V1 group into change events', () => {
    given(importCommand([champion, decider]))
      .when(
        importCommand(
          [{ ...champion, title: 'Head of Revenue Operations', email: 'new@northwind.example' }, { ...decider, role: 'stakeholder', confidence: 55 }, other],
          { company: { name: 'Northwind Analytics GmbH', website: 'northwind.example' } },
        ),
      )
      .then([
        { type: 'BuyerGroupDetailsUpdated', data: { company: { name: 'Northwind Analytics GmbH', website: 'northwind.example' } } },
        { type: 'MemberUpdated', data: { memberId: champion.memberId, changes: { title: 'Head of Revenue Operations', email: 'new@northwind.example' } } },
        { type: 'MemberRoleChanged', data: { memberId: decider.memberId, from: 'decision_maker', to: 'stakeholder', confidence: 55, reasons: decider.reasons, overridden: false } },
        { type: 'MemberImported', data: other },
      ]);
  });

  it('removes a member whose V1 row was deleted, unless some V1 member rows could not be read', () => {
    const scenario = given(importCommand([champion, decider]));
    scenario
      .when(importCommand([champion]))
      .then([{ type: 'MemberRemoved', data: { memberId: decider.memberId, personId: decider.personId, reason: 'removed_in_v1' } }]);
    scenario.when(importCommand([champion], { complete: false })).then([]);
  });

  it('updates the seller profile and enrichment level only when V1 gives them', () => {
    const scenario = given(importCommand([], { sellerProfile: { solutionCategory: 'security' }, enrichmentLevel: 'enrich' }));
    scenario.when(importCommand([])).then([]);
    scenario
      .when(importCommand([], { sellerProfile: { solutionCategory: 'security', dealSize: 'large' }, enrichmentLevel: 'enrich' }))
      .then([{ type: 'BuyerGroupDetailsUpdated', data: { sellerProfile: { solutionCategory: 'security', dealSize: 'large' } } }]);
  });

  it('respects what happened here since: pins, user roles, exclusions, departures and members found here', () => {
    const found = sampleMember(40, 'champion');
    const scenario = given(
      importCommand([champion, decider, other]),
      { kind: 'SetMemberPinned', memberId: champion.memberId, pinned: true },
      { kind: 'OverrideMember', memberId: decider.memberId, actor: 'rep', role: 'blocker' },
      { kind: 'OverrideMember', memberId: other.memberId, actor: 'rep', excluded: true },
      { kind: 'AddMember', member: found },
    );
    // champion pinned and gone from V1: kept; decider's role set by a user: kept; other excluded: not re-imported
    // even under a new V1 row; the member found here: left alone
    scenario
      .when(importCommand([{ ...decider, role: 'stakeholder' }, { ...other, memberId: 'new-row-id', v1MemberId: 'm-30' }]))
      .then([]);
  });

  it('does not bring back a member removed here after the import', () => {
    given(importCommand([champion, decider]), { kind: 'RemoveMember', memberId: decider.memberId, reason: 'left_company' })
      .when(importCommand([champion, decider]))
      .then([]);
  });

  it('archives a group V1 had archived, and leaves an archived group alone afterwards', () => {
    const scenario = given(importCommand([champion], { archivedReason: 'archived in V1 (status "archived")' }));
    expect(scenario.events().map((event) => event.type)).toEqual(['BuyerGroupImported', 'MemberImported', 'BuyerGroupArchived']);
    expect(scenario.state().status).toBe('archived');
    scenario.when(importCommand([champion, decider], { archivedReason: 'archived in V1 (status "archived")' })).then([]);
  });

  it('refuses to import over a group that did not come from that V1 group', () => {
    given(createGroupCommand(GROUP, 'acme')).when(importCommand([champion])).thenFails('CONFLICT');
    given(importCommand([champion])).when(importCommand([champion], { v1Id: 'g-2' })).thenFails('CONFLICT');
  });

  it('lets the usual commands work on an imported group', () => {
    given(importCommand([champion]))
      .when({ kind: 'ChangeMemberRole', memberId: champion.memberId, role: 'decision_maker', confidence: 90, reasons: ['x'], byUser: false })
      .then([{ type: 'MemberRoleChanged' }]);
  });

  it('replays to the same state', () => {
    const events = given(importCommand([champion, decider]), importCommand([{ ...champion, title: 'CRO' }], { company: { name: 'Northwind' } })).events();
    expect(fold(buyerGroupAggregate, events)).toEqual(fold(buyerGroupAggregate, events));
    expect(fold(buyerGroupAggregate, events)).toMatchObject({ company: { name: 'Northwind' }, members: [{ title: 'CRO' }] });
  });
});
