import { Body, Controller, Param, Patch } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, type Caller } from '../../../../shared/http/workspace.decorator.js';
import { uuidParam } from '../../../../shared/http/validation.js';
import { BUYER_GROUP_ROUTE } from '../../api/routes.js';
import { BuyerGroupView } from '../../queries/buyer-group.view.js';
import { GetBuyerGroupQuery } from '../../queries/get-buyer-group/get-buyer-group.query.js';
import { ChangeBuyerGroupCommand } from '../change-buyer-group/change-buyer-group.command.js';
import { OverrideMemberDto } from './override-member.dto.js';

@ApiTags('buyer groups')
@ApiSecurity('api-key')
@Controller(BUYER_GROUP_ROUTE)
export class OverrideMemberController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Patch(':id/members/:memberId')
  @ApiOperation({ summary: 'Pin, exclude or re-role a member; recorded in the history with the acting user' })
  @ApiOkResponse({ type: BuyerGroupView })
  async override(
    @Param('id', uuidParam('id')) id: string,
    @Param('memberId', uuidParam('memberId')) memberId: string,
    @Body() body: OverrideMemberDto,
    @CurrentCaller() caller: Caller,
  ) {
    const actor = body.actor ?? `api-key:${caller.keyLabel}`;
    await this.commands.execute(
      new ChangeBuyerGroupCommand(
        id,
        { kind: 'OverrideMember', memberId, actor, pinned: body.pinned, excluded: body.excluded, role: body.role },
        { workspaceId: caller.workspaceId, correlationId: caller.requestId, actor, source: 'api' },
      ),
    );
    return { success: true, buyerGroup: await this.queries.execute(new GetBuyerGroupQuery(caller.workspaceId, id)) };
  }
}
