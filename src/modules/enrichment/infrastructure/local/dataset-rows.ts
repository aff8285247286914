import type { Database, Em } from '../../../../shared/database/database.js';
import { sqlQuery } from '../../../../shared/database/sql.js';
import type { CompanyRecord, EmployeeRecord } from '../../domain/coresignal-records.js';
import { normaliseCompanyName } from '../../domain/company-name-similarity.js';
import { titleTokenColumn, tryCompanyShorthand, tryDomain, tryEmail, tryProfileShorthand } from './dataset-keys.js';

export type DatasetSource = 'demo' | 'import';

/** Advisory-lock namespace (first key of pg_advisory_xact_lock(int, int)): "BGD1". */
export const DATASET_LOCK_NAMESPACE = 0x42474431;
/** Second keys below the first company id: whole-dataset operations. */
export const LOCK_COMPANIES = 1;
export const LOCK_MOVERS = 2;

/** Rows per bulk statement: a few MB of JSON per round trip. */
export const EMPLOYEE_BATCH = 2_000;
export const COMPANY_BATCH = 1_000;

const flag = (v: unknown, fallback: 0 | 1): 0 | 1 => (v === 1 || v === true ? 1 : v === 0 || v === false ? 0 : fallback);
const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
const int = (v: unknown): number | null => (typeof v === 'number' && Number.isSafeInteger(v) ? v : null);

export interface EmployeeRow {
  id: number;
  /** null when `recordJson` carries it (imports keep the line's text, not its object graph) */
  record: EmployeeRecord | null;
  recordJson?: string;
  parent_id: number | null;
  is_parent: 0 | 1;
  is_deleted: 0 | 1;
  is_working: 0 | 1;
  is_decision_maker: 0 | 1;
  company_id: number | null;
  title_tokens: string | null;
  department: string | null;
  management_level: string | null;
  location_country: string | null;
  email: string | null;
  linkedin_shorthand: string | null;
  full_name: string | null;
  source: DatasetSource;
}

/** The current employer: active_experience_company_id, else the first active experience's company. */
export function currentCompanyOf(e: EmployeeRecord): number | null {
  const direct = int(e.active_experience_company_id);
  if (direct !== null) return direct;
  if (Array.isArray(e.experience)) {
    for (const x of e.experience) if (x && x.active_experience === 1 && int(x.company_id) !== null) return x.company_id;
  }
  return null;
}

export function employeeRow(e: EmployeeRecord, source: DatasetSource): EmployeeRow {
  const companyId = currentCompanyOf(e);
  const parentId = int(e.parent_id);
  return {
    id: e.id,
    record: e,
    parent_id: parentId,
    // a record without flags is a live main profile (bulk files normally carry them)
    is_parent: flag(e.is_parent, parentId === null || parentId === e.id ? 1 : 0),
    is_deleted: flag(e.is_deleted, 0),
    is_working: flag(e.is_working, companyId === null ? 0 : 1),
    is_decision_maker: flag(e.is_decision_maker, 0),
    company_id: companyId,
    title_tokens: titleTokenColumn(text(e.active_experience_title)),
    department: text(e.active_experience_department),
    management_level: text(e.active_experience_management_level),
    location_country: text(e.location_country),
    email: tryEmail(e.primary_professional_email),
    linkedin_shorthand: tryProfileShorthand(e.professional_network_url),
    full_name: text(e.full_name),
    source,
  };
}

export interface CompanyRow {
  id: number;
  record: CompanyRecord | null;
  recordJson?: string;
  name: string;
  name_norm: string;
  domain: string | null;
  linkedin_shorthand: string | null;
  industry: string | null;
  employees_count: number | null;
  hq_country: string | null;
  source: DatasetSource;
}

export function companyRow(c: CompanyRecord, source: DatasetSource): CompanyRow {
  const name = text(c.company_name) ?? String(c.id);
  return {
    id: c.id,
    record: c,
    name,
    name_norm: normaliseCompanyName(name),
    domain: tryDomain(c.website),
    linkedin_shorthand: tryCompanyShorthand(c.linkedin_url),
    industry: text(c.industry),
    employees_count: int(c.employees_count),
    hq_country: text(c.hq_country),
    source,
  };
}

const EMPLOYEE_COLUMNS =
  'id, record, parent_id, is_parent, is_deleted, is_working, is_decision_maker, company_id, title_tokens, department, ' +
  'management_level, location_country, email, linkedin_shorthand, full_name, source';
const EMPLOYEE_TYPES =
  'id bigint, record jsonb, parent_id bigint, is_parent smallint, is_deleted smallint, is_working smallint, ' +
  'is_decision_maker smallint, company_id bigint, title_tokens text, department text, management_level text, ' +
  'location_country text, email text, linkedin_shorthand text, full_name text, source text';
