/**
 * Company enrichment (PRODUCT.md §5 item 4): find one company from whatever a person gave — id, LinkedIn URL,
 * website/domain, name — by trying several strategies in order of certainty, and say how it was found. Pure
 * orchestration over the {@link EmployeeDataProvider} port: the provider looks records up, this decides which
 * strategy to try next and explains the outcome.
 *
 * Strategies, each tried only when the query has that field, the next one only when the previous found nothing:
 * 1. `id` — collect by company id;
 * 2. `linkedin` — collect by the LinkedIn company page's shorthand;
 * 3. `website` — enrich by domain (the provider normalises `https://www.acme.com/about` to `acme.com`);
 * 4. `name` — fuzzy name matching with disambiguation (the provider ranks by name similarity, company-resolution.ts
 *    decides). When the name is ambiguous, the hints (country, industry) and the domain / LinkedIn page given with
 *    it pick the one candidate that fits them, if exactly one does.
 * Every field is validated before anything is called, so bad input is a {@link ProviderInputError} naming the field
 * (and no credits are spent); it never surfaces as a TypeError.
 */
import { normaliseCompanyName } from './company-name-similarity.js';
import type { CompanyRecord } from './coresignal-records.js';
import { CreditBudget } from './credit-budget.js';
import type { CallContext, CompanyCandidate, CompanyQuery, CompanyResolution, EmployeeDataProvider } from './employee-data.port.js';
import { ProviderInputError } from './provider-errors.js';
import { linkedInShorthand, normaliseDomain } from './provider-input.js';

export type CompanyStrategy = 'id' | 'linkedin' | 'website' | 'name';

export const COMPANY_STRATEGIES: readonly CompanyStrategy[] = ['id', 'linkedin', 'website', 'name'];

/** What one strategy did. */
export interface StrategyAttempt {
  strategy: CompanyStrategy;
  /** the value it looked up (normalised where the enricher normalises it), or null when skipped */
  input: string | null;
  /**
   * matched: it found the company; not_found / ambiguous: it answered without a single company; skipped: the
   * query had no such field; not_tried: an earlier strategy had already matched
   */
  outcome: 'matched' | 'not_found' | 'ambiguous' | 'skipped' | 'not_tried';
  /** a sentence for people: "collect by id 2001: Northwind Traders" */
  detail: string;
  /** credits this strategy spent (0 with the local provider) */
  creditsSpent: number;
}

/** Extra facts that pick one of several same-named companies. */
export interface CompanyHints {
  /** headquarters country ("Germany"), case-insensitive */
  country?: string;
  /** industry ("Wholesale"), case-insensitive */
  industry?: string;
}

interface EnrichmentCommon {
  attempts: StrategyAttempt[];
  /** everything the enrichment spent, by the ctx budget (or a private one when none was given) */
  creditsSpent: number;
}

export type CompanyEnrichment =
  | (EnrichmentCommon & {
      status: 'resolved';
      company: CompanyRecord;
      matchedBy: CompanyStrategy;
      /** the winner first (with its reason), then runners-up when the name strategy matched */
      candidates: CompanyCandidate[];
      /** set when an ambiguous name was settled by a hint: which hint did it */
      disambiguatedBy?: string;
    })
  | (EnrichmentCommon & { status: 'ambiguous'; candidates: CompanyCandidate[] })
  | (EnrichmentCommon & { status: 'not_found'; suggestions: CompanyCandidate[] });

