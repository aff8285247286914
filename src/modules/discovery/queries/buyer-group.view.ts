import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { BUYER_GROUP_ROLES, type BuyerGroupRole } from '../domain/buyer-group-role.js';

export class BuyerGroupMemberView {
  @ApiProperty() id!: string;
  @ApiProperty() personId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: BUYER_GROUP_ROLES }) role!: BuyerGroupRole;
  @ApiProperty({ minimum: 0, maximum: 100 }) confidence!: number;
  @ApiProperty({ minimum: 0, maximum: 100 }) influenceScore!: number;
  @ApiProperty({ minimum: 1, maximum: 10 }) priority!: number;
  @ApiPropertyOptional() department?: string;
  @ApiPropertyOptional() seniorityLevel?: string;
  @ApiPropertyOptional() email?: string;
  @ApiPropertyOptional() phone?: string;
  @ApiPropertyOptional() linkedin?: string;
  @ApiPropertyOptional() location?: string;
  @ApiProperty({ type: [String] }) reasons!: string[];
  @ApiProperty() pinned!: boolean;
  @ApiProperty() roleOverridden!: boolean;
  @ApiProperty() addedAt!: string;
  @ApiProperty() updatedAt!: string;
}

export class BuyerGroupView {
  @ApiProperty() id!: string;
  @ApiProperty() company!: { id?: string; name: string; website?: string; industry?: string; employeeCount?: number };
  @ApiProperty() sellerProfile!: Record<string, unknown>;
  @ApiProperty() enrichmentLevel!: string;
  @ApiProperty({ enum: ['active', 'archived'] }) status!: string;
  @ApiProperty() totalMembers!: number;
  @ApiProperty() composition!: Record<BuyerGroupRole, number>;
  @ApiProperty({ type: [BuyerGroupMemberView] }) members!: BuyerGroupMemberView[];
  @ApiProperty() quality!: {
    coverage: string | null;
    confidence: number | null;
    dataQuality: number | null;
    overallScore: number | null;
    missingRoles: string[];
  };
  @ApiPropertyOptional() lastValidatedAt?: string;
  @ApiProperty() version!: number;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}

type Row = Record<string, unknown>;
const optional = <T>(value: unknown) => (value === null || value === undefined ? undefined : (value as T));
const iso = (value: unknown) => new Date(value as string | Date).toISOString();

/** One mapping from projection rows to the API's view, used for live reads and for `asOf` reads alike. */
export function toBuyerGroupView(group: Row, members: Row[]): BuyerGroupView {
  return {
    id: group.id as string,
    company: {
      id: optional(group.companyId),
      name: group.companyName as string,
      website: optional(group.website),
      industry: optional(group.industry),
      employeeCount: optional(group.employeeCount),
    },
    sellerProfile: group.sellerProfile as Record<string, unknown>,
    enrichmentLevel: group.enrichmentLevel as string,
    status: group.status as string,
    totalMembers: group.totalMembers as number,
    composition: group.composition as Record<BuyerGroupRole, number>,
    members: members.map((member) => ({
      id: member.id as string,
      personId: member.personId as string,
      name: member.name as string,
      title: member.title as string,
      role: member.role as BuyerGroupRole,
      confidence: member.confidence as number,
      influenceScore: member.influenceScore as number,
      priority: member.priority as number,
      department: optional(member.department),
      seniorityLevel: optional(member.seniorityLevel),
      email: optional(member.email),
      phone: optional(member.phone),
      linkedin: optional(member.linkedin),
      location: optional(member.location),
      reasons: member.reasons as string[],
      pinned: member.pinned as boolean,
      roleOverridden: member.roleOverridden as boolean,
      addedAt: iso(member.createdAt),
      updatedAt: iso(member.updatedAt),
    })),
    quality: {
      coverage: (group.coverage as string | null) ?? null,
      confidence: (group.confidence as number | null) ?? null,
      dataQuality: (group.dataQuality as number | null) ?? null,
      overallScore: (group.overallScore as number | null) ?? null,
      missingRoles: group.missingRoles as string[],
    },
    lastValidatedAt: group.lastValidatedAt ? iso(group.lastValidatedAt) : undefined,
    version: group.version as number,
    createdAt: iso(group.createdAt),
    updatedAt: iso(group.updatedAt),
  };
}

/** Members sorted the way people read a group: by priority, then influence. */
export const sortMembers = (members: Row[]) =>
  [...members].sort(
    (a, b) =>
      (a.priority as number) - (b.priority as number) ||
      (b.influenceScore as number) - (a.influenceScore as number) ||
      String(a.name).localeCompare(String(b.name)) ||
      String(a.id).localeCompare(String(b.id)),
  );
