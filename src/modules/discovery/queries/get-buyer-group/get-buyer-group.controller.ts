import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { IsISO8601, IsOptional } from 'class-validator';
import { CurrentCaller, type Caller } from '../../../../shared/http/workspace.decorator.js';
import { uuidParam } from '../../../../shared/http/validation.js';
import { BUYER_GROUP_ROUTE } from '../../api/routes.js';
import { BuyerGroupView } from '../buyer-group.view.js';
import { GetBuyerGroupQuery } from './get-buyer-group.query.js';

export class GetBuyerGroupParamsDto {
  @ApiPropertyOptional({ description: 'ISO 8601 instant: the group as it was then', example: '2026-11-01T00:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'asOf must be an ISO 8601 date-time such as 2026-11-01T00:00:00Z' })
  asOf?: string;
}

@ApiTags('buyer groups')
@ApiSecurity('api-key')
@Controller(BUYER_GROUP_ROUTE)
export class GetBuyerGroupController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id')
  @ApiOperation({ summary: 'A buyer group now, or as of a past instant' })
  @ApiOkResponse({ type: BuyerGroupView })
  async get(@Param('id', uuidParam('id')) id: string, @Query() query: GetBuyerGroupParamsDto, @CurrentCaller() caller: Caller) {
    const asOf = query.asOf ? new Date(query.asOf) : undefined;
    const buyerGroup = await this.queries.execute(new GetBuyerGroupQuery(caller.workspaceId, id, asOf));
    return { success: true, ...(asOf ? { asOf: asOf.toISOString() } : {}), buyerGroup };
  }
}
