import type { CompanyQuery } from './employee-data.port.js';
import { ProviderInputError } from './provider-errors.js';

/**
 * Validation of caller-supplied identifiers (company ids, LinkedIn URLs, domains, emails, shorthands), shared by
 * every provider so they accept and refuse exactly the same input. Bad input is a {@link ProviderInputError}.
 */
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

/** The shorthand of a LinkedIn URL of the given kind (`/company/<slug>` or `/in/<slug>`), as written (case kept). */
export function linkedInShorthand(input: string, kind: 'company' | 'in', field: string): string {
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
export function normaliseDomain(website: string, field = 'website'): string {
  const raw = typeof website === 'string' ? website.trim() : '';
  const fail = (why: string): never => {
    throw new ProviderInputError(`not a valid website or domain (${why}): ${JSON.stringify(website)}`, field);
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

/** A company query with every given part validated: what the providers resolve, strategy by strategy. */
export interface ParsedCompanyQuery {
  id?: number;
  slug?: string;
  domain?: string;
  name?: string;
}

export function parseCompanyQuery(query: CompanyQuery): ParsedCompanyQuery {
  if (query === null || typeof query !== 'object' || Array.isArray(query)) throw new ProviderInputError('a company query is required');
  const text = (value: unknown, field: string): string | undefined => {
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string' && typeof value !== 'number') throw new ProviderInputError(`${field} must be text`, field);
    const trimmed = String(value).trim();
    return trimmed === '' ? undefined : trimmed;
  };
  const id = text(query.companyId, 'companyId');
  const url = text(query.linkedInUrl, 'linkedInUrl');
  const website = text(query.website, 'website');
  const name = text(query.name, 'name');
  if (id === undefined && url === undefined && website === undefined && name === undefined) {
    throw new ProviderInputError('empty company query: give a company id, LinkedIn URL, website or name');
  }
  return {
    ...(id !== undefined ? { id: validCompanyId(id) } : {}),
    ...(url !== undefined ? { slug: linkedInCompanyShorthand(url) } : {}),
    ...(website !== undefined ? { domain: normaliseDomain(website) } : {}),
    ...(name !== undefined ? { name } : {}),
  };
}
