import { ArgumentsHost, Catch, HttpException, HttpStatus, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import type { Logger } from 'pino';
import { DomainError, type DomainErrorCode } from '../domain/domain-error.js';
import { ConcurrencyError } from '../event-store/event.js';
import type { ContextualRequest } from './request-context.js';

export interface ErrorBody {
  success: false;
  error: { code: string; message: string; details?: unknown; requestId?: string };
}

const DOMAIN_STATUS: Record<DomainErrorCode, number> = {
  NOT_FOUND: HttpStatus.NOT_FOUND,
  ALREADY_EXISTS: HttpStatus.CONFLICT,
  CONFLICT: HttpStatus.CONFLICT,
  INVALID_ARGUMENT: HttpStatus.BAD_REQUEST,
  BUDGET_EXCEEDED: HttpStatus.PAYMENT_REQUIRED,
  UPSTREAM_UNAVAILABLE: HttpStatus.BAD_GATEWAY,
};

const STATUS_CODE: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE_ENTITY',
  429: 'TOO_MANY_REQUESTS',
  503: 'SERVICE_UNAVAILABLE',
};

/** Errors raised by body-parser before Nest sees the request carry a `type` and a 4xx `status`. */
interface BodyParserError {
  type: string;
  status: number;
  message: string;
}

const isBodyParserError = (error: unknown): error is BodyParserError =>
  typeof error === 'object' && error !== null && typeof (error as BodyParserError).type === 'string' &&
  typeof (error as BodyParserError).status === 'number';

/** Turns any error into the one error shape. Anything unexpected is a 500 whose details stay in the log. */
export function toErrorResponse(error: unknown, requestId?: string): { status: number; body: ErrorBody } {
  const body = (status: number, code: string, message: string, details?: unknown) => ({
    status,
    body: { success: false as const, error: { code, message, ...(details === undefined ? {} : { details }), requestId } },
  });
  if (error instanceof DomainError) return body(DOMAIN_STATUS[error.code], error.code, error.message, error.details);
  if (error instanceof ConcurrencyError) {
    return body(HttpStatus.CONFLICT, 'CONCURRENT_MODIFICATION', 'the buyer group changed concurrently too often; retry');
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const response = error.getResponse();
    if (typeof response === 'object' && response !== null && 'code' in response) {
      const shaped = response as { code: string; message: string; details?: unknown };
      return body(status, shaped.code, shaped.message, shaped.details);
    }
    const message =
      typeof response === 'object' && response !== null && 'message' in response
        ? String((response as { message: unknown }).message)
        : error.message;
    return body(status, STATUS_CODE[status] ?? `HTTP_${status}`, status === 404 ? message.replace(/^Cannot /, 'no route for ') : message);
  }
  if (isBodyParserError(error) && error.status >= 400 && error.status < 500) {
    const messages: Record<string, string> = {
      'entity.too.large': 'request body is larger than the limit (MAX_BODY_BYTES)',
      'entity.parse.failed': 'request body is not valid JSON',
      'encoding.unsupported': 'request body encoding is not supported',
      'charset.unsupported': 'request body charset is not supported; send UTF-8',
      'request.aborted': 'request body was not received completely',
    };
    return body(error.status, STATUS_CODE[error.status] ?? 'BAD_REQUEST', messages[error.type] ?? 'malformed request body');
  }
  return body(HttpStatus.INTERNAL_SERVER_ERROR, 'INTERNAL', 'internal error; quote the request id when reporting it');
}

@Catch()
export class ErrorShapeFilter implements ExceptionFilter {
  constructor(private readonly logger: Logger) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const request = host.switchToHttp().getRequest<ContextualRequest>();
    const response = host.switchToHttp().getResponse<Response>();
    const { status, body } = toErrorResponse(error, request.context?.requestId);
    if (status >= 500) this.logger.error({ err: error, requestId: body.error.requestId }, 'unhandled error');
    if (!response.headersSent) response.status(status).json(body);
  }
}
