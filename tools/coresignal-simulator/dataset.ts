import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { CompanyRecord, EmployeeRecord } from '../../src/modules/enrichment/domain/coresignal-records.js';

/**
 * What the simulator serves. Implementations: {@link InMemoryDataset} (arrays, or a JSON Lines file) and
 * UniverseDataset (./universe-dataset.ts, the deterministic demo universe, materialised lazily).
 */
export interface SimulatorDataset {
  companies(): readonly CompanyRecord[];
  company(id: number): CompanyRecord | undefined;
  /**
   * The company's current employees: every record whose active_experience_company_id is this company or that has an
   * experience with active_experience 1 at it (the simulator narrows searches on either form to these), by id.
   */
  employeesOf(companyId: number): readonly EmployeeRecord[];
  employee(id: number): EmployeeRecord | undefined;
  /** every employee, including any without a current employer (may be expensive) */
  allEmployees(): Iterable<EmployeeRecord>;
  /** optional: the employee whose professional_network_url has this slug after /in/ (else a scan of allEmployees) */
  employeeByShorthand?(slug: string): EmployeeRecord | undefined;
}

/** The slug after /in/ (employees) or /company/ (companies) in a LinkedIn-style URL, lower-cased. */
export function shorthandOf(url: string | null | undefined, marker: '/in/' | '/company/'): string | null {
  if (!url) return null;
  let at = url.indexOf(marker);
  if (at < 0) at = url.toLowerCase().indexOf(marker);
  if (at < 0) return null;
  const start = at + marker.length;
  let end = start;
  while (end < url.length && url[end] !== '/' && url[end] !== '?' && url[end] !== '#') end++;
  const slug = url.slice(start, end);
  if (slug === '') return null;
  if (!slug.includes('%')) return slug.toLowerCase();
  try {
    return decodeURIComponent(slug).toLowerCase();
  } catch {
    return slug.toLowerCase();
  }
}

