/**
 * Credits benchmark (PRODUCT.md §3, CORESIGNAL.md credits table): what a discovery spends on Coresignal, measured
 * against the project's Coresignal simulator over real HTTP — the real Coresignal adapter behind the real discovery
 * engine, called through POST /api/intelligence/buyer-group-v2 — for an enterprise (≥ 20,000 employees), a
 * mid-market (500–999), a small (60–99) and a micro (< 60) demo company, at every enrichment level.
 *
 *   npm run bench:credits
 *
 * Credits are read from the simulator's ledger (authoritative) and cross-checked with the response's creditsUsed.
 * Company resolution is reported apart from the group: discoveries by companyId (one company collect) give the
 * group's credits; one more discovery per company by companyName gives what name resolution costs.
 * Every discovery runs with a cold provider cache (CACHE_COMPANY_HOURS = CACHE_PERSON_DAYS = 0), so each figure
 * is what a first discovery of that company pays; a final pair of runs with the default cache windows shows what
 * an `enrich` after an `identify` of the same company pays.
 *
 * The NAIVE strategy next to it: preview every current employee (pages of 20, 20 credits a page), then collect
 * the chosen group (20 a member). Its identify variant stops after the previews.
 *
 * The simulator serves every company of the demo universe, and the employees of the chosen companies only (their
 * generated records: staff, leavers, duplicates, deleted profiles), so the universe-wide pass over ~1M generated
 * employees is avoided. That leaves out the few people who moved in from other demo companies (~2 % of a company's
 * leavers land elsewhere); BENCH_CREDITS_UNIVERSE=1 serves the whole universe instead (adds 15–30 s).
 * Uses BENCH_DATABASE_URL (a server: a fresh database is created and dropped) or an embedded PostgreSQL.
 * The last line of output is one JSON object.
 */
import 'reflect-metadata';
import { availableParallelism } from 'node:os';
import type { AddressInfo } from 'node:net';
import { createHttpApp } from '../src/app.factory.js';
import { loadConfig, type AppConfig } from '../src/shared/config/app-config.js';
import { createLogger } from '../src/shared/observability/logger.js';
import type { CompanyRecord, EmployeeRecord } from '../src/modules/enrichment/domain/coresignal-records.js';
import { DEFAULT_UNIVERSE, generateCompanies, generateEmployees } from '../src/modules/enrichment/domain/demo-universe/demo-universe.js';
import { CoresignalEmployeeDataProvider } from '../src/modules/enrichment/infrastructure/coresignal/coresignal.provider.js';
import type { DiscoveryResult } from '../src/modules/discovery/commands/discover-buyer-group/discovery-result.js';
import { InMemoryDataset, type SimulatorDataset } from '../tools/coresignal-simulator/dataset.js';
import type { LedgerCall } from '../tools/coresignal-simulator/ledger.js';
import { createSimulator, DEFAULT_API_KEY, type Simulator } from '../tools/coresignal-simulator/simulator.js';
import { UniverseDataset } from '../tools/coresignal-simulator/universe-dataset.js';
import { openBenchDatabase } from './support/bench-database.js';
import { peakRssMb, round } from './support/stats.js';

const LEVELS = ['identify', 'enrich', 'deep_research'] as const;
type Level = (typeof LEVELS)[number];
const SOLUTION_CATEGORY = process.env.BENCH_SOLUTION_CATEGORY ?? 'revenue_technology';
const PAGE = 20;
const PRICE = 20;
const API_KEY = { workspace: 'bench', key: 'bench-key-0123456789abcdef' };
const ROUTE = '/api/intelligence/buyer-group-v2';

const logger = createLogger('warn');
const log = (line: string) => console.log(line);

// ------------------------------------------------------------------------------------------ the companies

