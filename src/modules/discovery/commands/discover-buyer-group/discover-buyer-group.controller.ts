import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBody, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, type Caller } from '../../../../shared/http/workspace.decorator.js';
import { BUYER_GROUP_ROUTE } from '../../api/routes.js';
import { DiscoverBuyerGroupCommand } from './discover-buyer-group.command.js';
import { DiscoverBuyerGroupDto } from './discover-buyer-group.dto.js';
import type { DiscoveryResult } from './discovery-result.js';

@ApiTags('buyer groups')
@ApiSecurity('api-key')
@Controller(BUYER_GROUP_ROUTE)
export class DiscoverBuyerGroupController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Discover (or refresh) the buyer group of a company for a seller profile' })
  @ApiBody({
    type: DiscoverBuyerGroupDto,
    examples: {
      demo: {
        summary: 'A demo-universe company, revenue-technology seller',
        value: {
          companyName: 'Northwind Analytics',
          sellerProfile: { solutionCategory: 'revenue_technology', targetMarket: 'enterprise', dealSize: 'large' },
          enrichmentLevel: 'identify',
          saveToDatabase: true,
        },
      },
    },
  })
  @ApiOkResponse({ description: 'the group, its quality, the credits spent and how the engine got there' })
  discover(@Body() body: DiscoverBuyerGroupDto, @CurrentCaller() caller: Caller): Promise<DiscoveryResult> {
    const actor = `api-key:${caller.keyLabel}`;
    return this.commands.execute(
      new DiscoverBuyerGroupCommand(body, { workspaceId: caller.workspaceId, correlationId: caller.requestId, actor, source: 'discovery' }),
    );
  }
}
