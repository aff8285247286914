import { DomainError } from '../../../shared/domain/domain-error.js';

/**
 * Typed failures of an employee-data provider (../domain/employee-data.port.ts). Callers branch on the class, never
 * on message text: an input error is the caller's to fix, auth and credits need an operator, unavailable may pass.
 */
export abstract class ProviderError extends Error {
  /** the provider's HTTP status, when one answered */
  readonly status: number | undefined;
  /** the provider's `{"detail": ...}` text, when it sent one */
  readonly detail: string | undefined;

  protected constructor(message: string, options: { status?: number; detail?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.status = options.status;
    this.detail = options.detail;
  }
}

/** The caller's input cannot be sent: empty query, malformed URL, email or domain. Nothing was called or spent. */
export class ProviderInputError extends ProviderError {
  constructor(
    message: string,
    /** which input was wrong, e.g. "linkedInUrl" */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ProviderInputError';
  }
}

/** The provider is not configured (no API key, bad base URL): a start-up error. */
export class ProviderConfigError extends ProviderError {
  constructor(message: string) {
    super(message);
    this.name = 'ProviderConfigError';
  }
}

/** HTTP 401: the key is missing, wrong or revoked. Retrying does not help. */
export class ProviderAuthError extends ProviderError {
  constructor(detail?: string) {
    super('invalid key', { status: 401, detail });
    this.name = 'ProviderAuthError';
  }
}

/** HTTP 402: the account has no credits left for this call. Retrying does not help. */
export class ProviderCreditsExhaustedError extends ProviderError {
  constructor(detail?: string) {
    super(`provider credits exhausted${detail ? `: ${detail}` : ''}`, { status: 402, detail });
    this.name = 'ProviderCreditsExhaustedError';
  }
}

/** HTTP 400 / 404 / 405 / 413 / 422 and other 4xx: the provider refused the request as sent. Not retried. */
export class ProviderRequestError extends ProviderError {
  constructor(status: number, detail?: string) {
    super(`provider refused the request (HTTP ${status})${detail ? `: ${detail}` : ''}`, { status, detail });
    this.name = 'ProviderRequestError';
  }
}

/**
 * The provider did not answer usefully after every allowed attempt (429, 5xx, timeouts, dropped connections), or
 * answered something that is not the contract. `status` is the last HTTP status seen (undefined: no answer).
 */
export class ProviderUnavailableError extends ProviderError {
  constructor(
    message: string,
    options: { status?: number; detail?: string; cause?: unknown; attempts?: number } = {},
  ) {
    super(message, options);
    this.name = 'ProviderUnavailableError';
    this.attempts = options.attempts ?? 1;
  }

  readonly attempts: number;
}

/**
 * A provider failure as a use case reports it: input the caller can fix is INVALID_ARGUMENT naming the field, any other
 * provider failure UPSTREAM_UNAVAILABLE; other errors pass through unchanged.
 */
export function providerFailureAsDomainError(error: unknown): unknown {
  if (error instanceof ProviderInputError) {
    return new DomainError('INVALID_ARGUMENT', error.message, error.field ? { field: error.field } : undefined);
  }
  if (error instanceof ProviderError) return new DomainError('UPSTREAM_UNAVAILABLE', `employee data provider: ${error.message}`);
  return error;
}
