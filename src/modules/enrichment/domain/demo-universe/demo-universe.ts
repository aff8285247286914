/**
 * Deterministic demo universe: fictional companies (Coresignal company_multi_source records) and their employees
 * (employee_multi_source records), generated from a seed. Pure: no I/O, no Math.random, no clock — dates derive from
 * `asOf` (default 2026-11-01).
 *
 * Identifiers
 * - Company ids: 10_001, 10_002, … in generation order (COMPANY_ID_BASE + 1 + index).
 * - Employee ids: companyId * 1_000_000 + n, n ≥ 1; `companyIdOfEmployee` inverts it. The company in the id is the
 *   company whose `generateEmployees` produced the record (for a leaver: the former employer, not the current one).
 *
 * What `generateEmployees(company)` returns, in this order (n = 1, 2, …):
 * 1. n = 1..employees_count — the current employees, exactly `employees_count` of them: `is_parent` 1, `is_deleted`
 *    0, `active_experience_company_id` = company.id. n = 1 is the CEO / founder / managing director (reports_to_id
 *    null), then the other C-suite seats, then each function top-down. Every other current employee has
 *    `reports_to_id` = the id of a current employee of the same company (a tree rooted at the CEO).
 *    Headcount rule: count(is_parent 1, is_deleted 0, active_experience_company_id = company.id) === employees_count,
 *    and the company's department/seniority breakdowns are computed from the same plan, so they match exactly.
 * 2. leavers (2–5 % of headcount; small companies sometimes one): former employees. Their experience at this company
 *    has `active_experience` 0 and a `date_to` 1–11 months before asOf; their current job (active experience) is at
 *    another company of the universe (≈ 65 %) or they are not working (`is_working` 0, active fields null).
 *    `reports_to_id` null. When the company reports a key_executive_departure, the first leaver is that executive.
 * 3. duplicates (≈ 1 %): a second, stale profile of a current employee — `is_parent` 0, `parent_id` = the main
 *    record's id, same current experience, another LinkedIn URL, `reports_to_id` null.
 * 4. deleted (≈ 0.5 %): `is_deleted` 1 profiles that otherwise look current (not counted in the headcount).
 * Main records have `parent_id` = their own id.
 */
import type { CompanyRecord, EmployeeRecord, KeyExecutive } from '../coresignal-records.js';
import { COMMON_TECH, INDUSTRIES, NAME_STEMS, type Industry } from './industries.js';
import { COUNTRIES, HQ_COUNTRY_WEIGHTS, asciiSlug, type Country } from './names.js';
import { breakdowns, execPositions, planOrg, positions, vpHeadPositions, type Position } from './org.js';
import {
  EMPLOYEE_ID_FACTOR,
  buildCurrent,
  buildDeleted,
  buildDuplicate,
  buildLeaver,
  domainOfCompany,
  identityOf,
  leaverSeed,
  titleOf,
  type BuiltPerson,
  type CompanyContext,
  type EmailPattern,
} from './people.js';
import { Rng } from './prng.js';

export interface DemoUniverseOptions {
  seed: number;
  /** 1 = the default universe (~1,000 companies); company counts per size band scale linearly (rounded) */
  scale: number;
  /** reference date (YYYY-MM-DD) all dates derive from; default 2026-11-01 */
  asOf?: string;
}

export const DEFAULT_AS_OF = '2026-11-01';
export const DEFAULT_UNIVERSE: DemoUniverseOptions = { seed: 42, scale: 1 };
export const COMPANY_ID_BASE = 10_000;
export { EMPLOYEE_ID_FACTOR };

/** Headcount bands of the universe and how many companies each holds at scale 1 (realistic skew: mostly small). */
export const SIZE_BANDS: readonly { min: number; max: number; companies: number }[] = [
  { min: 5, max: 10, companies: 90 },
  { min: 11, max: 50, companies: 300 },
  { min: 51, max: 200, companies: 280 },
  { min: 201, max: 500, companies: 150 },
  { min: 501, max: 1_000, companies: 85 },
  { min: 1_001, max: 5_000, companies: 75 },
  { min: 5_001, max: 10_000, companies: 25 },
  { min: 10_001, max: 20_000, companies: 10 },
  { min: 20_001, max: 50_000, companies: 4 },
  { min: 50_001, max: 90_000, companies: 2 },
];

