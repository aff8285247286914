import type { ProviderChangeKind, ProviderChangeMessage } from '../../../../shared/messaging/provider-change.message.js';

/** A message no retry can make readable: it goes to the dead-letter topic with this error. */
export class PoisonMessageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PoisonMessageError';
  }
}

export const PROVIDER_CHANGE_KINDS: readonly ProviderChangeKind[] = [
  'employee.added',
  'employee.updated',
  'employee.deleted',
  'company.updated',
  'company.merged',
];
const SOURCES = ['coresignal', 'signed'] as const;
const STATUSES = ['started_matching_query', 'stopped_matching_query', 'changed'] as const;

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

function text(body: Record<string, unknown>, field: string, max: number, pattern?: RegExp): string {
  const value = body[field];
  if (typeof value !== 'string' || value.trim() === '' || value.length > max) throw new PoisonMessageError(`${field}: must be a non-empty string of at most ${max} characters`);
  if (pattern && !pattern.test(value)) throw new PoisonMessageError(`${field}: "${value.slice(0, 80)}" is not valid`);
  return value;
}

/**
 * Reads one `provider.changes` message (src/shared/messaging/provider-change.message.ts) or says exactly why it
 * cannot be read: invalid JSON, an unknown kind, a missing or malformed field.
 */
export function parseProviderChange(value: Buffer): ProviderChangeMessage {
  let body: unknown;
  try {
    body = JSON.parse(value.toString('utf8'));
  } catch (error) {
    throw new PoisonMessageError(`invalid JSON: ${(error as Error).message}`);
  }
  if (!isObject(body)) throw new PoisonMessageError('a provider change must be a JSON object');
  const kind = body.kind;
  if (typeof kind !== 'string' || !(PROVIDER_CHANGE_KINDS as readonly string[]).includes(kind)) {
    throw new PoisonMessageError(`unknown kind ${JSON.stringify(kind)}: expected one of ${PROVIDER_CHANGE_KINDS.join(', ')}`);
  }
  const source = body.source;
  if (!(SOURCES as readonly unknown[]).includes(source)) throw new PoisonMessageError(`source: must be one of ${SOURCES.join(', ')}`);
  const notice: ProviderChangeMessage = {
    noticeId: text(body, 'noticeId', 200),
    deliveryId: text(body, 'deliveryId', 200),
    source: source as ProviderChangeMessage['source'],
    kind: kind as ProviderChangeKind,
    companyId: text(body, 'companyId', 40, /^\d{1,18}$/),
    changedFields: null,
    receivedAt: text(body, 'receivedAt', 40),
  };
  if (!Number.isFinite(Date.parse(notice.receivedAt))) throw new PoisonMessageError('receivedAt: must be an ISO 8601 time');
  if (kind.startsWith('employee.')) notice.personId = text(body, 'personId', 20, /^\d{1,15}$/);
  else if (body.personId !== undefined && body.personId !== null) notice.personId = text(body, 'personId', 20, /^\d{1,15}$/);
  if (body.status !== undefined && body.status !== null) {
    if (!(STATUSES as readonly unknown[]).includes(body.status)) throw new PoisonMessageError(`status: must be one of ${STATUSES.join(', ')}`);
    notice.status = body.status as ProviderChangeMessage['status'];
  }
  if (kind === 'company.merged') notice.mergedIntoCompanyId = text(body, 'mergedIntoCompanyId', 40, /^\d{1,18}$/);
  const fields = body.changedFields;
  if (fields !== undefined && fields !== null) {
    if (!Array.isArray(fields) || fields.length > 200 || !fields.every((field) => typeof field === 'string')) {
      throw new PoisonMessageError('changedFields: must be a list of field names or null');
    }
    notice.changedFields = fields as string[];
  }
  return notice;
}