/** The validated query: every field given, normalised; at least one is present. */
export interface ValidCompanyQuery {
  companyId?: string;
  linkedInUrl?: string;
  /** the domain: `https://www.Acme.com/about` → `acme.com` */
  website?: string;
  name?: string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function textField(query: Record<string, unknown>, field: keyof CompanyQuery): string | undefined {
  const value = query[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string' && !(typeof value === 'number' && field === 'companyId')) {
    throw new ProviderInputError(`${field} must be text`, field);
  }
  const text = String(value).replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}

/** Validates and normalises every field given; ProviderInputError (with the field) for the first bad one. */
export function validateCompanyQuery(query: CompanyQuery): ValidCompanyQuery {
  if (!isObject(query)) throw new ProviderInputError('a company query is required: give a company id, LinkedIn URL, website or name');
  const companyId = textField(query, 'companyId');
  const linkedInUrl = textField(query, 'linkedInUrl');
  const website = textField(query, 'website');
  const name = textField(query, 'name');
  if (companyId === undefined && linkedInUrl === undefined && website === undefined && name === undefined) {
    throw new ProviderInputError('empty company query: give a company id, LinkedIn URL, website or name');
  }
  const valid: ValidCompanyQuery = {};
  if (companyId !== undefined) {
    const n = /^\d+$/.test(companyId) ? Number(companyId) : NaN;
    if (!Number.isSafeInteger(n) || n < 1) {
      throw new ProviderInputError(`companyId must be a positive whole number, got ${JSON.stringify(query.companyId)}`, 'companyId');
    }
    valid.companyId = String(n);
  }
  if (linkedInUrl !== undefined) {
    linkedInShorthand(linkedInUrl, 'company', 'linkedInUrl');
    valid.linkedInUrl = linkedInUrl;
  }
  if (website !== undefined) valid.website = normaliseDomain(website);
  if (name !== undefined) {
    if (name.length > 200) throw new ProviderInputError('company name is longer than 200 characters', 'name');
    if (normaliseCompanyName(name) === '') {
      throw new ProviderInputError(`company name has no letters or digits: ${JSON.stringify(query.name)}`, 'name');
    }
    valid.name = name;
  }
  return valid;
}

function validateHints(hints: CompanyHints | undefined): CompanyHints {
  if (hints === undefined || hints === null) return {};
  if (!isObject(hints)) throw new ProviderInputError('hints must be an object', 'hints');
  const out: CompanyHints = {};
  for (const field of ['country', 'industry'] as const) {
    const value = hints[field];
    if (value === undefined || value === null) continue;
    if (typeof value !== 'string') throw new ProviderInputError(`hints.${field} must be text`, `hints.${field}`);
    const text = value.replace(/\s+/g, ' ').trim();
    if (text !== '') out[field] = text;
  }
  return out;
}

const same = (a: string | null | undefined, b: string): boolean => typeof a === 'string' && a.trim().toLowerCase() === b.toLowerCase();

/** Which hints a candidate fits, or null when it contradicts one of them. */
function fittingHints(company: CompanyRecord, query: ValidCompanyQuery, hints: CompanyHints): string[] | null {
  const fits: string[] = [];
  if (query.website !== undefined && company.website) {
    let domain: string | undefined;
    try {
      domain = normaliseDomain(company.website);
    } catch {
      domain = undefined;
    }
    if (domain !== undefined) {
      if (domain === query.website || query.website.endsWith(`.${domain}`)) fits.push(`website ${domain}`);
      else return null;
    }
  }
  if (query.linkedInUrl !== undefined && company.linkedin_url) {
    let slug: string | undefined;
    try {
      slug = linkedInShorthand(company.linkedin_url, 'company', 'linkedin_url').toLowerCase();
    } catch {
      slug = undefined;
    }
    if (slug !== undefined) {
      if (slug === linkedInShorthand(query.linkedInUrl, 'company', 'linkedInUrl').toLowerCase()) fits.push(`LinkedIn page ${slug}`);
      else return null;
    }
  }
  if (hints.country !== undefined) {
    if (same(company.hq_country, hints.country)) fits.push(`headquarters in ${hints.country}`);
    else return null;
  }
  if (hints.industry !== undefined) {
    if (same(company.industry, hints.industry)) fits.push(`industry ${hints.industry}`);
    else return null;
  }
  return fits;
}

export class CompanyEnricher {
  constructor(private readonly provider: EmployeeDataProvider) {}