export function companyIdOfEmployee(employeeId: number): number {
  return Math.floor(employeeId / EMPLOYEE_ID_FACTOR);
}

export function employeeIdOf(companyId: number, n: number): number {
  return companyId * EMPLOYEE_ID_FACTOR + n;
}

/** Coresignal-style size range ("51-200 employees"). */
export function sizeRangeOf(employees: number): string {
  if (employees <= 10) return '1-10 employees';
  if (employees <= 50) return '11-50 employees';
  if (employees <= 200) return '51-200 employees';
  if (employees <= 500) return '201-500 employees';
  if (employees <= 1_000) return '501-1,000 employees';
  if (employees <= 5_000) return '1,001-5,000 employees';
  if (employees <= 10_000) return '5,001-10,000 employees';
  return '10,001+ employees';
}

/** The bare domain of a company's website ("northwindanalytics.com"). */
export const companyDomain = domainOfCompany;

function asOfMs(options: DemoUniverseOptions): number {
  const s = options.asOf ?? DEFAULT_AS_OF;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) throw new Error(`asOf must be YYYY-MM-DD, got ${s}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

function industryOf(company: CompanyRecord): Industry {
  return INDUSTRIES.find((i) => i.name === company.industry) ?? INDUSTRIES[0]!;
}

function countryOf(company: CompanyRecord): Country {
  const v = company.hq_country;
  return Object.values(COUNTRIES).find((c) => c.name === v || c.code === v) ?? COUNTRIES.US!;
}

const TRADITIONAL = new Set(['Manufacturing', 'Retail', 'Logistics', 'Energy', 'Insurance', 'Real Estate', 'Hospitality', 'Automotive', 'Healthcare', 'Education', 'Construction']);

function contextFor(company: CompanyRecord, options: DemoUniverseOptions, withPastEmployers: boolean): CompanyContext {
  const asOf = asOfMs(options);
  const d = new Date(asOf);
  const industry = industryOf(company);
  const country = countryOf(company);
  const rng = new Rng(options.seed, company.id, 'ctx');
  const h = company.employees_count ?? 10;
  let nativeShare = 0.35 + (TRADITIONAL.has(industry.name) ? 0.25 : 0) - (industry.tech ? 0.15 : 0) + (h < 50 ? 0.1 : 0) + (rng.next() - 0.5) * 0.2;
  nativeShare = Math.min(0.85, Math.max(0.05, nativeShare));
  const emailPattern = rng.weighted<EmailPattern>([
    ['first.last', 55], ['flast', 15], ['first', h < 50 ? 12 : 2], ['firstl', 5], ['first_last', 4], ['last.first', 4], ['f.last', 8],
  ]);
  const plan = planOrg(options.seed, company.id, h, industry, country.region);
  const pastEmployers = withPastEmployers ? universeIndex(options) : { all: [], byCountry: new Map() };
  return {
    seed: options.seed,
    asOf,
    asOfMonth: d.getUTCFullYear() * 12 + d.getUTCMonth(),
    company,
    industry,
    country,
    plan,
    nativeShare,
    emailPattern,
    domain: domainOfCompany(company),
    pastEmployers,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// companies

const FUNDING: readonly { name: string; min: number; max: number }[] = [
  { name: 'Pre-Seed', min: 0.2, max: 1.5 },
  { name: 'Seed', min: 0.8, max: 4 },
  { name: 'Series A', min: 5, max: 20 },
  { name: 'Series B', min: 15, max: 60 },
  { name: 'Series C', min: 30, max: 120 },
  { name: 'Series D', min: 60, max: 250 },
  { name: 'Series E', min: 100, max: 400 },
];

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

function nameFor(rng: Rng, industry: Industry, country: Country, taken: Set<string>): string {
  for (let tries = 0; tries < 60; tries++) {
    const stem = rng.pick(NAME_STEMS);
    const local = country.language !== 'en' ? industry.localSuffixes?.[country.language] : undefined;
    const suffix = local && rng.chance(0.35) ? rng.pick(local) : rng.pick(industry.nameSuffixes);
    let name = suffix === 'ly' ? `${stem}ly` : `${stem} ${suffix}`;
    if (tries >= 20) name = `${stem} ${rng.pick(NAME_STEMS)} ${suffix}`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
  let k = 2;
  const base = `${rng.pick(NAME_STEMS)} ${industry.nameSuffixes[0]}`;
  while (taken.has(`${base} ${k}`.toLowerCase())) k++;
  taken.add(`${base} ${k}`.toLowerCase());
  return `${base} ${k}`;
}

function companyRecordBase(id: number, headcount: number, rng: Rng, asOf: number, names: Set<string>, domains: Set<string>): CompanyRecord {
  const asOfYear = new Date(asOf).getUTCFullYear();
  const industry = rng.weighted(
    INDUSTRIES.map((i) => [i, headcount >= 5000 ? i.largeWeight : headcount >= 1000 ? (i.weight + i.largeWeight) / 2 : i.weight] as const),
  );
  const country = COUNTRIES[rng.weighted(HQ_COUNTRY_WEIGHTS)]!;
  const name = nameFor(rng, industry, country, names);
  const slug = asciiSlug(name.replace(/\s+/g, ''));
  const tld = rng.chance(0.5) ? rng.pick(industry.tlds) : country.tld;
  let domain = `${slug}.${tld}`;
  for (let k = 2; domains.has(domain); k++) domain = `${slug}${k}.${tld}`;
  domains.add(domain);
  const linkedinSlug = name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

  const founded =
    headcount < 50 ? rng.int(2012, asOfYear - 1)
      : headcount < 200 ? rng.int(2004, asOfYear - 2)
        : headcount < 1000 ? rng.int(1992, 2021)
          : headcount < 10_000 ? rng.int(1955, 2016)
            : rng.int(1890, 2008);
  const age = asOfYear - founded;
  const isPublic = headcount >= 5000 ? rng.chance(0.75) : headcount >= 1000 ? rng.chance(0.3) : headcount >= 200 ? rng.chance(0.04) : false;
  const cityIdx = rng.int(0, country.cities.length - 1);
  const city = country.cities[cityIdx]!;
  const state = country.states?.[cityIdx];

  const yearly = age <= 6 ? 25 + rng.normal() * 25 : headcount < 1000 ? 8 + rng.normal() * 12 : 2 + rng.normal() * 6;
  const quarterly = yearly / 4 + rng.normal() * 2;
  const monthly = yearly / 12 + rng.normal() * 1;

  const hiringRate = Math.max(0, yearly) / 100;
  const postings = Math.round(headcount * (hiringRate * (0.2 + 0.6 * rng.next()) + 0.01 * rng.next()));

  let fundingName: string | null = null;
  let fundingDate: string | null = null;
  let fundingAmount: number | null = null;
  if (isPublic) {
    if (rng.chance(0.35)) {
      fundingName = rng.pick(['Post-IPO Equity', 'Post-IPO Debt']);
      fundingAmount = Math.round((50 + rng.next() * 900) * 1e6);
    }
  } else if (industry.tech || industry.name === 'Biotech' || (industry.name === 'Financial Services' && rng.chance(0.5)) || rng.chance(0.25)) {
    const stage = headcount < 20 ? rng.int(0, 1) : headcount < 60 ? rng.int(1, 2) : headcount < 200 ? rng.int(2, 3) : headcount < 1000 ? rng.int(3, 5) : rng.int(4, 6);
    if (industry.tech || industry.name === 'Biotech' || rng.chance(0.4)) {
      const f = FUNDING[stage]!;
      fundingName = f.name;
      fundingAmount = Math.round((f.min + rng.next() * (f.max - f.min)) * 1e6);
    } else {
      fundingName = rng.pick(['Private Equity', 'Debt Financing', 'Grant', 'Venture - Series Unknown']);
      fundingAmount = Math.round((fundingName === 'Grant' ? 0.1 + rng.next() * 2 : 5 + rng.next() * 300) * 1e6);
    }
  }
  if (fundingName) {
    const monthsAgo = Math.min(age * 12, rng.int(1, 48));
    fundingDate = isoDay(asOf - monthsAgo * 30.4 * 86_400_000 - rng.int(0, 27) * 86_400_000);
  }

  const tech = new Set<string>();
  const nIndustryTech = rng.int(3, Math.min(8, industry.technologies.length));
  for (const t of rng.shuffle([...industry.technologies]).slice(0, nIndustryTech)) tech.add(t);
  const nCommon = Math.min(COMMON_TECH.length, rng.int(2, 4) + Math.floor(Math.log10(headcount) * 2));
  for (const t of rng.shuffle([...COMMON_TECH]).slice(0, nCommon)) tech.add(t);

  const legalForm = rng.pick(country.legalForms);
  const what = rng.pick(industry.what);
  return {
    id,
    company_name: name,
    company_legal_name: `${name} ${legalForm}`,
    website: `https://www.${domain}`,
    linkedin_url: `https://www.linkedin.com/company/${linkedinSlug}`,
    industry: industry.name,
    type: isPublic ? 'Public Company' : industry.name === 'Consulting' && rng.chance(0.4) ? 'Partnership' : headcount < 20 && rng.chance(0.15) ? 'Self-Owned' : 'Privately Held',
    founded_year: founded,
    size_range: sizeRangeOf(headcount),
    employees_count: headcount,
    employees_count_change: {
      change_monthly_percentage: round2(monthly),
      change_quarterly_percentage: round2(quarterly),
      change_yearly_percentage: round2(yearly),
    },
    employees_count_breakdown_by_department: null,
    employees_count_breakdown_by_seniority: null,
    hq_country: country.name,
    hq_city: city,
    hq_location: state ? `${city}, ${state}, ${country.name}` : `${city}, ${country.name}`,
    description: `${name} ${what}. Founded in ${founded} and headquartered in ${city}, ${country.name}.`,
    is_b2b: rng.chance(industry.b2b) ? 1 : 0,
    is_public: isPublic ? 1 : 0,
    last_funding_round_name: fundingName,
    last_funding_round_announced_date: fundingDate,
    last_funding_round_amount_raised: fundingAmount,
    active_job_postings_count: postings,
    technologies_used: [...tech],
    key_executives: [],
    key_executive_arrivals: [],
    key_executive_departures: [],
    last_updated_at: new Date(asOf - rng.int(0, 20) * 86_400_000 - rng.int(0, 86_399) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
  };
}

