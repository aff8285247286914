import type { Request } from 'express';
import type { WorkspaceIdentity } from './workspace-keys.js';

/** What the HTTP layer knows about a request: set by the request-id middleware and the API-key guard. */
export interface RequestContext {
  requestId: string;
  identity?: WorkspaceIdentity;
}

export type ContextualRequest = Request & { context: RequestContext };
