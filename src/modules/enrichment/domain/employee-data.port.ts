import type { CompanySearchFilters, CompanySearchResult } from './company-search.js';
import type { CreditBudget } from './credit-budget.js';
import type { CompanyRecord, EmployeePreview, EmployeeRecord, ManagementLevel } from './coresignal-records.js';

/** How a caller names a company; any one field is enough, several narrow the match. */
export interface CompanyQuery {
  companyId?: string;
  linkedInUrl?: string;
  website?: string;
  name?: string;
}

export interface CompanyCandidate {
  company: CompanyRecord;
  /** 0–1: how well the candidate matches the query */
  score: number;
  /** why it matched, for people: "website northwind.example", "name similar to 'Nortwind'" */
  reason: string;
}

export type CompanyResolution =
  | { status: 'resolved'; company: CompanyRecord; matchedBy: 'id' | 'linkedin' | 'website' | 'name'; candidates: CompanyCandidate[] }
  | { status: 'ambiguous'; candidates: CompanyCandidate[] }
  | { status: 'not_found'; suggestions: CompanyCandidate[] };

/** Structured employee criteria; every provider turns them into its own query (SQL, Elasticsearch DSL). */
export interface EmployeeSearchCriteria {
  /** current employer; required: searches never span the whole universe */
  companyId: number;
  /** current title contains any of these phrases (case-insensitive, whole words) */
  titlePhrases?: string[];
  /** current title contains none of these phrases */
  excludeTitlePhrases?: string[];
  /** current department is one of these (Coresignal's department names) */
  departments?: string[];
  managementLevels?: ManagementLevel[];
  countries?: string[];
  decisionMakersOnly?: boolean;
  /** exact professional email */
  email?: string;
}

export interface CallContext {
  budget?: CreditBudget;
  signal?: AbortSignal;
  /**
   * Full employee and company records fetched before this instant are not good enough: a cache fetches them again
   * (and keeps the new copy). One fetched at or after it is used, so every caller naming the same instant (say, when a change notice
   * arrived) shares one purchase. Providers without a cache always answer fresh and ignore it.
   */
  freshSince?: Date;
}

export interface EmployeeSearchResult {
  /** ids of matching current employees (parent records, not deleted), up to `limit` */
  ids: number[];
  /** how many match in all: sizes a candidate pool without buying anything */
  total: number;
}

/**
 * Where employee and company data comes from: the local dataset or Coresignal. The discovery engine cannot tell
 * them apart. Every call that costs credits checks ctx.budget first and records what it spent there.
 */
export interface EmployeeDataProvider {
  readonly name: 'local' | 'coresignal';
  resolveCompany(query: CompanyQuery, ctx?: CallContext): Promise<CompanyResolution>;
  /** free: ids and a total */
  searchEmployees(criteria: EmployeeSearchCriteria, limit: number, ctx?: CallContext): Promise<EmployeeSearchResult>;
  /** partial records of the best matches, up to 20 per page; one preview call's price per page */
  previewEmployees(criteria: EmployeeSearchCriteria, page: number, ctx?: CallContext): Promise<EmployeePreview[]>;
  /** full records; one collect's price per record found; unknown ids are left out, not billed */
  collectEmployees(ids: number[], ctx?: CallContext): Promise<EmployeeRecord[]>;
  /** by the slug after /in/ in a LinkedIn profile URL */
  collectEmployeeByShorthand(shorthand: string, ctx?: CallContext): Promise<EmployeeRecord | undefined>;
  collectCompany(idOrShorthand: string, ctx?: CallContext): Promise<CompanyRecord | undefined>;
  enrichCompanyByWebsite(domain: string, ctx?: CallContext): Promise<CompanyRecord | undefined>;
  /**
   * Free: companies matching firmographic and growth filters (domain/company-search.ts), up to `limit` of them in
   * the provider's candidate order, with their growth signals as bands and whatever facts the provider has without
   * buying records (none but the id from Coresignal). Never spends credits.
   */
  searchCompanies(filters: CompanySearchFilters, limit: number, ctx?: CallContext): Promise<CompanySearchResult>;
  /** Free: the industry names company searches can match (for validating a request and suggesting close ones). */
  companyIndustries(ctx?: CallContext): Promise<string[]>;
  /** one cheap call that proves the provider answers and the key is valid */
  checkHealth(): Promise<{ ok: boolean; detail: string }>;
}

export const EMPLOYEE_DATA_PROVIDER = Symbol('EMPLOYEE_DATA_PROVIDER');

/** Records one preview page holds at most (Coresignal's page; the local dataset pages alike). */
export const PREVIEW_PAGE_SIZE = 20;
