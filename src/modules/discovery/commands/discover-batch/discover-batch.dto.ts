import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmptyObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { ENRICHMENT_LEVELS, type EnrichmentLevel } from '../../domain/buyer-group-role.js';
import { SellerProfileDto } from '../discover-buyer-group/discover-buyer-group.dto.js';

/** The largest MAX_COMPANIES_PER_REQUEST accepts; the configured limit is checked when the batch is queued. */
export const BATCH_HARD_LIMIT = 1000;

/** One company of a batch, named the ways a single discovery accepts. */
export class BatchCompanyDto {
  @ApiPropertyOptional({ example: 'Northwind Analytics', description: 'required unless companyId, companyLinkedInUrl or website is given' })
  @ValidateIf((dto: BatchCompanyDto) => !dto.companyId && !dto.companyLinkedInUrl && !dto.website)
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

/** Discover the buyer groups of many companies for one seller profile, as a background job. */
export class DiscoverBatchDto {
  @ApiProperty({ type: [BatchCompanyDto], description: '1 to MAX_COMPANIES_PER_REQUEST companies' })
  @IsArray({ message: 'companies must be a list of companies' })
  @ArrayMinSize(1, { message: 'companies must name at least 1 company' })
  @ArrayMaxSize(BATCH_HARD_LIMIT, { message: `companies may name at most ${BATCH_HARD_LIMIT} companies` })
  @ValidateNested({ each: true })
  @Type(() => BatchCompanyDto)
  companies!: BatchCompanyDto[];

  @ApiProperty({ type: SellerProfileDto })
  @IsNotEmptyObject({}, { message: 'sellerProfile is required: { solutionCategory, targetMarket?, dealSize? }' })
  @ValidateNested()
  @Type(() => SellerProfileDto)
  sellerProfile!: SellerProfileDto;

  @ApiProperty({ enum: ENRICHMENT_LEVELS, example: 'identify' })
  @IsIn(ENRICHMENT_LEVELS, { message: `enrichmentLevel must be one of ${ENRICHMENT_LEVELS.join(', ')}` })
  enrichmentLevel!: EnrichmentLevel;

  @ApiPropertyOptional({ default: true, description: 'save the groups (events + projections); false returns them only' })
  @IsOptional()
  @IsBoolean()
  saveToDatabase = true;

  @ApiPropertyOptional({ example: 200, description: 'provider credits each company may spend at most' })
  @IsOptional()
  @IsInt({ message: 'creditBudget must be a whole number of credits' })
  @Min(0, { message: 'creditBudget cannot be negative' })
  @Max(1_000_000)
  creditBudget?: number;
}
