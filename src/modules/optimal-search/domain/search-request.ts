/**
 * The optimal buyer search's request, read from a query string (`GET /api/intelligence/buyer-group-v2?...`), a JSON
 * body (the queued variant) or CLI options, and checked: every problem names its field. Pure — what it checks
 * against (known industries, MAX_COMPANIES_PER_REQUEST, the sampling flag) is given to it.
 *
 * Parameters (lists: comma-separated, or repeated, or a JSON array):
 * - industries: names the provider knows (case-insensitive); unknown ones are refused with close matches or the list
 * - sizeRange: "50-200", "50-200 employees", "1,001-5,000 employees", "10001+" (inclusive)
 * - locations: headquarters countries, by name or ISO code ("DE", "United States")
 * - minHeadcountGrowth: yearly headcount change at least this many percent ("10", "-5", "15%")
 * - fundedWithinMonths: last funding round in the last N months (1–120)
 * - minJobPostings: hiring activity, at least N open job postings
 * - technologies: uses at least one of these
 * - maxResults: 1 to MAX_COMPANIES_PER_REQUEST (default 25, or the cap if lower)
 * - sampling (true/false), sample (companies of phase 2), solutionCategory, dealSize, creditBudget (whole search)
 */
import { SOLUTION_CATEGORIES } from '../../classification/domain/seller-profiles.data.js';
import type { CompanySearchFilters } from '../../enrichment/domain/company-search.js';
import { closeMatches } from './close-matches.js';

export interface FieldProblem {
  field: string;
  problems: string[];
}

export interface SizeRange {
  min: number;
  /** null: no upper bound ("10001+") */
  max: number | null;
}

export interface AccountSearchFilters {
  industries?: string[];
  sizeRange?: SizeRange;
  locations?: string[];
  minHeadcountGrowth?: number;
  fundedWithinMonths?: number;
  minJobPostings?: number;
  technologies?: string[];
}

export interface SamplingRequest {
  /** phase 2 runs (the BUYER_GROUP_SAMPLING flag, the request's `sampling`, and size > 0) */
  enabled: boolean;
  /** why it does not, when it does not */
  disabledBecause?: string;
  /** how many of the best phase-1 companies to sample */
  size: number;
  solutionCategory: string;
  dealSize?: string;
  /** credits the whole search may spend (every sampled discovery together) */
  creditBudget: number;
}

export interface AccountSearchRequest {
  filters: AccountSearchFilters;
  maxResults: number;
  sampling: SamplingRequest;
}

export interface SearchRequestLimits {
  /** MAX_COMPANIES_PER_REQUEST */
  maxResultsCap: number;
  /** the largest `sample` allowed (smaller for a synchronous search than for a queued one) */
  maxSample: number;
  /** BUYER_GROUP_SAMPLING */
  samplingAvailable: boolean;
  /** industry names the provider can match */
  knownIndustries: readonly string[];
}

export const DEFAULT_MAX_RESULTS = 25;
export const DEFAULT_SAMPLE = 5;
export const DEFAULT_CREDIT_BUDGET = 1000;
export const DEFAULT_SOLUTION_CATEGORY = 'general';
/** a synchronous search samples at most this many companies; a queued one up to maxResults */
export const MAX_SYNC_SAMPLE = 10;

export const SEARCH_PARAMETERS = [
  'industries',
  'sizeRange',
  'locations',
  'minHeadcountGrowth',
  'fundedWithinMonths',
  'minJobPostings',
  'technologies',
  'maxResults',
  'sampling',
  'sample',
  'solutionCategory',
  'dealSize',
  'creditBudget',
] as const;

export type ParsedSearch =
  | { ok: true; request: AccountSearchRequest }
  /** knownIndustries: when an industry was unknown, every industry the provider knows */
  | { ok: false; problems: FieldProblem[]; knownIndustries?: string[] };

type Raw = Record<string, unknown>;

