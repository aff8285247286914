import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsNotEmptyObject, IsOptional, IsString, Length, Matches, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { SOLUTION_CATEGORIES } from '../../../classification/domain/seller-profiles.data.js';
import { ENRICHMENT_LEVELS, type EnrichmentLevel } from '../../domain/buyer-group-role.js';

export class SellerProfileDto {
  @ApiProperty({ enum: SOLUTION_CATEGORIES, example: 'revenue_technology' })
  @IsIn(SOLUTION_CATEGORIES, { message: `solutionCategory must be one of ${SOLUTION_CATEGORIES.join(', ')}` })
  solutionCategory!: string;

  @ApiPropertyOptional({ example: 'enterprise', description: 'who the seller sells to; informational' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  targetMarket?: string;

  @ApiPropertyOptional({ example: 'large', description: "small | medium | large | enterprise, or a USD amount such as '$80k'" })
  @IsOptional()
  @IsString()
  @Length(1, 40)
  dealSize?: string;
}

/** A company named one way or several: by name, provider id, LinkedIn URL or website. */
export class CompanyRefDto {
  @ApiPropertyOptional({ example: 'Northwind Analytics', description: 'required unless companyId, companyLinkedInUrl or website is given' })
  @ValidateIf((dto: CompanyRefDto) => !dto.companyId && !dto.companyLinkedInUrl && !dto.website)
  @IsString({ message: 'companyName is required unless companyId, companyLinkedInUrl or website is given' })
  @Length(1, 200)
  companyName?: string;

  @ApiPropertyOptional({ example: '10017' })
  @IsOptional()
  @IsString()
  @Matches(/^\d{1,15}$/, { message: 'companyId must be the provider id: digits only' })
  companyId?: string;

  @ApiPropertyOptional({ example: 'https://www.linkedin.com/company/northwind-analytics' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  companyLinkedInUrl?: string;

  @ApiPropertyOptional({ example: 'northwind-analytics.example' })
  @IsOptional()
  @IsString()
  @Length(1, 300)
  website?: string;
}

/** The seed's request (PRODUCT.md §7): name a company, say what you sell and how deep to go. */
export class DiscoverBuyerGroupDto extends CompanyRefDto {
  @ApiProperty({ type: SellerProfileDto })
  @IsNotEmptyObject({}, { message: 'sellerProfile is required: { solutionCategory, targetMarket?, dealSize? }' })
  @ValidateNested()
  @Type(() => SellerProfileDto)
  sellerProfile!: SellerProfileDto;

  @ApiProperty({ enum: ENRICHMENT_LEVELS, example: 'identify' })
  @IsIn(ENRICHMENT_LEVELS, { message: `enrichmentLevel must be one of ${ENRICHMENT_LEVELS.join(', ')}` })
  enrichmentLevel!: EnrichmentLevel;

  @ApiPropertyOptional({ default: true, description: 'save the group (events + projections); false returns it only' })
  @IsOptional()
  @IsBoolean()
  saveToDatabase = true;

  @ApiPropertyOptional({ example: 200, description: 'provider credits this discovery may spend at most' })
  @IsOptional()
  @IsInt({ message: 'creditBudget must be a whole number of credits' })
  @Min(0, { message: 'creditBudget cannot be negative' })
  @Max(1_000_000)
  creditBudget?: number;

  @ApiPropertyOptional({ default: false, description: 'return the plan and its credit estimate without spending anything' })
  @IsOptional()
  @IsBoolean()
  dryRun = false;
}
