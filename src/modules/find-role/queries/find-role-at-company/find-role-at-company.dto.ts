import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { MAX_QUERY_LENGTH } from '../../domain/role-query-parser.js';

/** `POST /api/ai-chat/tools/find-role-at-company`: one sentence naming a role and a company. */
export class FindRoleAtCompanyDto {
  @ApiProperty({
    example: 'find the CFO at Umbrella Pine Commerce',
    maxLength: MAX_QUERY_LENGTH,
    description: 'a role and a company in plain words, in EN/DE/FR/ES/NL/IT/PT ("who is the CTO at Acme", "Acme\'s VP of sales", "qui est le DAF de Renault")',
  })
  @IsString({ message: 'query is required: a sentence naming a role and a company' })
  @Matches(/\S/, { message: 'query must not be empty' })
  @MaxLength(MAX_QUERY_LENGTH, { message: `query must be at most ${MAX_QUERY_LENGTH} characters` })
  query!: string;
}
