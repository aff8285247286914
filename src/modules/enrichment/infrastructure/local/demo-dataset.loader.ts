import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Database, Em } from '../../../../shared/database/database.js';
import { sqlQuery } from '../../../../shared/database/sql.js';
import type { CompanyRecord, EmployeeRecord } from '../../domain/coresignal-records.js';
import {
  DEFAULT_AS_OF,
  DEFAULT_UNIVERSE,
  EMPLOYEE_ID_FACTOR,
  companyIdOfEmployee,
  generateCompanies,
  generateEmployees,
  type DemoUniverseOptions,
} from '../../domain/demo-universe/demo-universe.js';
import {
  COMPANY_BATCH,
  DATASET_LOCK_NAMESPACE,
  EMPLOYEE_BATCH,
  LOCK_COMPANIES,
  LOCK_MOVERS,
  companyRow,
  currentCompanyOf,
  employeeRow,
  insertCompaniesIfAbsent,
  insertEmployeesIfAbsent,
  refreshPlannerStatistics,
} from './dataset-rows.js';

export interface LoadAllProgress {
  companiesDone: number;
  companiesTotal: number;
  /** employee rows this run added (companies materialised earlier add none) */
  employeesInserted: number;
  elapsedMs: number;
}

export interface LoadAllReport extends LoadAllProgress {
  databaseBytes: number;
}

const MOVERS_KEY = 'demo_movers';
const UNIVERSE_KEY = 'demo_universe';

function universeIdentity(u: DemoUniverseOptions): { seed: number; scale: number; asOf: string } {
  return { seed: u.seed, scale: u.scale, asOf: u.asOf ?? DEFAULT_AS_OF };
}

/**
 * Puts the deterministic demo universe into the local dataset tables without making start-up wait for ~1M rows:
 *
 * - {@link ensureLoaded}: the ~1,000 companies, eagerly (one transaction, a few hundred ms).
 * - {@link ensureCompanyMaterialised}: a company's employee records (its staff, leavers, duplicates, deleted
 *   profiles) the first time the company is touched. Single-flight: one promise per company in this process and a
 *   PostgreSQL advisory lock per company across processes; `dataset_companies.materialised_at` marks it done.
 *   Rows are inserted with ON CONFLICT DO NOTHING, so imported rows are never overwritten and re-runs add nothing.
 * - {@link ensureMovers}: the leavers of every company who now work at another company of the universe. A search of
 *   company X must see them (they are X's current employees) although they belong to their former employer's list,
 *   so the first search runs one pass over the universe (~1M generated records, ~10-15 s of CPU, yielding to the
 *   event loop between companies) that inserts only those ~2 % records, once per database.
 * - {@link loadAll}: everything, company by company, with progress (the `bgi dataset load` command).
 */
export class DemoDatasetLoader {
  private companyList: CompanyRecord[] | null = null;
  private companyMap: Map<number, CompanyRecord> | null = null;
  private loaded: Promise<void> | null = null;
  private moversDone: Promise<void> | null = null;
  private readonly inFlight = new Map<number, Promise<number>>();
  private readonly materialised = new Set<number>();
  /** companies known not to need demo materialisation (imported or unknown) */
  private readonly notDemo = new Set<number>();
  private readonly stopping = new AbortController();
  private readonly slots: Slots;
  private readonly parallelInserts: number;

  /**
   * @param options.concurrentMaterialisations companies materialised at once in this process (default 2); each
   *   uses 1 + parallelInserts connections
   * @param options.parallelInserts insert statements in flight per materialisation (default 2)
   */
  constructor(
    private readonly db: Database,
    readonly universe: DemoUniverseOptions = DEFAULT_UNIVERSE,
    options: { concurrentMaterialisations?: number; parallelInserts?: number } = {},
  ) {
    this.slots = new Slots(Math.max(1, options.concurrentMaterialisations ?? 2));
    this.parallelInserts = Math.max(1, options.parallelInserts ?? 2);
  }

  /** The universe's companies by id (generated once per loader). */
  companies(): readonly CompanyRecord[] {
    if (!this.companyList) {
      this.companyList = generateCompanies(this.universe).sort((a, b) => a.id - b.id);
      this.companyMap = new Map(this.companyList.map((c) => [c.id, c]));
    }
    return this.companyList;
  }

