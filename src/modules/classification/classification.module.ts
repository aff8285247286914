import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../shared/config/app-config.js';
import { AI_GROUP_REASONING, AI_ROLE_SIGNAL } from './domain/ai-role-signal.js';
import { AnthropicRoleClassifier } from './infrastructure/anthropic-role-classifier.js';

/**
 * Title normalisation and role classification signals. The AI signal exists only with ANTHROPIC_API_KEY; without
 * it AI_ROLE_SIGNAL and AI_GROUP_REASONING are null and the rules decide alone.
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
    // the same client writes deep_research's group reasoning
    { provide: AI_GROUP_REASONING, useExisting: AI_ROLE_SIGNAL },
  ],
  exports: [AI_ROLE_SIGNAL, AI_GROUP_REASONING],
})
export class ClassificationModule {}
