/** Stable, machine-readable reasons a command or query is refused; the HTTP layer maps them to statuses. */
export type DomainErrorCode =
  | 'NOT_FOUND'
  | 'ALREADY_EXISTS'
  | 'CONFLICT'
  | 'INVALID_ARGUMENT'
  /** the request's credit budget cannot pay for what it asks */
  | 'BUDGET_EXCEEDED'
  /** an upstream service (employee data, AI) failed or refused our credentials */
  | 'UPSTREAM_UNAVAILABLE';

/** A rule of the domain said no. The message is for people; the code is for programs. */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
