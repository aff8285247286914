import { beforeAll, describe, expect, it } from '@jest/globals';
import type { CompanyRecord, EmployeeRecord } from '../coresignal-records.js';
import {
  DEFAULT_UNIVERSE,
  SIZE_BANDS,
  companyDomain,
  companyIdOfEmployee,
  employeeIdOf,
  findEmployee,
  generateCompanies,
  generateEmployees,
  sizeRangeOf,
} from './demo-universe.js';

const STATUSES = new Set(['verified', 'matched_email', 'matched_pattern', 'guessed_common_pattern']);

const companies = generateCompanies(DEFAULT_UNIVERSE);
const bySize = [...companies].sort((a, b) => a.employees_count! - b.employees_count!);

/** every company under 1,000 employees, plus the smallest company of each bigger band */
const sample: CompanyRecord[] = (() => {
  const out = new Set(companies.filter((c) => c.employees_count! < 1000));
  for (const band of SIZE_BANDS.filter((b) => b.min > 1000)) {
    const inBand = bySize.filter((c) => c.employees_count! >= band.min && c.employees_count! <= band.max);
    if (inBand.length > 0) out.add(inBand[0]!);
  }
  return [...out];
})();

let employeesOf = new Map<number, EmployeeRecord[]>();

const isCurrent = (c: CompanyRecord) => (e: EmployeeRecord) =>
  e.is_parent === 1 && e.is_deleted === 0 && e.active_experience_company_id === c.id;

/** Runs `check` over every item and returns the first few failures (jest's expect is too slow per record). */
function violations<T>(items: Iterable<T>, check: (item: T) => string | null, max = 5): string[] {
  const out: string[] = [];
  for (const item of items) {
    const v = check(item);
    if (v !== null) {
      out.push(v);
      if (out.length >= max) break;
    }
  }
  return out;
}

function* allPeople(filter?: (c: CompanyRecord) => (e: EmployeeRecord) => boolean): Generator<[CompanyRecord, EmployeeRecord]> {
  for (const c of sample) for (const e of employeesOf.get(c.id)!) if (!filter || filter(c)(e)) yield [c, e];
}

describe('demo universe: companies', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(JSON.stringify(generateCompanies({ seed: 42, scale: 1 }))).toBe(JSON.stringify(companies));
    const other = generateCompanies({ seed: 7, scale: 1 });
    expect(JSON.stringify(other)).not.toBe(JSON.stringify(companies));
    expect(other.map((c) => c.company_name)).not.toEqual(companies.map((c) => c.company_name));
  });

  it('scales the number of companies', () => {
    const small = generateCompanies({ seed: 42, scale: 0.1 });
    expect(small.length).toBeGreaterThanOrEqual(95);
    expect(small.length).toBeLessThanOrEqual(110);
  });

  it('has at least 1,000 fictional companies in at least 15 industries and several countries', () => {
    expect(companies.length).toBeGreaterThanOrEqual(1000);
    expect(new Set(companies.map((c) => c.industry)).size).toBeGreaterThanOrEqual(15);
    const countries = new Set(companies.map((c) => c.hq_country));
    for (const country of ['Germany', 'France', 'Spain', 'Netherlands', 'Italy', 'Portugal', 'United Kingdom', 'United States']) {
      expect(countries).toContain(country);
    }
    expect(new Set(companies.map((c) => c.company_name.toLowerCase())).size).toBe(companies.length);
    expect(new Set(companies.map((c) => companyDomain(c))).size).toBe(companies.length);
    expect(new Set(companies.map((c) => c.id)).size).toBe(companies.length);
    for (const c of companies) {
      expect(c.linkedin_url).toMatch(/^https:\/\/www\.linkedin\.com\/company\/[a-z0-9-]+$/);
      expect(companyDomain(c)).toMatch(/^[a-z0-9]+\.[a-z.]+$/);
      expect(c.founded_year).toBeLessThan(2026);
      expect(c.employees_count_change?.change_yearly_percentage).not.toBeNull();
      expect(c.technologies_used.length).toBeGreaterThan(0);
      expect(c.hq_city).toBeTruthy();
    }
    expect(companies.some((c) => c.last_funding_round_name !== null && c.last_funding_round_announced_date !== null)).toBe(true);
    expect(companies.some((c) => c.is_public === 1)).toBe(true);
    expect(companies.some((c) => c.is_b2b === 1)).toBe(true);
    expect(companies.some((c) => c.is_b2b === 0)).toBe(true);
  });

  it('covers every size band with a realistic skew', () => {
    for (const band of SIZE_BANDS) {
      expect(companies.filter((c) => c.employees_count! >= band.min && c.employees_count! <= band.max).length).toBeGreaterThan(0);
    }
    expect(Math.min(...companies.map((c) => c.employees_count!))).toBeGreaterThanOrEqual(5);
    expect(companies.filter((c) => c.employees_count! > 20_000).length).toBeGreaterThanOrEqual(3);
    expect(companies.filter((c) => c.employees_count! > 50_000).length).toBeGreaterThanOrEqual(1);
    expect(companies.filter((c) => c.employees_count! <= 500).length / companies.length).toBeGreaterThan(0.75);
    for (const c of companies) expect(c.size_range).toBe(sizeRangeOf(c.employees_count!));
    expect(sizeRangeOf(150)).toBe('51-200 employees');
    expect(sizeRangeOf(60_000)).toBe('10,001+ employees');
  });

  it('reports department and seniority breakdowns that sum to the headcount', () => {
    for (const c of companies) {
      const sum = (r: Record<string, number> | null) => Object.values(r ?? {}).reduce((a, b) => a + b, 0);
      expect(sum(c.employees_count_breakdown_by_department)).toBe(c.employees_count);
      expect(sum(c.employees_count_breakdown_by_seniority)).toBe(c.employees_count);
    }
  });
});

