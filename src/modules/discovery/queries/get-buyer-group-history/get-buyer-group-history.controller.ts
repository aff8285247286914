import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, type Caller } from '../../../../shared/http/workspace.decorator.js';
import { uuidParam } from '../../../../shared/http/validation.js';
import { BUYER_GROUP_ROUTE } from '../../api/routes.js';
import { GetBuyerGroupHistoryQuery } from './get-buyer-group-history.query.js';

@ApiTags('buyer groups')
@ApiSecurity('api-key')
@Controller(BUYER_GROUP_ROUTE)
export class GetBuyerGroupHistoryController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':id/history')
  @ApiOperation({ summary: 'Every change to a group, oldest first, with its cause (source, actor) and time' })
  async history(@Param('id', uuidParam('id')) id: string, @CurrentCaller() caller: Caller) {
    return { success: true, history: await this.queries.execute(new GetBuyerGroupHistoryQuery(caller.workspaceId, id)) };
  }
}
