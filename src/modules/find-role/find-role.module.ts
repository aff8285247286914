import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { APP_CONFIG, type AppConfig } from '../../shared/config/app-config.js';
import { EnrichmentModule } from '../enrichment/enrichment.module.js';
import { AI_ROLE_QUERY_PARSER } from './domain/role-query-parser.port.js';
import { AnthropicRoleQueryParser } from './infrastructure/anthropic-role-query-parser.adapter.js';
import { FindRoleAtCompanyController } from './queries/find-role-at-company/find-role-at-company.controller.js';
import { FindRoleAtCompanyHandler } from './queries/find-role-at-company/find-role-at-company.handler.js';

/**
 * The find-role-at-company chat tool (PRODUCT.md §5.6). Parses with Claude when ANTHROPIC_API_KEY is set (the same
 * model, base URL and timeout settings as the role classifier), else AI_ROLE_QUERY_PARSER is null and the
 * deterministic parser reads every query.
 */
@Module({
  imports: [CqrsModule, EnrichmentModule],
  controllers: [FindRoleAtCompanyController],
  providers: [
    FindRoleAtCompanyHandler,
    {
      provide: AI_ROLE_QUERY_PARSER,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        config.anthropicApiKey
          ? new AnthropicRoleQueryParser({
              apiKey: config.anthropicApiKey,
              model: config.anthropicModel,
              baseURL: config.anthropicBaseUrl,
              timeoutMs: config.anthropicTimeoutMs,
            })
          : null,
    },
  ],
})
export class FindRoleModule {}
