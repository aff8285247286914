import type { Em } from '../../../shared/database/database.js';
import type { InlineProjection } from '../../../shared/event-store/aggregate-store.js';
import { BUYER_GROUP_ROLES } from '../domain/buyer-group-role.js';
import type { BuyerGroupState } from '../domain/buyer-group.state.js';
import { sqlQuery } from '../../../shared/database/sql.js';

/** The "BuyerGroups" row a state projects to. Rebuild and live projection both go through these two functions. */
export function buyerGroupRow(state: BuyerGroupState): Record<string, unknown> {
  const composition = Object.fromEntries(BUYER_GROUP_ROLES.map((role) => [role, 0]));
  for (const member of state.members) composition[member.role]++;
  return {
    id: state.id,
    workspaceId: state.workspaceId,
    companyName: state.company.name,
    companyId: state.company.id ?? null,
    website: state.company.website ?? null,
    industry: state.company.industry ?? null,
    employeeCount: state.company.employeeCount ?? null,
    sellerProfile: state.sellerProfile,
    enrichmentLevel: state.enrichmentLevel,
    status: state.status,
    totalMembers: state.members.length,
    composition,
    coverage: state.quality?.coverage ?? null,
    confidence: state.quality?.confidence ?? null,
    dataQuality: state.quality?.dataQuality ?? null,
    overallScore: state.quality?.overallScore ?? null,
    missingRoles: state.quality?.missingRoles ?? [],
    lastValidatedAt: state.lastValidatedAt ?? null,
    version: state.version,
    createdAt: state.createdAt,
    updatedAt: state.updatedAt,
  };
}

export function buyerGroupMemberRows(state: BuyerGroupState): Record<string, unknown>[] {
  return state.members.map((member) => ({
    id: member.memberId,
    buyerGroupId: state.id,
    workspaceId: state.workspaceId,
    personId: member.personId,
    name: member.name,
    title: member.title,
    department: member.department ?? null,
    seniorityLevel: member.seniorityLevel ?? null,
    role: member.role,
    confidence: member.confidence,
    influenceScore: member.influenceScore,
    priority: member.priority,
    email: member.email ?? null,
    phone: member.phone ?? null,
    linkedin: member.linkedin ?? null,
    location: member.location ?? null,
    reasons: member.reasons,
    pinned: member.pinned,
    roleOverridden: member.roleOverridden,
    createdAt: member.addedAt,
    updatedAt: member.updatedAt,
  }));
}

const GROUP_UPDATE = [
  'companyName', 'companyId', 'website', 'industry', 'employeeCount', 'sellerProfile', 'enrichmentLevel', 'status',
  'totalMembers', 'composition', 'coverage', 'confidence', 'dataQuality', 'overallScore', 'missingRoles',
  'lastValidatedAt', 'version', 'updatedAt',
]
  .map((column) => `"${column}" = excluded."${column}"`)
  .join(', ');

/** Writes group and member rows; `upsert` replaces existing group rows (live), plain inserts fill empty tables (rebuild). */
export async function insertGroupRows(
  em: Em,
  groups: Record<string, unknown>[],
  members: Record<string, unknown>[],
  upsert: boolean,
) {
  if (groups.length > 0) {
    await sqlQuery(em, 
      `insert into "BuyerGroups" select * from json_populate_recordset(null::"BuyerGroups", ?::json)
       ${upsert ? `on conflict (id) do update set ${GROUP_UPDATE}` : ''}`,
      [JSON.stringify(groups)],
    );
  }
  if (members.length > 0) {
    await sqlQuery(em, 
      `insert into "BuyerGroupMembers" select * from json_populate_recordset(null::"BuyerGroupMembers", ?::json)`,
      [JSON.stringify(members)],
    );
  }
}

/**
 * Inline projection: rewrites the group's rows from its new state inside the append's transaction, in one statement
 * (one round trip per command): the group row and its members upserted, members no longer in the group deleted.
 */
export class BuyerGroupProjection implements InlineProjection<BuyerGroupState> {
  async project(em: Em, _streamId: string, state: BuyerGroupState): Promise<void> {
    const members = buyerGroupMemberRows(state);
    const memberUpdate = Object.keys(members[0] ?? { id: null })
      .filter((column) => column !== 'id')
      .map((column) => `"${column}" = excluded."${column}"`)
      .join(', ');
    await sqlQuery(
      em,
      `with members as (
         insert into "BuyerGroupMembers" select * from json_populate_recordset(null::"BuyerGroupMembers", ?::json)
         ${memberUpdate ? `on conflict (id) do update set ${memberUpdate}` : ''}
         returning id
       ), gone as (
         delete from "BuyerGroupMembers" where "buyerGroupId" = ? and not (id = any(?::uuid[]))
       )
       insert into "BuyerGroups" select * from json_populate_recordset(null::"BuyerGroups", ?::json)
       on conflict (id) do update set ${GROUP_UPDATE}`,
      [JSON.stringify(members), state.id, members.map((member) => member.id), JSON.stringify([buyerGroupRow(state)])],
    );
  }
}
