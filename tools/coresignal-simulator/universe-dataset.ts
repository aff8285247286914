import type { CompanyRecord, EmployeeRecord } from '../../src/modules/enrichment/domain/coresignal-records.js';
import {
  companyIdOfEmployee,
  DEFAULT_UNIVERSE,
  generateCompanies,
  generateEmployees,
  type DemoUniverseOptions,
} from '../../src/modules/enrichment/domain/demo-universe/demo-universe.js';
import { currentCompanies, shorthandOf, type SimulatorDataset } from './dataset.js';

interface Generated {
  list: EmployeeRecord[];
  byId: Map<number, EmployeeRecord>;
}

interface UniverseIndex {
  /** company id → ids of employees generated under another company who currently work here (leavers who moved) */
  movedIn: Map<number, number[]>;
  /** FNV-1a hash of the profile shorthand → employee id(s) */
  slugs: Map<number, number | number[]>;
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The deterministic demo universe (the one the local provider uses). Companies are generated once. A company's
 * employees (its current staff, its leavers, duplicates and deleted profiles: employee ids encode the generating
 * company) are generated on first use and kept in an LRU cache bounded by the number of records; regenerating is
 * deterministic, so eviction only costs time.
 *
 * Two things need one pass over the whole universe (~1M employees at scale 1, ~10 s): the leavers now working at
 * another company of the universe (so that "current employees of X" is exact) and the profile-shorthand index.
 * That pass runs on first need, or up front with {@link warmUp}.
 */
export class UniverseDataset implements SimulatorDataset {
  private readonly companyList: CompanyRecord[];
  private readonly companyById = new Map<number, CompanyRecord>();
  private readonly cache = new Map<number, Generated>();
  private cachedRecords = 0;
  private universeIndex: UniverseIndex | null = null;
  private readonly maxCachedEmployees: number;

  constructor(
    readonly options: DemoUniverseOptions = DEFAULT_UNIVERSE,
    limits: { maxCachedEmployees?: number } = {},
  ) {
    this.maxCachedEmployees = limits.maxCachedEmployees ?? 300_000;
    this.companyList = [...generateCompanies(options)].sort((a, b) => a.id - b.id);
    for (const c of this.companyList) this.companyById.set(c.id, c);
  }

  companies(): readonly CompanyRecord[] {
    return this.companyList;
  }

  company(id: number): CompanyRecord | undefined {
    return this.companyById.get(id);
  }

  employee(id: number): EmployeeRecord | undefined {
    if (!Number.isSafeInteger(id) || id < 0) return undefined;
    return this.generated(companyIdOfEmployee(id))?.byId.get(id);
  }

  employeesOf(companyId: number): readonly EmployeeRecord[] {
    const own = this.generated(companyId);
    if (!own) return [];
    const result = own.list.filter((e) => currentCompanies(e).has(companyId));
    for (const id of this.index().movedIn.get(companyId) ?? []) {
      const e = this.employee(id);
      if (e) result.push(e);
    }
    return result.sort((a, b) => a.id - b.id);
  }

  *allEmployees(): Iterable<EmployeeRecord> {
    for (const c of this.companyList) {
      const cached = this.cache.get(c.id);
      yield* cached ? cached.list : generateEmployees(c, this.options);
    }
  }

  employeeByShorthand(slug: string): EmployeeRecord | undefined {
    const wanted = slug.toLowerCase();
    const hit = this.index().slugs.get(fnv1a(wanted));
    if (hit === undefined) return undefined;
    for (const id of Array.isArray(hit) ? hit : [hit]) {
      const e = this.employee(id);
      if (e && shorthandOf(e.professional_network_url, '/in/') === wanted) return e;
    }
    return undefined;
  }

  /** Builds the universe-wide index now (call at start-up to keep the first search fast). */
  warmUp(): void {
    this.index();
  }

  private index(): UniverseIndex {
    if (this.universeIndex) return this.universeIndex;
    const movedIn = new Map<number, number[]>();
    const slugs = new Map<number, number | number[]>();
    for (const e of this.allEmployees()) {
      const owner = companyIdOfEmployee(e.id);
      let elsewhere = e.active_experience_company_id !== null && e.active_experience_company_id !== owner;
      if (!elsewhere && Array.isArray(e.experience)) {
        for (const x of e.experience) if (x.active_experience === 1 && x.company_id !== owner) elsewhere = true;
      }
      if (elsewhere) {
        for (const companyId of currentCompanies(e)) {
          if (companyId === owner) continue;
          const list = movedIn.get(companyId);
          if (list) list.push(e.id);
          else movedIn.set(companyId, [e.id]);
        }
      }
      const slug = shorthandOf(e.professional_network_url, '/in/');
      if (slug === null) continue;
      const h = fnv1a(slug);
      const prior = slugs.get(h);
      if (prior === undefined) slugs.set(h, e.id);
      else if (Array.isArray(prior)) prior.push(e.id);
      else slugs.set(h, [prior, e.id]);
    }
    this.universeIndex = { movedIn, slugs };
    return this.universeIndex;
  }

  private generated(companyId: number): Generated | undefined {
    const hit = this.cache.get(companyId);
    if (hit) {
      this.cache.delete(companyId);
      this.cache.set(companyId, hit);
      return hit;
    }
    const company = this.companyById.get(companyId);
    if (!company) return undefined;
    const list = [...generateEmployees(company, this.options)].sort((a, b) => a.id - b.id);
    const entry = { list, byId: new Map(list.map((e) => [e.id, e])) };
    this.cache.set(companyId, entry);
    this.cachedRecords += list.length;
    while (this.cachedRecords > this.maxCachedEmployees && this.cache.size > 1) {
      const oldest = this.cache.keys().next().value as number;
      this.cachedRecords -= this.cache.get(oldest)!.list.length;
      this.cache.delete(oldest);
    }
    return entry;
  }
}