const COUNTRY_ALIASES: Record<string, string> = {
  uk: 'United Kingdom',
  usa: 'United States',
  us: 'United States',
  'u.s.': 'United States',
  'u.s.a.': 'United States',
  america: 'United States',
  'great britain': 'United Kingdom',
  england: 'United Kingdom',
  deutschland: 'Germany',
  holland: 'Netherlands',
  'the netherlands': 'Netherlands',
};

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** "DE" → Germany, "usa" → United States, "germany" → germany (names pass through; the search ignores case). */
export function countryName(value: string): string {
  const alias = COUNTRY_ALIASES[value.toLowerCase()];
  if (alias) return alias;
  if (/^[A-Za-z]{2}$/.test(value)) {
    const name = regionNames.of(value.toUpperCase());
    if (name && name !== value.toUpperCase() && name !== 'Unknown Region') return name;
  }
  return value;
}

/** "50-200", "50 - 200 employees", "1,001-5,000 employees", "10001+", "10,001+ employees". */
export function parseSizeRange(text: string): { range: SizeRange } | { problem: string } {
  const cleaned = text
    .trim()
    .replace(/\s*employees?\s*$/i, '')
    .replace(/(\d),(\d{3})/g, '$1$2')
    .replace(/(\d),(\d{3})/g, '$1$2')
    .trim();
  const open = /^(\d{1,8})\s*\+$/.exec(cleaned);
  if (open) return { range: { min: Number(open[1]), max: null } };
  const closed = /^(\d{1,8})\s*(?:-|–|—|to)\s*(\d{1,8})$/i.exec(cleaned);
  if (!closed) {
    return { problem: `"${text}" is not a size range: use min-max or min+, e.g. 50-200, "50-200 employees" or 10001+` };
  }
  const min = Number(closed[1]);
  const max = Number(closed[2]);
  if (min > max) return { problem: `"${text}" is inverted: the smaller number comes first (${max}-${min})` };
  return { range: { min, max } };
}

class Problems {
  readonly list: FieldProblem[] = [];
  add(field: string, problem: string): void {
    const entry = this.list.find((p) => p.field === field);
    if (entry) entry.problems.push(problem);
    else this.list.push({ field, problems: [problem] });
  }
}

/** A list parameter: comma-separated text, repeated text, or an array of strings; trimmed, de-duplicated. */
function listOf(raw: unknown, field: string, problems: Problems): string[] | undefined {
  if (raw === undefined || raw === null) return undefined;
  const items = Array.isArray(raw) ? raw : [raw];
  if (items.some((item) => typeof item !== 'string')) {
    problems.add(field, 'must be text: comma-separated values or a list of strings');
    return undefined;
  }
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of (items as string[]).flatMap((item) => item.split(','))) {
    const clean = value.replace(/\s+/g, ' ').trim();
    if (clean === '' || seen.has(clean.toLowerCase())) continue;
    if (clean.length > 100) {
      problems.add(field, `a value is longer than 100 characters: "${clean.slice(0, 20)}…"`);
      return undefined;
    }
    seen.add(clean.toLowerCase());
    out.push(clean);
  }
  if (out.length === 0) {
    problems.add(field, 'is empty: name at least one value, or leave the parameter out');
    return undefined;
  }
  if (out.length > 50) {
    problems.add(field, `at most 50 values (got ${out.length})`);
    return undefined;
  }
  return out;
}

/** One value: text or a number/boolean from JSON; a repeated query parameter is refused. */
function single(raw: unknown, field: string, problems: Problems): string | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (Array.isArray(raw)) {
    problems.add(field, 'is given more than once');
    return undefined;
  }
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  if (typeof raw !== 'string') {
    problems.add(field, 'must be a single value');
    return undefined;
  }
  return raw.trim();
}