  isDemoCompany(companyId: number): boolean {
    this.companies();
    return this.companyMap!.has(companyId);
  }

  /** Loads the demo companies once per database (idempotent, safe across processes). */
  ensureLoaded(): Promise<void> {
    this.loaded ??= this.loadCompanies().catch((error: unknown) => {
      this.loaded = null;
      throw error;
    });
    return this.loaded;
  }

  private async loadCompanies(): Promise<void> {
    const identity = universeIdentity(this.universe);
    const check = async (em: Em): Promise<boolean> => {
      const [row] = await sqlQuery<{ value: ReturnType<typeof universeIdentity> }>(
        em,
        'select value from dataset_meta where key = ?',
        [UNIVERSE_KEY],
      );
      if (!row) return false;
      const v = row.value;
      if (v.seed !== identity.seed || v.scale !== identity.scale || v.asOf !== identity.asOf) {
        throw new Error(
          `the local dataset holds demo universe ${JSON.stringify(v)}, not ${JSON.stringify(identity)}: use a fresh database`,
        );
      }
      return true;
    };
    if (await check(this.db.em.fork())) return;
    const companies = this.companies();
    await this.db.em.fork().transactional(async (em) => {
      await sqlQuery(em, 'select pg_advisory_xact_lock(?, ?)', [DATASET_LOCK_NAMESPACE, LOCK_COMPANIES]);
      if (await check(em)) return;
      for (let i = 0; i < companies.length; i += COMPANY_BATCH) {
        await insertCompaniesIfAbsent(em, companies.slice(i, i + COMPANY_BATCH).map((c) => companyRow(c, 'demo')));
      }
      await sqlQuery(em, 'insert into dataset_meta (key, value) values (?, ?::jsonb)', [UNIVERSE_KEY, JSON.stringify(identity)]);
    });
  }

  /**
   * Makes sure the records of the company that generated this employee id are in the table (demo ids encode their
   * company). A no-op for ids outside the universe.
   */
  async ensureEmployeeAvailable(employeeId: number): Promise<void> {
    if (!Number.isSafeInteger(employeeId) || employeeId <= 0) return;
    const companyId = companyIdOfEmployee(employeeId);
    if (employeeId % EMPLOYEE_ID_FACTOR === 0 || !this.isDemoCompany(companyId)) return;
    await this.ensureCompanyMaterialised(companyId);
  }

  /** Everything a search of the company's current employees needs: the company's own records and the movers. */
  async ensureSearchable(companyId: number): Promise<void> {
    if (!this.isDemoCompany(companyId)) return;
    await this.ensureLoaded();
    await Promise.all([this.ensureMovers(), this.ensureCompanyMaterialised(companyId)]);
  }

  /** Materialises the company's generated employee records once (see the class comment). */
  ensureCompanyMaterialised(companyId: number): Promise<void> {
    if (this.materialised.has(companyId) || this.notDemo.has(companyId) || !this.isDemoCompany(companyId)) {
      return Promise.resolve();
    }
    let pending = this.inFlight.get(companyId);
    if (!pending) {
      pending = this.materialise(companyId).finally(() => this.inFlight.delete(companyId));
      this.inFlight.set(companyId, pending);
    }
    return pending.then(() => undefined);
  }

  /** @returns rows inserted by this call (0 when it was materialised before) */
  private async materialise(companyId: number): Promise<number> {
    await this.ensureLoaded();
    const state = async (em: Em): Promise<'done' | 'todo' | 'not_demo'> => {
      const [row] = await sqlQuery<{ materialised: boolean; source: string }>(
        em,
        'select materialised_at is not null as materialised, source from dataset_companies where id = ?',
        [companyId],
      );
      if (!row || row.source !== 'demo') return 'not_demo';
      return row.materialised ? 'done' : 'todo';
    };
    const remember = (s: 'done' | 'todo' | 'not_demo'): boolean => {
      if (s === 'done') this.materialised.add(companyId);
      if (s === 'not_demo') this.notDemo.add(companyId);
      return s !== 'todo';
    };
    if (remember(await state(this.db.em.fork()))) return 0;
    return this.slots.run(async () => {
      let inserted = 0;
      // The transaction holds the company's lock and sets the marker; the rows go in on other connections in
      // parallel (ON CONFLICT DO NOTHING, so a crash half-way only leaves rows the next attempt skips).
      await this.db.em.fork().transactional(async (em) => {
        await sqlQuery(em, 'select pg_advisory_xact_lock(?, ?)', [DATASET_LOCK_NAMESPACE, companyId]);
        if (remember(await state(em))) return;
        const records = generateEmployees(this.companyMap!.get(companyId)!, this.universe);
        inserted = await insertInParallel(this.db, records, this.parallelInserts);
        await sqlQuery(em, 'update dataset_companies set materialised_at = now() where id = ?', [companyId]);
      });
      this.materialised.add(companyId);
      await refreshPlannerStatistics(this.db, inserted);
      return inserted;
    });
  }

