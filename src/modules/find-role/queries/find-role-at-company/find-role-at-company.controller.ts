import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBody, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { FindRoleAtCompanyDto } from './find-role-at-company.dto.js';
import { FindRoleAtCompanyQuery } from './find-role-at-company.query.js';
import type { FindRoleResult } from './find-role-result.js';

export const FIND_ROLE_ROUTE = 'api/ai-chat/tools/find-role-at-company';

@ApiTags('ai chat tools')
@ApiSecurity('api-key')
@Controller(FIND_ROLE_ROUTE)
export class FindRoleAtCompanyController {
  constructor(private readonly queries: QueryBus) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Find the person holding a role at a company, from a plain sentence ("find CFO at Acme")' })
  @ApiBody({
    type: FindRoleAtCompanyDto,
    examples: {
      english: { summary: 'English', value: { query: 'who is the CTO at Umbrella Pine Commerce' } },
      german: { summary: 'German', value: { query: 'finde den CFO bei Umbrella Pine Commerce' } },
      possessive: { summary: 'company first, with a typo', value: { query: "Umbrella Pine Commerce's vp of slaes" } },
    },
  })
  @ApiOkResponse({ description: 'the person (or "No people found for <role> at <company>" with suggestions), alternatives and the credits spent' })
  find(@Body() body: FindRoleAtCompanyDto): Promise<FindRoleResult> {
    return this.queries.execute(new FindRoleAtCompanyQuery(body.query));
  }
}
