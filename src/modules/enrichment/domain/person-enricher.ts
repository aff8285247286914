/**
 * Person enrichment (PRODUCT.md §5 item 4): a person's full record from a professional email or a LinkedIn profile
 * URL, with the verification the classifier needs (§5 item 2): does the person still work at the company? Pure
 * orchestration over the {@link EmployeeDataProvider} port.
 *
 * - byEmail: the email's domain names the company (enrichCompanyByWebsite, else resolveCompany by website; a company
 *   hint replaces that step), a free search of its current employees with that exact email finds the id, one
 *   collect buys the record. Personal mailboxes (gmail.com…) name no company: without a hint they are answered
 *   "not found" for free.
 * - byLinkedInUrl: one collect by the profile's shorthand.
 * Bad input is a {@link ProviderInputError} naming the field, before anything is called.
 */
import { CompanyEnricher } from './company-enricher.js';
import { linkedInShorthand, normaliseDomain } from './provider-input.js';
import type { CompanyRecord, EmployeeRecord, ExperienceRecord } from './coresignal-records.js';
import { CreditBudget } from './credit-budget.js';
import type { CallContext, CompanyQuery, EmployeeDataProvider } from './employee-data.port.js';
import { ProviderInputError } from './provider-errors.js';

export interface EmploymentCheck {
  /** the person works at the company now: an active experience there, is_working 1, the record not deleted */
  currentlyEmployed: boolean;
  /** why, in a sentence: "active experience at Northwind Traders (2001) since 2022-01-01" */
  reason: string;
}

export interface PersonEnrichment extends EmploymentCheck {
  /** the full record; undefined when no one was found (then currentlyEmployed is false) */
  record: EmployeeRecord | undefined;
  /** the company checked against: the email's (or the hint's) company, or the profile's current employer */
  company?: CompanyRecord;
  /** the company id checked against, also when only the id is known */
  companyId?: number;
  matchedBy: 'email' | 'linkedin';
  /** how fresh the provider's record is (checked_at, else updated_at) */
  recordCheckedAt?: string;
  creditsSpent: number;
}

/** Mailbox providers: their domain says nothing about an employer (Coresignal has no personal emails anyway). */
export const PERSONAL_EMAIL_DOMAINS: ReadonlySet<string> = new Set([
  'gmail.com', 'googlemail.com', 'yahoo.com', 'yahoo.co.uk', 'ymail.com', 'hotmail.com', 'hotmail.co.uk', 'outlook.com',
  'live.com', 'msn.com', 'icloud.com', 'me.com', 'mac.com', 'aol.com', 'proton.me', 'protonmail.com', 'gmx.com', 'gmx.de',
  'gmx.net', 'web.de', 't-online.de', 'mail.com', 'mail.ru', 'yandex.ru', 'yandex.com', 'zoho.com', 'fastmail.com',
  'qq.com', '163.com',
]);

