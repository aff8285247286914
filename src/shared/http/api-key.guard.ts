import { Injectable, UnauthorizedException, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { ContextualRequest } from './request-context.js';
import { IS_PUBLIC } from './public.decorator.js';
import { WorkspaceKeys } from './workspace-keys.js';

/** Every route needs a valid API key (x-api-key or Authorization: Bearer) unless marked @Public(). */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly keys: WorkspaceKeys,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()])) return true;
    const request = context.switchToHttp().getRequest<ContextualRequest>();
    const header = request.headers['x-api-key'];
    const bearer = request.headers.authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
    const key = typeof header === 'string' ? header : bearer;
    if (!key || key.length > 256) {
      throw new UnauthorizedException('missing API key: send it in the x-api-key header');
    }
    const identity = await this.keys.resolve(key);
    if (!identity) throw new UnauthorizedException('invalid API key');
    request.context.identity = identity;
    return true;
  }
}