function keyExecutive(ctx: CompanyContext, pos: Position): KeyExecutive {
  const id = identityOf(ctx, pos.n, pos.region);
  return { parent_id: employeeIdOf(ctx.company.id, pos.n), member_full_name: `${id.first} ${id.last}`, member_position_title: titleOf(ctx, pos, id) };
}

/** Fills the plan-derived fields: breakdowns, key executives, arrivals and departures. */
function completeCompany(company: CompanyRecord, options: DemoUniverseOptions): void {
  const ctx = contextFor(company, options, false);
  const { byDepartment, bySeniority } = breakdowns(ctx.plan);
  company.employees_count_breakdown_by_department = byDepartment;
  company.employees_count_breakdown_by_seniority = bySeniority;
  const execs = execPositions(ctx.plan);
  const keys = [...execs, ...vpHeadPositions(ctx.plan)].slice(0, Math.max(execs.length, 15));
  company.key_executives = keys.map((p) => keyExecutive(ctx, p));
  const turnover = ctx.plan.execTurnover;
  if (turnover) {
    const leaver = leaverSeed(ctx, 0, () => execs[0]!);
    company.key_executive_departures = [
      { parent_id: employeeIdOf(company.id, leaver.n), member_full_name: `${leaver.id.first} ${leaver.id.last}`, member_position_title: leaver.title },
    ];
    company.key_executive_arrivals = [keyExecutive(ctx, execs[turnover.seat]!)];
  }
}

