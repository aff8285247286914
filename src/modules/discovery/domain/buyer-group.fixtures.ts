import type { BuyerGroupRole } from './buyer-group-role.js';
import type { BuyerGroupCommand, NewMember } from './buyer-group.decide.js';

/** Deterministic test data for buyer groups, shared by unit, integration and benchmark code. */
export function sampleMember(index: number, role: BuyerGroupRole = 'stakeholder', idPrefix = '00000000-0000-4000-8000'): NewMember {
  const suffix = index.toString(16).padStart(12, '0');
  return {
    memberId: `${idPrefix}-${suffix}`,
    personId: `person-${index}`,
    name: `Person ${index}`,
    title: role === 'decision_maker' ? 'VP Sales' : 'Sales Operations Manager',
    department: 'sales',
    seniorityLevel: role === 'decision_maker' ? 'vp' : 'manager',
    email: `person${index}@example.test`,
    linkedin: `https://www.linkedin.com/in/person-${index}`,
    role,
    confidence: 80,
    influenceScore: 60,
    priority: 3,
    reasons: ['title match'],
  };
}

export function createGroupCommand(
  groupId: string,
  workspaceId: string,
  members: NewMember[] = [],
): Extract<BuyerGroupCommand, { kind: 'CreateBuyerGroup' }> {
  return {
    kind: 'CreateBuyerGroup',
    groupId,
    workspaceId,
    company: { id: '1001', name: 'Northwind Analytics', website: 'northwind.example', industry: 'Software', employeeCount: 240 },
    sellerProfile: { solutionCategory: 'revenue_technology', targetMarket: 'mid_market' },
    enrichmentLevel: 'identify',
    members,
  };
}
