/**
 * Discovery latency benchmark (local provider, the demo universe): the buyer group of a 20,000+-employee demo
 * company, discovered again and again with saveToDatabase: true (so every re-run also loads the saved group and
 * appends its change events).
 *
 *   npm run bench:discovery
 *
 *  (a) engine: the DiscoverBuyerGroup command through the CommandBus, BENCH_RUNS (200) runs after a warm-up whose
 *      first run materialises the company and waits for the one-time movers pass of the local dataset (15–35 s);
 *  (b) HTTP: BENCH_RUNS POSTs to /api/intelligence/buyer-group-v2 on the listening app, real HTTP (fetch) on 127.0.0.1;
 *  plus the peak RSS and the throughput of title normalisation over the demo company's titles.
 * Runs are sequential (one request in flight); the engine runs and the HTTP runs each re-run a group of their own
 * workspace (every re-run appends ~2 events to it, so a run reads a slightly longer stream than the one before). Level: BENCH_LEVEL (identify), seller: BENCH_SOLUTION_CATEGORY
 * (revenue_technology). Uses BENCH_DATABASE_URL (a server: a fresh database is created and dropped) or an embedded
 * PostgreSQL. The last line of output is one JSON object.
 */
import 'reflect-metadata';
import { availableParallelism } from 'node:os';
import type { AddressInfo } from 'node:net';
import { CommandBus } from '@nestjs/cqrs';
import { createHttpApp } from '../src/app.factory.js';
import { loadConfig, type AppConfig } from '../src/shared/config/app-config.js';
import { createLogger } from '../src/shared/observability/logger.js';
import type { EventMetadata } from '../src/shared/event-store/event.js';
import { normalizeTitle } from '../src/modules/classification/domain/title-normalizer.js';
import { DEFAULT_UNIVERSE, generateCompanies, generateEmployees } from '../src/modules/enrichment/domain/demo-universe/demo-universe.js';
import { DiscoverBuyerGroupCommand } from '../src/modules/discovery/commands/discover-buyer-group/discover-buyer-group.command.js';
import { DiscoverBuyerGroupDto } from '../src/modules/discovery/commands/discover-buyer-group/discover-buyer-group.dto.js';
import type { DiscoveryResult } from '../src/modules/discovery/commands/discover-buyer-group/discovery-result.js';
import type { EnrichmentLevel } from '../src/modules/discovery/domain/buyer-group-role.js';
import pg from 'pg';
import { openBenchDatabase } from './support/bench-database.js';
import { latencySummary, peakRssMb } from './support/stats.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 200);
const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 10);
const LEVEL = (process.env.BENCH_LEVEL ?? 'identify') as EnrichmentLevel;
const SOLUTION_CATEGORY = process.env.BENCH_SOLUTION_CATEGORY ?? 'revenue_technology';
const API_KEY = { workspace: 'bench', key: 'bench-key-0123456789abcdef' };
/** the engine runs save into their own workspace, so each phase re-runs a group of its own (streams grow by ~2 events a run) */
const ENGINE_WORKSPACE = { workspace: 'bench-engine', key: 'bench-engine-key-0123456789abcdef' };
/**
 * What-if, off by default: BENCH_WHAT_IF_INDEX=1 adds, after the warm-up, the index recommended for the local
 * dataset's searches (department and level inside a company), to show the latency it would give.
 */
const WHAT_IF_INDEX = process.env.BENCH_WHAT_IF_INDEX === '1';
const ROUTE = '/api/intelligence/buyer-group-v2';
const log = (line: string) => console.log(line);

// the demo company closest to 20,000 employees among those with 20,000 or more
const company = generateCompanies(DEFAULT_UNIVERSE)
  .filter((c) => (c.employees_count ?? 0) >= 20_000)
  .sort((a, b) => Math.abs(a.employees_count! - 20_000) - Math.abs(b.employees_count! - 20_000) || a.id - b.id)[0];
if (!company) throw new Error('the demo universe has no company of 20,000+ employees');

const logger = createLogger('warn');
const database = await openBenchDatabase('discovery', logger);
const config: AppConfig = {
  ...loadConfig({}),
  databaseUrl: database.url,
  dataDir: database.dataDir,
  apiKeys: [API_KEY, ENGINE_WORKSPACE],
  coresignalApiKey: undefined,
  anthropicApiKey: undefined,
  kafkaBrokers: [],
  logLevel: 'silent',
};
const bootStarted = performance.now();
const app = await createHttpApp(config, { logger: createLogger('silent') });
await app.listen(0, '127.0.0.1');
const bootMs = performance.now() - bootStarted;
const { port } = app.getHttpServer().address() as AddressInfo;
const url = `http://127.0.0.1:${port}${ROUTE}`;
const commands = app.get(CommandBus);

const body = { companyId: String(company.id), sellerProfile: { solutionCategory: SOLUTION_CATEGORY }, enrichmentLevel: LEVEL, saveToDatabase: true };
const metadata = (): EventMetadata => ({ workspaceId: ENGINE_WORKSPACE.workspace, correlationId: crypto.randomUUID(), actor: 'bench', source: 'discovery' });

async function viaEngine(): Promise<DiscoveryResult> {
  const dto = Object.assign(new DiscoverBuyerGroupDto(), { ...body, sellerProfile: { ...body.sellerProfile }, dryRun: false });
  return commands.execute(new DiscoverBuyerGroupCommand(dto, metadata()));
}