/** `https://www.Example.com:443/about` → `example.com` */
export function normaliseDomain(website: string | null | undefined): string | null {
  if (!website) return null;
  let s = website.trim().toLowerCase();
  s = s.replace(/^[a-z][a-z0-9+.-]*:\/\//, '');
  s = s.split(/[/?#]/)[0] ?? '';
  s = s.replace(/:\d+$/, '').replace(/\.$/, '').replace(/^www\./, '');
  return s === '' ? null : s;
}

/** The companies an employee currently works at: active_experience_company_id and every active experience's. */
export function currentCompanies(e: EmployeeRecord): Set<number> {
  const ids = new Set<number>();
  if (typeof e.active_experience_company_id === 'number') ids.add(e.active_experience_company_id);
  if (Array.isArray(e.experience)) {
    for (const x of e.experience) if (x && x.active_experience === 1 && typeof x.company_id === 'number') ids.add(x.company_id);
  }
  return ids;
}

/** Lookups by shorthand / website, built lazily over any dataset. */
export class DatasetLookups {
  private companySlugs: Map<string, number> | null = null;
  private websites: Map<string, number> | null = null;
  private employeeSlugs: Map<string, number> | null = null;

  constructor(readonly dataset: SimulatorDataset) {}

  companyByShorthand(slug: string): CompanyRecord | undefined {
    if (!this.companySlugs) {
      this.companySlugs = new Map();
      for (const c of this.dataset.companies()) {
        const s = shorthandOf(c.linkedin_url, '/company/');
        if (s !== null && !this.companySlugs.has(s)) this.companySlugs.set(s, c.id);
      }
    }
    const id = this.companySlugs.get(slug.toLowerCase());
    return id === undefined ? undefined : this.dataset.company(id);
  }

  companyByWebsite(website: string): CompanyRecord | undefined {
    if (!this.websites) {
      this.websites = new Map();
      for (const c of this.dataset.companies()) {
        const d = normaliseDomain(c.website);
        if (d !== null && !this.websites.has(d)) this.websites.set(d, c.id);
      }
    }
    const d = normaliseDomain(website);
    const id = d === null ? undefined : this.websites.get(d);
    return id === undefined ? undefined : this.dataset.company(id);
  }

  employeeByShorthand(slug: string): EmployeeRecord | undefined {
    if (this.dataset.employeeByShorthand) return this.dataset.employeeByShorthand(slug);
    if (!this.employeeSlugs) {
      const slugs = new Map<string, number>();
      for (const e of this.dataset.allEmployees()) {
        const s = shorthandOf(e.professional_network_url, '/in/');
        if (s !== null && !slugs.has(s)) slugs.set(s, e.id);
      }
      this.employeeSlugs = slugs;
    }
    const id = this.employeeSlugs.get(slug.toLowerCase());
    return id === undefined ? undefined : this.dataset.employee(id);
  }
}

/** A dataset over arrays held in memory (tests, and `--file`). */
export class InMemoryDataset implements SimulatorDataset {
  private readonly companyList: CompanyRecord[];
  private readonly companyById = new Map<number, CompanyRecord>();
  private readonly employeeList: EmployeeRecord[];
  private readonly employeeById = new Map<number, EmployeeRecord>();
  private readonly byCompany = new Map<number, EmployeeRecord[]>();

  constructor(companies: readonly CompanyRecord[], employees: readonly EmployeeRecord[]) {
    this.companyList = [...companies].sort((a, b) => a.id - b.id);
    for (const c of this.companyList) this.companyById.set(c.id, c);
    this.employeeList = [...employees].sort((a, b) => a.id - b.id);
    for (const e of this.employeeList) {
      this.employeeById.set(e.id, e);
      for (const companyId of currentCompanies(e)) {
        const list = this.byCompany.get(companyId) ?? [];
        list.push(e);
        this.byCompany.set(companyId, list);
      }
    }
  }

  companies(): readonly CompanyRecord[] {
    return this.companyList;
  }

  company(id: number): CompanyRecord | undefined {
    return this.companyById.get(id);
  }

  employeesOf(companyId: number): readonly EmployeeRecord[] {
    return this.byCompany.get(companyId) ?? [];
  }

  employee(id: number): EmployeeRecord | undefined {
    return this.employeeById.get(id);
  }

  allEmployees(): Iterable<EmployeeRecord> {
    return this.employeeList;
  }
}

/**
 * Reads a JSON Lines file of records, one per line, companies and employees mixed. A line is an employee when it
 * has `full_name` or an `experience` array, a company when it has `company_name`; an explicit
 * `"_dataset": "company_multi_source" | "employee_multi_source"` wins (and is removed). Blank lines are skipped.
 */
export async function loadJsonLinesDataset(file: string): Promise<InMemoryDataset> {
  const companies: CompanyRecord[] = [];
  const employees: EmployeeRecord[] = [];
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new Error(`${file}:${n}: not JSON (${(error as Error).message})`);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      throw new Error(`${file}:${n}: expected a JSON object`);
    }
    const record = value as Record<string, unknown>;
    const dataset = record._dataset;
    delete record._dataset;
    if (typeof record.id !== 'number' || !Number.isInteger(record.id)) {
      throw new Error(`${file}:${n}: a record needs an integer "id"`);
    }
    const isEmployee =
      dataset === 'employee_multi_source' ||
      (dataset === undefined && (typeof record.full_name === 'string' || Array.isArray(record.experience)));
    const isCompany = dataset === 'company_multi_source' || (dataset === undefined && typeof record.company_name === 'string');
    if (isEmployee) employees.push(record as unknown as EmployeeRecord);
    else if (isCompany) companies.push(record as unknown as CompanyRecord);
    else throw new Error(`${file}:${n}: cannot tell whether this record is a company or an employee`);
  }
  return new InMemoryDataset(companies, employees);
}
