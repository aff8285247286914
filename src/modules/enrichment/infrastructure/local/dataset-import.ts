import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { StringDecoder } from 'node:string_decoder';
import type { Database } from '../../../../shared/database/database.js';
import { sqlQuery } from '../../../../shared/database/sql.js';
import { parseCsvRecord } from '../../../../shared/csv/csv.js';
import { normaliseCompanyName } from '../../domain/company-name-similarity.js';
import { companyRecordOf, type CompanyRecord, type EmployeeRecord } from '../../domain/coresignal-records.js';
import { tryEmail, tryProfileShorthand } from './dataset-keys.js';
import {
  companyRow,
  employeeRow,
  insertCompaniesIfAbsent,
  upsertImported,
  type CompanyRow,
  type EmployeeRow,
  type UpsertCounts,
  refreshPlannerStatistics,
} from './dataset-rows.js';

/**
 * Ids synthesised for CSV rows (and the companies they create): SYNTHETIC_ID_BASE + 52 bits of SHA-256 of a stable
 * key, i.e. [2^52, 2^53). Demo-universe ids stay below ~1.2e10 and Coresignal's below 2^32, so they never collide;
 * all stay safe JavaScript integers. Stable keys make re-imports update rather than duplicate.
 */
export const SYNTHETIC_ID_BASE = 2 ** 52;

export function syntheticId(key: string): number {
  const digest = createHash('sha256').update(key).digest();
  // 52 bits: 6 bytes + the high nibble of the seventh
  const high = digest.readUIntBE(0, 6);
  const low = digest[6]! >> 4;
  return SYNTHETIC_ID_BASE + high * 16 + low;
}

export type ImportFormat = 'jsonl' | 'csv';
export type RecordKind = 'employee' | 'company';

export interface ImportProgress {
  bytesRead: number;
  totalBytes: number;
  linesRead: number;
}

export interface ImportOptions {
  /** default: by extension (.csv → csv, anything else → jsonl) */
  format?: ImportFormat;
  /** JSON Lines only: the kind of every line, or 'auto' (default) to tell each line by its fields */
  kind?: RecordKind | 'auto';
  /** rows per upsert statement (default 1,000) */
  batchSize?: number;
  /** rejected lines listed in the report (all are counted; default 100) */
  maxRejectedListed?: number;
  /** called after every batch and at the end */
  onProgress?: (progress: ImportProgress) => void;
}

export interface ImportReport {
  format: ImportFormat;
  linesRead: number;
  /** new records */
  imported: number;
  /** records that replaced a stored one with different content */
  updated: number;
  /** records identical to the stored ones (apart from refresh timestamps) */
  unchanged: number;
  /** CSV: companies created because no company had that name */
  companiesCreated: number;
  rejectedCount: number;
  /** the first `maxRejectedListed` rejected lines */
  rejected: { line: number; reason: string }[];
  bytesRead: number;
  elapsedMs: number;
}

/** The file cannot be imported at all (unreadable, a CSV without the required header). */
export class DatasetImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DatasetImportError';
  }
}

class Rejections {
  count = 0;
  readonly listed: { line: number; reason: string }[] = [];
  constructor(private readonly max: number) {}
  add(line: number, reason: string): void {
    this.count++;
    if (this.listed.length < this.max) this.listed.push({ line, reason: reason.length > 300 ? `${reason.slice(0, 297)}...` : reason });
  }
}

