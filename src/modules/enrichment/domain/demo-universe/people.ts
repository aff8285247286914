/**
 * Builds employee records of one company from its org plan: identity (name, location, title language), title,
 * experience history, contact data and freshness. Every person draws from their own PRNG streams keyed by
 * (seed, company id, n), so any one person can be rebuilt without the others (key executives are built this way).
 */
import type {
  CompanyRecord,
  EmailStatus,
  EmployeeRecord,
  ExperienceRecord,
  ManagementLevel,
} from '../coresignal-records.js';
import { FN_SKILLS, type Industry } from './industries.js';
import { COUNTRIES, NAMES, REGION_COUNTRIES, asciiSlug, type Country, type Gender, type NameCulture, type TitleLanguage } from './names.js';
import { execPositions, positions, type OrgPlan, type Position } from './org.js';
import { Rng, hash32 } from './prng.js';
import {
  EN_TITLES,
  EXEC_SEATS,
  FN_DEPARTMENT,
  LOCAL_TITLES,
  genderTitle,
  messUp,
  withRegion,
  type ExecRole,
  type Fn,
  type Slot,
} from './titles.js';

// bound once: global lookups are slow inside vm contexts (Jest)
const { floor, min, max, round, exp, log } = Math;
const dateUTC = Date.UTC;
const toNumber = Number;

export const EMPLOYEE_ID_FACTOR = 1_000_000;
const DAY = 86_400_000;

export interface CompanyContext {
  seed: number;
  /** reference time (ms since epoch, UTC midnight) */
  asOf: number;
  /** reference month as year * 12 + month index */
  asOfMonth: number;
  company: CompanyRecord;
  industry: Industry;
  country: Country;
  plan: OrgPlan;
  /** chance that a person in a non-English country carries a title in the local language */
  nativeShare: number;
  emailPattern: EmailPattern;
  domain: string;
  /** companies people worked at before (the universe, by HQ country and all) */
  pastEmployers: { all: readonly CompanyRecord[]; byCountry: ReadonlyMap<string, readonly CompanyRecord[]> };
}

export type EmailPattern = 'first.last' | 'flast' | 'first' | 'firstl' | 'first_last' | 'last.first' | 'f.last';

export interface Identity {
  gender: Gender;
  first: string;
  last: string;
  country: Country;
  city: string;
  language: TitleLanguage;
}

const CULTURE_MIX: readonly NameCulture[] = ['anglo', 'in', 'es', 'fr', 'de', 'pl', 'it', 'pt', 'sg', 'nl'];

export function identityOf(ctx: CompanyContext, n: number, region: string | null): Identity {
  const rng = new Rng(ctx.seed, ctx.company.id, n, 'p');
  const hq = ctx.country;
  let country = hq;
  const h = ctx.plan.headcount;
  if (region && region !== hq.region) {
    const list = REGION_COUNTRIES[region as Country['region']] ?? [hq.code];
    country = COUNTRIES[rng.chance(0.5) ? list[0]! : rng.pick(list)]!;
  } else if (n > 1 && h >= 50 && !rng.chance(h >= 1000 ? 0.8 : 0.9)) {
    country = COUNTRIES[rng.pick(REGION_COUNTRIES[hq.region])]!;
  }
  const city = country === hq && ctx.company.hq_city && rng.chance(0.65) ? ctx.company.hq_city : rng.pick(country.cities);
  const culture = rng.chance(0.85) ? country.names : rng.pick(CULTURE_MIX);
  const gender: Gender = rng.chance(0.5) ? 'f' : 'm';
  const list = NAMES[culture];
  const first = rng.pick(list[gender]);
  const last = rng.pick(list.last);
  const language = country.language !== 'en' && rng.chance(ctx.nativeShare) ? country.language : 'en';
  return { gender, first, last, country, city, language };
}

