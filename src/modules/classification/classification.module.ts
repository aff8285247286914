import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../shared/config/app-config.js';
import { AI_ROLE_SIGNAL } from './domain/ai-role-signal.js';
import { AnthropicRoleClassifier } from './infrastructure/anthropic-role-classifier.js';

/**
 * Title normalisation and role classification signals. The AI signal exists only with ANTHROPIC_API_KEY; without
 * it AI_ROLE_SIGNAL is null and the rules decide alone.
 */
@Module({
  providers: [
    {
      provide: AI_ROLE_SIGNAL,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        config.anthropicApiKey
          ? new AnthropicRoleClassifier({
              apiKey: config.anthropicApiKey,
              model: config.anthropicModel,
              baseURL: config.anthropicBaseUrl,
              timeoutMs: config.anthropicTimeoutMs,
            })
          : null,
    },
  ],
  exports: [AI_ROLE_SIGNAL],
})
export class ClassificationModule {}
