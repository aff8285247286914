import type {
  CompanyRecord,
  EmployeeRecord,
  ExperienceRecord,
  ManagementLevel,
} from '../../src/modules/enrichment/domain/coresignal-records.js';
import { InMemoryDataset } from '../../tools/coresignal-simulator/dataset.js';

/**
 * A small universe for the provider tests (test/coresignal-adapter.e2e-spec.ts, and the contract suite that runs the
 * same records through the local dataset and the simulator: test/support/provider-contract.ts): companies chosen for
 * name resolution (a typo, two "Contoso"s, a prefix, a near miss) and one company, Northwind Traders (2001), with
 * 37 current employees (plus a deleted, a non-parent and two who left: one not working, one now at Initech) for
 * pagination, criteria and employment verification.
 */

export const NORTHWIND = 2001;

function company(id: number, name: string, slug: string, website: string, employees: number, extra: Partial<CompanyRecord> = {}): CompanyRecord {
  return {
    id,
    company_name: name,
    company_legal_name: `${name} (legal)`,
    website: `https://www.${website}`,
    linkedin_url: `https://www.linkedin.com/company/${slug}`,
    industry: 'Wholesale',
    type: 'Privately Held',
    founded_year: 2001,
    size_range: '201-500 employees',
    employees_count: employees,
    employees_count_change: null,
    employees_count_breakdown_by_department: null,
    employees_count_breakdown_by_seniority: null,
    hq_country: 'United States',
    hq_city: 'Seattle',
    hq_location: 'Seattle, Washington, United States',
    description: `${name} trades things.`,
    is_b2b: 1,
    is_public: 0,
    last_funding_round_name: null,
    last_funding_round_announced_date: null,
    last_funding_round_amount_raised: null,
    active_job_postings_count: 2,
    technologies_used: [],
    key_executives: [],
    key_executive_arrivals: [],
    key_executive_departures: [],
    last_updated_at: '2026-10-01T00:00:00Z',
    ...extra,
  };
}

/** A day `days` days before now (funding dates are relative, so their recency bands hold whenever tests run). */
const daysAgo = (days: number, time = ''): string => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10) + time;
const growth = (yearly: number | string | null): Partial<CompanyRecord> => ({
  employees_count_change:
    yearly === null ? null : { change_monthly_percentage: null, change_quarterly_percentage: null, change_yearly_percentage: yearly as number },
});
const funding = (name: string, date: string, amount: number): Partial<CompanyRecord> => ({
  last_funding_round_name: name,
  last_funding_round_announced_date: date,
  last_funding_round_amount_raised: amount,
});

/**
 * Firmographics and growth signals vary for the company search (test/support/provider-contract.ts): every band of
 * every signal, values missing, a numeric string, a date-time, technologies in another case.
 */
export const COMPANIES: CompanyRecord[] = [
  company(NORTHWIND, 'Northwind Traders', 'northwind-traders', 'northwind.example', 250, {
    key_executives: [{ parent_id: 1, member_full_name: 'Ada Chief', member_position_title: 'Chief Executive Officer' }],
    ...growth(22.5),
    ...funding('Series B', daysAgo(100), 30_000_000),
    active_job_postings_count: 12,
    technologies_used: ['Salesforce', 'HubSpot', 'AWS'],
  }),
  company(2002, 'Contoso Ltd', 'contoso-ltd', 'contoso.co.uk', 800, {
    hq_country: 'United Kingdom',
    ...growth(-3),
    active_job_postings_count: 0,
    is_b2b: 0,
    technologies_used: ['SAP'],
  }),
  company(2003, 'Contoso GmbH', 'contoso-gmbh', 'contoso.de', 120, {
    hq_country: 'Germany',
    industry: 'Software',
    ...growth('8.5'),
    ...funding('Seed', daysAgo(400), 2_000_000),
    active_job_postings_count: 4,
    technologies_used: ['salesforce'],
  }),
  company(2004, 'Tailspin Traders', 'tailspin-traders', 'tailspin.example', 60, {
    industry: 'Software',
    ...growth(null),
    ...funding('Grant', daysAgo(800), 100_000),
    active_job_postings_count: null,
    is_b2b: null,
  }),
  company(2005, 'Globex Logistics', 'globex', 'globex.example', 1200, {
    industry: 'Logistics',
    ...growth(45),
    ...funding('Series C', daysAgo(250), 80_000_000),
    active_job_postings_count: 150,
    technologies_used: ['AWS', 'Kubernetes'],
  }),
  company(2006, 'Initech', 'initech', 'initech.example', 40, {
    industry: 'Software',
    ...growth(2),
    ...funding('Series A', daysAgo(30, 'T10:00:00Z'), 8_000_000),
    active_job_postings_count: 25,
    technologies_used: ['Salesforce'],
  }),
  company(2007, 'Northwind Health', 'northwind-health', 'northwindhealth.example', 90, {
    industry: 'Healthcare',
    ...growth(12),
    active_job_postings_count: 5,
    is_b2b: 0,
  }),
];

