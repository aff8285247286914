import { randomUUID } from 'node:crypto';
import type { CompanyRecord, EmployeeRecord, ManagementLevel } from '../../src/modules/enrichment/domain/coresignal-records.js';
import type { MessageBus } from '../../src/shared/messaging/message-bus.js';
import { providerChangeKey, type ProviderChangeMessage } from '../../src/shared/messaging/provider-change.message.js';

/**
 * Provider records and change notices for the real-time tests (test/provider-changes.e2e-spec.ts,
 * test/realtime-faults.e2e-spec.ts): companies, employees in the Coresignal multi-source shape, and what changes
 * them — someone leaves for another company, joins, gets a new title.
 */

export function companyRecord(id: number, name: string, employees: number): CompanyRecord {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return {
    id,
    company_name: name,
    company_legal_name: name,
    website: `https://www.${slug}.example`,
    linkedin_url: `https://www.linkedin.com/company/${slug}`,
    industry: 'Software',
    type: 'Privately Held',
    founded_year: 2012,
    size_range: null,
    employees_count: employees,
    employees_count_change: null,
    employees_count_breakdown_by_department: null,
    employees_count_breakdown_by_seniority: null,
    hq_country: 'United States',
    hq_city: 'Austin',
    hq_location: 'Austin, Texas, United States',
    description: `${name} makes software.`,
    is_b2b: 1,
    is_public: 0,
    last_funding_round_name: null,
    last_funding_round_announced_date: null,
    last_funding_round_amount_raised: null,
    active_job_postings_count: 3,
    technologies_used: [],
    key_executives: [],
    key_executive_arrivals: [],
    key_executive_departures: [],
    last_updated_at: new Date().toISOString(),
  } as CompanyRecord;
}

export interface Job {
  title: string;
  department: string;
  level: ManagementLevel;
}

function experience(company: CompanyRecord, job: Job, active: 0 | 1, order: number) {
  return {
    active_experience: active,
    position_title: job.title,
    department: job.department,
    management_level: job.level,
    company_id: company.id,
    company_name: company.company_name,
    company_website: company.website,
    company_linkedin_url: company.linkedin_url,
    company_industry: company.industry,
    company_employees_count: company.employees_count,
    date_from: '2021-03-01',
    date_to: active ? null : new Date().toISOString().slice(0, 10),
    duration_months: 40,
    order_in_profile: order,
  };
}

/** A current employee of `company`, checked by the provider today. */
export function employeeRecord(id: number, name: string, company: CompanyRecord, job: Job): EmployeeRecord {
  const [first, ...rest] = name.split(' ');
  const now = new Date().toISOString();
  return {
    id,
    parent_id: null,
    full_name: name,
    first_name: first!,
    last_name: rest.join(' '),
    headline: `${job.title} at ${company.company_name}`,
    summary: null,
    picture_url: null,
    professional_network_url: `https://www.linkedin.com/in/${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${id}`,
    location_full: 'Austin, Texas, United States',
    location_country: 'United States',
    location_city: 'Austin',
    is_working: 1,
    is_decision_maker: ['C-Level', 'VP-Level', 'Director'].includes(job.level) ? 1 : 0,
    is_deleted: 0,
    is_parent: 1,
    active_experience_company_id: company.id,
    active_experience_title: job.title,
    active_experience_department: job.department,
    active_experience_management_level: job.level,
    primary_professional_email: `${first!.toLowerCase()}.${id}@${company.website!.replace(/^https:\/\/www\./, '')}`,
    primary_professional_email_status: 'verified',
    professional_emails_collection: [],
    inferred_skills: [],
    connections_count: 500,
    followers_count: 300,
    total_experience_duration_months: 120,
    updated_at: now,
    checked_at: now,
    experience_change_last_identified_at: null,
    experience: [experience(company, job, 1, 0)],
  } as EmployeeRecord;
}

/** The person left for `company`: their job there is current, the old one ended today. */
export function movedTo(record: EmployeeRecord, company: CompanyRecord, job: Job): EmployeeRecord {
  const now = new Date().toISOString();
  return {
    ...record,
    headline: `${job.title} at ${company.company_name}`,
    active_experience_company_id: company.id,
    active_experience_title: job.title,
    active_experience_department: job.department,
    active_experience_management_level: job.level,
    updated_at: now,
    checked_at: now,
    experience_change_last_identified_at: now,
    experience: [experience(company, job, 1, 0), ...record.experience.map((past, index) => ({ ...past, active_experience: 0 as const, date_to: now.slice(0, 10), order_in_profile: index + 1 }))],
  };
}

/** A new title at the same company. */
export function retitled(record: EmployeeRecord, job: Job): EmployeeRecord {
  const now = new Date().toISOString();
  return {
    ...record,
    headline: job.title,
    active_experience_title: job.title,
    active_experience_department: job.department,
    active_experience_management_level: job.level,
    updated_at: now,
    checked_at: now,
    experience: record.experience.map((each) => (each.active_experience === 1 ? { ...each, position_title: job.title, department: job.department, management_level: job.level } : each)),
  };
}

/** A notice as the webhooks module publishes it (src/shared/messaging/provider-change.message.ts). */
export function notice(fields: Pick<ProviderChangeMessage, 'kind' | 'companyId'> & Partial<ProviderChangeMessage>): ProviderChangeMessage {
  return {
    noticeId: randomUUID(),
    deliveryId: randomUUID(),
    source: 'coresignal',
    status: fields.kind === 'employee.added' ? 'started_matching_query' : fields.kind === 'employee.deleted' ? 'stopped_matching_query' : 'changed',
    changedFields: null,
    receivedAt: new Date().toISOString(),
    ...fields,
  };
}

/** Publishes notices to the provider-changes topic as the webhooks module does: JSON, keyed by company. */
export async function publishNotices(bus: MessageBus, topic: string, notices: ProviderChangeMessage[]): Promise<void> {
  await bus.publish(
    topic,
    notices.map((each) => ({ key: providerChangeKey(each), value: JSON.stringify(each), headers: { 'content-type': 'application/json' } })),
  );
}
