import { companyNameTokens } from '../../domain/company-name-similarity.js';
import {
  FUNDING_BANDS,
  HEADCOUNT_GROWTH_BANDS,
  HIRING_BANDS,
  POOL_ORDER,
  dayCutoff,
  type CompanySignals,
  type NumericBand,
  type ValidCompanySearchFilters,
} from '../../domain/company-search.js';
import type { EmployeeSearchCriteria } from '../../domain/employee-data.port.js';
import { ProviderInputError } from '../../domain/provider-errors.js';
import { cleanFilterList } from '../../domain/filter-list.js';
import { validCompanyId, validEmail } from '../../domain/provider-input.js';

/**
 * Pure builders of the Elasticsearch DSL bodies the adapter posts to `.../search/es_dsl` (and `/preview`), from the
 * field names of CORESIGNAL.md ("Employee query fields"). Bad input is a {@link ProviderInputError}, before any call.
 */
export type EsQuery = Record<string, unknown>;

export interface EsDslBody {
  query: EsQuery;
}

/** `"phrase"` for a Lucene query_string: inside quotes only `\` and `"` are special, so those two are escaped. */
export function quotePhrase(phrase: string): string {
  return `"${phrase.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}


/** `"a" OR "b"` on the current title, as a query_string clause. */
export function titlePhrasesClause(phrases: readonly string[]): EsQuery {
  return {
    query_string: {
      default_field: 'active_experience_title',
      query: phrases.map(quotePhrase).join(' OR '),
    },
  };
}

/**
 * The employee search body: current employees (parent records, not deleted) of the company, narrowed by the
 * criteria. Title phrases are scored (`must`), everything else filters.
 */
export function buildEmployeeQuery(criteria: EmployeeSearchCriteria): EsDslBody {
  if (criteria === null || typeof criteria !== 'object') throw new ProviderInputError('search criteria are required');
  const companyId = validCompanyId(criteria.companyId);
  const filter: EsQuery[] = [
    { term: { active_experience_company_id: companyId } },
    { term: { is_parent: 1 } },
    { term: { is_deleted: 0 } },
  ];
  const must: EsQuery[] = [];
  const mustNot: EsQuery[] = [];
  const titles = cleanFilterList(criteria.titlePhrases, 'titlePhrases');
  if (titles) must.push(titlePhrasesClause(titles));
  const excluded = cleanFilterList(criteria.excludeTitlePhrases, 'excludeTitlePhrases');
  if (excluded) mustNot.push(titlePhrasesClause(excluded));
  const departments = cleanFilterList(criteria.departments, 'departments');
  if (departments) filter.push({ terms: { active_experience_department: departments } });
  const levels = cleanFilterList(criteria.managementLevels, 'managementLevels');
  if (levels) filter.push({ terms: { active_experience_management_level: levels } });
  const countries = cleanFilterList(criteria.countries, 'countries');
  if (countries) filter.push({ terms: { location_country: countries } });
  if (criteria.decisionMakersOnly) filter.push({ term: { is_decision_maker: 1 } });
  if (criteria.email !== undefined) {
    const email = validEmail(criteria.email);
    const variants = [...new Set([email, email.toLowerCase()])];
    filter.push(
      variants.length === 1
        ? { term: { 'primary_professional_email.exact': email } }
        : { bool: { should: variants.map((v) => ({ term: { 'primary_professional_email.exact': v } })), minimum_should_match: 1 } },
    );
  }
  const bool: Record<string, unknown> = { filter };
  if (must.length) bool.must = must;
  if (mustNot.length) bool.must_not = mustNot;
  return { query: { bool } };
}

/** Lucene wildcard fragments of a token, so one typo still matches: its first half, and its second (3+ chars). */
function typoPatterns(token: string): string[] {
  if (token.length < 5 || !/^[\p{L}\p{N}]+$/u.test(token)) return [];
  const half = Math.ceil(token.length / 2);
  const patterns = [`${token.slice(0, half)}*`];
  if (token.length - half >= 3) patterns.push(`*${token.slice(half)}`);
  return patterns;
}

/**
 * Company search by name: each matching kind of evidence is its own `should`, so the search's _score (and the
 * preview's order) puts exact names first, then the phrase, all words, any word, and typo-tolerant word halves.
 * Legal forms are left out of the word clauses ("Inc" would match thousands).
 */
export function buildCompanyNameQuery(name: string): EsDslBody {
  const raw = typeof name === 'string' ? name.replace(/\s+/g, ' ').trim() : '';
  if (raw === '') throw new ProviderInputError('company name is empty', 'name');
  if (raw.length > 200) throw new ProviderInputError('company name is longer than 200 characters', 'name');
  const tokens = companyNameTokens(raw);
  if (tokens.length === 0) throw new ProviderInputError(`company name has no letters or digits: ${JSON.stringify(name)}`, 'name');
  const words = tokens.join(' ');
  const should: EsQuery[] = [{ term: { 'company_name.exact': raw } }, { match_phrase: { company_name: words } }];
  if (tokens.length > 1) should.push({ match: { company_name: { query: words, operator: 'and' } } });
  should.push({ match: { company_name: words } });
  for (const token of tokens.slice(0, 6)) {
    for (const pattern of typoPatterns(token)) {
      should.push({ query_string: { default_field: 'company_name', query: pattern } });
    }
  }
  return { query: { bool: { should, minimum_should_match: 1 } } };
}

/** The cheapest valid search: one id of any company (the health check). */
export function buildHealthQuery(): EsDslBody {
  return { query: { match_all: {} } };
}

// ------------------------------------------------------------------------------------------------ company search

/** company_multi_source fields the company search reads (CORESIGNAL.md, "Company record"). */
export const COMPANY_FIELDS = {
  industry: 'industry',
  country: 'hq_country',
  employees: 'employees_count',
  yearlyGrowth: 'employees_count_change.change_yearly_percentage',
  fundingDate: 'last_funding_round_announced_date',
  postings: 'active_job_postings_count',
  b2b: 'is_b2b',
  technologies: 'technologies_used',
} as const;

function rangeOf(field: string, band: { from?: number; below?: number }): EsQuery {
  const bounds: Record<string, number> = {};
  if (band.from !== undefined) bounds.gte = band.from;
  if (band.below !== undefined) bounds.lt = band.below;
  return { range: { [field]: bounds } };
}

/**
 * The company search body: every filter in `filter` (no score), and the POOL_ORDER signals as `should` clauses, one
 * point each, so the search's order (_score, then id) puts companies with more growth signals first; with
 * `minimum_should_match: 0` they never exclude anyone. `extra` adds filter clauses (the band searches).
 */
export function buildCompanySearchQuery(filters: ValidCompanySearchFilters, now: Date, extra: EsQuery[] = []): EsDslBody {
  const f = COMPANY_FIELDS;
  const filter: EsQuery[] = [];
  if (filters.industries) filter.push({ terms: { [f.industry]: filters.industries } });
  if (filters.countries) filter.push({ terms: { [f.country]: filters.countries } });
  if (filters.minEmployees !== undefined || filters.maxEmployees !== undefined) {
    const bounds: Record<string, number> = {};
    if (filters.minEmployees !== undefined) bounds.gte = filters.minEmployees;
    if (filters.maxEmployees !== undefined) bounds.lte = filters.maxEmployees;
    filter.push({ range: { [f.employees]: bounds } });
  }
  if (filters.minHeadcountGrowthPercent !== undefined) filter.push(rangeOf(f.yearlyGrowth, { from: filters.minHeadcountGrowthPercent }));
  if (filters.fundedWithinDays !== undefined) filter.push({ range: { [f.fundingDate]: { gte: dayCutoff(now, filters.fundedWithinDays) } } });
  if (filters.minActiveJobPostings !== undefined) filter.push(rangeOf(f.postings, { from: filters.minActiveJobPostings }));
  if (filters.technologies) filter.push({ terms: { [f.technologies]: filters.technologies } });
  filter.push(...extra);
  const should: EsQuery[] = [
    rangeOf(f.yearlyGrowth, { from: POOL_ORDER.minHeadcountGrowthPercent }),
    { range: { [f.fundingDate]: { gte: dayCutoff(now, POOL_ORDER.fundedWithinDays) } } },
    rangeOf(f.postings, { from: POOL_ORDER.minActiveJobPostings }),
    { term: { [f.b2b]: POOL_ORDER.b2b ? 1 : 0 } },
  ];
  return { query: { bool: { filter, should, minimum_should_match: 0 } } };
}

type SignalName = Exclude<keyof CompanySignals, 'technologies'> | 'technology';

/** One free search that tells which companies have one signal in one band (or use one technology). */
export interface SignalProbe {
  signal: SignalName;
  /** the band, the b2b value ('true' / 'false') or the technology */
  value: string;
  clause: EsQuery;
}

/**
 * The probes that together give every match its CompanySignals: one per band of each signal, per b2b value and per
 * requested technology. A company in no band of a signal has no value on record for it.
 */
export function companySignalProbes(filters: ValidCompanySearchFilters, now: Date): SignalProbe[] {
  const f = COMPANY_FIELDS;
  const numeric = <B extends string>(signal: SignalName, field: string, bands: readonly NumericBand<B>[]): SignalProbe[] =>
    bands.map((band) => ({ signal, value: band.band, clause: rangeOf(field, band) }));
  const funding = FUNDING_BANDS.map((band): SignalProbe => {
    const bounds: Record<string, string> = {};
    if (band.withinDays !== null) bounds.gte = dayCutoff(now, band.withinDays);
    if (band.afterDays !== null) bounds.lt = dayCutoff(now, band.afterDays);
    return { signal: 'funding', value: band.band, clause: { range: { [f.fundingDate]: bounds } } };
  });
  return [
    ...numeric('headcountGrowth', f.yearlyGrowth, HEADCOUNT_GROWTH_BANDS),
    ...numeric('hiring', f.postings, HIRING_BANDS),
    ...funding,
    { signal: 'b2b', value: 'true', clause: { term: { [f.b2b]: 1 } } },
    { signal: 'b2b', value: 'false', clause: { term: { [f.b2b]: 0 } } },
    ...(filters.technologies ?? []).map((t): SignalProbe => ({ signal: 'technology', value: t, clause: { term: { [f.technologies]: t } } })),
  ];
}
