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
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { ENRICHMENT_LEVELS, type EnrichmentLevel } from '../../domain/buyer-group-role.js';
import { CompanyRefDto, SellerProfileDto } from '../discover-buyer-group/discover-buyer-group.dto.js';

/** The largest MAX_COMPANIES_PER_REQUEST accepts; the configured limit is checked when the batch is queued. */
export const BATCH_HARD_LIMIT = 1000;

/** Discover the buyer groups of many companies for one seller profile, as a background job. */
export class DiscoverBatchDto {
  @ApiProperty({ type: [CompanyRefDto], description: '1 to MAX_COMPANIES_PER_REQUEST companies' })
  @IsArray({ message: 'companies must be a list of companies' })
  @ArrayMinSize(1, { message: 'companies must name at least 1 company' })
  @ArrayMaxSize(BATCH_HARD_LIMIT, { message: `companies may name at most ${BATCH_HARD_LIMIT} companies` })
  @ValidateNested({ each: true })
  @Type(() => CompanyRefDto)
  companies!: CompanyRefDto[];

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
