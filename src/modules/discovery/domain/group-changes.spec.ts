import { describe, expect, it } from '@jest/globals';
import type { BuyerGroupState, MemberState } from './buyer-group.state.js';
import { initialBuyerGroupState } from './buyer-group.state.js';
import { sampleMember } from './buyer-group.fixtures.js';
import { groupChanges } from './group-changes.js';

const member = (index: number, change: Partial<MemberState> = {}): MemberState => ({
  ...sampleMember(index),
  pinned: false,
  roleOverridden: false,
  addedAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  ...change,
});
const group = (members: MemberState[]): BuyerGroupState => ({ ...initialBuyerGroupState(), exists: true, members });

describe('group changes', () => {
  it('counts people added, removed, re-roled and whose profile changed', () => {
    const before = group([member(1), member(2), member(3)]);
    const after = group([member(1, { role: 'champion' }), member(2, { title: 'CRO', updatedAt: 'later' }), member(4)]);
    expect(groupChanges(before, after)).toEqual({ added: 1, removed: 1, reRoled: 1, updated: 1 });
  });

  it('finds no change between equal groups, whatever the timestamps', () => {
    expect(groupChanges(group([member(1)]), group([member(1, { updatedAt: 'later' })]))).toEqual({ added: 0, removed: 0, reRoled: 0, updated: 0 });
  });
});