function wholeNumber(raw: unknown, field: string, min: number, max: number, problems: Problems, hint = ''): number | undefined {
  const text = single(raw, field, problems);
  if (text === undefined) return undefined;
  const n = /^[+-]?\d{1,12}$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isInteger(n) || n < min || n > max) {
    problems.add(field, `must be a whole number from ${min} to ${max}${hint} (got "${text}")`);
    return undefined;
  }
  return n;
}

function decimal(raw: unknown, field: string, min: number, max: number, problems: Problems): number | undefined {
  const text = single(raw, field, problems);
  if (text === undefined) return undefined;
  const m = /^([+-]?\d{1,6}(?:\.\d{1,4})?)\s*%?$/.exec(text);
  const n = m ? Number(m[1]) : Number.NaN;
  if (!Number.isFinite(n) || n < min || n > max) {
    problems.add(field, `must be a number of percent from ${min} to ${max}, e.g. 10 or 10% (got "${text}")`);
    return undefined;
  }
  return n;
}

function flag(raw: unknown, field: string, problems: Problems): boolean | undefined {
  const text = single(raw, field, problems);
  if (text === undefined) return undefined;
  const v = text.toLowerCase();
  if (['true', '1', 'yes', 'on'].includes(v)) return true;
  if (['false', '0', 'no', 'off'].includes(v)) return false;
  problems.add(field, `must be true or false (got "${text}")`);
  return undefined;
}

