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

/** Where a V1 group was read from: V1's database, or an export of its tables (JSON or CSV). */
export type V1Source = 'database' | 'file';

/** A group as V1 knew it: what BuyerGroupImported records (the V1 migration). */
export interface ImportedGroup {
  groupId: string;
  workspaceId: string;
  /** the id of the V1 "BuyerGroups" row */
  v1Id: string;
  /** the V1 row's own workspace (tenant) id, kept for the audit; the group belongs to workspaceId */
  v1WorkspaceId?: string;
  source: V1Source;
  /** V1's own company reference when it was not a provider id (company.id holds a provider id) */
  v1CompanyId?: string;
  company: CompanySnapshot;
  /** absent when V1 had none: the group then uses the general profile */
  sellerProfile?: SellerProfile;
  /** absent when V1 had none: the group then counts as identify */
  enrichmentLevel?: EnrichmentLevel;
  /** when V1 created the group (ISO 8601): the group's createdAt */
  createdAt: string;
}

/** A member as V1 knew it: MemberAdded's data plus the V1 row it came from. */
export type ImportedMember = { memberId: string } & MemberProfile &
  MemberAssessment & {
    /** the id of the V1 "BuyerGroupMembers" row */
    v1MemberId: string;
    /** when V1 added the member (ISO 8601), when it said */
    createdAt?: string;
  };

/** Group-level details that changed: each present part replaces the previous one whole. */
export interface GroupDetailsChanges {
  company?: CompanySnapshot;
  sellerProfile?: SellerProfile;
  enrichmentLevel?: EnrichmentLevel;
}

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
  | { type: 'BuyerGroupArchived'; data: { reason: string } }
  | { type: 'BuyerGroupImported'; data: ImportedGroup }
  | { type: 'MemberImported'; data: ImportedMember }
  | { type: 'BuyerGroupDetailsUpdated'; data: GroupDetailsChanges };

export type BuyerGroupEventType = BuyerGroupEvent['type'];

export const buyerGroupStreamId = (groupId: string): string => `buyer-group-${groupId}`;
