import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiPropertyOptional, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { CurrentCaller, type Caller } from '../../../../shared/http/workspace.decorator.js';
import { BUYER_GROUP_ROUTE } from '../../api/routes.js';
import { ListBuyerGroupsQuery } from './list-buyer-groups.query.js';

export class ListBuyerGroupsDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit = 50;

  @ApiPropertyOptional({ minimum: 0, default: 0 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  offset = 0;
}

@ApiTags('buyer groups')
@ApiSecurity('api-key')
@Controller(BUYER_GROUP_ROUTE)
export class ListBuyerGroupsController {
  constructor(private readonly queries: QueryBus) {}

  @Get('groups')
  @ApiOperation({ summary: "The workspace's saved buyer groups, most recently changed first" })
  async list(@Query() query: ListBuyerGroupsDto, @CurrentCaller() caller: Caller) {
    const page = await this.queries.execute(new ListBuyerGroupsQuery(caller.workspaceId, query.limit, query.offset));
    return { success: true, ...page };
  }
}
