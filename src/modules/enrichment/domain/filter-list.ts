import { ProviderInputError } from './provider-errors.js';

/**
 * A list filter as every provider reads it: values trimmed and whitespace-collapsed, repeats dropped
 * case-insensitively (the first spelling kept); undefined when not given. A list of only blank values is refused:
 * dropping the filter would silently widen the search to everyone.
 */
export function cleanFilterList(values: unknown, field: string): string[] | undefined {
  if (values === undefined || values === null) return undefined;
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
  if (values.length > 0 && out.length === 0) throw new ProviderInputError(`${field} holds only blank values`, field);
  return out.length > 0 ? out : undefined;
}