/** All companies of the universe (fresh objects on every call; ~1,000 at scale 1). */
export function generateCompanies(options: DemoUniverseOptions): CompanyRecord[] {
  const asOf = asOfMs(options);
  const rng = new Rng(options.seed, 'universe');
  const sizes: [number, number][] = [];
  for (const band of SIZE_BANDS) {
    const count = Math.round(band.companies * options.scale);
    for (let i = 0; i < count; i++) sizes.push([band.min, band.max]);
  }
  if (sizes.length === 0 && options.scale > 0) sizes.push([11, 50]);
  rng.shuffle(sizes);
  const names = new Set<string>();
  const domains = new Set<string>();
  return sizes.map(([min, max], i) => {
    const id = COMPANY_ID_BASE + 1 + i;
    const crng = new Rng(options.seed, 'company', id);
    const headcount = Math.round(Math.exp(Math.log(min) + crng.next() * (Math.log(max + 1) - Math.log(min))));
    const company = companyRecordBase(id, Math.min(max, Math.max(min, headcount)), crng, asOf, names, domains);
    completeCompany(company, options);
    return company;
  });
}

// a small cache of universes (companies are read-only inside this module): past employers of people
interface UniverseIndex {
  all: readonly CompanyRecord[];
  byId: ReadonlyMap<number, CompanyRecord>;
  byCountry: ReadonlyMap<string, readonly CompanyRecord[]>;
}
const universes = new Map<string, UniverseIndex>();