  /** Inserts, once per database, the leavers now working at another company of the universe (class comment). */
  ensureMovers(): Promise<void> {
    this.moversDone ??= this.loadMovers().catch((error: unknown) => {
      this.moversDone = null;
      throw error;
    });
    return this.moversDone;
  }

  /**
   * Starts the movers pass in the background (for start-up: the first search then need not wait for it). Errors
   * are reported to `onError`; {@link stop} abandons the pass between companies.
   */
  warmUp(onError: (error: unknown) => void = () => undefined): void {
    this.ensureMovers().catch((error: unknown) => {
      if (!this.stopping.signal.aborted) onError(error);
    });
  }

  /** Abandons a running movers pass or loadAll at the next company boundary (on shutdown) and waits for it. */
  async stop(): Promise<void> {
    this.stopping.abort();
    await Promise.allSettled([this.moversDone, ...this.inFlight.values()]);
  }

  private async moversMarked(em: Em): Promise<boolean> {
    const rows = await sqlQuery(em, 'select 1 from dataset_meta where key = ?', [MOVERS_KEY]);
    return rows.length > 0;
  }

  private async loadMovers(): Promise<void> {
    await this.ensureLoaded();
    if (await this.moversMarked(this.db.em.fork())) return;
    let moved = 0;
    // The outer transaction only holds the pass's lock. Movers are written in short transactions of their own under
    // their companies' locks (taken in ascending id order, like everybody else's single lock), so materialisations
    // running meanwhile neither wait long nor deadlock with the pass.
    await this.db.em.fork().transactional(async (outer) => {
      await sqlQuery(outer, 'select pg_advisory_xact_lock(?, ?)', [DATASET_LOCK_NAMESPACE, LOCK_MOVERS]);
      if (await this.moversMarked(outer)) return;
      const done = new Set(
        (
          await sqlQuery<{ id: string }>(
            outer,
            `select id::text as id from dataset_companies where source = 'demo' and materialised_at is not null`,
          )
        ).map((r) => Number(r.id)),
      );
      let pending: { companyId: number; records: EmployeeRecord[] }[] = [];
      let pendingRows = 0;
      const flush = async (): Promise<void> => {
        const group = pending;
        pending = [];
        pendingRows = 0;
        if (group.length === 0) return;
        await this.db.em.fork().transactional(async (em) => {
          for (const g of group) await sqlQuery(em, 'select pg_advisory_xact_lock(?, ?)', [DATASET_LOCK_NAMESPACE, g.companyId]);
          const todo = new Set(
            (
              await sqlQuery<{ id: string }>(
                em,
                `select id::text as id from dataset_companies
                 where id = any(?::bigint[]) and source = 'demo' and materialised_at is null`,
                [group.map((g) => g.companyId)],
              )
            ).map((r) => Number(r.id)),
          );
          const records = group.filter((g) => todo.has(g.companyId)).flatMap((g) => g.records);
          for (let i = 0; i < records.length; i += EMPLOYEE_BATCH) {
            moved += await insertEmployeesIfAbsent(em, records.slice(i, i + EMPLOYEE_BATCH).map((e) => employeeRow(e, 'demo')));
          }
        });
      };
      for (const company of this.companies()) {
        if (this.stopping.signal.aborted) throw new Error('the demo dataset loader was stopped');
        if (done.has(company.id)) continue;
        const movers = generateEmployees(company, this.universe).filter((e) => {
          const current = currentCompanyOf(e);
          return current !== null && current !== company.id;
        });
        if (movers.length > 0) {
          pending.push({ companyId: company.id, records: movers });
          pendingRows += movers.length;
        }
        if (pendingRows >= EMPLOYEE_BATCH) await flush();
        await yieldToEventLoop();
      }
      await flush();
      await sqlQuery(outer, 'insert into dataset_meta (key, value) values (?, ?::jsonb) on conflict (key) do nothing', [
        MOVERS_KEY,
        JSON.stringify({ at: new Date().toISOString() }),
      ]);
    });
    await refreshPlannerStatistics(this.db, moved);
  }

