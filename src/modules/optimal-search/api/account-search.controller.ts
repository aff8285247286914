import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiBody, ApiOkResponse, ApiOperation, ApiQuery, ApiSecurity, ApiTags } from '@nestjs/swagger';
import type { EventMetadata } from '../../../shared/event-store/event.js';
import { uuidParam, validationFailed } from '../../../shared/http/validation.js';
import { CurrentCaller, type Caller } from '../../../shared/http/workspace.decorator.js';
import type { AccountSearchJobAccepted, AccountSearchJobStatus } from '../commands/queue-account-search/account-search-job.js';
import { QueueAccountSearchCommand } from '../commands/queue-account-search/queue-account-search.command.js';
import { DEFAULT_CREDIT_BUDGET, DEFAULT_MAX_RESULTS, DEFAULT_SAMPLE, MAX_SYNC_SAMPLE } from '../domain/search-request.js';
import { GetAccountSearchJobQuery } from '../queries/get-account-search-job/get-account-search-job.query.js';
import type { AccountSearchResult } from '../queries/search-accounts/account-search-result.js';
import { SearchAccountsQuery } from '../queries/search-accounts/search-accounts.query.js';
import { SearchRequestReader } from '../queries/search-accounts/search-request.reader.js';
import { ACCOUNT_SEARCH_ROUTE } from './routes.js';

const metadataOf = (caller: Caller): EventMetadata => ({
  workspaceId: caller.workspaceId,
  correlationId: caller.requestId,
  actor: `api-key:${caller.keyLabel}`,
  source: 'discovery',
});

/**
 * The optimal buyer search (PRODUCT.md §5 item 5): GET on the buyer-group path runs it and answers the ranking;
 * POST .../search-jobs queues the same search (larger samples) and GET .../search-jobs/:jobId follows it.
 */
@ApiTags('account search')
@ApiSecurity('api-key')
@Controller(ACCOUNT_SEARCH_ROUTE)
export class AccountSearchController {
  constructor(
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
    private readonly reader: SearchRequestReader,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'Optimal buyer search: filter and score the market (free), sample the best companies\' buyer groups within a credit budget, rank both',
  })
  @ApiQuery({ name: 'industries', required: false, example: 'Software,SaaS', description: 'comma-separated; unknown ones are refused with the known list' })
  @ApiQuery({ name: 'sizeRange', required: false, example: '50-200', description: '"50-200", "50-200 employees", "10001+"' })
  @ApiQuery({ name: 'locations', required: false, example: 'United States,DE', description: 'headquarters countries, names or ISO codes' })
  @ApiQuery({ name: 'minHeadcountGrowth', required: false, example: '10', description: 'yearly headcount change, at least this many percent' })
  @ApiQuery({ name: 'fundedWithinMonths', required: false, example: '12', description: 'last funding round within this many months' })
  @ApiQuery({ name: 'minJobPostings', required: false, example: '5', description: 'hiring activity: at least this many open job postings' })
  @ApiQuery({ name: 'technologies', required: false, example: 'Salesforce,HubSpot', description: 'uses at least one of these' })
  @ApiQuery({ name: 'maxResults', required: false, example: '50', description: `1 to MAX_COMPANIES_PER_REQUEST (default ${DEFAULT_MAX_RESULTS})` })
  @ApiQuery({ name: 'sampling', required: false, example: 'true', description: 'phase 2 on or off for this search (BUYER_GROUP_SAMPLING=false turns it off everywhere)' })
  @ApiQuery({ name: 'sample', required: false, example: '5', description: `how many of the best companies phase 2 samples (default ${DEFAULT_SAMPLE}, at most ${MAX_SYNC_SAMPLE} here)` })
  @ApiQuery({ name: 'solutionCategory', required: false, example: 'revenue_technology', description: 'what the seller sells (default general)' })
  @ApiQuery({ name: 'dealSize', required: false, example: 'large' })
  @ApiQuery({ name: 'creditBudget', required: false, example: '500', description: `credits the whole search may spend (default ${DEFAULT_CREDIT_BUDGET})` })
  @ApiOkResponse({ description: 'the ranked companies, each with both phases\' scores, their parts and the reasons; credits spent' })
  async search(@Query() query: Record<string, unknown>, @CurrentCaller() caller: Caller): Promise<AccountSearchResult> {
    const parsed = await this.reader.read(query ?? {}, 'sync');
    if (!parsed.ok) throw validationFailed(parsed.problems, parsed.knownIndustries ? { knownIndustries: parsed.knownIndustries } : {});
    return this.queries.execute(new SearchAccountsQuery(parsed.request, metadataOf(caller)));
  }

  @Post('search-jobs')
  @HttpCode(202)
  @ApiOperation({ summary: 'Queue an optimal buyer search (the GET\'s parameters as a JSON object; sample up to maxResults companies)' })
  @ApiBody({
    schema: { type: 'object' },
    examples: {
      demo: {
        summary: 'Software and SaaS companies of 50-200 people, 20 of them sampled',
        value: { industries: ['Software', 'SaaS'], sizeRange: '50-200', maxResults: 50, sample: 20, solutionCategory: 'revenue_technology', creditBudget: 2000 },
      },
    },
  })
  @ApiAcceptedResponse({ description: '{ success, jobId, state, statusUrl }: poll statusUrl for progress and, when done, the result' })
  async queue(@Body() body: Record<string, unknown> | undefined, @CurrentCaller() caller: Caller): Promise<AccountSearchJobAccepted> {
    const parsed = await this.reader.read(body ?? {}, 'queued');
    if (!parsed.ok) throw validationFailed(parsed.problems, parsed.knownIndustries ? { knownIndustries: parsed.knownIndustries } : {});
    return this.commands.execute(new QueueAccountSearchCommand(parsed.request, metadataOf(caller)));
  }

  @Get('search-jobs/:jobId')
  @ApiOperation({ summary: "A queued search's state, progress (phase, done/total, percent) and, once completed, its result" })
  @ApiOkResponse({ description: '{ success, jobId, state, progress, result?, failedReason? }' })
  status(@Param('jobId', uuidParam('jobId')) jobId: string, @CurrentCaller() caller: Caller): Promise<AccountSearchJobStatus> {
    return this.queries.execute(new GetAccountSearchJobQuery(caller.workspaceId, jobId));
  }
}
