import { companyNameTokens } from '../../domain/company-name-similarity.js';
import type { EmployeeSearchCriteria } from '../../domain/employee-data.port.js';
import { ProviderInputError } from '../../domain/provider-errors.js';

/**
 * Pure builders of the Elasticsearch DSL bodies the adapter posts to `.../search/es_dsl` (and `/preview`), from the
 * field names of CORESIGNAL.md ("Employee query fields"), and the validation of caller-supplied identifiers
 * (LinkedIn URLs, domains, emails, shorthands). Bad input is a {@link ProviderInputError}, before any call.
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

const EMAIL = /^[^\s@"<>(),;:\\[\]]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;

/** A professional email, trimmed; ProviderInputError when it is not one. */
export function validEmail(email: string): string {
  const value = typeof email === 'string' ? email.trim() : '';
  if (!EMAIL.test(value) || value.length > 254) throw new ProviderInputError(`not a valid email address: ${JSON.stringify(email)}`, 'email');
  return value;
}

export function validCompanyId(id: unknown, field = 'companyId'): number {
  const n = typeof id === 'string' && /^\s*\d+\s*$/.test(id) ? Number(id) : id;
  if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 1) {
    throw new ProviderInputError(`${field} must be a positive whole number, got ${JSON.stringify(id)}`, field);
  }
  return n;
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

// ------------------------------------------------------------------------------------------------ identifiers

const SLUG = /^[\p{L}\p{N}][\p{L}\p{N}._~%-]*$/u;

/**
 * The shorthand of a LinkedIn company URL: `https://www.linkedin.com/company/acme-inc/about` → `acme-inc`.
 * Accepts any linkedin.com subdomain, no scheme, trailing path / query / fragment.
 */
export function linkedInCompanyShorthand(url: string): string {
  return linkedInShorthand(url, 'company', 'linkedInUrl');
}

/** The shorthand of a LinkedIn profile URL (`/in/<slug>`). */
export function linkedInProfileShorthand(url: string): string {
  return linkedInShorthand(url, 'in', 'shorthand');
}

function linkedInShorthand(input: string, kind: 'company' | 'in', field: string): string {
  const raw = typeof input === 'string' ? input.trim() : '';
  const fail = (why: string): never => {
    throw new ProviderInputError(`not a LinkedIn ${kind === 'company' ? 'company' : 'profile'} URL (${why}): ${JSON.stringify(input)}`, field);
  };
  if (raw === '') fail('empty');
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `https://${raw}`);
  } catch {
    return fail('unparseable');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') fail('not http(s)');
  const host = url.hostname.toLowerCase();
  if (host !== 'linkedin.com' && !host.endsWith('.linkedin.com')) fail('not linkedin.com');
  const parts = url.pathname.split('/').filter((p) => p !== '');
  if (parts[0]?.toLowerCase() !== kind || parts.length < 2) fail(`expected linkedin.com/${kind}/<name>`);
  let slug = parts[1]!;
  try {
    slug = decodeURIComponent(slug);
  } catch {
    fail('bad escape');
  }
  return validShorthand(slug, field);
}

/** A bare shorthand (the slug itself). */
export function validShorthand(value: string, field = 'shorthand'): string {
  const slug = typeof value === 'string' ? value.trim() : '';
  if (slug === '' || slug.length > 200 || !SLUG.test(slug)) {
    throw new ProviderInputError(`not a valid LinkedIn shorthand: ${JSON.stringify(value)}`, field);
  }
  return slug;
}

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * A website or domain as the enrich endpoint wants it: `https://www.Acme.com/about?x` → `acme.com`. Needs at least
 * two labels and an alphabetic top-level label (or an xn-- one); anything else is a ProviderInputError.
 */
export function normaliseDomain(website: string): string {
  const raw = typeof website === 'string' ? website.trim() : '';
  const fail = (why: string): never => {
    throw new ProviderInputError(`not a valid website or domain (${why}): ${JSON.stringify(website)}`, 'website');
  };
  if (raw === '') fail('empty');
  if (/\s/.test(raw)) fail('contains spaces');
  if (raw.includes('@')) fail('looks like an email address');
  let host: string;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') fail('not http(s)');
    host = url.hostname.toLowerCase();
  } catch (error) {
    if (error instanceof ProviderInputError) throw error;
    return fail('unparseable');
  }
  host = host.replace(/\.$/, '').replace(/^www\d*\./, '');
  const labels = host.split('.');
  if (labels.length < 2) fail('no top-level domain');
  if (!labels.every((l) => LABEL.test(l))) fail('invalid characters');
  const tld = labels[labels.length - 1]!;
  if (!/^[a-z]{2,63}$/.test(tld) && !/^xn--[a-z0-9-]+$/.test(tld)) fail('invalid top-level domain');
  return host;
}