const EMAIL = /^[^\s@"<>(),;:\\[\]]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/i;

/**
 * The email, trimmed (its case kept: providers match it case-insensitively), and its lower-cased domain;
 * ProviderInputError when it is not an email address.
 */
export function parseEmail(email: string): { email: string; domain: string } {
  const value = typeof email === 'string' ? email.trim() : '';
  if (value.length > 254 || !EMAIL.test(value)) throw new ProviderInputError(`not a valid email address: ${JSON.stringify(email)}`, 'email');
  const domain = normaliseDomain(value.slice(value.lastIndexOf('@') + 1).toLowerCase(), 'email');
  return { email: value, domain };
}

/** The active experience at the company, if any. */
function activeAt(record: EmployeeRecord, companyId: number): ExperienceRecord | undefined {
  return (Array.isArray(record.experience) ? record.experience : []).find((x) => x?.active_experience === 1 && x.company_id === companyId);
}

/** The latest ended experience at the company, if any. */
function pastAt(record: EmployeeRecord, companyId: number): ExperienceRecord | undefined {
  return (Array.isArray(record.experience) ? record.experience : [])
    .filter((x) => x?.active_experience !== 1 && x?.company_id === companyId)
    .sort((a, b) => (b.date_to ?? '').localeCompare(a.date_to ?? ''))[0];
}

function currentEmployerName(record: EmployeeRecord): string | undefined {
  const id = record.active_experience_company_id;
  const active = (Array.isArray(record.experience) ? record.experience : []).find(
    (x) => x?.active_experience === 1 && (id === null || x.company_id === id),
  );
  if (active) return `${active.company_name} (${active.company_id})`;
  return id === null || id === undefined ? undefined : `company ${id}`;
}

/**
 * Does the person work at `companyId` now? Yes only with an active experience there (or it as
 * active_experience_company_id), is_working 1 and the record not deleted. Without a company id, the check is
 * against the record's own current employer.
 */
export function verifyEmployment(record: EmployeeRecord, companyId?: number, companyName?: string): EmploymentCheck {
  const expected = companyId ?? record.active_experience_company_id ?? undefined;
  if (record.is_deleted === 1) return { currentlyEmployed: false, reason: 'the provider marks this record as deleted' };
  if (expected === undefined || expected === null) {
    return { currentlyEmployed: false, reason: 'no current employer on record (no active experience)' };
  }
  const label = companyName ? `${companyName} (${expected})` : `company ${expected}`;
  const active = activeAt(record, expected);
  if (!active && record.active_experience_company_id !== expected) {
    const past = pastAt(record, expected);
    const now = currentEmployerName(record);
    const left = past ? `left ${label}${past.date_to ? ` on ${past.date_to}` : ''}` : `no experience at ${label}`;
    return { currentlyEmployed: false, reason: now ? `${left}; now at ${now}` : `${left}; not working now` };
  }
  if (record.is_working !== 1) return { currentlyEmployed: false, reason: `not working now (is_working 0), though ${label} is still listed as active` };
  const since = active?.date_from ? ` since ${active.date_from}` : '';
  const title = active?.position_title || record.active_experience_title;
  return { currentlyEmployed: true, reason: `active experience at ${label}${since}${title ? ` as ${title}` : ''}` };
}

export class PersonEnricher {
  private readonly companies: CompanyEnricher;

  constructor(private readonly provider: EmployeeDataProvider) {
    this.companies = new CompanyEnricher(provider);
  }

  /**
   * The current employee of the email's company with exactly this professional email. `companyHint` names the
   * company instead of the email's domain (for an address on another domain, or a personal mailbox).
   */
  async byEmail(email: string, companyHint?: CompanyQuery, ctx: CallContext = {}): Promise<PersonEnrichment> {
    const parsed = parseEmail(email);
    const budget = ctx.budget ?? new CreditBudget();
    const call: CallContext = { ...ctx, budget };
    const start = budget.spent;
    const done = (result: Omit<PersonEnrichment, 'creditsSpent' | 'matchedBy'>): PersonEnrichment => ({
      ...result,
      matchedBy: 'email',
      creditsSpent: budget.spent - start,
    });

    let company: CompanyRecord | undefined;
    if (companyHint !== undefined && companyHint !== null) {
      const found = await this.companies.enrich(companyHint, call);
      if (found.status !== 'resolved') {
        return done({
          record: undefined,
          currentlyEmployed: false,
          reason: `the company hint is ${found.status === 'ambiguous' ? `ambiguous (${found.candidates.length} candidates)` : 'not found'}`,
        });
      }
      company = found.company;
    } else {
      if (PERSONAL_EMAIL_DOMAINS.has(parsed.domain)) {
        return done({
          record: undefined,
          currentlyEmployed: false,
          reason: `${parsed.domain} is a personal mailbox: it names no employer (give a company hint)`,
        });
      }
      company = await this.provider.enrichCompanyByWebsite(parsed.domain, call);
      if (!company) {
        const resolution = await this.provider.resolveCompany({ website: parsed.domain }, call);
        if (resolution.status === 'resolved') company = resolution.company;
      }
      if (!company) return done({ record: undefined, currentlyEmployed: false, reason: `no company found for the domain ${parsed.domain}` });
    }

    const found = await this.provider.searchEmployees({ companyId: company.id, email: parsed.email }, 2, call);
    const id = found.ids[0];
    if (id === undefined) {
      return done({
        record: undefined,
        currentlyEmployed: false,
        company,
        companyId: company.id,
        reason: `no current employee of ${company.company_name} (${company.id}) has the email ${parsed.email}`,
      });
    }
    const [record] = await this.provider.collectEmployees([id], call);
    if (!record) {
      return done({
        record: undefined,
        currentlyEmployed: false,
        company,
        companyId: company.id,
        reason: `employee ${id} was found by search but could not be collected`,
      });
    }
    const check = verifyEmployment(record, company.id, company.company_name);
    const ambiguity = found.total > 1 ? ` (${found.total} current employees share this email: the best match was taken)` : '';
    return done({
      record,
      ...check,
      reason: `${check.reason}${ambiguity}`,
      company,
      companyId: company.id,
      recordCheckedAt: record.checked_at || record.updated_at || undefined,
    });
  }

  /**
   * The profile behind a LinkedIn URL (`linkedin.com/in/<slug>`). The employment check is against
   * `expectedCompanyId` when given (is the person still at the company we think?), else the record's own employer.
   */
  async byLinkedInUrl(url: string, expectedCompanyId?: number, ctx: CallContext = {}): Promise<PersonEnrichment> {
    linkedInShorthand(url, 'in', 'linkedInUrl');
    if (
      expectedCompanyId !== undefined &&
      expectedCompanyId !== null &&
      !(typeof expectedCompanyId === 'number' && Number.isSafeInteger(expectedCompanyId) && expectedCompanyId > 0)
    ) {
      throw new ProviderInputError(`expectedCompanyId must be a positive whole number, got ${JSON.stringify(expectedCompanyId)}`, 'expectedCompanyId');
    }
    const budget = ctx.budget ?? new CreditBudget();
    const start = budget.spent;
    const record = await this.provider.collectEmployeeByShorthand(url.trim(), { ...ctx, budget });
    const creditsSpent = budget.spent - start;
    if (!record) {
      return { record: undefined, currentlyEmployed: false, matchedBy: 'linkedin', reason: `no profile found for ${url.trim()}`, creditsSpent };
    }
    const companyId = expectedCompanyId ?? record.active_experience_company_id ?? undefined;
    const name =
      companyId === undefined
        ? undefined
        : (Array.isArray(record.experience) ? record.experience : []).find((x) => x?.company_id === companyId)?.company_name;
    return {
      record,
      ...verifyEmployment(record, companyId, name),
      companyId,
      matchedBy: 'linkedin',
      recordCheckedAt: record.checked_at || record.updated_at || undefined,
      creditsSpent,
    };
  }
}
