import type { BuyerGroupState } from './buyer-group.state.js';

export interface GroupChanges {
  added: number;
  removed: number;
  reRoled: number;
  updated: number;
}

const PROFILE_FIELDS = ['name', 'title', 'department', 'seniorityLevel', 'email', 'phone', 'linkedin', 'location'] as const;

/** Pure: how a group's members changed between two of its states (what a re-run or a refresh did). */
export function groupChanges(before: BuyerGroupState, after: BuyerGroupState): GroupChanges {
  const previous = new Map(before.members.map((member) => [member.personId, member]));
  const changes: GroupChanges = { added: 0, removed: 0, reRoled: 0, updated: 0 };
  for (const member of after.members) {
    const earlier = previous.get(member.personId);
    if (!earlier) {
      changes.added++;
      continue;
    }
    previous.delete(member.personId);
    if (earlier.role !== member.role) changes.reRoled++;
    if (PROFILE_FIELDS.some((field) => earlier[field] !== member[field])) changes.updated++;
  }
  changes.removed = previous.size;
  return changes;
}