async function viaHttp(): Promise<DiscoveryResult> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': API_KEY.key },
    body: JSON.stringify(body),
  });
  const json = (await response.json()) as DiscoveryResult;
  if (response.status !== 200) throw new Error(`discovery answered ${response.status}: ${JSON.stringify(json)}`);
  return json;
}

// warm-up: the first run materialises the company and waits for the movers pass
const firstStarted = performance.now();
const first = await viaEngine();
const firstRunMs = performance.now() - firstStarted;
log(`${company.company_name} (${company.id}, ${company.employees_count} employees): first run ${Math.round(firstRunMs)} ms (materialisation + movers pass), ${first.buyerGroup.totalMembers} members, coverage ${first.quality.coverage}`);
for (let i = 0; i < WARM_UP; i++) await viaEngine();
for (let i = 0; i < WARM_UP; i++) await viaHttp();
if (WHAT_IF_INDEX) {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await client.query(
    'create index if not exists bench_what_if_dept_level on dataset_employees (company_id, lower(department), lower(management_level)) where is_parent = 1 and is_deleted = 0',
  );
  await client.query('analyze dataset_employees');
  await client.end();
  log('what-if: added index (company_id, lower(department), lower(management_level)) on dataset_employees');
}

async function measure(run: () => Promise<DiscoveryResult>): Promise<{ samples: number[]; reported: number[]; last: DiscoveryResult }> {
  const samples: number[] = [];
  const reported: number[] = [];
  let last: DiscoveryResult | undefined;
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    last = await run();
    samples.push(performance.now() - started);
    reported.push(last.processingTimeMs);
  }
  return { samples, reported, last: last! };
}

const engineStarted = performance.now();
const engine = await measure(viaEngine);
const engineSeconds = (performance.now() - engineStarted) / 1000;
const http = await measure(viaHttp);
const e = latencySummary(engine.samples);
const half = Math.floor(RUNS / 2);
log(`engine p50 first half ${latencySummary(engine.samples.slice(0, half)).p50} ms, second half ${latencySummary(engine.samples.slice(half)).p50} ms (the saved group's stream grows every run)`);
const h = latencySummary(http.samples);
log(`http   p50 first half ${latencySummary(http.samples.slice(0, half)).p50} ms, second half ${latencySummary(http.samples.slice(half)).p50} ms`);
log(`engine (${RUNS} runs): p50 ${e.p50} ms, p95 ${e.p95} ms, p99 ${e.p99} ms, mean ${e.mean}, max ${e.max}; ${(RUNS / engineSeconds).toFixed(1)} discoveries/s`);
log(`http   (${RUNS} runs): p50 ${h.p50} ms, p95 ${h.p95} ms, p99 ${h.p99} ms, mean ${h.mean}, max ${h.max}; processingTimeMs p50 ${latencySummary(http.reported).p50}`);
log(`last re-run: ${http.last.buyerGroup.totalMembers} members, changes ${JSON.stringify(http.last.changes ?? {})}`);

await app.close();
await database.dispose();

// title normalisation over the enterprise's titles (current and past)
const titles: string[] = [];
for (const employee of generateEmployees(company, DEFAULT_UNIVERSE)) {
  if (employee.active_experience_title) titles.push(employee.active_experience_title);
  if (employee.headline) titles.push(employee.headline);
  for (const experience of employee.experience ?? []) if (experience.position_title) titles.push(experience.position_title);
}
const uniqueTitles = new Set(titles).size;
for (const title of titles.slice(0, 2_000)) normalizeTitle(title);
const passes = 3;
const titlesStarted = performance.now();
let sink = 0;
for (let pass = 0; pass < passes; pass++) for (const title of titles) sink += normalizeTitle(title).function.length;
const titlesSeconds = (performance.now() - titlesStarted) / 1000;
const titlesPerSec = Math.round((titles.length * passes) / titlesSeconds);
log(`titles: ${titles.length} (${uniqueTitles} distinct) × ${passes} in ${titlesSeconds.toFixed(2)} s: ${titlesPerSec}/s (${sink > 0 ? 'ok' : '?'})`);

const figures = {
  benchmark: 'discovery',
  company: company.company_name,
  companyEmployees: company.employees_count,
  level: LEVEL,
  runs: RUNS,
  members: http.last.buyerGroup.totalMembers,
  engineP50Ms: e.p50,
  engineP95Ms: e.p95,
  engineP99Ms: e.p99,
  engineMeanMs: e.mean,
  engineMaxMs: e.max,
  httpP50Ms: h.p50,
  httpP95Ms: h.p95,
  httpP99Ms: h.p99,
  httpMeanMs: h.mean,
  httpMaxMs: h.max,
  engineDiscoveriesPerSec: Math.round((RUNS / engineSeconds) * 10) / 10,
  firstRunMs: Math.round(firstRunMs),
  bootMs: Math.round(bootMs),
  titlesPerSec,
  titles: titles.length,
  uniqueTitles,
  targetEngineP50Max50Ms: e.p50 <= 50,
  targetHttpP95Max150Ms: h.p95 <= 150,
  peakRssMb: peakRssMb(),
  cores: availableParallelism(),
  database: database.kind,
  ...(WHAT_IF_INDEX ? { whatIfIndex: true } : {}),
};
console.log(JSON.stringify(figures));