const EXEC_FN: Record<ExecRole, Fn> = {
  CEO: 'operations', CFO: 'finance', CTO: 'engineering', CRO: 'sales', CSO: 'sales', CMO: 'marketing', COO: 'operations',
  CISO: 'security', CHRO: 'hr', GC: 'legal', CIO: 'it', CPO: 'product', CDO: 'data', CCO: 'customer_success',
};

function execTitle(ctx: CompanyContext, role: ExecRole, id: Identity, rng: Rng): string {
  const seat = EXEC_SEATS[role];
  const h = ctx.plan.headcount;
  const local = id.language !== 'en' ? seat.local[id.language] : undefined;
  let t: string;
  if (local && local.length > 0) t = rng.pick(local);
  else if (seat.small && h < (role === 'CEO' ? 100 : 50) && rng.chance(0.7)) t = rng.pick(seat.small);
  else if (role === 'CEO' && (id.country.code === 'GB' || id.country.code === 'IE') && h < 1000 && rng.chance(0.4)) t = 'Managing Director';
  else t = rng.weighted(seat.en.map((x, i) => [x, i < 2 ? 5 : 1] as const));
  t = genderTitle(t, id.gender);
  if (rng.chance(0.06)) t += rng.pick([' | Board Member', ' | Speaker', ' | Investor', ' | Advisor']);
  return t;
}

/** English or local title of a function at a slot (no mess). */
function functionTitle(industry: Industry, fn: Fn, slot: Slot, id: Identity, rng: Rng): string {
  if (fn === 'frontline' && industry.frontline) {
    const titles = industry.frontline.titles;
    const list = titles[slot] ?? (slot === 'head' ? titles.director : undefined) ?? titles.manager ?? EN_TITLES.operations[slot];
    return list && list.length > 0 ? rng.pick(list) : rng.pick(EN_TITLES.operations[slot]);
  }
  const f = fn === 'frontline' ? 'operations' : fn;
  if (id.language !== 'en') {
    const local = LOCAL_TITLES[id.language][f];
    if (local) {
      const list = slot === 'vp' || slot === 'director' || slot === 'head' ? local.head : slot === 'manager' ? local.manager : local.ic;
      let t = genderTitle(rng.pick(list), id.gender);
      if (slot === 'intern') t = id.language === 'de' ? `Praktikant${id.gender === 'f' ? 'in' : ''} ${t.split(' ').pop()}` : `Stagiaire ${t}`;
      return t;
    }
  }
  return rng.pick(EN_TITLES[f][slot]);
}

export function titleOf(ctx: CompanyContext, pos: Position, id: Identity): string {
  const rng = new Rng(ctx.seed, ctx.company.id, pos.n, 't');
  if (pos.exec) return execTitle(ctx, pos.exec, id, rng);
  const slot = pos.slot as Slot;
  let t = functionTitle(ctx.industry, pos.fn as Fn, slot, id, rng);
  const leader = slot === 'vp' || slot === 'director' || slot === 'head' || slot === 'manager';
  if (id.language === 'en') {
    if (pos.region && leader && rng.chance(0.75)) t = withRegion(rng, t, pos.region);
    if (rng.chance(0.16)) t = messUp(rng, t, id.country.code, leader);
  }
  return t;
}

// ---------------------------------------------------------------------------------------------------------------
// dates

function monthDate(month: number): string {
  const y = floor(month / 12);
  const m = (month % 12) + 1;
  return `${y}-${m < 10 ? '0' : ''}${m}-01`;
}

const pad2 = (x: number) => (x < 10 ? `0${x}` : `${x}`);

