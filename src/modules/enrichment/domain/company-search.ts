/**
 * Company search (the market filter of the optimal buyer search): structured firmographic and growth filters that
 * every provider turns into its own query — SQL over dataset_companies, Elasticsearch DSL over Coresignal's
 * company_multi_source (a free search) — and the growth signals each match is reported with.
 *
 * Signals are **bands**, not raw values, because a band is what a provider can learn for free: Coresignal's company
 * search returns ids only, so the adapter learns a company's headcount-growth band by running one free search per
 * band and seeing which ids come back. The local dataset reads the exact values and maps them to the same bands with
 * the same thresholds (below), so both providers report the same signals for the same company, and a score built
 * on them ranks identically whichever provider answered. Exact values are reported too when a provider has them
 * for free (the local dataset), for people to read.
 *
 * Field semantics follow Coresignal's (CORESIGNAL.md, "Company record"): industry / hq_country / technologies_used
 * compare whole values case-insensitively (like the simulator's `terms`); numbers may be JSON numbers or numeric
 * strings; funding dates compare by calendar day (UTC).
 */
import type { CompanyRecord } from './coresignal-records.js';
import { ProviderInputError } from './provider-errors.js';
import { cleanFilterList } from './filter-list.js';

export interface CompanySearchFilters {
  /** industry is one of these (whole value, case-insensitive) */
  industries?: string[];
  /** employees_count ≥ this */
  minEmployees?: number;
  /** employees_count ≤ this */
  maxEmployees?: number;
  /** hq_country is one of these (whole value, case-insensitive) */
  countries?: string[];
  /** employees_count_change.change_yearly_percentage ≥ this (may be negative) */
  minHeadcountGrowthPercent?: number;
  /** last_funding_round_announced_date on or after the UTC day `fundedWithinDays` days before today */
  fundedWithinDays?: number;
  /** active_job_postings_count ≥ this (hiring activity) */
  minActiveJobPostings?: number;
  /** technologies_used holds at least one of these (whole value, case-insensitive) */
  technologies?: string[];
}

// ----------------------------------------------------------------------------------------------------- bands

export type GrowthBand = 'shrinking' | 'flat' | 'growing' | 'fast' | 'hyper';
export type HiringBand = 'none' | 'few' | 'some' | 'many' | 'lots';
export type FundingBand = 'last_6_months' | 'last_12_months' | 'last_24_months' | 'older';

/** A half-open numeric interval [from, below); a missing bound is open. */
export interface NumericBand<B extends string> {
  band: B;
  from?: number;
  below?: number;
}

/** Yearly headcount change, in percent (employees_count_change.change_yearly_percentage). */
export const HEADCOUNT_GROWTH_BANDS: readonly NumericBand<GrowthBand>[] = [
  { band: 'shrinking', below: 0 },
  { band: 'flat', from: 0, below: 5 },
  { band: 'growing', from: 5, below: 15 },
  { band: 'fast', from: 15, below: 30 },
  { band: 'hyper', from: 30 },
];

/** Open job postings (active_job_postings_count). */
export const HIRING_BANDS: readonly NumericBand<HiringBand>[] = [
  { band: 'none', below: 1 },
  { band: 'few', from: 1, below: 5 },
  { band: 'some', from: 5, below: 20 },
  { band: 'many', from: 20, below: 100 },
  { band: 'lots', from: 100 },
];

/**
 * Age of the last funding round, in days back from today: a round is in a band when its day is on or after the day
 * `withinDays` days ago and (for all but the first band) before the day `afterDays` days ago. 'older' is the rest.
 */
export const FUNDING_BANDS: readonly { band: FundingBand; withinDays: number | null; afterDays: number | null }[] = [
  { band: 'last_6_months', withinDays: 183, afterDays: null },
  { band: 'last_12_months', withinDays: 365, afterDays: 183 },
  { band: 'last_24_months', withinDays: 730, afterDays: 365 },
  { band: 'older', withinDays: null, afterDays: 730 },
];

/**
 * What puts a company early in a provider's candidate order (Coresignal: `should` clauses, one point each in the
 * search's _score; the local dataset: the same count in SQL). Only matters when more companies match than the
 * caller asked for: the first `limit` are then the likeliest good ones. Ties: ascending id.
 */
export const POOL_ORDER = {
  minHeadcountGrowthPercent: 15,
  fundedWithinDays: 365,
  minActiveJobPostings: 5,
  b2b: true,
} as const;

export interface CompanySignals {
  /** null: no headcount change on record */
  headcountGrowth: GrowthBand | null;
  /** null: no job-postings count on record */
  hiring: HiringBand | null;
  /** null: no funding round on record */
  funding: FundingBand | null;
  /** is_b2b; null when not on record */
  b2b: boolean | null;
  /** which of the requested technologies the company uses (as requested, in request order) */
  technologies: string[];
}