const companies = generateCompanies(DEFAULT_UNIVERSE);
const size = (c: CompanyRecord) => c.employees_count ?? 0;
const pick = (label: string, min: number, max: number, closestTo: number): CompanyRecord => {
  const found = companies
    .filter((c) => size(c) >= min && size(c) <= max)
    .sort((a, b) => Math.abs(size(a) - closestTo) - Math.abs(size(b) - closestTo) || a.id - b.id)[0];
  if (!found) throw new Error(`the demo universe has no ${label} company (${min}-${max} employees)`);
  return found;
};
const segments = [
  // the enterprise closest to 20,000 employees: the target is stated for a 20,000-employee company
  { key: 'enterprise', company: pick('enterprise', 20_000, Number.MAX_SAFE_INTEGER, 20_000) },
  { key: 'midMarket', company: pick('mid-market', 500, 999, 750) },
  // above READ_WHOLE_COMPANY_BELOW (60): the targeted searches
  { key: 'small', company: pick('small', 60, 99, 80) },
  // below it: the plan reads the whole company
  { key: 'micro', company: pick('micro', 10, 59, 40) },
] as const;
type SegmentKey = (typeof segments)[number]['key'];

// ------------------------------------------------------------------------------------------ the simulator

let dataset: SimulatorDataset;
const datasetStarted = performance.now();
if (process.env.BENCH_CREDITS_UNIVERSE === '1') {
  const universe = new UniverseDataset(DEFAULT_UNIVERSE);
  universe.warmUp();
  dataset = universe;
} else {
  const employees: EmployeeRecord[] = [];
  for (const { company } of segments) employees.push(...generateEmployees(company, DEFAULT_UNIVERSE));
  dataset = new InMemoryDataset(companies, employees);
}
log(`dataset: ${process.env.BENCH_CREDITS_UNIVERSE === '1' ? 'whole demo universe' : `${companies.length} companies, employees of ${segments.length}`} in ${Math.round(performance.now() - datasetStarted)} ms`);

const sim: Simulator = await createSimulator({ dataset, rateLimit: 0, credits: 100_000_000 });

// ------------------------------------------------------------------------------------------ the app

const database = await openBenchDatabase('credits', logger);
const baseConfig: AppConfig = {
  ...loadConfig({}),
  databaseUrl: database.url,
  dataDir: database.dataDir,
  apiKeys: [API_KEY],
  coresignalApiKey: DEFAULT_API_KEY,
  coresignalBaseUrl: sim.url,
  coresignalRateLimit: 1000,
  logLevel: 'silent',
  kafkaBrokers: [],
  anthropicApiKey: undefined,
};

async function startApp(config: AppConfig) {
  const app = await createHttpApp(config, { logger: createLogger('silent') });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, url: `http://127.0.0.1:${port}${ROUTE}` };
}

/** Cold: nothing bought before is reused, so every discovery pays what a first discovery of its company pays. */
let running = await startApp({ ...baseConfig, cacheCompanyHours: 0, cachePersonDays: 0 });

interface Measured {
  result: DiscoveryResult;
  ledgerCredits: number;
  resolutionCredits: number;
  groupCredits: number;
  byKind: Record<string, { calls: number; credits: number }>;
  /** employee records bought more than once inside this discovery */
  duplicates: number;
}