/** ISO-8601 UTC timestamp without milliseconds ("2026-10-20T00:58:42Z"); hand-rolled, toISOString is slow. */
export function isoAt(ms: number): string {
  const days = floor(ms / DAY);
  let secs = floor((ms - days * DAY) / 1000);
  const hh = floor(secs / 3600);
  secs -= hh * 3600;
  const mm = floor(secs / 60);
  const ss = secs - mm * 60;
  // civil-from-days (Howard Hinnant)
  const z = days + 719468;
  const era = floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = floor((doe - floor(doe / 1460) + floor(doe / 36524) - floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + floor(yoe / 4) - floor(yoe / 100));
  const mp = floor((5 * doy + 2) / 153);
  const d = doy - floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${pad2(m)}-${pad2(d)}T${pad2(hh)}:${pad2(mm)}:${pad2(ss)}Z`;
}

function monthStartMs(month: number): number {
  return dateUTC(floor(month / 12), month % 12, 1);
}

/** exponential draw with the given mean, at least 1 */
function expo(rng: Rng, mean: number): number {
  return 1 + floor(-log(1 - rng.next()) * mean);
}

const MEAN_TENURE: Record<Slot | 'exec', number> = {
  exec: 48, vp: 44, director: 48, head: 40, manager: 40, senior: 36, mid: 26, junior: 14, intern: 4,
};

const LOWER: Record<Slot | 'exec', Slot> = {
  exec: 'vp', vp: 'director', director: 'manager', head: 'manager', manager: 'senior', senior: 'mid', mid: 'junior', junior: 'junior', intern: 'intern',
};

const SLOT_LEVEL: Record<Slot, ManagementLevel> = {
  vp: 'VP-Level', director: 'Director', head: 'Director', manager: 'Manager', senior: 'Senior', mid: 'Mid-Level', junior: 'Specialist', intern: 'Intern',
};

const PRIOR_JOBS: Record<Slot | 'exec', [number, number]> = {
  exec: [2, 5], vp: [2, 5], director: [2, 4], head: [1, 4], manager: [1, 4], senior: [1, 4], mid: [1, 3], junior: [0, 2], intern: [0, 1],
};

function companyExperience(
  c: CompanyRecord,
  title: string,
  department: string | null,
  level: ManagementLevel | null,
  from: number,
  to: number | null,
  asOfMonth: number,
): ExperienceRecord {
  const end = to ?? asOfMonth;
  return {
    active_experience: to === null ? 1 : 0,
    position_title: title,
    department,
    management_level: level,
    company_id: c.id,
    company_name: c.company_name,
    company_website: c.website,
    company_linkedin_url: c.linkedin_url,
    company_industry: c.industry,
    company_employees_count: c.employees_count,
    date_from: monthDate(from),
    date_to: to === null ? null : monthDate(to),
    duration_months: max(1, end - from),
    order_in_profile: 0,
  };
}

function pickEmployer(ctx: CompanyContext, rng: Rng, countryCode: string, exclude: number): CompanyRecord | null {
  const local = ctx.pastEmployers.byCountry.get(countryCode);
  for (let tries = 0; tries < 4; tries++) {
    const list = local && local.length > 1 && rng.chance(0.6) ? local : ctx.pastEmployers.all;
    if (list.length === 0) return null;
    const c = rng.pick(list);
    if (c.id !== exclude && c.id !== ctx.company.id) return c;
  }
  return null;
}

function deptOf(ctx: CompanyContext, fn: Fn): string {
  return fn === 'frontline' ? (ctx.industry.frontline?.department ?? 'Operations') : FN_DEPARTMENT[fn];
}

/** Earlier jobs, newest first, ending before `beforeMonth`. */
function priorJobs(ctx: CompanyContext, rng: Rng, id: Identity, fn: Fn, slot: Slot | 'exec', beforeMonth: number, exclude: number): ExperienceRecord[] {
  const [lo, hi] = PRIOR_JOBS[slot];
  const k = rng.int(lo, hi);
  const out: ExperienceRecord[] = [];
  let end = beforeMonth - rng.int(0, 3);
  let s: Slot = LOWER[slot];
  for (let i = 0; i < k; i++) {
    const dur = s === 'intern' ? rng.int(3, 6) : rng.int(8, 54);
    const from = end - dur;
    if (from < ctx.asOfMonth - 12 * 40) break;
    const employer = pickEmployer(ctx, rng, id.country.code, exclude);
    if (!employer) break;
    const pfn: Fn = rng.chance(0.78) ? fn : rng.pick(['sales', 'operations', 'marketing', 'finance', 'engineering', 'customer_success'] as const);
    const empCountry = COUNTRIES[employer.hq_country ?? ''] ?? id.country;
    const pid: Identity = { ...id, language: empCountry.language !== 'en' && rng.chance(ctx.nativeShare) ? empCountry.language : 'en' };
    const empIndustry = ctx.industry; // titles of frontline jobs follow the person's own industry
    const pf: Fn = pfn === 'frontline' && employer.industry !== ctx.industry.name ? 'operations' : pfn;
    out.push(companyExperience(employer, functionTitle(empIndustry, pf, s, pid, rng), deptOf(ctx, pf), SLOT_LEVEL[s], from, end, ctx.asOfMonth));
    end = from - rng.int(0, 4);
    s = LOWER[s];
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// contact data

export function emailLocal(pattern: EmailPattern, first: string, last: string): string {
  const f = asciiSlug(first) || 'x';
  const l = asciiSlug(last) || 'x';
  switch (pattern) {
    case 'first.last': return `${f}.${l}`;
    case 'flast': return `${f[0]}${l}`;
    case 'first': return f;
    case 'firstl': return `${f}${l[0]}`;
    case 'first_last': return `${f}_${l}`;
    case 'last.first': return `${l}.${f}`;
    case 'f.last': return `${f[0]}.${l}`;
  }
}

/** share of each e-mail status (null: no e-mail) for senior people (Director and up) and for everyone else */
const SENIOR_EMAIL_MIX: readonly (readonly [EmailStatus | null, number])[] = [['verified', 58], ['matched_email', 20], ['matched_pattern', 11], ['guessed_common_pattern', 6], [null, 5]];
const EMAIL_MIX: readonly (readonly [EmailStatus | null, number])[] = [['verified', 38], ['matched_email', 20], ['matched_pattern', 17], ['guessed_common_pattern', 10], [null, 15]];

function emailFor(rng: Rng, pattern: EmailPattern, domain: string, id: Identity, senior: boolean, used: Map<string, number> | null) {
  const status = rng.weighted(senior ? SENIOR_EMAIL_MIX : EMAIL_MIX);
  if (status === null) return { primary: null, status: null, collection: [] };
  const usedPattern: EmailPattern = status === 'guessed_common_pattern' && rng.chance(0.5) ? 'first.last' : pattern;
  let local = emailLocal(usedPattern, id.first, id.last);
  if (used) {
    // second and later namesakes get a number (john.smith2, john.smith3 …); `used` counts per local part
    const seen = used.get(local);
    if (seen === undefined) used.set(local, 1);
    else {
      let k = seen + 1;
      while (used.has(`${local}${k}`)) k++;
      used.set(local, k);
      local = `${local}${k}`;
      used.set(local, 1);
    }
  }
  const primary = `${local}@${domain}`;
  const collection: EmployeeRecord['professional_emails_collection'] = [{ professional_email: primary, professional_email_status: status }];
  if (status !== 'verified' && rng.chance(0.25)) {
    const alt = emailLocal(pattern === 'flast' ? 'first.last' : 'flast', id.first, id.last);
    if (alt !== local) collection.push({ professional_email: `${alt}@${domain}`, professional_email_status: 'guessed_common_pattern' });
  }
  return { primary, status, collection };
}

function linkedinSlug(rng: Rng, id: Identity, employeeId: number): string {
  const f = asciiSlug(id.first);
  const l = asciiSlug(id.last);
  const suffix = employeeId.toString(36);
  const style = rng.int(0, 9);
  if (style <= 6) return `${f}-${l}-${suffix}`;
  if (style === 7) return `${f}${l}-${suffix}`;
  if (style === 8) return `${f[0]}${l}-${suffix}`;
  return `${l}-${f}-${suffix}`;
}

const HEADLINE_TAGS: Partial<Record<Fn, readonly string[]>> = {
  sales: ['Helping B2B teams hit their number', 'Building high-performing sales teams', 'Enterprise SaaS sales'],
  marketing: ['B2B marketer', 'Demand gen nerd', 'Storyteller'],
  engineering: ['Building reliable systems', 'TypeScript / Go / Kubernetes', 'Distributed systems'],
  finance: ['Finance leader', 'CPA', 'Scaling finance functions'],
  security: ['Keeping the bad guys out', 'CISSP', 'Zero trust advocate'],
  hr: ['People first', 'Building great teams', 'Talent acquisition'],
  procurement: ['Strategic sourcing', 'Saving money, one contract at a time'],
  legal: ['Tech lawyer', 'Privacy & data protection'],
  customer_success: ['Customer obsessed', 'Driving adoption and renewals'],
};

// ---------------------------------------------------------------------------------------------------------------
// records

export interface BuiltPerson {
  record: EmployeeRecord;
  identity: Identity;
}

interface Freshness {
  updated: number;
  checked: number;
}

function freshness(ctx: CompanyContext, rng: Rng, notBeforeMs: number | null, stale: boolean): Freshness {
  let daysAgo = stale ? rng.int(200, 700) : min(400, expo(rng, 45) - 1);
  let updated = ctx.asOf - daysAgo * DAY - rng.int(0, 86_399) * 1000;
  if (notBeforeMs !== null && updated < notBeforeMs) {
    daysAgo = max(0, floor((ctx.asOf - notBeforeMs) / DAY) - 1);
    updated = notBeforeMs + rng.int(0, max(0, daysAgo)) * DAY + rng.int(0, 86_399) * 1000;
  }
  const checked = updated + floor(rng.next() * (ctx.asOf - updated));
  return { updated, checked };
}

function baseRecord(
  ctx: CompanyContext,
  rng: Rng,
  employeeId: number,
  id: Identity,
  fn: Fn,
  level: ManagementLevel | null,
  title: string | null,
  employer: CompanyRecord | null,
  experience: ExperienceRecord[],
  fresh: Freshness,
  email: { primary: string | null; status: EmailStatus | null; collection: EmployeeRecord['professional_emails_collection'] },
): EmployeeRecord {
  experience.forEach((e, i) => (e.order_in_profile = i + 1));
  const total = experience.reduce((a, e) => a + (e.duration_months ?? 0), 0);
  const slug = linkedinSlug(rng, id, employeeId);
  const leader = level === 'C-Level' || level === 'VP-Level' || level === 'Director';
  const skillPool = FN_SKILLS[fn];
  const skills = rng.shuffle([...skillPool, ...(leader ? ['Leadership', 'Strategic Planning', 'P&L Management'] : [])]).slice(0, rng.int(3, 8));
  let headline: string | null = null;
  if (title && employer) {
    const h = rng.int(0, 19);
    if (h < 11) headline = `${title} at ${employer.company_name}`;
    else if (h < 15) headline = `${title} @ ${employer.company_name} | ${skills[0]} | ${skills[1] ?? skills[0]}`;
    else if (h < 18) headline = title;
    else headline = `${title} | ${rng.pick(HEADLINE_TAGS[fn] ?? ['Passionate about what I do'])}`;
  } else if (rng.chance(0.7)) {
    headline = rng.pick(['Open to new opportunities', 'Career break', 'Looking for my next challenge', `Former ${experience[0]?.position_title ?? 'professional'}`]);
  }
  const years = max(1, round(total / 12));
  const summary = rng.chance(0.4)
    ? `${years}+ years of experience in ${skills[0]} and ${skills[1] ?? 'team leadership'}.${title && employer ? ` Currently ${title} at ${employer.company_name}.` : ''}`
    : null;
  const connBase = level === 'C-Level' ? 900 : leader ? 600 : level === 'Manager' ? 400 : 220;
  const connections = max(3, round(connBase * exp(rng.normal() * 0.7)));
  const followers = round(connections * (0.8 + rng.next() * 1.7) * (level === 'C-Level' && ctx.plan.headcount >= 5000 ? 8 : 1));
  const current = experience.find((e) => e.active_experience === 1) ?? null;
  const lastChangeMonth = current?.date_from ? toNumber(current.date_from.slice(0, 4)) * 12 + toNumber(current.date_from.slice(5, 7)) - 1 : null;
  let changeAt: string | null = null;
  if (lastChangeMonth !== null && ctx.asOfMonth - lastChangeMonth <= 18) {
    changeAt = isoAt(min(ctx.asOf - DAY, monthStartMs(lastChangeMonth) + rng.int(5, 60) * DAY));
  } else if (!current && experience[0]?.date_to) {
    changeAt = isoAt(min(ctx.asOf - DAY, monthStartMs(toNumber(experience[0].date_to.slice(0, 4)) * 12 + toNumber(experience[0].date_to.slice(5, 7)) - 1) + rng.int(5, 45) * DAY));
  } else if (rng.chance(0.5)) {
    changeAt = isoAt(fresh.updated - rng.int(30, 900) * DAY);
  }
  const state = id.country.states ? id.country.states[id.country.cities.indexOf(id.city)] : undefined;
  return {
    id: employeeId,
    parent_id: employeeId,
    full_name: `${id.first} ${id.last}`,
    first_name: id.first,
    last_name: id.last,
    headline,
    summary,
    picture_url: rng.chance(0.7) ? `https://media.licdn.com/dms/image/v2/D${hash32('pic', employeeId).toString(36).toUpperCase()}/profile-displayphoto-shrink_400_400/0/` : null,
    professional_network_url: rng.chance(0.98) ? `https://www.linkedin.com/in/${slug}` : null,
    location_full: state ? `${id.city}, ${state}, ${id.country.name}` : `${id.city}, ${id.country.name}`,
    location_country: id.country.name,
    location_city: id.city,
    is_working: current ? 1 : 0,
    is_decision_maker: leader || (level === 'Manager' && ctx.plan.headcount < 50) ? 1 : 0,
    is_deleted: 0,
    is_parent: 1,
    active_experience_company_id: current ? current.company_id : null,
    active_experience_title: current ? current.position_title : null,
    active_experience_department: current ? current.department : null,
    active_experience_management_level: current ? current.management_level : null,
    primary_professional_email: email.primary,
    primary_professional_email_status: email.status,
    professional_emails_collection: email.collection,
    inferred_skills: skills,
    connections_count: connections,
    followers_count: followers,
    total_experience_duration_months: total,
    updated_at: isoAt(fresh.updated),
    checked_at: isoAt(fresh.checked),
    experience_change_last_identified_at: changeAt,
    experience,
    reports_to_id: null,
  };
}