/** Facts about a match that a provider has for free; any may be null (Coresignal's search returns ids only). */
export interface CompanyFacts {
  name: string | null;
  website: string | null;
  linkedinUrl: string | null;
  industry: string | null;
  employeesCount: number | null;
  country: string | null;
  yearlyHeadcountGrowthPercent: number | null;
  lastFundingRound: { name: string | null; date: string | null; amountRaised: number | null } | null;
  activeJobPostings: number | null;
}

export interface CompanySearchHit {
  id: number;
  facts: CompanyFacts;
  signals: CompanySignals;
}

export interface CompanySearchResult {
  /** up to `limit` matches, in the provider's candidate order (see POOL_ORDER) */
  companies: CompanySearchHit[];
  /** how many companies match in all */
  total: number;
}

export const NO_FACTS: Readonly<CompanyFacts> = Object.freeze({
  name: null,
  website: null,
  linkedinUrl: null,
  industry: null,
  employeesCount: null,
  country: null,
  yearlyHeadcountGrowthPercent: null,
  lastFundingRound: null,
  activeJobPostings: null,
});

// ----------------------------------------------------------------------------------------------------- values

/** A JSON number, or a string that is a plain decimal number (as the simulator's `range` accepts); else null. */
export function numberValue(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value.trim())) return Number(value.trim());
  return null;
}

/** The calendar day (YYYY-MM-DD) of an ISO date or date-time string, or null. */
export function dayValue(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const m = DAY_PATTERN.exec(value.trim());
  return m ? m[1]! : null;
}

/**
 * A day or a date-time (`2026-05-01`, `2026-05-01T10:00:00Z`); the same pattern in JavaScript and PostgreSQL
 * (written without `?`, which SQL text reserves for parameters).
 */
export const DAY_PATTERN_SOURCE = '^([0-9]{4}-[0-9]{2}-[0-9]{2})([T ][0-9:.]+(Z|[+-][0-9]{2}:{0,1}[0-9]{2}){0,1}){0,1}$';
const DAY_PATTERN = new RegExp(DAY_PATTERN_SOURCE);

/** The UTC day `days` days before `now` (YYYY-MM-DD): the earliest day "within `days` days". */
export function dayCutoff(now: Date, days: number): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}

export function bandOf<B extends string>(value: number | null, bands: readonly NumericBand<B>[]): B | null {
  if (value === null) return null;
  for (const b of bands) {
    if ((b.from === undefined || value >= b.from) && (b.below === undefined || value < b.below)) return b.band;
  }
  return null;
}

/** The funding bands' cutoff days for one `now` (the last one computed is kept: a search scores with one clock). */
let lastCutoffs: { at: number; days: { band: FundingBand; from: string | null; before: string | null }[] } | null = null;

function fundingCutoffs(now: Date) {
  if (lastCutoffs?.at !== now.getTime()) {
    lastCutoffs = {
      at: now.getTime(),
      days: FUNDING_BANDS.map((b) => ({
        band: b.band,
        from: b.withinDays === null ? null : dayCutoff(now, b.withinDays),
        before: b.afterDays === null ? null : dayCutoff(now, b.afterDays),
      })),
    };
  }
  return lastCutoffs.days;
}

export function fundingBandOf(day: string | null, now: Date): FundingBand | null {
  if (day === null) return null;
  for (const b of fundingCutoffs(now)) {
    if (b.from !== null && day < b.from) continue;
    if (b.before !== null && day >= b.before) continue;
    return b.band;
  }
  return null;
}

/** The raw values signals are computed from (whatever the provider read them from). */
export interface SignalValues {
  yearlyGrowth: unknown;
  postings: unknown;
  fundingDate: unknown;
  isB2b: unknown;
  technologies: unknown;
}

/** Bands of a company's values, for a search that asked for these technologies. */
export function signalsOf(values: SignalValues, requestedTechnologies: readonly string[], now: Date): CompanySignals {
  const used = new Set(
    (Array.isArray(values.technologies) ? values.technologies : [])
      .filter((t): t is string => typeof t === 'string')
      .map((t) => t.trim().toLowerCase()),
  );
  const b2b = values.isB2b === true ? 1 : values.isB2b === false ? 0 : numberValue(values.isB2b);
  return {
    headcountGrowth: bandOf(numberValue(values.yearlyGrowth), HEADCOUNT_GROWTH_BANDS),
    hiring: bandOf(numberValue(values.postings), HIRING_BANDS),
    funding: fundingBandOf(dayValue(values.fundingDate), now),
    b2b: b2b === 1 ? true : b2b === 0 ? false : null,
    technologies: requestedTechnologies.filter((t) => used.has(t.trim().toLowerCase())),
  };
}

