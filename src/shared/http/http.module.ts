import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ApiKeyGuard } from './api-key.guard.js';
import { WebConsoleController } from './web-console.controller.js';
import { WorkspaceKeys } from './workspace-keys.js';

@Global()
@Module({
  controllers: [WebConsoleController],
  providers: [WorkspaceKeys, { provide: APP_GUARD, useClass: ApiKeyGuard }],
  exports: [WorkspaceKeys],
})
export class HttpModule {}
