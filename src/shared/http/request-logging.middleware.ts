import { randomUUID } from 'node:crypto';
import type { NextFunction, Response } from 'express';
import type { Logger } from 'pino';
import type { Metrics } from '../observability/metrics.js';
import type { ContextualRequest } from './request-context.js';

const VALID_REQUEST_ID = /^[A-Za-z0-9._-]{1,128}$/;

/** A webhook callback path carries its secret token: logs show the route, never the token. */
export const loggablePath = (path: string): string => path.replace(/(\/webhooks\/coresignal\/)[^/]*/, '$1[redacted]');

/** Gives every request an id (the caller's X-Request-Id if well-formed), logs it when done and times it. */
export function requestLogging(logger: Logger, metrics: Metrics) {
  return (request: ContextualRequest, response: Response, next: NextFunction): void => {
    const offered = request.headers['x-request-id'];
    const requestId = typeof offered === 'string' && VALID_REQUEST_ID.test(offered) ? offered : randomUUID();
    request.context = { requestId };
    response.setHeader('X-Request-Id', requestId);
    const started = process.hrtime.bigint();
    response.on('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = (request.route?.path as string | undefined) ?? 'unmatched';
      metrics.httpRequests.observe({ method: request.method, route, status: String(response.statusCode) }, seconds);
      logger.info(
        {
          requestId,
          method: request.method,
          path: loggablePath(request.path),
          status: response.statusCode,
          ms: Math.round(seconds * 1000),
          workspace: request.context.identity?.workspaceId,
        },
        'request',
      );
    });
    next();
  };
}
