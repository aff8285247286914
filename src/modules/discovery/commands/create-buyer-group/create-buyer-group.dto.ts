import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { BUYER_GROUP_ROLES, ENRICHMENT_LEVELS, type BuyerGroupRole, type EnrichmentLevel } from '../../domain/buyer-group-role.js';

export class CompanyDto {
  @IsOptional() @IsString() @Length(1, 100) id?: string;
  @IsString() @Length(1, 300) name!: string;
  @IsOptional() @IsString() @Length(1, 300) website?: string;
  @IsOptional() @IsString() @Length(1, 200) industry?: string;
  @IsOptional() @IsInt() @Min(0) @Max(10_000_000) employeeCount?: number;
}

export class SellerProfileDto {
  @IsString() @Length(1, 100) solutionCategory!: string;
  @IsOptional() @IsString() @Length(1, 100) targetMarket?: string;
  @IsOptional() @IsString() @Length(1, 100) dealSize?: string;
}

export class MemberDto {
  @IsOptional() @IsUUID() memberId?: string;
  @IsString() @Length(1, 200) personId!: string;
  @IsString() @Length(1, 300) name!: string;
  @IsString() @Length(1, 500) title!: string;
  @IsOptional() @IsString() @Length(1, 100) department?: string;
  @IsOptional() @IsString() @Length(1, 100) seniorityLevel?: string;
  @IsOptional() @IsEmail() email?: string;
  @IsOptional() @IsString() @Length(1, 50) phone?: string;
  @IsOptional() @IsUrl() linkedin?: string;
  @IsOptional() @IsString() @Length(1, 300) location?: string;
  @IsIn(BUYER_GROUP_ROLES) role!: BuyerGroupRole;
  @IsInt() @Min(0) @Max(100) confidence!: number;
  @IsInt() @Min(0) @Max(100) influenceScore!: number;
  @IsInt() @Min(1) @Max(10) priority!: number;
  @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) reasons!: string[];
}

/** A buyer group given whole (from a file or another system), before discovery exists to find one. */
export class CreateBuyerGroupDto {
  @IsOptional() @IsUUID() id?: string;
  @ValidateNested() @Type(() => CompanyDto) company!: CompanyDto;
  @ValidateNested() @Type(() => SellerProfileDto) sellerProfile!: SellerProfileDto;
  @IsIn(ENRICHMENT_LEVELS) enrichmentLevel!: EnrichmentLevel;
  @IsArray() @ArrayMaxSize(100) @ValidateNested({ each: true }) @Type(() => MemberDto) members!: MemberDto[];
}