  /** Materialises every company (skipping those done before), reporting progress after each. */
  async loadAll(onProgress?: (progress: LoadAllProgress) => void): Promise<LoadAllReport> {
    const started = Date.now();
    await this.ensureLoaded();
    const companies = this.companies();
    const progress: LoadAllProgress = {
      companiesDone: 0,
      companiesTotal: companies.length,
      employeesInserted: 0,
      elapsedMs: 0,
    };
    for (const company of companies) {
      if (this.stopping.signal.aborted) throw new Error('the demo dataset loader was stopped');
      const running = this.inFlight.get(company.id);
      if (running) await running;
      else if (!this.materialised.has(company.id) && !this.notDemo.has(company.id)) {
        const pending = this.materialise(company.id).finally(() => this.inFlight.delete(company.id));
        this.inFlight.set(company.id, pending);
        progress.employeesInserted += await pending;
      }
      progress.companiesDone++;
      progress.elapsedMs = Date.now() - started;
      onProgress?.({ ...progress });
      await yieldToEventLoop();
    }
    // every company's leavers are in now: no movers pass will ever be needed
    await sqlQuery(this.db.em.fork(), 'insert into dataset_meta (key, value) values (?, ?::jsonb) on conflict (key) do nothing', [
        MOVERS_KEY,
        JSON.stringify({ at: new Date().toISOString(), by: 'loadAll' }),
      ]);
    this.moversDone = Promise.resolve();
    const [size] = await sqlQuery<{ bytes: string }>(
      this.db.em.fork(),
        `select (pg_total_relation_size('dataset_employees') + pg_total_relation_size('dataset_companies'))::text as bytes`,
      );
    progress.elapsedMs = Date.now() - started;
    return { ...progress, databaseBytes: Number(size?.bytes ?? 0) };
  }
}

/**
 * Inserts records in batches of EMPLOYEE_BATCH on up to `parallel` connections at once (autocommit, ON CONFLICT DO
 * NOTHING); the next batch is serialised while earlier ones run. Returns the rows added.
 */
async function insertInParallel(db: Database, records: readonly EmployeeRecord[], parallel: number): Promise<number> {
  let inserted = 0;
  const running = new Set<Promise<void>>();
  const failures: unknown[] = [];
  for (let i = 0; i < records.length && failures.length === 0; i += EMPLOYEE_BATCH) {
    const rows = records.slice(i, i + EMPLOYEE_BATCH).map((e) => employeeRow(e, 'demo'));
    const statement: Promise<void> = insertEmployeesIfAbsent(db.em.fork(), rows).then(
      (n) => {
        inserted += n;
      },
      (error: unknown) => {
        failures.push(error);
      },
    );
    running.add(statement);
    void statement.finally(() => running.delete(statement));
    if (running.size >= parallel) await Promise.race(running);
  }
  await Promise.all(running);
  if (failures.length > 0) throw failures[0];
  return inserted;
}

/** At most `size` tasks at once (bounds connections and memory while big companies materialise). */
class Slots {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly size: number) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active++;
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}

/**
 * For the CLI (`bgi dataset load`): loads the demo companies and materialises every company's employees, calling
 * `onProgress` after each company. Idempotent: a second run only reports.
 */
export async function loadDemoDataset(
  db: Database,
  onProgress?: (progress: LoadAllProgress) => void,
  universe: DemoUniverseOptions = DEFAULT_UNIVERSE,
): Promise<LoadAllReport> {
  return new DemoDatasetLoader(db, universe).loadAll(onProgress);
}
