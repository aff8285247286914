/** A delivery body that is not what its form promises: every wrong field named, as the HTTP layer reports them. */
export interface FieldProblem {
  field: string;
  problems: string[];
}

/** At most this many fields are named; a body wrong everywhere is not worth a megabyte of answer. */
const MAX_REPORTED = 20;

export class DeliveryShapeError extends Error {
  constructor(readonly fields: FieldProblem[]) {
    const shown = fields.slice(0, MAX_REPORTED);
    const more = fields.length > shown.length ? ` | ... and ${fields.length - shown.length} more` : '';
    super(shown.map((field) => `${field.field}: ${field.problems.join('; ')}`).join(' | ') + more);
    this.name = 'DeliveryShapeError';
  }
}

/** Collects problems while a body is read, then throws them all at once. */
export class ProblemList {
  private readonly fields: FieldProblem[] = [];

  add(field: string, problem: string): void {
    const existing = this.fields.find((entry) => entry.field === field);
    if (existing) existing.problems.push(problem);
    else this.fields.push({ field, problems: [problem] });
  }

  get empty(): boolean {
    return this.fields.length === 0;
  }

  throwIfAny(): void {
    if (this.fields.length > 0) throw new DeliveryShapeError(this.fields);
  }
}

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * A provider id: a positive whole number, as a JSON number or as decimal text of at most `digits` digits (person
 * ids 15, company ids 18: what the consumers of provider.changes accept). Returned as decimal text.
 */
export function idText(value: unknown, digits: number): string | undefined {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0 && String(value).length <= digits ? String(value) : undefined;
  if (typeof value === 'string' && new RegExp(`^[1-9]\\d{0,${digits - 1}}$`).test(value)) return value;
  return undefined;
}

export const PERSON_ID_DIGITS = 15;
export const COMPANY_ID_DIGITS = 18;

/** `changed_fields` / `changedFields`: null, absent, or up to 200 non-empty strings of up to 200 characters. */
export function fieldList(value: unknown, field: string, problems: ProblemList): string[] | null {
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value) || value.length > 200 || value.some((entry) => typeof entry !== 'string' || entry === '' || entry.length > 200)) {
    problems.add(field, 'must be null or a list of up to 200 field names (non-empty strings of up to 200 characters)');
    return null;
  }
  return value as string[];
}