const COMPANY_COLUMNS = 'id, record, name, name_norm, domain, linkedin_shorthand, industry, employees_count, hq_country, source';
const COMPANY_TYPES =
  'id bigint, record jsonb, name text, name_norm text, domain text, linkedin_shorthand text, industry text, ' +
  'employees_count integer, hq_country text, source text';

/** Timestamps that change on every refresh of an otherwise identical record: ignored when deciding "updated". */
const VOLATILE = `'{updated_at,checked_at,last_updated_at}'::text[]`;

/** The rows as one JSON array; a row's `recordJson` is spliced in verbatim (it is already valid JSON). */
export function rowsToJson(rows: readonly (EmployeeRow | CompanyRow)[]): string {
  const parts: string[] = [];
  for (const row of rows) {
    const { record, recordJson, ...columns } = row;
    const head = JSON.stringify(columns);
    parts.push(`${head.slice(0, -1)},"record":${recordJson ?? JSON.stringify(record)}}`);
  }
  return `[${parts.join(',')}]`;
}

function setAll(columns: string): string {
  return columns
    .split(', ')
    .filter((c) => c !== 'id')
    .map((c) => `${c} = excluded.${c}`)
    .join(', ');
}

/** Inserts demo rows; rows whose id exists (imported or already materialised) are left alone. Returns rows added. */
export async function insertEmployeesIfAbsent(em: Em, rows: readonly EmployeeRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const [result] = await sqlQuery<{ n: number }>(
    em,
    `with ins as (
       insert into dataset_employees (${EMPLOYEE_COLUMNS})
       select ${EMPLOYEE_COLUMNS} from jsonb_to_recordset(?::jsonb) as r(${EMPLOYEE_TYPES})
       on conflict (id) do nothing
       returning 1)
     select count(*)::int as n from ins`,
    [rowsToJson(rows)],
  );
  return result?.n ?? 0;
}

export async function insertCompaniesIfAbsent(em: Em, rows: readonly CompanyRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const [result] = await sqlQuery<{ n: number }>(
    em,
    `with ins as (
       insert into dataset_companies (${COMPANY_COLUMNS})
       select ${COMPANY_COLUMNS} from jsonb_to_recordset(?::jsonb) as r(${COMPANY_TYPES})
       on conflict (id) do nothing
       returning 1)
     select count(*)::int as n from ins`,
    [rowsToJson(rows)],
  );
  return result?.n ?? 0;
}

export interface UpsertCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

/**
 * Upserts imported rows by id (rows must have distinct ids): new ids are inserted, changed records replace the
 * stored ones (also demo rows: an import wins), identical records (apart from refresh timestamps) are left alone.
 */
export async function upsertImported(em: Em, kind: 'employee' | 'company', rows: readonly (EmployeeRow | CompanyRow)[]): Promise<UpsertCounts> {
  if (rows.length === 0) return { inserted: 0, updated: 0, unchanged: 0 };
  const [table, columns, types] =
    kind === 'employee' ? ['dataset_employees', EMPLOYEE_COLUMNS, EMPLOYEE_TYPES] : ['dataset_companies', COMPANY_COLUMNS, COMPANY_TYPES];
  const [result] = await sqlQuery<{ inserted: number; updated: number }>(
    em,
    `with up as (
       insert into ${table} as t (${columns})
       select ${columns} from jsonb_to_recordset(?::jsonb) as r(${types})
       on conflict (id) do update set ${setAll(columns)}, updated_at = now()
       where t.source <> 'import' or (t.record - ${VOLATILE}) is distinct from (excluded.record - ${VOLATILE})
       returning (xmax = 0) as inserted)
     select (count(*) filter (where inserted))::int as inserted, (count(*) filter (where not inserted))::int as updated from up`,
    [rowsToJson(rows)],
  );
  const inserted = result?.inserted ?? 0;
  const updated = result?.updated ?? 0;
  return { inserted, updated, unchanged: rows.length - inserted - updated };
}

/** Rows written at once from which the planner's statistics are refreshed straight away. */
const ANALYZE_AFTER_ROWS = 1_000;

/**
 * After a large write, refreshes the planner's statistics of the dataset tables. Autovacuum would do it within a
 * minute or so, but until then a company loaded a moment ago looks empty to the planner, which then reads every row
 * of the company instead of using the (company, department, level) index: 30 ms a search instead of 1.
 */
export async function refreshPlannerStatistics(db: Database, rowsWritten: number): Promise<void> {
  if (rowsWritten < ANALYZE_AFTER_ROWS) return;
  await sqlQuery(db.em.fork(), 'analyze dataset_employees, dataset_companies');
}
