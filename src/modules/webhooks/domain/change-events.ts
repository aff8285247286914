import { COMPANY_ID_DIGITS, fieldList, idText, isPlainObject, PERSON_ID_DIGITS, ProblemList } from './delivery-problems.js';

/**
 * The signed form's body: a JSON array of normalised change events from internal producers (the seed's vocabulary;
 * Coresignal itself sends only notices). Each names its company:
 *   {"kind": "employee.added" | "employee.updated" | "employee.deleted", "companyId": "2001", "personId": "17", "changedFields": [...]?}
 *   {"kind": "company.updated", "companyId": "2001", "changedFields": [...]?}
 *   {"kind": "company.merged", "companyId": "2001", "mergedIntoCompanyId": "2002"}
 */
export const CHANGE_EVENT_KINDS = ['employee.added', 'employee.updated', 'employee.deleted', 'company.updated', 'company.merged'] as const;
export type ChangeEventKind = (typeof CHANGE_EVENT_KINDS)[number];

export interface ChangeEvent {
  index: number;
  kind: ChangeEventKind;
  companyId: string;
  personId?: string;
  mergedIntoCompanyId?: string;
  changedFields: string[] | null;
}

const FIELDS = new Set(['kind', 'companyId', 'personId', 'mergedIntoCompanyId', 'changedFields']);

/** Reads a parsed body strictly (producers are ours: an unknown field is an error). Throws a DeliveryShapeError. */
export function parseChangeEvents(body: unknown): ChangeEvent[] {
  const problems = new ProblemList();
  if (!Array.isArray(body)) {
    problems.add('body', 'must be a JSON array of change events');
    problems.throwIfAny();
  }
  const items = body as unknown[];
  if (items.length === 0) problems.add('body', 'must hold at least one change event');
  const events: ChangeEvent[] = [];
  items.forEach((item, index) => {
    const at = `[${index}]`;
    if (!isPlainObject(item)) {
      problems.add(at, 'must be an object {kind, companyId, personId?, mergedIntoCompanyId?, changedFields?}');
      return;
    }
    for (const key of Object.keys(item)) if (!FIELDS.has(key)) problems.add(`${at}.${key}`, 'is not a field of a change event');
    const kind = item.kind as ChangeEventKind;
    const known = CHANGE_EVENT_KINDS.includes(kind);
    if (!known) problems.add(`${at}.kind`, `must be one of ${CHANGE_EVENT_KINDS.join(', ')}`);
    const companyId = idText(item.companyId, COMPANY_ID_DIGITS);
    if (companyId === undefined) problems.add(`${at}.companyId`, `must be a company id: a positive whole number of at most ${COMPANY_ID_DIGITS} digits`);
    const employee = known && kind.startsWith('employee.');
    const personId = item.personId === undefined ? undefined : idText(item.personId, PERSON_ID_DIGITS);
    if (known && employee && item.personId === undefined) problems.add(`${at}.personId`, `is required for ${kind}`);
    else if (known && !employee && item.personId !== undefined) problems.add(`${at}.personId`, `is not allowed for ${kind}`);
    else if (item.personId !== undefined && personId === undefined) problems.add(`${at}.personId`, `must be a person id: a positive whole number of at most ${PERSON_ID_DIGITS} digits`);
    const mergedIntoCompanyId = item.mergedIntoCompanyId === undefined ? undefined : idText(item.mergedIntoCompanyId, COMPANY_ID_DIGITS);
    if (known && kind === 'company.merged' && item.mergedIntoCompanyId === undefined) problems.add(`${at}.mergedIntoCompanyId`, 'is required for company.merged');
    else if (known && kind !== 'company.merged' && item.mergedIntoCompanyId !== undefined) problems.add(`${at}.mergedIntoCompanyId`, `is not allowed for ${kind}`);
    else if (item.mergedIntoCompanyId !== undefined && mergedIntoCompanyId === undefined) problems.add(`${at}.mergedIntoCompanyId`, 'must be a company id');
    else if (mergedIntoCompanyId !== undefined && mergedIntoCompanyId === companyId) problems.add(`${at}.mergedIntoCompanyId`, 'must differ from companyId');
    const changedFields = fieldList(item.changedFields, `${at}.changedFields`, problems);
    if (!problems.empty || companyId === undefined) return;
    events.push({
      index,
      kind,
      companyId,
      ...(personId === undefined ? {} : { personId }),
      ...(mergedIntoCompanyId === undefined ? {} : { mergedIntoCompanyId }),
      changedFields,
    });
  });
  problems.throwIfAny();
  return events;
}
