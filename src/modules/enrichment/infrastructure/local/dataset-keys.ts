/**
 * The keys the local dataset is looked up by (LinkedIn shorthands, domains, emails, title tokens). Inputs are
 * validated with the Coresignal adapter's own validators, so both providers accept and reject exactly the same
 * input; the `try…` forms return null instead of throwing, for extracting keys from stored records.
 */
import { linkedInCompanyShorthand, linkedInProfileShorthand, normaliseDomain, validEmail } from '../../domain/provider-input.js';

/** Lower-case letter/digit tokens, as the Coresignal simulator (and Elasticsearch's standard analyser) splits text. */
export function titleTokens(text: string | null | undefined): string[] {
  if (!text) return [];
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/** The stored form of a title: tokens between single spaces with a space at each end (" vp of sales "), or null. */
export function titleTokenColumn(text: string | null | undefined): string | null {
  const tokens = titleTokens(text);
  return tokens.length === 0 ? null : ` ${tokens.join(' ')} `;
}

/** The LIKE pattern matching a phrase as whole, contiguous tokens in a title token column; null for a blank phrase. */
export function phrasePattern(phrase: string): string | null {
  const tokens = titleTokens(phrase);
  return tokens.length === 0 ? null : `% ${tokens.join(' ').replace(/[\\%_]/g, (c) => `\\${c}`)} %`;
}

/** The domain and its parents down to two labels: `eu.app.acme.com` → [eu.app.acme.com, app.acme.com, acme.com]. */
export function domainAndParents(domain: string): string[] {
  const labels = domain.split('.');
  const out: string[] = [];
  for (let i = 0; i <= labels.length - 2; i++) out.push(labels.slice(i).join('.'));
  return out;
}

function attempt<T>(f: () => T): T | null {
  try {
    return f();
  } catch {
    return null;
  }
}

/** `https://www.Example.com/about` → `example.com`; null when not a domain. */
export function tryDomain(website: unknown): string | null {
  return typeof website === 'string' && website.trim() !== '' ? attempt(() => normaliseDomain(website)) : null;
}

/** The lower-cased slug of a LinkedIn company URL, or null. */
export function tryCompanyShorthand(url: unknown): string | null {
  return typeof url === 'string' && url.trim() !== '' ? (attempt(() => linkedInCompanyShorthand(url))?.toLowerCase() ?? null) : null;
}

/** The lower-cased slug of a LinkedIn profile URL (/in/…), or null. */
export function tryProfileShorthand(url: unknown): string | null {
  return typeof url === 'string' && url.trim() !== '' ? (attempt(() => linkedInProfileShorthand(url))?.toLowerCase() ?? null) : null;
}

/** The lower-cased email, or null when it is not one. */
export function tryEmail(email: unknown): string | null {
  return typeof email === 'string' && email.trim() !== '' ? (attempt(() => validEmail(email))?.toLowerCase() ?? null) : null;
}