/** A batch of rows of one kind with the line each came from; a repeated id flushes first (the later line wins). */
class Batch<R extends { id: number }> {
  rows: R[] = [];
  lines: number[] = [];
  ids = new Set<number>();
  has(id: number): boolean {
    return this.ids.has(id);
  }
  add(row: R, line: number): void {
    this.rows.push(row);
    this.lines.push(line);
    this.ids.add(row.id);
  }
  take(): { rows: R[]; lines: number[] } {
    const out = { rows: this.rows, lines: this.lines };
    this.rows = [];
    this.lines = [];
    this.ids = new Set();
    return out;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function positiveId(value: unknown): number | null {
  const n = typeof value === 'string' && /^\d{1,16}$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) && n > 0 ? n : null;
}

/** Tells an employee_multi_source line from a company_multi_source one by their identifying fields. */
export function detectKind(record: Record<string, unknown>): RecordKind | null {
  const employee = 'full_name' in record || 'experience' in record || 'active_experience_title' in record || 'parent_id' in record;
  const company = 'company_name' in record && !employee;
  return employee ? 'employee' : company ? 'company' : null;
}

/**
 * Checks a parsed line and returns the row to store (holding the line's text rather than the parsed object, so a
 * batch costs its bytes, not an object graph the garbage collector would promote), or the reason it is rejected.
 */
function rowOfLine(line: string, value: unknown, kind: RecordKind | 'auto'): EmployeeRow | CompanyRow | string {
  const row = rowOfRecord(value, kind);
  if (typeof row === 'string') return row;
  if (isObject(value) && value.id === row.id) {
    row.recordJson = line;
    row.record = null;
  }
  return row;
}

function rowOfRecord(value: unknown, kind: RecordKind | 'auto'): EmployeeRow | CompanyRow | string {
  if (!isObject(value)) return 'not a JSON object';
  const k = kind === 'auto' ? detectKind(value) : kind;
  if (k === null) return 'neither an employee (full_name) nor a company (company_name) record';
  const id = positiveId(value.id);
  if (id === null) return `id must be a positive whole number, got ${JSON.stringify(value.id)}`;
  if (k === 'employee') {
    if (typeof value.full_name !== 'string' || value.full_name.trim() === '') return 'employee record without full_name';
    if (value.experience !== undefined && value.experience !== null && !Array.isArray(value.experience)) return 'experience must be a list';
    return employeeRow({ ...(value as unknown as EmployeeRecord), id }, 'import');
  }
  if (typeof value.company_name !== 'string' || value.company_name.trim() === '') return 'company record without company_name';
  return companyRow({ ...(value as unknown as CompanyRecord), id }, 'import');
}

/**
 * Streams a file into the local dataset with bounded memory: lines are read one at a time (readline over a file
 * stream, which pauses the stream while a batch is being written), batched, and upserted by id. Idempotent: a
 * re-import updates changed records and leaves identical ones alone; imported rows are never touched by the demo
 * generator. Malformed lines are rejected with their line number; every good line is kept (a batch the database
 * refuses is retried row by row so only the offending rows are rejected).
 *
 * Formats:
 * - JSON Lines of Coresignal employee_multi_source and/or company_multi_source records (bulk-collect files);
 * - CSV with a header naming the columns company, name, title, email, linkedin_url (company and name required; any
 *   order, extra columns ignored). Each row becomes an employee of the company with that name (matched on the
 *   normalised name, imported companies first), created when none exists; ids are synthesised (see syntheticId)
 *   from the LinkedIn shorthand, else the email, else company + name.
 */
export async function importDataset(db: Database, file: string, options: ImportOptions = {}): Promise<ImportReport> {
  const started = Date.now();
  let totalBytes: number;
  try {
    totalBytes = (await stat(file)).size;
  } catch (error) {
    throw new DatasetImportError(`cannot read ${file}: ${(error as Error).message}`);
  }
  const format: ImportFormat = options.format ?? (/\.csv$/i.test(file) ? 'csv' : 'jsonl');
  const batchSize = Math.max(1, options.batchSize ?? 1_000);
  const rejections = new Rejections(options.maxRejectedListed ?? 100);
  const counts: UpsertCounts & { companiesCreated: number } = { inserted: 0, updated: 0, unchanged: 0, companiesCreated: 0 };

  const stream = createReadStream(file, { highWaterMark: 256 * 1024 });
  let bytesRead = 0;
  const lines = readLines(stream, (n) => (bytesRead += n));
  let lineNo = 0;
  const progress = (): void => options.onProgress?.({ bytesRead, totalBytes, linesRead: lineNo });

  const writer = new BatchWriter(db, counts, rejections);
  try {
    if (format === 'jsonl') {
      const employees = new Batch<EmployeeRow>();
      const companies = new Batch<CompanyRow>();
      const kind = options.kind ?? 'auto';
      for await (const line of lines) {
        lineNo++;
        if (line.trim() === '') continue;
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch (error) {
          rejections.add(lineNo, `invalid JSON: ${(error as Error).message}`);
          continue;
        }
        if (line.includes('\\u0000')) {
          rejections.add(lineNo, 'contains a NUL character (\\u0000), which PostgreSQL cannot store');
          continue;
        }
        const row = rowOfLine(line, value, kind);
        if (typeof row === 'string') {
          rejections.add(lineNo, row);
          continue;
        }
        const kindOfRow: RecordKind = 'name_norm' in row ? 'company' : 'employee';
        const batch = (kindOfRow === 'company' ? companies : employees) as Batch<EmployeeRow | CompanyRow>;
        if (batch.has(row.id)) await writer.write(kindOfRow, batch.take());
        batch.add(row, lineNo);
        if (batch.rows.length >= batchSize) {
          await writer.write(kindOfRow, batch.take());
          progress();
        }
      }
      // companies first: a file's employees may name them
      await writer.write('company', companies.take());
      await writer.write('employee', employees.take());
    } else {
      await importCsv(lines, () => ++lineNo, batchSize, writer, rejections, progress);
    }
  } finally {
    stream.destroy();
  }
  progress();
  await refreshPlannerStatistics(db, counts.inserted + counts.updated);
  return {
    format,
    linesRead: lineNo,
    imported: counts.inserted,
    updated: counts.updated,
    unchanged: counts.unchanged,
    companiesCreated: counts.companiesCreated,
    rejectedCount: rejections.count,
    rejected: rejections.listed,
    bytesRead,
    elapsedMs: Date.now() - started,
  };
}

/**
 * The lines of a stream (LF or CRLF), pulled one chunk at a time: the stream reads ahead at most one chunk
 * (highWaterMark) while the consumer is busy, so memory stays bounded by a chunk, the longest line and a batch.
 * (readline's async iterator keeps reading while lines queue up.)
 */
const MAX_LINE_CHARS = 64_000_000;

async function* readLines(stream: AsyncIterable<Buffer>, onBytes: (n: number) => void): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of stream) {
    onBytes(chunk.length);
    const text = rest + decoder.write(chunk);
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      const end = nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      yield text.slice(start, end);
      start = nl + 1;
    }
    rest = text.slice(start);
    if (rest.length > MAX_LINE_CHARS) throw new DatasetImportError(`a line is longer than ${MAX_LINE_CHARS / 1e6} million characters`);
  }
  rest += decoder.end();
  if (rest !== '') yield rest.endsWith('\r') ? rest.slice(0, -1) : rest;
}