function companyAgeMonths(ctx: CompanyContext): number {
  const founded = ctx.company.founded_year ?? floor(ctx.asOfMonth / 12) - 10;
  return max(1, ctx.asOfMonth - founded * 12);
}

/** A current employee (n in 1..headcount). */
export function buildCurrent(ctx: CompanyContext, pos: Position, used: Map<string, number> | null): BuiltPerson {
  const cid = ctx.company.id;
  const employeeId = cid * EMPLOYEE_ID_FACTOR + pos.n;
  const id = identityOf(ctx, pos.n, pos.region);
  const title = titleOf(ctx, pos, id);
  const rng = new Rng(ctx.seed, cid, pos.n, 'r');
  const age = companyAgeMonths(ctx);
  const slot = pos.slot;
  const fn: Fn = pos.exec ? EXEC_FN[pos.exec] : (pos.fn as Fn);
  let tenure: number;
  const turnover = ctx.plan.execTurnover;
  if (turnover && pos.exec && pos.n === turnover.seat + 1) tenure = max(1, turnover.arrivedMonthsAgo);
  else if (pos.n === 1 && (ctx.plan.headcount < 500 || rng.chance(0.3))) tenure = age; // founder (or long-serving CEO)
  else tenure = min(age, expo(rng, MEAN_TENURE[slot]));
  const start = ctx.asOfMonth - tenure;
  const experience: ExperienceRecord[] = [];
  const promoted = !pos.exec && slot !== 'intern' && slot !== 'junior' && tenure >= 30 && rng.chance(0.35);
  if (promoted) {
    const promotedAt = ctx.asOfMonth - max(1, floor(tenure * (0.3 + 0.4 * rng.next())));
    experience.push(companyExperience(ctx.company, title, pos.department, pos.level, promotedAt, null, ctx.asOfMonth));
    const lower = LOWER[slot];
    experience.push(companyExperience(ctx.company, functionTitle(ctx.industry, fn, lower, id, rng), pos.department, SLOT_LEVEL[lower], start, promotedAt, ctx.asOfMonth));
  } else {
    experience.push(companyExperience(ctx.company, title, pos.department, pos.level, start, null, ctx.asOfMonth));
  }
  experience.push(...priorJobs(ctx, rng, id, fn, slot, start, cid));
  const senior = pos.level === 'C-Level' || pos.level === 'VP-Level' || pos.level === 'Director';
  const email = emailFor(rng, ctx.emailPattern, ctx.domain, id, senior, used);
  const record = baseRecord(ctx, rng, employeeId, id, fn, pos.level, title, ctx.company, experience, freshness(ctx, rng, null, false), email);
  record.reports_to_id = pos.reportsTo === null ? null : cid * EMPLOYEE_ID_FACTOR + pos.reportsTo;
  return { record, identity: id };
}