describe('demo universe: the largest company', () => {
  // its generation speed is measured by benchmarks, not asserted here (timed unit tests fail on a busy machine)
  it('generates a 50,000+ employee company with exactly its headcount of current employees', () => {
    const giant = bySize[bySize.length - 1]!;
    expect(giant.employees_count).toBeGreaterThan(50_000);
    const list = generateEmployees(giant, DEFAULT_UNIVERSE);
    let current = 0;
    for (const e of list) if (isCurrent(giant)(e)) current++;
    expect(current).toBe(giant.employees_count);
  });
});

describe('demo universe: employees', () => {
  beforeAll(() => {
    employeesOf = new Map(sample.map((c) => [c.id, generateEmployees(c, DEFAULT_UNIVERSE)]));
  });

  it('derives employee ids from company ids and round-trips them', () => {
    expect(companyIdOfEmployee(employeeIdOf(10_123, 1))).toBe(10_123);
    expect(companyIdOfEmployee(employeeIdOf(10_123, 999_999))).toBe(10_123);
    const all = new Set<number>();
    expect(
      violations(allPeople(), ([c, e]) => {
        if (companyIdOfEmployee(e.id) !== c.id) return `${e.id} is not of company ${c.id}`;
        if (all.has(e.id)) return `duplicate id ${e.id}`;
        all.add(e.id);
        return null;
      }),
    ).toEqual([]);
    expect(all.size).toBeGreaterThan(100_000);
  });

  it('is deterministic per (seed, company) and differs between seeds', () => {
    const c = sample.find((x) => x.employees_count! > 200)!;
    expect(JSON.stringify(generateEmployees(c, DEFAULT_UNIVERSE))).toBe(JSON.stringify(employeesOf.get(c.id)));
    expect(JSON.stringify(generateEmployees(c, { seed: 43, scale: 1 }))).not.toBe(JSON.stringify(employeesOf.get(c.id)));
    const someone = employeesOf.get(c.id)![5]!;
    expect(findEmployee(someone.id, DEFAULT_UNIVERSE)).toEqual(someone);
  });

  it('has exactly employees_count current employees with a single top person and a reporting tree', () => {
    expect(
      violations(sample, (c) => {
        const current = employeesOf.get(c.id)!.filter(isCurrent(c));
        if (current.length !== c.employees_count) return `${c.id}: ${current.length} current, employees_count ${c.employees_count}`;
        const ids = new Map(current.map((e) => [e.id, e]));
        const roots = current.filter((e) => e.reports_to_id === null);
        if (roots.length !== 1 || roots[0]!.id !== employeeIdOf(c.id, 1)) return `${c.id}: roots ${roots.map((r) => r.id).join(',')}`;
        const root = roots[0]!;
        if (root.active_experience_management_level !== 'C-Level' || root.active_experience_department !== 'C-Suite') return `${c.id}: root is ${root.active_experience_title}`;
        for (const e of current) {
          let cur: EmployeeRecord | undefined = e;
          let steps = 0;
          while (cur && cur.reports_to_id !== null && steps <= 20) {
            cur = ids.get(cur.reports_to_id!);
            steps++;
          }
          if (cur !== root) return `${c.id}: ${e.id} does not reach the root (cycle or dangling reports_to_id)`;
        }
        const dept: Record<string, number> = {};
        const level: Record<string, number> = {};
        for (const e of current) {
          dept[e.active_experience_department!] = (dept[e.active_experience_department!] ?? 0) + 1;
          level[e.active_experience_management_level!] = (level[e.active_experience_management_level!] ?? 0) + 1;
        }
        const same = (a: Record<string, number>, b: Record<string, number> | null) =>
          JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b ?? {}).sort());
        if (!same(dept, c.employees_count_breakdown_by_department)) return `${c.id}: department breakdown differs`;
        if (!same(level, c.employees_count_breakdown_by_seniority)) return `${c.id}: seniority breakdown differs`;
        return null;
      }),
    ).toEqual([]);
  });

  it('lists key executives who are current employees, with their names and titles', () => {
    expect(
      violations(sample, (c) => {
        const byId = new Map(employeesOf.get(c.id)!.map((e) => [e.id, e]));
        if (c.key_executives[0]?.parent_id !== employeeIdOf(c.id, 1)) return `${c.id}: first key executive is not the CEO`;
        for (const k of c.key_executives) {
          const e = byId.get(k.parent_id);
          if (!e || !isCurrent(c)(e)) return `${c.id}: key executive ${k.parent_id} is not a current employee`;
          if (e.full_name !== k.member_full_name || e.active_experience_title !== k.member_position_title) return `${c.id}: ${k.parent_id} name/title differ`;
        }
        for (const d of c.key_executive_departures) {
          const e = byId.get(d.parent_id);
          if (!e || e.active_experience_company_id === c.id) return `${c.id}: departed ${d.parent_id} still current`;
          if (!e.experience.some((x) => x.company_id === c.id && x.active_experience === 0 && x.position_title === d.member_position_title)) return `${c.id}: departed ${d.parent_id} has no past exec experience`;
        }
        for (const a of c.key_executive_arrivals) if (!isCurrent(c)(byId.get(a.parent_id)!)) return `${c.id}: arrival ${a.parent_id} not current`;
        return null;
      }),
    ).toEqual([]);
    expect(sample.some((c) => c.key_executive_departures.length > 0)).toBe(true);
  });

  it('gives current employees e-mails at the company domain with one of the four statuses', () => {
    const seen = new Set<string>();
    let withEmail = 0;
    let total = 0;
    expect(
      violations(allPeople(isCurrent), ([c, e]) => {
        total++;
        if (e.professional_network_url !== null && !/^https:\/\/www\.linkedin\.com\/in\/[a-z0-9-]+$/.test(e.professional_network_url)) return `bad LinkedIn URL ${e.professional_network_url}`;
        if (e.primary_professional_email === null) return e.primary_professional_email_status === null ? null : `${e.id}: status without e-mail`;
        withEmail++;
        if (!/^[a-z0-9._]+@/.test(e.primary_professional_email) || !e.primary_professional_email.endsWith(`@${companyDomain(c)}`)) return `${e.id}: ${e.primary_professional_email} not at ${companyDomain(c)}`;
        if (!STATUSES.has(e.primary_professional_email_status!)) return `${e.id}: status ${e.primary_professional_email_status}`;
        seen.add(e.primary_professional_email_status!);
        return null;
      }),
    ).toEqual([]);
    expect(seen).toEqual(STATUSES);
    expect(withEmail / total).toBeGreaterThan(0.75);
    expect(withEmail / total).toBeLessThan(0.95);
  });

  it('represents leavers, duplicates and deleted profiles', () => {
    let leavers = 0;
    let working = 0;
    let duplicates = 0;
    let deleted = 0;
    const byId = new Map<number, EmployeeRecord>();
    for (const [, e] of allPeople()) byId.set(e.id, e);
    expect(
      violations(allPeople(), ([c, e]) => {
        if (e.is_deleted === 1) {
          deleted++;
          return null;
        }
        if (e.is_parent === 0) {
          duplicates++;
          const parent = byId.get(e.parent_id!);
          if (!parent || parent.id === e.id || !isCurrent(c)(parent) || parent.full_name !== e.full_name) return `${e.id}: bad duplicate of ${e.parent_id}`;
          return null;
        }
        if (e.parent_id !== e.id) return `${e.id}: parent record with parent_id ${e.parent_id}`;
        if (e.active_experience_company_id === c.id) return null;
        leavers++;
        if (e.reports_to_id !== null) return `${e.id}: leaver with a manager`;
        if (e.experience.some((x) => x.company_id === c.id && x.active_experience === 1)) return `${e.id}: leaver still active at ${c.id}`;
        const past = e.experience.find((x) => x.company_id === c.id);
        if (!past || past.active_experience !== 0 || past.date_to === null) return `${e.id}: leaver without an ended experience`;
        const active = e.experience.filter((x) => x.active_experience === 1).map((x) => x.company_id);
        if (e.is_working === 1) {
          working++;
          if (active.length !== 1 || active[0] !== e.active_experience_company_id) return `${e.id}: active experience mismatch`;
        } else if (e.active_experience_company_id !== null || active.length > 0) return `${e.id}: not working but active`;
        if (e.updated_at < past.date_to) return `${e.id}: updated before leaving`;
        return null;
      }),
    ).toEqual([]);
    expect(leavers).toBeGreaterThan(100);
    expect(working / leavers).toBeGreaterThan(0.4);
    expect(working / leavers).toBeLessThan(0.85);
    expect(duplicates).toBeGreaterThan(20);
    expect(deleted).toBeGreaterThan(10);
  });

  it('builds consistent experience histories at universe companies', () => {
    const ids = new Set(companies.map((c) => c.id));
    expect(
      violations(allPeople(), ([, e]) => {
        for (let i = 0; i < e.experience.length; i++) {
          const x = e.experience[i]!;
          if (x.order_in_profile !== i + 1) return `${e.id}: order_in_profile`;
          if (!ids.has(x.company_id)) return `${e.id}: unknown employer ${x.company_id}`;
          if (!x.date_from || x.date_from > '2026-11-01') return `${e.id}: date_from ${x.date_from}`;
          if (x.date_to && x.date_from > x.date_to) return `${e.id}: ${x.date_from} > ${x.date_to}`;
        }
        const active = e.experience.filter((x) => x.active_experience === 1).length;
        if (active !== (e.is_working === 1 ? 1 : 0)) return `${e.id}: ${active} active experiences, is_working ${e.is_working}`;
        if (!(e.updated_at <= e.checked_at && e.checked_at <= '2026-11-01T00:00:00Z')) return `${e.id}: freshness ${e.updated_at} ${e.checked_at}`;
        return null;
      }),
    ).toEqual([]);
  });

  it('produces realistic, messy and multilingual titles', () => {
    const titles: string[] = [];
    let german = 0;
    let decisionMakers = 0;
    let ics = 0;
    for (const [c, e] of allPeople(isCurrent)) {
      titles.push(e.active_experience_title!);
      decisionMakers += e.is_decision_maker;
      if (['Senior', 'Mid-Level', 'Specialist', 'Intern'].includes(e.active_experience_management_level!)) ics++;
      if (c.hq_country === 'Germany' && /Leiter|Geschäftsführer|Einkäufer|Vertrieb|Buchhalter|Referent/.test(e.active_experience_title!)) german++;
    }
    const has = (re: RegExp) => titles.some((t) => re.test(t));
    expect(has(/^Sr\.? /)).toBe(true);
    expect(has(/EMEA|DACH|Benelux|Iberia|Nordics/)).toBe(true);
    expect(has(/ \| /)).toBe(true);
    expect(has(/Directeur|Directrice|Responsable/)).toBe(true);
    expect(has(/Jefe|Jefa|Director Financiero|Directora/)).toBe(true);
    expect(has(/Hoofd|Inkoper/)).toBe(true);
    expect(has(/Responsabile|Direttore|Amministratore/)).toBe(true);
    expect(has(/Diretor|Diretora/)).toBe(true);
    expect(has(/Founder/)).toBe(true);
    expect(german).toBeGreaterThan(20);
    expect(decisionMakers / titles.length).toBeGreaterThan(0.03);
    expect(decisionMakers / titles.length).toBeLessThan(0.3);
    expect(ics / titles.length).toBeGreaterThan(0.7);
  });
});