  /**
   * Finds the company, trying the strategies in order (see the module comment). `ctx.budget` is charged by the
   * provider as usual; `creditsSpent` reports what this enrichment added to it.
   */
  async enrich(query: CompanyQuery, ctx: CallContext = {}, hints?: CompanyHints): Promise<CompanyEnrichment> {
    const valid = validateCompanyQuery(query);
    const hint = validateHints(hints);
    const budget = ctx.budget ?? new CreditBudget();
    const call: CallContext = { ...ctx, budget };
    const startedAt = budget.spent;
    const attempts: StrategyAttempt[] = [];
    const inputs: Record<CompanyStrategy, string | undefined> = {
      id: valid.companyId,
      linkedin: valid.linkedInUrl,
      website: valid.website,
      name: valid.name,
    };
    const spent = (): number => budget.spent - startedAt;
    const finish = <T extends object>(result: T, after: CompanyStrategy | null): T & EnrichmentCommon => {
      // strategies after the one that settled it are reported as not tried (or skipped when there was no input)
      const from = after === null ? COMPANY_STRATEGIES.length : COMPANY_STRATEGIES.indexOf(after) + 1;
      for (const strategy of COMPANY_STRATEGIES.slice(from)) {
        if (attempts.some((a) => a.strategy === strategy)) continue;
        const input = inputs[strategy];
        attempts.push(
          input === undefined
            ? { strategy, input: null, outcome: 'skipped', detail: `no ${describe(strategy)} given`, creditsSpent: 0 }
            : { strategy, input, outcome: 'not_tried', detail: `not needed: matched by ${after}`, creditsSpent: 0 },
        );
      }
      return { ...result, attempts, creditsSpent: spent() };
    };

    let last: CompanyResolution | undefined;
    for (const strategy of COMPANY_STRATEGIES) {
      const input = inputs[strategy];
      if (input === undefined) {
        attempts.push({ strategy, input: null, outcome: 'skipped', detail: `no ${describe(strategy)} given`, creditsSpent: 0 });
        continue;
      }
      const before = budget.spent;
      const resolution = await this.provider.resolveCompany(singleField(strategy, input), call);
      const cost = budget.spent - before;
      last = resolution;
      if (resolution.status === 'resolved') {
        attempts.push({
          strategy,
          input,
          outcome: 'matched',
          detail: `${lookupOf(strategy, input)}: ${resolution.company.company_name} (${resolution.company.id})`,
          creditsSpent: cost,
        });
        return finish({ status: 'resolved' as const, company: resolution.company, matchedBy: strategy, candidates: resolution.candidates }, strategy);
      }
      if (resolution.status === 'ambiguous') {
        attempts.push({
          strategy,
          input,
          outcome: 'ambiguous',
          detail: `${lookupOf(strategy, input)}: ${resolution.candidates.length} plausible companies`,
          creditsSpent: cost,
        });
        const settled = this.disambiguate(resolution.candidates, valid, hint);
        if (settled) {
          return finish(
            {
              status: 'resolved' as const,
              company: settled.candidate.company,
              matchedBy: strategy,
              candidates: [
                { ...settled.candidate, reason: `${settled.candidate.reason}; fits ${settled.by}` },
                ...resolution.candidates.filter((c) => c !== settled.candidate),
              ],
              disambiguatedBy: settled.by,
            },
            strategy,
          );
        }
        continue;
      }
      attempts.push({
        strategy,
        input,
        outcome: 'not_found',
        detail:
          resolution.suggestions.length > 0
            ? `${lookupOf(strategy, input)}: no match; ${resolution.suggestions.length} suggestions`
            : `${lookupOf(strategy, input)}: no match`,
        creditsSpent: cost,
      });
    }
    // only the name strategy answers ambiguous / with suggestions, and it runs last
    if (last?.status === 'ambiguous') {
      const ranked = this.rankByHints(last.candidates, valid, hint);
      return finish({ status: 'ambiguous' as const, candidates: ranked }, null);
    }
    return finish({ status: 'not_found' as const, suggestions: last?.status === 'not_found' ? last.suggestions : [] }, null);
  }

  /** The one candidate that fits every hint given (at least one hint must be given and fit). */
  private disambiguate(
    candidates: CompanyCandidate[],
    query: ValidCompanyQuery,
    hints: CompanyHints,
  ): { candidate: CompanyCandidate; by: string } | undefined {
    const fitting = candidates
      .map((candidate) => ({ candidate, fits: fittingHints(candidate.company, query, hints) }))
      .filter((x): x is { candidate: CompanyCandidate; fits: string[] } => x.fits !== null && x.fits.length > 0);
    if (fitting.length !== 1) return undefined;
    return { candidate: fitting[0]!.candidate, by: fitting[0]!.fits.join(', ') };
  }

  /** Candidates fitting the hints first (stable otherwise), with the fit in the reason. */
  private rankByHints(candidates: CompanyCandidate[], query: ValidCompanyQuery, hints: CompanyHints): CompanyCandidate[] {
    const scored = candidates.map((c, i) => ({ c, i, fits: fittingHints(c.company, query, hints) }));
    if (scored.every((s) => s.fits === null || s.fits.length === 0)) return candidates;
    return scored
      .sort((a, b) => Number(b.fits !== null && b.fits.length > 0) - Number(a.fits !== null && a.fits.length > 0) || a.i - b.i)
      .map(({ c, fits }) => (fits && fits.length > 0 ? { ...c, reason: `${c.reason}; fits ${fits.join(', ')}` } : c));
  }
}

function singleField(strategy: CompanyStrategy, input: string): CompanyQuery {
  switch (strategy) {
    case 'id':
      return { companyId: input };
    case 'linkedin':
      return { linkedInUrl: input };
    case 'website':
      return { website: input };
    case 'name':
      return { name: input };
  }
}

function describe(strategy: CompanyStrategy): string {
  return strategy === 'id' ? 'company id' : strategy === 'linkedin' ? 'LinkedIn URL' : strategy === 'website' ? 'website' : 'name';
}

function lookupOf(strategy: CompanyStrategy, input: string): string {
  switch (strategy) {
    case 'id':
      return `collect by id ${input}`;
    case 'linkedin':
      return `collect by LinkedIn page ${input}`;
    case 'website':
      return `enrich by website ${input}`;
    case 'name':
      return `fuzzy name search '${input}'`;
  }
}