/**
 * The k-th leaver (k = 0..leavers-1), n = headcount + 1 + k: a former employee whose experience at this company has
 * ended; now at another company of the universe or not working. The first leaver is the former holder of a C-suite
 * seat when the plan has an exec turnover.
 */
export function leaverSeed(ctx: CompanyContext, k: number, sample: (rng: Rng) => Position): { n: number; pos: Position; id: Identity; title: string; leftMonthsAgo: number } {
  const n = ctx.plan.headcount + 1 + k;
  const rng = new Rng(ctx.seed, ctx.company.id, n, 'l');
  const turnover = ctx.plan.execTurnover;
  let pos: Position;
  let leftMonthsAgo: number;
  if (k === 0 && turnover) {
    pos = { ...execPositions(ctx.plan)[turnover.seat]!, n };
    leftMonthsAgo = turnover.departedMonthsAgo;
  } else {
    pos = { ...sample(rng), n };
    leftMonthsAgo = rng.int(1, 10);
  }
  const id = identityOf(ctx, n, pos.region);
  return { n, pos, id, title: titleOf(ctx, pos, id), leftMonthsAgo };
}

export function buildLeaver(ctx: CompanyContext, seed: ReturnType<typeof leaverSeed>): EmployeeRecord {
  const { n, pos, id, title, leftMonthsAgo } = seed;
  const cid = ctx.company.id;
  const rng = new Rng(ctx.seed, cid, n, 'r');
  const fn: Fn = pos.exec ? EXEC_FN[pos.exec] : (pos.fn as Fn);
  const end = ctx.asOfMonth - leftMonthsAgo;
  const start = end - min(companyAgeMonths(ctx) - leftMonthsAgo, expo(rng, MEAN_TENURE[pos.slot])) ;
  const atCompany = companyExperience(ctx.company, title, pos.department, pos.level, min(start, end - 1), end, ctx.asOfMonth);
  const experience: ExperienceRecord[] = [];
  let employer: CompanyRecord | null = null;
  let level: ManagementLevel | null = null;
  let newTitle: string | null = null;
  if (rng.chance(0.65)) employer = pickEmployer(ctx, rng, id.country.code, cid);
  if (employer) {
    const empCountry = COUNTRIES[employer.hq_country ?? ''] ?? id.country;
    const nid: Identity = { ...id, language: empCountry.language !== 'en' && rng.chance(ctx.nativeShare) ? empCountry.language : 'en' };
    const slot: Slot = pos.exec ? 'vp' : (pos.slot as Slot);
    const nf: Fn = fn === 'frontline' && employer.industry !== ctx.industry.name ? 'operations' : fn;
    newTitle = pos.exec && rng.chance(0.6) ? execTitle(ctx, pos.exec, nid, rng) : functionTitle(ctx.industry, nf, slot, nid, rng);
    level = pos.exec && !newTitle.startsWith('VP') ? 'C-Level' : SLOT_LEVEL[slot];
    const joined = min(ctx.asOfMonth, end + rng.int(0, 2));
    experience.push(companyExperience(employer, newTitle, pos.exec && level === 'C-Level' ? 'C-Suite' : deptOf(ctx, nf), level, joined, null, ctx.asOfMonth));
  }
  experience.push(atCompany);
  experience.push(...priorJobs(ctx, rng, id, fn, pos.slot, min(start, end - 1), cid));
  const email = employer ? emailFor(rng, ctx.emailPattern, domainOfCompany(employer), id, false, null) : { primary: null, status: null, collection: [] };
  const fresh = freshness(ctx, rng, monthStartMs(end) + 7 * DAY, false);
  return baseRecord(ctx, rng, cid * EMPLOYEE_ID_FACTOR + n, id, fn, level, newTitle, employer, experience, fresh, email);
}

