import { Body, Controller, Get, HttpCode, Inject, Param, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiBody, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { APP_CONFIG, type AppConfig } from '../../../../shared/config/app-config.js';
import { CurrentCaller, type Caller } from '../../../../shared/http/workspace.decorator.js';
import { uuidParam, validationFailed } from '../../../../shared/http/validation.js';
import { BUYER_GROUP_ROUTE } from '../../api/routes.js';
import type { BatchAccepted, BatchStatus } from './batch-job.js';
import { DiscoverBatchCommand } from './discover-batch.command.js';
import { DiscoverBatchDto } from './discover-batch.dto.js';
import { GetBatchStatusQuery } from './get-batch-status.query.js';

/** Registered before the ':id' controllers: the literal 'batch' must win over a group id. */
@ApiTags('buyer groups')
@ApiSecurity('api-key')
@Controller(BUYER_GROUP_ROUTE)
export class DiscoverBatchController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('batch')
  @HttpCode(202)
  @ApiOperation({ summary: 'Discover the buyer groups of up to MAX_COMPANIES_PER_REQUEST companies as a background job' })
  @ApiBody({
    type: DiscoverBatchDto,
    examples: {
      demo: {
        summary: 'Two companies, revenue-technology seller',
        value: {
          companies: [{ companyName: 'Northwind Analytics' }, { companyId: '10017' }],
          sellerProfile: { solutionCategory: 'revenue_technology', targetMarket: 'enterprise' },
          enrichmentLevel: 'identify',
          creditBudget: 200,
        },
      },
    },
  })
  @ApiAcceptedResponse({ description: '{ success, jobId, companies, statusUrl }: poll statusUrl for progress and results' })
  discoverBatch(@Body() body: DiscoverBatchDto, @CurrentCaller() caller: Caller): Promise<BatchAccepted> {
    const max = this.config.maxCompaniesPerRequest;
    if (body.companies.length > max) {
      const problem = `at most ${max} companies per request (MAX_COMPANIES_PER_REQUEST); got ${body.companies.length}`;
      throw validationFailed([{ field: 'companies', problems: [problem] }]);
    }
    const actor = `api-key:${caller.keyLabel}`;
    return this.commands.execute(
      new DiscoverBatchCommand(body, { workspaceId: caller.workspaceId, correlationId: caller.requestId, actor, source: 'discovery' }),
    );
  }

  @Get('batch/:jobId')
  @ApiOperation({ summary: "A batch job's state, progress and per-company results (group, quality, credits, or the error)" })
  @ApiOkResponse({ description: '{ success, jobId, state, progress: { done, total, percent }, summary?, results: [...] }' })
  status(@Param('jobId', uuidParam('jobId')) jobId: string, @CurrentCaller() caller: Caller): Promise<BatchStatus> {
    return this.queries.execute(new GetBatchStatusQuery(caller.workspaceId, jobId));
  }
}