class BatchWriter {
  constructor(
    private readonly db: Database,
    private readonly counts: UpsertCounts & { companiesCreated: number },
    private readonly rejections: Rejections,
  ) {}

  async write(kind: RecordKind, batch: { rows: (EmployeeRow | CompanyRow)[]; lines: number[] }): Promise<void> {
    if (batch.rows.length === 0) return;
    try {
      this.add(await upsertImported(this.db.em.fork(), kind, batch.rows));
    } catch {
      // find the rows the database refuses; keep every other one
      for (let i = 0; i < batch.rows.length; i++) {
        try {
          this.add(await upsertImported(this.db.em.fork(), kind, [batch.rows[i]!]));
        } catch (error) {
          this.rejections.add(batch.lines[i]!, `refused by the database: ${(error as Error).message}`);
        }
      }
    }
  }

  private add(c: UpsertCounts): void {
    this.counts.inserted += c.inserted;
    this.counts.updated += c.updated;
    this.counts.unchanged += c.unchanged;
  }

  async createCompanies(rows: CompanyRow[]): Promise<void> {
    if (rows.length > 0) this.counts.companiesCreated += await insertCompaniesIfAbsent(this.db.em.fork(), rows);
  }

  /** Company ids by normalised name (imported companies first, then the larger one, then the lowest id). */
  async companiesByName(norms: string[]): Promise<Map<string, { id: number; name: string }>> {
    if (norms.length === 0) return new Map();
    const rows = await sqlQuery<{ name_norm: string; id: string; name: string }>(
      this.db.em.fork(),
      `select distinct on (name_norm) name_norm, id::text as id, name from dataset_companies
       where name_norm = any(?::text[])
       order by name_norm, (source = 'import') desc, employees_count desc nulls last, id`,
      [norms],
    );
    return new Map(rows.map((r) => [r.name_norm, { id: Number(r.id), name: r.name }]));
  }
}