const byId = new Map(COMPANIES.map((c) => [c.id, c]));

interface Person {
  id: number;
  name: string;
  companyId: number | null;
  title: string | null;
  department: string | null;
  level: ManagementLevel | null;
  country?: string;
  extra?: Partial<EmployeeRecord>;
}

function employee(p: Person): EmployeeRecord {
  const [first, ...rest] = p.name.split(' ');
  const c = p.companyId === null ? undefined : byId.get(p.companyId);
  const country = p.country ?? 'United States';
  return {
    id: p.id,
    parent_id: null,
    full_name: p.name,
    first_name: first!,
    last_name: rest.join(' '),
    headline: p.title,
    summary: null,
    picture_url: null,
    professional_network_url: `https://www.linkedin.com/in/${p.name.toLowerCase().replace(/ /g, '-')}-${p.id}`,
    location_full: country,
    location_country: country,
    location_city: null,
    is_working: c ? 1 : 0,
    is_decision_maker: p.level === 'C-Level' || p.level === 'VP-Level' || p.level === 'Director' ? 1 : 0,
    is_deleted: 0,
    is_parent: 1,
    active_experience_company_id: c?.id ?? null,
    active_experience_title: p.title,
    active_experience_department: p.department,
    active_experience_management_level: p.level,
    primary_professional_email: null,
    primary_professional_email_status: null,
    professional_emails_collection: [],
    inferred_skills: [],
    connections_count: 500,
    followers_count: 100,
    total_experience_duration_months: 100,
    updated_at: '2026-10-01T00:00:00Z',
    checked_at: '2026-10-01T00:00:00Z',
    experience_change_last_identified_at: null,
    experience: c
      ? [
          {
            active_experience: 1,
            position_title: p.title ?? '',
            department: p.department,
            management_level: p.level,
            company_id: c.id,
            company_name: c.company_name,
            company_website: c.website,
            company_linkedin_url: c.linkedin_url,
            company_industry: c.industry,
            company_employees_count: c.employees_count,
            date_from: '2022-01-01',
            date_to: null,
            duration_months: 40,
            order_in_profile: 0,
          },
        ]
      : [],
    ...p.extra,
  };
}

/** A job that ended: an inactive experience at a fixture company. */
function pastAt(companyId: number, title: string, from: string, to: string, order: number): ExperienceRecord {
  const c = byId.get(companyId)!;
  return {
    active_experience: 0,
    position_title: title,
    department: 'Sales',
    management_level: 'Manager',
    company_id: c.id,
    company_name: c.company_name,
    company_website: c.website,
    company_linkedin_url: c.linkedin_url,
    company_industry: c.industry,
    company_employees_count: c.employees_count,
    date_from: from,
    date_to: to,
    duration_months: null,
    order_in_profile: order,
  };
}

const COUNTRIES = ['United States', 'Germany', 'France', 'United Kingdom'];

