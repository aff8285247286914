import { ConflictException, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { CurrentCaller, type Caller } from '../../../../shared/http/workspace.decorator.js';
import { WEBHOOKS_ROUTE } from '../../api/routes.js';
import { GetSubscriptionHealthQuery } from '../../queries/get-subscription-health/get-subscription-health.query.js';
import { ReconcileSubscriptionsCommand } from './reconcile-subscriptions.command.js';

@ApiTags('webhooks')
@ApiSecurity('api-key')
@Controller(WEBHOOKS_ROUTE)
export class SubscriptionsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get('subscriptions')
  @ApiOperation({ summary: "Subscription health, and the provider subscriptions that watch the caller's companies" })
  async list(@CurrentCaller() caller: Caller) {
    return { success: true, ...(await this.queries.execute(new GetSubscriptionHealthQuery(caller.workspaceId))) };
  }

  @Post('subscriptions/reconcile')
  @HttpCode(200)
  @ApiOperation({ summary: 'Reconcile provider subscriptions with the saved groups now (409 while another instance is reconciling)' })
  async reconcile() {
    const report = await this.commands.execute(new ReconcileSubscriptionsCommand());
    if (!report.ran) throw new ConflictException({ code: 'CONFLICT', message: `${report.reason}: try again shortly` });
    return { success: true, ...report };
  }
}
