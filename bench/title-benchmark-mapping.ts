/**
 * THE one mapping from the project's title taxonomy (title-taxonomy.ts) onto the label sets of the public
 * job-title benchmark (../shared/data/title-benchmark/README.md). Fixed before looking at results on
 * title-eval.csv; every choice follows the benchmark README's label definitions or, where the README is silent,
 * how the curated department-v2.csv / seniority-v2.csv files label such titles.
 */
import type { SeniorityLevel, TitleFunction } from '../src/modules/classification/domain/title-taxonomy.js';

export const BENCHMARK_DEPARTMENTS = [
  'Administrative',
  'Business Development',
  'Consulting',
  'Customer Support',
  'Human Resources',
  'Information Technology',
  'Marketing',
  'Other',
  'Project Management',
  'Purchasing',
  'Sales',
] as const;
export type BenchmarkDepartment = (typeof BENCHMARK_DEPARTMENTS)[number];

export const BENCHMARK_SENIORITIES = ['Junior', 'Professional', 'Senior', 'Lead', 'Director', 'Management'] as const;
export type BenchmarkSeniority = (typeof BENCHMARK_SENIORITIES)[number];

export const DEPARTMENT_MAPPING: Readonly<Record<TitleFunction, BenchmarkDepartment>> = {
  // README: "general management … falls under Other".
  executive: 'Other',
  sales: 'Sales',
  marketing: 'Marketing',
  // README: "Finance, Legal, Operations, Engineering outside IT … all fall under Other".
  finance: 'Other',
  legal: 'Other',
  // Information/cyber security is an IT discipline (IT security titles are IT in department-v2).
  security: 'Information Technology',
  it: 'Information Technology',
  // Our `engineering` is software/systems engineering: IT. Engineering outside IT (mechanical, electrical, civil,
  // German/Romance "Ingenieur", "Technik", hardware) is `manufacturing` and R&D is `research`, both Other below.
  engineering: 'Information Technology',
  // Product management sits with Marketing in department-v2 (Produktmanager rows are mostly Marketing).
  product: 'Marketing',
  // Data/analytics/BI titles are mostly Information Technology in department-v2.
  data: 'Information Technology',
  operations: 'Other',
  // Engineering outside IT, production, quality: README says Other.
  manufacturing: 'Other',
  hr: 'Human Resources',
  // Customer success is account care on the revenue side; department-v2 has no separate class, account roles are Sales.
  customer_success: 'Sales',
  customer_support: 'Customer Support',
  procurement: 'Purchasing',
  business_development: 'Business Development',
  consulting: 'Consulting',
  project_management: 'Project Management',
  administrative: 'Administrative',
  // Research, education, healthcare have no class of their own: Other.
  research: 'Other',
  education: 'Other',
  healthcare: 'Other',
  other: 'Other',
};

export const SENIORITY_MAPPING: Readonly<Record<SeniorityLevel, BenchmarkSeniority>> = {
  // Interns, trainees and working students are the lowest benchmark class.
  intern: 'Junior',
  junior: 'Junior',
  // Titles without a seniority word: the benchmark's Professional class.
  professional: 'Professional',
  senior: 'Senior',
  // "X Manager" titles (account, project, product, marketing managers) are Senior in seniority-v2 (≈ 95 %).
  manager: 'Senior',
  // Head of, Leiter, Teamleiter, chef de, jefe: Lead in seniority-v2.
  head: 'Lead',
  director: 'Director',
  // VPs are Management in seniority-v2; C-level, owners, founders and board members by the README.
  vp: 'Management',
  c_level: 'Management',
  owner: 'Management',
  board: 'Management',
};

/** Benchmark department labels as written in the files (tolerates case and spacing differences). */
export function canonicalDepartment(label: string): BenchmarkDepartment | null {
  const key = label.trim().toLowerCase().replace(/\s+/g, ' ');
  return BENCHMARK_DEPARTMENTS.find((d) => d.toLowerCase() === key) ?? null;
}

export function canonicalSeniority(label: string): BenchmarkSeniority | null {
  const key = label.trim().toLowerCase();
  return BENCHMARK_SENIORITIES.find((s) => s.toLowerCase() === key) ?? null;
}