const PEOPLE: Person[] = [
  { id: 1, name: 'Ada Chief', companyId: NORTHWIND, title: 'Chief Executive Officer', department: 'C-Suite', level: 'C-Level' },
  { id: 2, name: 'Ben Revenue', companyId: NORTHWIND, title: 'Chief Revenue Officer', department: 'C-Suite', level: 'C-Level' },
  { id: 3, name: 'Cara Sales', companyId: NORTHWIND, title: 'VP Sales', department: 'Sales', level: 'VP-Level' },
  { id: 4, name: 'Dev Growth', companyId: NORTHWIND, title: 'Head of "Growth" & Partnerships', department: 'Marketing', level: 'Director' },
  {
    id: 5,
    name: 'Eva Ops',
    companyId: NORTHWIND,
    title: 'Director of Sales Operations',
    department: 'Sales',
    level: 'Director',
    country: 'Germany',
  },
  ...Array.from({ length: 20 }, (_, i): Person => ({
    id: 6 + i,
    name: `Rep Number${i + 1}`,
    companyId: NORTHWIND,
    title: i % 2 === 0 ? 'Account Executive' : 'Senior Account Executive',
    department: 'Sales',
    level: i % 2 === 0 ? 'Mid-Level' : 'Senior',
    country: COUNTRIES[i % COUNTRIES.length]!,
  })),
  ...Array.from({ length: 10 }, (_, i): Person => ({
    id: 26 + i,
    name: `Eng Number${i + 1}`,
    companyId: NORTHWIND,
    title: 'Software Engineer',
    department: 'Engineering and Technical',
    level: 'Mid-Level',
  })),
  { id: 36, name: 'Ivy Intern', companyId: NORTHWIND, title: 'Sales Intern', department: 'Sales', level: 'Intern' },
  {
    id: 37,
    name: 'Max Marketing',
    companyId: NORTHWIND,
    title: 'VP Marketing',
    department: 'Marketing',
    level: 'VP-Level',
    extra: { primary_professional_email: 'max.marketing@northwind.example', primary_professional_email_status: 'verified' },
  },
  // not current, parent, undeleted employees of Northwind: never in its searches
  { id: 38, name: 'Del Eted', companyId: NORTHWIND, title: 'Sales Manager', department: 'Sales', level: 'Manager', extra: { is_deleted: 1 } },
  { id: 39, name: 'Non Parent', companyId: NORTHWIND, title: 'Account Executive', department: 'Sales', level: 'Mid-Level', extra: { is_parent: 0 } },
  { id: 40, name: 'Left Already', companyId: 2004, title: 'Buyer', department: 'Operations', level: 'Manager' },
  { id: 41, name: 'Carl Finance', companyId: 2002, title: 'Chief Financial Officer', department: 'Finance & Accounting', level: 'C-Level' },
  { id: 42, name: 'Tina Tail', companyId: 2004, title: 'Chief Executive Officer', department: 'C-Suite', level: 'C-Level' },
  // people who left Northwind (person enrichment's "still works there?" check)
  {
    id: 43,
    name: 'Fay Former',
    companyId: null,
    title: null,
    department: null,
    level: null,
    extra: {
      primary_professional_email: 'fay.former@northwind.example',
      primary_professional_email_status: 'matched_pattern',
      experience: [pastAt(NORTHWIND, 'Sales Manager', '2019-03-01', '2025-06-30', 0)],
    },
  },
  {
    id: 44,
    name: 'Gus Moved',
    companyId: 2006,
    title: 'Head of Sales',
    department: 'Sales',
    level: 'Director',
    extra: { primary_professional_email: 'gus.moved@initech.example', primary_professional_email_status: 'verified' },
  },
];

/** left Northwind, not working now (her old email still names Northwind's domain) */
export const FAY_FORMER = 43;
/** left Northwind for Initech (2006) */
export const GUS_MOVED = 44;
/** Max Marketing (37), a current Northwind employee with a verified professional email */
export const MAX_MARKETING = 37;
export const MAX_EMAIL = 'max.marketing@northwind.example';

export const EMPLOYEES: EmployeeRecord[] = PEOPLE.map(employee).map((e) =>
  e.id === GUS_MOVED ? { ...e, experience: [...e.experience, pastAt(NORTHWIND, 'Account Executive', '2018-01-01', '2024-12-31', 1)] } : e,
);

/** ids of Northwind's current, parent, undeleted employees */
export const NORTHWIND_CURRENT: number[] = PEOPLE.filter((p) => p.id <= 37).map((p) => p.id);

export function coresignalFixture(): InMemoryDataset {
  return new InMemoryDataset(COMPANIES, EMPLOYEES);
}

/** The same records as JSON Lines (companies first), for the local dataset's importer. */
export function fixtureJsonLines(): string {
  return [...COMPANIES, ...EMPLOYEES].map((r) => JSON.stringify(r)).join('\n') + '\n';
}