// ------------------------------------------------------------------------------------------------------- CSV

// the CSV record splitter is shared (src/shared/csv): the V1 migration reads CSV exports with it too
export { parseCsvRecord };

interface CsvRow {
  line: number;
  company: string;
  companyNorm: string;
  name: string;
  title: string | null;
  email: string | null;
  linkedinUrl: string | null;
  shorthand: string | null;
}

type CsvColumn = 'company' | 'name' | 'title' | 'email' | 'linkedin_url';
const MAX_CSV_RECORD_LINES = 50;

async function importCsv(
  lines: AsyncIterable<string>,
  nextLine: () => number,
  batchSize: number,
  writer: BatchWriter,
  rejections: Rejections,
  progress: () => void,
): Promise<void> {
  let columns: Record<CsvColumn, number> | null = null;
  let pending: { text: string; line: number; parts: number } | null = null;
  let batch: CsvRow[] = [];
  const companyCache = new Map<string, { id: number; name: string }>();
  const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

  const flush = async (): Promise<void> => {
    const rows = batch;
    batch = [];
    if (rows.length === 0) return;
    const unknown = [...new Set(rows.map((r) => r.companyNorm).filter((n) => !companyCache.has(n)))];
    for (const [norm, hit] of await writer.companiesByName(unknown)) companyCache.set(norm, hit);
    const created: CompanyRow[] = [];
    for (const r of rows) {
      if (companyCache.has(r.companyNorm)) continue;
      const company = newCompany(syntheticId(`company:${r.companyNorm}`), r.company, now);
      created.push(companyRow(company, 'import'));
      companyCache.set(r.companyNorm, { id: company.id, name: company.company_name });
    }
    await writer.createCompanies(created);
    const employees = new Batch<EmployeeRow>();
    for (const r of rows) {
      const company = companyCache.get(r.companyNorm)!;
      const key = r.shorthand ?? r.email ?? `${r.companyNorm}|${r.name.toLowerCase().replace(/\s+/g, ' ')}`;
      const row = employeeRow(newEmployee(syntheticId(`employee:${key}`), r, company, now), 'import');
      if (employees.has(row.id)) await writer.write('employee', employees.take());
      employees.add(row, r.line);
    }
    await writer.write('employee', employees.take());
    if (companyCache.size > 100_000) companyCache.clear();
    progress();
  };

  for await (const physical of lines) {
    const lineNo = nextLine();
    let text = physical;
    let startLine = lineNo;
    if (pending) {
      text = `${pending.text}\n${physical}`;
      startLine = pending.line;
    }
    const fields = parseCsvRecord(text);
    if (fields === null) {
      const parts: number = (pending?.parts ?? 0) + 1;
      if (parts >= MAX_CSV_RECORD_LINES) {
        rejections.add(startLine, `unterminated quoted field (gave up after ${parts} lines)`);
        pending = null;
      } else {
        pending = { text, line: startLine, parts };
      }
      continue;
    }
    pending = null;
    if (columns === null) {
      const header = fields.map((f) => f.replace(/^\uFEFF/, '').trim().toLowerCase().replace(/[\s-]+/g, '_'));
      const index = (name: string): number => header.indexOf(name);
      if (index('company') < 0 || index('name') < 0) {
        throw new DatasetImportError(`line ${startLine}: the CSV header must name the columns company and name (and may name title, email, linkedin_url); got ${JSON.stringify(physical)}`);
      }
      columns = { company: index('company'), name: index('name'), title: index('title'), email: index('email'), linkedin_url: index('linkedin_url') };
      continue;
    }
    if (fields.every((f) => f === '')) continue;
    const get = (c: CsvColumn): string => (columns![c] >= 0 ? (fields[columns![c]] ?? '') : '').replace(/\s+/g, ' ').trim();
    const company = get('company');
    const name = get('name');
    const companyNorm = normaliseCompanyName(company);
    if (company === '' || companyNorm === '') {
      rejections.add(startLine, 'company is empty');
      continue;
    }
    if (name === '' || !/[\p{L}\p{N}]/u.test(name)) {
      rejections.add(startLine, 'name is empty');
      continue;
    }
    const rawEmail = get('email');
    const email = rawEmail === '' ? null : tryEmail(rawEmail);
    if (rawEmail !== '' && email === null) {
      rejections.add(startLine, `not a valid email address: ${JSON.stringify(rawEmail)}`);
      continue;
    }
    const rawUrl = get('linkedin_url');
    const shorthand = rawUrl === '' ? null : tryProfileShorthand(rawUrl);
    if (rawUrl !== '' && shorthand === null) {
      rejections.add(startLine, `not a LinkedIn profile URL (linkedin.com/in/...): ${JSON.stringify(rawUrl)}`);
      continue;
    }
    batch.push({
      line: startLine,
      company,
      companyNorm,
      name,
      title: get('title') || null,
      email,
      linkedinUrl: shorthand === null ? null : `https://www.linkedin.com/in/${shorthand}`,
      shorthand,
    });
    if (batch.length >= batchSize) await flush();
  }
  if (pending) rejections.add(pending.line, 'unterminated quoted field at the end of the file');
  if (columns === null) throw new DatasetImportError('the CSV file is empty: no header line');
  await flush();
}