/** A second, stale profile of the same person (is_parent 0, parent_id = the main record). */
export function buildDuplicate(ctx: CompanyContext, n: number, parent: BuiltPerson): EmployeeRecord {
  const rng = new Rng(ctx.seed, ctx.company.id, n, 'd');
  const employeeId = ctx.company.id * EMPLOYEE_ID_FACTOR + n;
  const p = parent.record;
  const fresh = freshness(ctx, rng, null, true);
  const keepEmail = p.primary_professional_email !== null && rng.chance(0.5);
  return {
    ...p,
    id: employeeId,
    parent_id: p.id,
    is_parent: 0,
    headline: rng.chance(0.5) ? p.headline : p.active_experience_title,
    summary: null,
    picture_url: null,
    professional_network_url: `https://www.linkedin.com/in/${linkedinSlug(rng, parent.identity, employeeId)}`,
    primary_professional_email: keepEmail ? p.primary_professional_email : null,
    primary_professional_email_status: keepEmail ? p.primary_professional_email_status : null,
    professional_emails_collection: keepEmail ? p.professional_emails_collection.slice(0, 1) : [],
    connections_count: max(1, round((p.connections_count ?? 100) * 0.3)),
    followers_count: max(1, round((p.followers_count ?? 100) * 0.3)),
    updated_at: isoAt(fresh.updated),
    checked_at: isoAt(fresh.checked),
    experience: p.experience.map((e) => ({ ...e })),
    inferred_skills: p.inferred_skills.slice(0, 3),
    reports_to_id: null,
  };
}

/** A deleted (or made private) profile: is_deleted 1, otherwise a current-looking record of the company. */
export function buildDeleted(ctx: CompanyContext, n: number, sample: (rng: Rng) => Position): EmployeeRecord {
  const rng = new Rng(ctx.seed, ctx.company.id, n, 'x');
  const pos = { ...sample(rng), n, reportsTo: null };
  const built = buildCurrent(ctx, pos, null);
  const fresh = freshness(ctx, rng, null, true);
  return { ...built.record, is_deleted: 1, updated_at: isoAt(fresh.updated), checked_at: isoAt(fresh.checked), reports_to_id: null };
}

export function domainOfCompany(c: CompanyRecord): string {
  return (c.website ?? `${c.id}.example`).replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/.*$/, '');
}

export { positions };
