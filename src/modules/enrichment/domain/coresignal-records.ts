/**
 * Coresignal multi-source record shapes (../shared/spec/CORESIGNAL.md): the wire format of the provider, the shape
 * of the local dataset and of bulk-collect files, so one mapping serves every source.
 */
export type EmailStatus = 'verified' | 'matched_email' | 'matched_pattern' | 'guessed_common_pattern';

export type ManagementLevel =
  | 'C-Level'
  | 'VP-Level'
  | 'Director'
  | 'Manager'
  | 'Senior'
  | 'Mid-Level'
  | 'Specialist'
  | 'Intern';

export interface ExperienceRecord {
  active_experience: 0 | 1;
  position_title: string;
  department: string | null;
  management_level: ManagementLevel | null;
  company_id: number;
  company_name: string;
  company_website: string | null;
  company_linkedin_url: string | null;
  company_industry: string | null;
  company_employees_count: number | null;
  date_from: string | null;
  date_to: string | null;
  duration_months: number | null;
  order_in_profile: number;
}

/** employee_multi_source record as returned by collect. */
export interface EmployeeRecord {
  id: number;
  parent_id: number | null;
  full_name: string;
  first_name: string;
  last_name: string;
  headline: string | null;
  summary: string | null;
  picture_url: string | null;
  professional_network_url: string | null;
  location_full: string | null;
  location_country: string | null;
  location_city: string | null;
  is_working: 0 | 1;
  is_decision_maker: 0 | 1;
  is_deleted: 0 | 1;
  is_parent: 0 | 1;
  active_experience_company_id: number | null;
  active_experience_title: string | null;
  active_experience_department: string | null;
  active_experience_management_level: ManagementLevel | null;
  primary_professional_email: string | null;
  primary_professional_email_status: EmailStatus | null;
  professional_emails_collection: { professional_email: string; professional_email_status: EmailStatus }[];
  inferred_skills: string[];
  connections_count: number | null;
  followers_count: number | null;
  total_experience_duration_months: number | null;
  updated_at: string;
  checked_at: string;
  experience_change_last_identified_at: string | null;
  experience: ExperienceRecord[];
  /** not part of Coresignal's record: the local dataset's reporting line (employee id of the manager) */
  reports_to_id?: number | null;
}

/** What es_dsl/preview returns for an employee. */
export interface EmployeePreview {
  id: number;
  full_name: string;
  professional_network_url: string | null;
  headline: string | null;
  location_full: string | null;
  location_country: string | null;
  connections_count: number | null;
  followers_count: number | null;
  company_name: string | null;
  company_website: string | null;
  company_industry: string | null;
  active_experience_title: string | null;
  active_experience_department: string | null;
  active_experience_management_level: ManagementLevel | null;
  _score: number;
}

export interface KeyExecutive {
  parent_id: number;
  member_full_name: string;
  member_position_title: string;
}

/** company_multi_source record as returned by collect or enrich. */
export interface CompanyRecord {
  id: number;
  company_name: string;
  company_legal_name: string | null;
  website: string | null;
  linkedin_url: string | null;
  industry: string | null;
  type: string | null;
  founded_year: number | null;
  size_range: string | null;
  employees_count: number | null;
  employees_count_change: {
    change_monthly_percentage: number | null;
    change_quarterly_percentage: number | null;
    change_yearly_percentage: number | null;
  } | null;
  employees_count_breakdown_by_department: Record<string, number> | null;
  employees_count_breakdown_by_seniority: Record<string, number> | null;
  hq_country: string | null;
  hq_city: string | null;
  hq_location: string | null;
  description: string | null;
  is_b2b: 0 | 1 | null;
  is_public: 0 | 1 | null;
  last_funding_round_name: string | null;
  last_funding_round_announced_date: string | null;
  last_funding_round_amount_raised: number | null;
  active_job_postings_count: number | null;
  technologies_used: string[];
  key_executives: KeyExecutive[];
  key_executive_arrivals: KeyExecutive[];
  key_executive_departures: KeyExecutive[];
  last_updated_at: string;
}

/** What es_dsl/preview returns for a company. */
export type CompanyPreview = Pick<
  CompanyRecord,
  'id' | 'company_name' | 'website' | 'linkedin_url' | 'industry' | 'size_range' | 'employees_count' | 'hq_country'
> & { _score: number };

/** What callers are shown of a company: id and name, plus whichever of website, industry, headcount, LinkedIn are known. */
export interface CompanySummary {
  id: string;
  name: string;
  website?: string;
  industry?: string;
  employeeCount?: number;
  linkedinUrl?: string;
}

export function companySummaryOf(company: CompanyRecord): CompanySummary {
  return {
    id: String(company.id),
    name: company.company_name,
    ...(company.website ? { website: company.website } : {}),
    ...(company.industry ? { industry: company.industry } : {}),
    ...(company.employees_count !== null ? { employeeCount: company.employees_count } : {}),
    ...(company.linkedin_url ? { linkedinUrl: company.linkedin_url } : {}),
  };
}

/** A company record with only what is known filled in: every other field null or empty, as Coresignal leaves it. */
export function companyRecordOf(known: Pick<CompanyRecord, 'id' | 'company_name'> & Partial<CompanyRecord>): CompanyRecord {
  return {
    company_legal_name: null,
    website: null,
    linkedin_url: null,
    industry: null,
    type: null,
    founded_year: null,
    size_range: null,
    employees_count: null,
    employees_count_change: null,
    employees_count_breakdown_by_department: null,
    employees_count_breakdown_by_seniority: null,
    hq_country: null,
    hq_city: null,
    hq_location: null,
    description: null,
    is_b2b: null,
    is_public: null,
    last_funding_round_name: null,
    last_funding_round_announced_date: null,
    last_funding_round_amount_raised: null,
    active_job_postings_count: null,
    technologies_used: [],
    key_executives: [],
    key_executive_arrivals: [],
    key_executive_departures: [],
    last_updated_at: '',
    ...known,
  };
}
