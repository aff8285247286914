import { companyNameTokens } from '../../domain/company-name-similarity.js';
import type { EmployeeSearchCriteria } from '../../domain/employee-data.port.js';
import { ProviderInputError } from '../../domain/provider-errors.js';
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

/** Trimmed, whitespace-collapsed, case-insensitively de-duplicated non-empty strings; undefined when none given. */
function cleanList(values: readonly string[] | undefined, field: string): string[] | undefined {
  if (values === undefined) return undefined;
  if (!Array.isArray(values)) throw new ProviderInputError(`${field} must be a list of strings`, field);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of values) {
    if (typeof raw !== 'string') throw new ProviderInputError(`${field} must be a list of strings`, field);
    const value = raw.replace(/\s+/g, ' ').trim();
    if (value === '' || seen.has(value.toLowerCase())) continue;
    seen.add(value.toLowerCase());
    out.push(value);
  }
  if (values.length > 0 && out.length === 0) {
    // dropping the filter would silently widen the search to everyone
    throw new ProviderInputError(`${field} holds only blank values`, field);
  }
  return out.length ? out : undefined;
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
  const titles = cleanList(criteria.titlePhrases, 'titlePhrases');
  if (titles) must.push(titlePhrasesClause(titles));
  const excluded = cleanList(criteria.excludeTitlePhrases, 'excludeTitlePhrases');
  if (excluded) mustNot.push(titlePhrasesClause(excluded));
  const departments = cleanList(criteria.departments, 'departments');
  if (departments) filter.push({ terms: { active_experience_department: departments } });
  const levels = cleanList(criteria.managementLevels, 'managementLevels');
  if (levels) filter.push({ terms: { active_experience_management_level: levels } });
  const countries = cleanList(criteria.countries, 'countries');
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