function newCompany(id: number, name: string, now: string): CompanyRecord {
  return companyRecordOf({ id, company_name: name, last_updated_at: now });
}

function newEmployee(id: number, r: CsvRow, company: { id: number; name: string }, now: string): EmployeeRecord {
  const parts = r.name.split(' ');
  const first = parts.length > 1 ? parts.slice(0, -1).join(' ') : r.name;
  const last = parts.length > 1 ? parts[parts.length - 1]! : '';
  return {
    id,
    parent_id: id,
    full_name: r.name,
    first_name: first,
    last_name: last,
    headline: r.title,
    summary: null,
    picture_url: null,
    professional_network_url: r.linkedinUrl,
    location_full: null,
    location_country: null,
    location_city: null,
    is_working: 1,
    is_decision_maker: 0,
    is_deleted: 0,
    is_parent: 1,
    active_experience_company_id: company.id,
    active_experience_title: r.title,
    active_experience_department: null,
    active_experience_management_level: null,
    primary_professional_email: r.email,
    primary_professional_email_status: null,
    professional_emails_collection: [],
    inferred_skills: [],
    connections_count: null,
    followers_count: null,
    total_experience_duration_months: null,
    updated_at: now,
    checked_at: now,
    experience_change_last_identified_at: null,
    experience: [
      {
        active_experience: 1,
        position_title: r.title ?? '',
        department: null,
        management_level: null,
        company_id: company.id,
        company_name: company.name,
        company_website: null,
        company_linkedin_url: null,
        company_industry: null,
        company_employees_count: null,
        date_from: null,
        date_to: null,
        duration_months: null,
        order_in_profile: 1,
      },
    ],
  };
}
