import type { BuyerGroupRole, Coverage, EnrichmentLevel, RemovalReason } from './buyer-group-role.js';

export interface CompanySnapshot {
  id?: string;
  name: string;
  website?: string;
  industry?: string;
  employeeCount?: number;
}

export interface SellerProfile {
  solutionCategory: string;
  targetMarket?: string;
  dealSize?: string;
}

/** Who the person is, as the data provider knows them. */
export interface MemberProfile {
  personId: string;
  name: string;
  title: string;
  department?: string;
  seniorityLevel?: string;
  email?: string;
  phone?: string;
  linkedin?: string;
  location?: string;
}

/** What the group makes of the person. */
export interface MemberAssessment {
  role: BuyerGroupRole;
  confidence: number;
  influenceScore: number;
  priority: number;
  reasons: string[];
}

export interface QualityAssessment {
  coverage: Coverage;
  confidence: number;
  dataQuality: number;
  overallScore: number;
  missingRoles: BuyerGroupRole[];
}

export type ProfileChanges = Partial<Omit<MemberProfile, 'personId'>>;

export type BuyerGroupEvent =
  | {
      type: 'BuyerGroupDiscovered';
      data: {
        groupId: string;
        workspaceId: string;
        company: CompanySnapshot;
        sellerProfile: SellerProfile;
        enrichmentLevel: EnrichmentLevel;
      };
    }
  | { type: 'MemberAdded'; data: { memberId: string } & MemberProfile & MemberAssessment }
  | { type: 'MemberUpdated'; data: { memberId: string; changes: ProfileChanges } }
  | {
      type: 'MemberRoleChanged';
      data: {
        memberId: string;
        from: BuyerGroupRole;
        to: BuyerGroupRole;
        confidence: number;
        reasons: string[];
        overridden: boolean;
      };
    }
  | { type: 'MemberPinned'; data: { memberId: string } }
  | { type: 'MemberUnpinned'; data: { memberId: string } }
  | { type: 'MemberRemoved'; data: { memberId: string; personId: string; reason: RemovalReason } }
  | { type: 'QualityAssessed'; data: QualityAssessment }
  | { type: 'BuyerGroupRevalidated'; data: { membersChecked: number } }
  | { type: 'BuyerGroupArchived'; data: { reason: string } };

export type BuyerGroupEventType = BuyerGroupEvent['type'];

export const buyerGroupStreamId = (groupId: string): string => `buyer-group-${groupId}`;
