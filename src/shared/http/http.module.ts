import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApiKeyGuard } from './api-key.guard.js';
import { WorkspaceKeys } from './workspace-keys.js';

@Global()
@Module({
  providers: [WorkspaceKeys, { provide: APP_GUARD, useClass: ApiKeyGuard }],
  exports: [WorkspaceKeys],
})
export class HttpModule {}