async function discover(body: Record<string, unknown>): Promise<Measured> {
  const from = sim.ledger.calls.length;
  const response = await fetch(running.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': API_KEY.key },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as DiscoveryResult & { error?: unknown };
  if (response.status !== 200) throw new Error(`discovery answered ${response.status}: ${JSON.stringify(json.error ?? json)}`);
  const calls: LedgerCall[] = sim.ledger.calls.slice(from);
  const byKind: Measured['byKind'] = {};
  for (const call of calls) {
    const entry = (byKind[call.kind] ??= { calls: 0, credits: 0 });
    entry.calls++;
    entry.credits += call.credits;
  }
  const sum = (filter: (call: LedgerCall) => boolean) => calls.filter(filter).reduce((total, call) => total + call.credits, 0);
  const ledgerCredits = sum(() => true);
  if (ledgerCredits !== json.creditsUsed.total) {
    throw new Error(`credits disagree: the simulator billed ${ledgerCredits}, the response says ${json.creditsUsed.total} (${JSON.stringify(json.creditsUsed)})`);
  }
  return {
    result: json,
    ledgerCredits,
    resolutionCredits: sum((call) => call.kind.startsWith('company_')),
    groupCredits: sum((call) => call.kind.startsWith('employee_')),
    byKind,
    duplicates: duplicateCollects(calls),
  };
}

function duplicateCollects(calls: readonly LedgerCall[]): number {
  const seen = new Set<number>();
  let duplicates = 0;
  for (const call of calls) {
    if (call.kind !== 'employee_collect' || call.credits === 0) continue;
    for (const id of call.recordIds) {
      if (seen.has(id)) duplicates++;
      seen.add(id);
    }
  }
  return duplicates;
}

/** Current employees as the engine sees them (the free search with the adapter's filters), for the naive strategy. */
const sizer = new CoresignalEmployeeDataProvider({ apiKey: DEFAULT_API_KEY, baseUrl: sim.url, rateLimit: { perSecond: 1000 } });

interface SegmentFigures {
  company: { id: number; name: string; employeesCount: number; currentEmployees: number };
  levels: Record<Level, { groupCredits: number; resolutionCredits: number; totalCredits: number; members: number; creditsPerMember: number; byKind: Measured['byKind']; coverage: string; overallScore: number }>;
  nameResolutionCredits: number;
  nameResolvedTo: string;
  naive: { identifyCredits: number; enrichCredits: number };
  savingsFactor: { identify: number; enrich: number };
}

const figures = {} as Record<SegmentKey, SegmentFigures>;
let duplicatesInOne = 0;
for (const { key, company } of segments) {
  const ledgerBefore = sim.ledger.creditsSpent;
  const current = (await sizer.searchEmployees({ companyId: company.id }, 0)).total;
  if (sim.ledger.creditsSpent !== ledgerBefore) throw new Error('sizing a pool cost credits');
  const levels = {} as SegmentFigures['levels'];
  for (const level of LEVELS) {
    const measured = await discover({
      companyId: String(company.id),
      sellerProfile: { solutionCategory: SOLUTION_CATEGORY },
      enrichmentLevel: level,
      saveToDatabase: false,
    });
    const members = measured.result.buyerGroup.totalMembers;
    duplicatesInOne += measured.duplicates;
    levels[level] = {
      groupCredits: measured.groupCredits,
      resolutionCredits: measured.resolutionCredits,
      totalCredits: measured.ledgerCredits,
      members,
      creditsPerMember: members === 0 ? 0 : round(measured.groupCredits / members),
      byKind: measured.byKind,
      coverage: measured.result.quality.coverage,
      overallScore: measured.result.quality.overallScore,
    };
  }
  // name resolution: the same identify discovery, the company named instead of identified
  const byName = await discover({
    companyName: company.company_name,
    sellerProfile: { solutionCategory: SOLUTION_CATEGORY },
    enrichmentLevel: 'identify',
    saveToDatabase: false,
  });
  if (byName.groupCredits !== levels.identify.groupCredits) {
    log(`note: ${key} identify by name spent ${byName.groupCredits} group credits, by id ${levels.identify.groupCredits}`);
  }
  const previewAll = Math.ceil(current / PAGE) * PRICE;
  const naive = { identifyCredits: previewAll, enrichCredits: previewAll + levels.enrich.members * PRICE };
  figures[key] = {
    company: { id: company.id, name: company.company_name, employeesCount: size(company), currentEmployees: current },
    levels,
    nameResolutionCredits: byName.resolutionCredits,
    nameResolvedTo: `${byName.result.company.name} (${byName.result.company.id}, ${byName.result.company.matchedBy})`,
    naive,
    savingsFactor: {
      identify: round(naive.identifyCredits / Math.max(1, levels.identify.groupCredits)),
      enrich: round(naive.enrichCredits / Math.max(1, levels.enrich.groupCredits)),
    },
  };
  const l = levels;
  log(
    `${key.padEnd(10)} ${company.company_name} (${company.id}, ${size(company)} employees, ${current} current): ` +
      LEVELS.map((level) => `${level} ${l[level].groupCredits} cr / ${l[level].members} members (${l[level].creditsPerMember}/member)`).join(', ') +
      ` | resolution by id ${l.identify.resolutionCredits}, by name ${byName.resolutionCredits} | naive identify ${naive.identifyCredits}, enrich ${naive.enrichCredits}` +
      ` | savings ×${figures[key].savingsFactor.identify} / ×${figures[key].savingsFactor.enrich}`,
  );
  for (const level of LEVELS) log(`           ${level}: ${JSON.stringify(l[level].byKind)} coverage ${l[level].coverage}, score ${l[level].overallScore}`);
}

// identify, then enrich of the same enterprise with the default cache windows: what the second step pays
await running.app.close();
running = await startApp(baseConfig);
const warmFrom = sim.ledger.calls.length;
const enterprise = segments[0].company;
const warmIdentify = await discover({ companyId: String(enterprise.id), sellerProfile: { solutionCategory: SOLUTION_CATEGORY }, enrichmentLevel: 'identify', saveToDatabase: true });
const warmEnrich = await discover({ companyId: String(enterprise.id), sellerProfile: { solutionCategory: SOLUTION_CATEGORY }, enrichmentLevel: 'enrich', saveToDatabase: true });
const warmRepeat = await discover({ companyId: String(enterprise.id), sellerProfile: { solutionCategory: SOLUTION_CATEGORY }, enrichmentLevel: 'enrich', saveToDatabase: true });
log(
  `enterprise with the default cache: identify ${warmIdentify.ledgerCredits} (resolution ${warmIdentify.resolutionCredits}), then enrich ${warmEnrich.ledgerCredits} ` +
    `(resolution ${warmEnrich.resolutionCredits}, ${JSON.stringify(warmEnrich.byKind)}), then the same enrich again ${warmRepeat.ledgerCredits} (resolution ${warmRepeat.resolutionCredits})`,
);
const duplicatesWarm = duplicateCollects(sim.ledger.calls.slice(warmFrom));

await running.app.close();
await sim.close();
await database.dispose();

const e = figures.enterprise;
const targets = {
  identify20kMax100: e.levels.identify.groupCredits <= 100,
  identify20kMax100InclResolution: e.levels.identify.totalCredits <= 100,
  enrichMax20PerMemberPlus100: e.levels.enrich.groupCredits <= 20 * e.levels.enrich.members + 100,
  enrichMax20PerMemberPlus100InclResolution: e.levels.enrich.totalCredits <= 20 * e.levels.enrich.members + 100,
  enterpriseSavingsAtLeast10x: e.savingsFactor.enrich >= 10,
};
log(`targets: ${JSON.stringify(targets)}`);

const out: Record<string, unknown> = { benchmark: 'credits', solutionCategory: SOLUTION_CATEGORY };
for (const { key } of segments) {
  const f = figures[key];
  out[`${key}Employees`] = f.company.employeesCount;
  out[`${key}CurrentEmployees`] = f.company.currentEmployees;
  out[`${key}IdentifyCredits`] = f.levels.identify.groupCredits;
  out[`${key}IdentifyMembers`] = f.levels.identify.members;
  out[`${key}EnrichCredits`] = f.levels.enrich.groupCredits;
  out[`${key}EnrichMembers`] = f.levels.enrich.members;
  out[`${key}EnrichCreditsPerMember`] = f.levels.enrich.creditsPerMember;
  out[`${key}DeepResearchCredits`] = f.levels.deep_research.groupCredits;
  out[`${key}DeepResearchMembers`] = f.levels.deep_research.members;
  out[`${key}IdResolutionCredits`] = f.levels.identify.resolutionCredits;
  out[`${key}NameResolutionCredits`] = f.nameResolutionCredits;
  out[`${key}NaiveIdentifyCredits`] = f.naive.identifyCredits;
  out[`${key}NaiveCredits`] = f.naive.enrichCredits;
  out[`${key}IdentifySavingsFactor`] = f.savingsFactor.identify;
  out[`${key}SavingsFactor`] = f.savingsFactor.enrich;
}
Object.assign(out, {
  enterpriseWarmIdentifyCredits: warmIdentify.ledgerCredits,
  enterpriseEnrichAfterIdentifyCredits: warmEnrich.ledgerCredits,
  enterpriseRepeatEnrichCredits: warmRepeat.ledgerCredits,
  duplicateEmployeePurchasesInOneDiscovery: duplicatesInOne,
  duplicateEmployeePurchasesWithCache: duplicatesWarm,
  targetsMet: Object.values(targets).filter(Boolean).length,
  targetsTotal: Object.keys(targets).length,
  ...Object.fromEntries(Object.entries(targets).map(([name, met]) => [`target_${name}`, met])),
  peakRssMb: peakRssMb(),
  cores: availableParallelism(),
  database: database.kind,
  dataset: process.env.BENCH_CREDITS_UNIVERSE === '1' ? 'universe' : 'subset',
});
console.log(JSON.stringify(out));