/** The facts and signals of a full record (the local dataset's rows, or a record a cache already holds). */
export function hitOfRecord(record: CompanyRecord, requestedTechnologies: readonly string[], now: Date): CompanySearchHit {
  return { id: record.id, facts: factsOfRecord(record), signals: signalsOf(signalValuesOfRecord(record), requestedTechnologies, now) };
}

export function signalValuesOfRecord(record: CompanyRecord): SignalValues {
  return {
    yearlyGrowth: record.employees_count_change?.change_yearly_percentage ?? null,
    postings: record.active_job_postings_count,
    fundingDate: record.last_funding_round_announced_date,
    isB2b: record.is_b2b,
    technologies: record.technologies_used,
  };
}

export function factsOfRecord(record: CompanyRecord): CompanyFacts {
  const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v : null);
  const funding =
    record.last_funding_round_name || record.last_funding_round_announced_date || record.last_funding_round_amount_raised !== null
      ? {
          name: text(record.last_funding_round_name),
          date: text(record.last_funding_round_announced_date),
          amountRaised: numberValue(record.last_funding_round_amount_raised),
        }
      : null;
  return {
    name: text(record.company_name),
    website: text(record.website),
    linkedinUrl: text(record.linkedin_url),
    industry: text(record.industry),
    employeesCount: numberValue(record.employees_count),
    country: text(record.hq_country),
    yearlyHeadcountGrowthPercent: numberValue(record.employees_count_change?.change_yearly_percentage ?? null),
    lastFundingRound: funding && (funding.name !== null || funding.date !== null || funding.amountRaised !== null) ? funding : null,
    activeJobPostings: numberValue(record.active_job_postings_count),
  };
}

// ----------------------------------------------------------------------------------------------------- validation

/** The filters with lists trimmed, de-duplicated (case-insensitively) and checked; numbers checked. */
export type ValidCompanySearchFilters = CompanySearchFilters;

function cleanList(values: unknown, field: string): string[] | undefined {
  const list = cleanFilterList(values, field);
  if (list?.some((value) => value.length > 200)) throw new ProviderInputError(`${field}: a value is longer than 200 characters`, field);
  if (list && list.length > 100) throw new ProviderInputError(`${field} may hold at most 100 values`, field);
  return list;
}

function wholeNumber(value: unknown, field: string, min: number, max: number): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new ProviderInputError(`${field} must be a whole number from ${min} to ${max}, got ${String(value)}`, field);
  }
  return value;
}

function finiteNumber(value: unknown, field: string, min: number, max: number): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < min || value > max) {
    throw new ProviderInputError(`${field} must be a number from ${min} to ${max}, got ${String(value)}`, field);
  }
  return value;
}

/** Checks filters the way every provider must refuse them: a ProviderInputError naming the field, before any call. */
export function validateCompanySearchFilters(filters: CompanySearchFilters): ValidCompanySearchFilters {
  if (filters === null || typeof filters !== 'object' || Array.isArray(filters)) {
    throw new ProviderInputError('company search filters are required (an object; {} matches every company)');
  }
  const out: ValidCompanySearchFilters = {};
  const industries = cleanList(filters.industries, 'industries');
  if (industries) out.industries = industries;
  const countries = cleanList(filters.countries, 'countries');
  if (countries) out.countries = countries;
  const technologies = cleanList(filters.technologies, 'technologies');
  if (technologies) out.technologies = technologies;
  const min = wholeNumber(filters.minEmployees, 'minEmployees', 0, 10_000_000);
  const max = wholeNumber(filters.maxEmployees, 'maxEmployees', 0, 10_000_000);
  if (min !== undefined && max !== undefined && min > max) {
    throw new ProviderInputError(`minEmployees (${min}) is above maxEmployees (${max})`, 'minEmployees');
  }
  if (min !== undefined) out.minEmployees = min;
  if (max !== undefined) out.maxEmployees = max;
  const growth = finiteNumber(filters.minHeadcountGrowthPercent, 'minHeadcountGrowthPercent', -100, 10_000);
  if (growth !== undefined) out.minHeadcountGrowthPercent = growth;
  const funded = wholeNumber(filters.fundedWithinDays, 'fundedWithinDays', 1, 36_500);
  if (funded !== undefined) out.fundedWithinDays = funded;
  const postings = wholeNumber(filters.minActiveJobPostings, 'minActiveJobPostings', 0, 10_000_000);
  if (postings !== undefined) out.minActiveJobPostings = postings;
  return out;
}

/** A search `limit`: a whole number ≥ 0, or Infinity. */
export function validateSearchLimit(limit: number): number {
  if (!(limit === Number.POSITIVE_INFINITY || (Number.isInteger(limit) && limit >= 0))) {
    throw new ProviderInputError(`limit must be a whole number >= 0, got ${String(limit)}`, 'limit');
  }
  return limit;
}