/** Reads and checks a search request; unknown parameters are refused (a typo must not silently widen a search). */
export function parseAccountSearch(raw: Raw, limits: SearchRequestLimits): ParsedSearch {
  const problems = new Problems();
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, problems: [{ field: 'body', problems: ['must be an object of search parameters'] }] };
  }
  for (const key of Object.keys(raw)) {
    if (!(SEARCH_PARAMETERS as readonly string[]).includes(key)) {
      const near = closeMatches(key, SEARCH_PARAMETERS, 1);
      problems.add(key, `is not a search parameter${near.length ? ` (did you mean ${near[0]}?)` : ''}; accepted: ${SEARCH_PARAMETERS.join(', ')}`);
    }
  }
  const filters: AccountSearchFilters = {};

  const industries = listOf(raw.industries, 'industries', problems);
  if (industries) {
    const byLower = new Map(limits.knownIndustries.map((name) => [name.toLowerCase(), name]));
    const canonical: string[] = [];
    const unknown: string[] = [];
    for (const name of industries) {
      const known = byLower.get(name.toLowerCase());
      if (known) {
        if (!canonical.includes(known)) canonical.push(known);
      } else unknown.push(name);
    }
    for (const name of unknown) {
      const near = closeMatches(name, limits.knownIndustries);
      const shown = limits.knownIndustries.slice(0, 60);
      problems.add(
        'industries',
        near.length > 0
          ? `unknown industry "${name}": did you mean ${near.map((n) => `"${n}"`).join(' or ')}?`
          : `unknown industry "${name}"; known industries: ${shown.join(', ')}${limits.knownIndustries.length > shown.length ? `, … (${limits.knownIndustries.length} in all)` : ''}`,
      );
    }
    if (unknown.length === 0) filters.industries = canonical;
  }

  const sizeText = single(raw.sizeRange, 'sizeRange', problems);
  if (sizeText !== undefined) {
    const parsed = parseSizeRange(sizeText);
    if ('problem' in parsed) problems.add('sizeRange', parsed.problem);
    else filters.sizeRange = parsed.range;
  }

  const locations = listOf(raw.locations, 'locations', problems);
  if (locations) filters.locations = [...new Set(locations.map(countryName))];

  const growth = decimal(raw.minHeadcountGrowth, 'minHeadcountGrowth', -100, 1000, problems);
  if (growth !== undefined) filters.minHeadcountGrowth = growth;
  const funded = wholeNumber(raw.fundedWithinMonths, 'fundedWithinMonths', 1, 120, problems, ' (months)');
  if (funded !== undefined) filters.fundedWithinMonths = funded;
  const postings = wholeNumber(raw.minJobPostings, 'minJobPostings', 0, 1_000_000, problems);
  if (postings !== undefined) filters.minJobPostings = postings;
  const technologies = listOf(raw.technologies, 'technologies', problems);
  if (technologies) filters.technologies = technologies;

  const cap = limits.maxResultsCap;
  const maxResults =
    wholeNumber(raw.maxResults, 'maxResults', 1, cap, problems, ' (MAX_COMPANIES_PER_REQUEST)') ?? Math.min(DEFAULT_MAX_RESULTS, cap);

  const wanted = flag(raw.sampling, 'sampling', problems);
  const sampleCap = Math.min(limits.maxSample, maxResults);
  const size = wholeNumber(raw.sample, 'sample', 0, limits.maxSample, problems, ` (at most ${limits.maxSample} in this kind of search)`);
  const categoryText = single(raw.solutionCategory, 'solutionCategory', problems);
  if (categoryText !== undefined && !(SOLUTION_CATEGORIES as readonly string[]).includes(categoryText)) {
    problems.add('solutionCategory', `must be one of ${SOLUTION_CATEGORIES.join(', ')} (got "${categoryText}")`);
  }
  const dealSize = single(raw.dealSize, 'dealSize', problems);
  if (dealSize !== undefined && (dealSize === '' || dealSize.length > 40)) problems.add('dealSize', 'must be 1 to 40 characters');
  const creditBudget = wholeNumber(raw.creditBudget, 'creditBudget', 0, 1_000_000, problems, ' credits');

  if (problems.list.length > 0) {
    const unknownIndustry = problems.list.some((p) => p.field === 'industries' && p.problems.some((text) => text.startsWith('unknown industry')));
    return { ok: false, problems: problems.list, ...(unknownIndustry ? { knownIndustries: [...limits.knownIndustries] } : {}) };
  }

  const sampleSize = Math.min(size ?? DEFAULT_SAMPLE, sampleCap);
  const disabledBecause = !limits.samplingAvailable
    ? 'buyer-group sampling is turned off (BUYER_GROUP_SAMPLING=false)'
    : wanted === false
      ? 'sampling=false in the request'
      : sampleSize === 0
        ? 'sample=0 in the request'
        : undefined;
  return {
    ok: true,
    request: {
      filters,
      maxResults,
      sampling: {
        enabled: disabledBecause === undefined,
        ...(disabledBecause ? { disabledBecause } : {}),
        size: disabledBecause === undefined ? sampleSize : 0,
        solutionCategory: categoryText ?? DEFAULT_SOLUTION_CATEGORY,
        ...(dealSize !== undefined ? { dealSize } : {}),
        creditBudget: creditBudget ?? DEFAULT_CREDIT_BUDGET,
      },
    },
  };
}

/** Months to days as the funding bands count them (a year is 365 days: 6 months → 183, 12 → 365). */
export function monthsToDays(months: number): number {
  return Math.round((months * 365) / 12);
}

/** The provider's filters for a request. */
export function toCompanySearchFilters(filters: AccountSearchFilters): CompanySearchFilters {
  return {
    ...(filters.industries ? { industries: filters.industries } : {}),
    ...(filters.sizeRange ? { minEmployees: filters.sizeRange.min } : {}),
    ...(filters.sizeRange && filters.sizeRange.max !== null ? { maxEmployees: filters.sizeRange.max } : {}),
    ...(filters.locations ? { countries: filters.locations } : {}),
    ...(filters.minHeadcountGrowth !== undefined ? { minHeadcountGrowthPercent: filters.minHeadcountGrowth } : {}),
    ...(filters.fundedWithinMonths !== undefined ? { fundedWithinDays: monthsToDays(filters.fundedWithinMonths) } : {}),
    ...(filters.minJobPostings !== undefined ? { minActiveJobPostings: filters.minJobPostings } : {}),
    ...(filters.technologies ? { technologies: filters.technologies } : {}),
  };
}
