import { fieldList, idText, isPlainObject, PERSON_ID_DIGITS, ProblemList } from './delivery-problems.js';

/**
 * Coresignal's webhook delivery (CORESIGNAL.md, "Webhooks"): a JSON array of change notices,
 * `[{"member_id": 123, "status": "started_matching_query" | "stopped_matching_query" | "changed", "changed_fields": [...] | null}]`.
 * Notices name records, not changes: the receiver re-collects the record to learn what changed.
 */
export const CORESIGNAL_STATUSES = ['started_matching_query', 'stopped_matching_query', 'changed'] as const;
export type CoresignalStatus = (typeof CORESIGNAL_STATUSES)[number];

export interface CoresignalNotice {
  /** position in the delivered array: with the delivery id, the notice's stable identity */
  index: number;
  /** the employee record's id, as decimal text */
  memberId: string;
  status: CoresignalStatus;
  changedFields: string[] | null;
}

/**
 * What a notice means for the company the subscription watches (its current employees): a record that starts
 * matching is an employee added (a new hire, or a record that now qualifies); one that stops matching is no longer a
 * current employee there (left, or the record was deleted or merged): employee.deleted; a change is an update. The
 * consumer re-collects the record before acting, and the message keeps Coresignal's status.
 */
export const KIND_OF_STATUS = {
  started_matching_query: 'employee.added',
  stopped_matching_query: 'employee.deleted',
  changed: 'employee.updated',
} as const satisfies Record<CoresignalStatus, string>;

/**
 * Reads a parsed delivery body. Unknown fields of a notice are ignored (the provider may add some); a notice sent
 * twice in one delivery (same member, status and fields) is kept once. Throws a DeliveryShapeError naming each
 * wrong field as `[index].member_id`.
 */
export function parseCoresignalNotices(body: unknown): CoresignalNotice[] {
  const problems = new ProblemList();
  if (!Array.isArray(body)) {
    problems.add('body', 'must be a JSON array of change notices');
    problems.throwIfAny();
  }
  const items = body as unknown[];
  if (items.length === 0) problems.add('body', 'must hold at least one change notice');
  const notices: CoresignalNotice[] = [];
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (!isPlainObject(item)) {
      problems.add(`[${index}]`, 'must be an object {member_id, status, changed_fields}');
      return;
    }
    const memberId = idText(item.member_id, PERSON_ID_DIGITS);
    if (memberId === undefined) problems.add(`[${index}].member_id`, `must be a positive whole number of at most ${PERSON_ID_DIGITS} digits`);
    const status = item.status;
    if (!CORESIGNAL_STATUSES.includes(status as CoresignalStatus)) problems.add(`[${index}].status`, `must be one of ${CORESIGNAL_STATUSES.join(', ')}`);
    const changedFields = fieldList(item.changed_fields, `[${index}].changed_fields`, problems);
    if (memberId === undefined || !CORESIGNAL_STATUSES.includes(status as CoresignalStatus)) return;
    const identity = JSON.stringify([memberId, status, changedFields]);
    if (seen.has(identity)) return;
    seen.add(identity);
    notices.push({ index, memberId, status: status as CoresignalStatus, changedFields });
  });
  problems.throwIfAny();
  return notices;
}
