import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { ContextualRequest } from './request-context.js';
import type { WorkspaceIdentity } from './workspace-keys.js';

export interface Caller extends WorkspaceIdentity {
  requestId: string;
}

/** The authenticated caller: its workspace, key label and the request id (the correlation id of what it causes). */
export const CurrentCaller = createParamDecorator((_data: unknown, context: ExecutionContext): Caller => {
  const request = context.switchToHttp().getRequest<ContextualRequest>();
  return { ...request.context.identity!, requestId: request.context.requestId };
});