function universeIndex(options: DemoUniverseOptions): UniverseIndex {
  const key = `${options.seed}|${options.scale}|${options.asOf ?? DEFAULT_AS_OF}`;
  let u = universes.get(key);
  if (!u) {
    const all = generateCompanies(options);
    const byCountry = new Map<string, CompanyRecord[]>();
    for (const c of all) {
      const code = countryOf(c).code;
      let list = byCountry.get(code);
      if (!list) byCountry.set(code, (list = []));
      list.push(c);
    }
    u = { all, byId: new Map(all.map((c) => [c.id, c])), byCountry };
    if (universes.size >= 4) universes.delete(universes.keys().next().value!);
    universes.set(key, u);
  }
  return u;
}

/** The universe's company with this id (a copy), or null. */
export function companyById(companyId: number, options: DemoUniverseOptions): CompanyRecord | null {
  const c = universeIndex(options).byId.get(companyId);
  return c ? structuredClone(c) : null;
}

// ---------------------------------------------------------------------------------------------------------------
// employees

/**
 * Every employee record of a company (see the module comment for the order and the meaning of each group).
 * Deterministic per (seed, company.id) for a given company record; ~1–2 µs·10 per person.
 */
export function generateEmployees(company: CompanyRecord, options: DemoUniverseOptions): EmployeeRecord[] {
  const ctx = contextFor(company, options, true);
  const plan = ctx.plan;
  const pos = positions(plan);
  const used = new Map<string, number>();
  const built: BuiltPerson[] = pos.map((p) => buildCurrent(ctx, p, used));
  const out: EmployeeRecord[] = built.map((b) => b.record);
  const nonExec = pos.length > plan.execs.length ? pos.slice(plan.execs.length) : null;
  const sample = (rng: Rng): Position =>
    nonExec
      ? rng.pick(nonExec)
      : { n: 0, fn: 'operations', exec: null, department: 'Operations', level: 'Mid-Level', slot: 'mid', reportsTo: null, region: null, head: false };
  let n = plan.headcount;
  for (let k = 0; k < plan.leavers; k++) out.push(buildLeaver(ctx, leaverSeed(ctx, k, sample)));
  n += plan.leavers;
  for (let k = 0; k < plan.duplicates; k++) {
    n++;
    const rng = new Rng(options.seed, company.id, n, 'dp');
    out.push(buildDuplicate(ctx, n, built[rng.int(0, built.length - 1)]!));
  }
  for (let k = 0; k < plan.deleted; k++) {
    n++;
    out.push(buildDeleted(ctx, n, sample));
  }
  return out;
}

/** Streams the employees of every company of the universe, company by company (memory: one company at a time). */
export function* streamEmployees(options: DemoUniverseOptions): Generator<EmployeeRecord> {
  for (const company of generateCompanies(options)) yield* generateEmployees(company, options);
}

/** One employee record by id, or null (generates the owning company's list; cache it if you call this often). */
export function findEmployee(employeeId: number, options: DemoUniverseOptions): EmployeeRecord | null {
  const company = universeIndex(options).byId.get(companyIdOfEmployee(employeeId));
  if (!company) return null;
  return generateEmployees(company, options).find((e) => e.id === employeeId) ?? null;
}
