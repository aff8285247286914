/**
 * Real-time updates benchmark (issue 5): a sustained stream of Coresignal change notices — BENCH_RATE (200) notices/s
 * for BENCH_SECONDS (60) s — posted to the webhook endpoint of the compiled service, which hands them to Kafka; the
 * service's buyer-group updater consumes them, re-collects each person from the Coresignal simulator (whose dataset
 * the benchmark changes first: every notice is a real title change) and updates the group.
 *
 *   npm run bench:realtime
 *
 * Measures the latency of every notice from `receivedAt` (the webhook accepted it) to its group's projection being
 * updated (the notice's row in provider_change_notices, written after the group's transaction committed): p50 / p95 /
 * p99; the consumer lag (Kafka's committed offsets of the updater's group) during and after the burst, which must
 * return to 0; the service's peak RSS. Setup: BENCH_COMPANIES (300) companies with a saved group of BENCH_MEMBERS (10)
 * members each, in a fresh database (BENCH_DATABASE_URL: a server to create it on; else an embedded PostgreSQL); Kafka
 * at KAFKA_BROKERS, else the project's broker (tools/kafka/kafka.sh start). Topic and consumer group are the run's
 * own and are deleted afterwards. BENCH_SERVICE_NODE_ARGS passes Node options to the service (e.g. `--cpu-prof`). The last
 * line of output is one JSON object.
 */
import 'reflect-metadata';
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { createServer } from 'node:net';
import path from 'node:path';
import { CommandBus } from '@nestjs/cqrs';
import { Kafka, logLevel } from 'kafkajs';
import pg from 'pg';
import { createAppContext } from '../src/app.factory.js';
import { ChangeBuyerGroupCommand } from '../src/modules/discovery/commands/change-buyer-group/change-buyer-group.command.js';
import type { NewMember } from '../src/modules/discovery/domain/buyer-group.decide.js';
import type { CompanyRecord, EmployeeRecord } from '../src/modules/enrichment/domain/coresignal-records.js';
import { loadConfig, type AppConfig } from '../src/shared/config/app-config.js';
import { createLogger } from '../src/shared/observability/logger.js';
import { MutableDataset } from '../tools/coresignal-simulator/mutable-dataset.js';
import { createSimulator } from '../tools/coresignal-simulator/simulator.js';
import { openBenchDatabase } from './support/bench-database.js';
import { latencySummary, round } from './support/stats.js';

const RATE = Number(process.env.BENCH_RATE ?? 200);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const COMPANIES = Number(process.env.BENCH_COMPANIES ?? 300);
const MEMBERS = Number(process.env.BENCH_MEMBERS ?? 10);
/** notices per delivery: Coresignal posts a JSON array of notices for one subscription (one company) */
const PER_DELIVERY = 2;
if (MEMBERS < 7) throw new Error('BENCH_MEMBERS must be at least 7: each company needs enough distinct pairs of people');
const TICK_MS = 50;
const KEY = 'bench0realtime0key00000000000001';
const API_KEY = { workspace: 'bench', key: 'bench-key-0123456789abcdef' };
const TITLES = ['Sales Operations Manager', 'Revenue Operations Manager', 'Senior Sales Operations Manager'];
const log = (line: string) => console.log(line);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function brokers(): string[] {
  const given = process.env.KAFKA_BROKERS?.split(',').map((each) => each.trim()).filter(Boolean);
  if (given?.length) return given;
  const output = execFileSync('bash', [path.resolve('tools/kafka/kafka.sh'), 'start'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const line = output.trim().split('\n').at(-1) ?? '';
  if (!line.startsWith('KAFKA_BROKERS=')) throw new Error('the Kafka launcher did not print KAFKA_BROKERS');
  return [line.slice('KAFKA_BROKERS='.length)];
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Peak resident set size of a process (VmHWM), in MB. */
function peakRssOf(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((each) => each.startsWith('VmHWM:'));
  return Math.round(Number(line?.replace(/\D+/g, '') ?? 0) / 1024);
}

function company(id: number): CompanyRecord {
  return {
    id,
    company_name: `Streamline ${id}`,
    website: `https://www.streamline-${id}.example`,
    linkedin_url: `https://www.linkedin.com/company/streamline-${id}`,
    industry: 'Software',
    employees_count: 400,
    hq_country: 'United States',
  } as CompanyRecord;
}

function employee(id: number, at: CompanyRecord, title: string): EmployeeRecord {
  const now = new Date().toISOString();
  return {
    id,
    parent_id: null,
    full_name: `Person ${id}`,
    first_name: 'Person',
    last_name: String(id),
    headline: title,
    professional_network_url: `https://www.linkedin.com/in/person-${id}`,
    location_full: 'Austin, Texas, United States',
    is_working: 1,
    is_decision_maker: 0,
    is_deleted: 0,
    is_parent: 1,
    active_experience_company_id: at.id,
    active_experience_title: title,
    active_experience_department: 'Sales',
    active_experience_management_level: 'Manager',
    connections_count: 500,
    followers_count: 300,
    updated_at: now,
    checked_at: now,
    experience: [
      {
        active_experience: 1,
        position_title: title,
        department: 'Sales',
        management_level: 'Manager',
        company_id: at.id,
        company_name: at.company_name,
        company_website: at.website,
        company_linkedin_url: at.linkedin_url,
        company_industry: at.industry,
        company_employees_count: at.employees_count,
        date_from: '2022-01-01',
        date_to: null,
        duration_months: 40,
        order_in_profile: 0,
      },
    ],
  } as EmployeeRecord;
}

async function startService(env: Record<string, string>, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...(process.env.BENCH_SERVICE_NODE_ARGS?.split(' ').filter(Boolean) ?? []), path.resolve('dist/src/main.js')], { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
  for (let attempt = 0; attempt < 600; attempt++) {
    if (child.exitCode !== null) throw new Error(`the service exited with ${child.exitCode}`);
    if (await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false)) return child;
    await sleep(100);
  }
  child.kill('SIGKILL');
  throw new Error('the service did not become healthy in 60 s');
}

const logger = createLogger('warn');
const kafkaBrokers = brokers();
const database = await openBenchDatabase('realtime', logger);
const runId = randomUUID().slice(0, 8);
const topic = `provider.changes.bench-${runId}`;
const group = `buyer-group-updater-bench-${runId}`;

// -- the provider's data: companies, their people, a saved group per company --------------------------------------
const dataset = new MutableDataset();
const people: { id: number; companyId: number; title: number }[] = [];
const simulator = await createSimulator({ dataset, apiKeys: [KEY], rateLimit: 0 });
const groups: { groupId: string; at: CompanyRecord; members: NewMember[] }[] = [];
for (let c = 0; c < COMPANIES; c++) {
  const at = company(80_000 + c);
  dataset.putCompany(at);
  const members: NewMember[] = [];
  for (let n = 0; n < MEMBERS; n++) {
    const id = at.id * 1000 + n;
    dataset.put(employee(id, at, TITLES[0]!));
    people.push({ id, companyId: at.id, title: 0 });
    members.push({
      memberId: randomUUID(),
      personId: String(id),
      name: `Person ${id}`,
      title: TITLES[0]!,
      department: 'Sales',
      seniorityLevel: 'manager',
      role: 'champion',
      confidence: 75,
      influenceScore: 60,
      priority: 2,
      reasons: ['seeded for the benchmark'],
    });
  }
  groups.push({ groupId: randomUUID(), at, members });
}

const config: AppConfig = {
  ...loadConfig({}),
  databaseUrl: database.url,
  dataDir: database.dataDir,
  apiKeys: [API_KEY],
  coresignalApiKey: KEY,
  coresignalBaseUrl: simulator.url,
  kafkaBrokers: [],
  realTimeUpdates: false,
  subscriptionsCron: null,
  revalidationCron: null,
  logLevel: 'silent',
};
const setupStarted = performance.now();
const setup = await createAppContext(config, { logger: createLogger('silent') });
const commands = setup.get(CommandBus);
for (const { groupId, at, members } of groups) {
  await commands.execute(
    new ChangeBuyerGroupCommand(
      groupId,
      {
        kind: 'CreateBuyerGroup',
        groupId,
        workspaceId: API_KEY.workspace,
        company: { id: String(at.id), name: at.company_name, employeeCount: at.employees_count ?? undefined },
        sellerProfile: { solutionCategory: 'revenue_technology' },
        enrichmentLevel: 'identify',
        members,
      },
      { workspaceId: API_KEY.workspace, correlationId: 'bench-setup', actor: 'bench', source: 'system' },
    ),
  );
}
await setup.close();
log(`setup: ${COMPANIES} groups of ${MEMBERS} members in ${Math.round(performance.now() - setupStarted)} ms`);

// -- the service: webhook endpoint, Kafka, the updater ----------------------------------------------------------------
const port = await freePort();
const service = await startService(
  {
    DATABASE_URL: database.url,
    DATA_DIR: database.dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    API_KEYS: `${API_KEY.workspace}:${API_KEY.key}`,
    KAFKA_BROKERS: kafkaBrokers.join(','),
    REDIS_URL: '',
    CORESIGNAL_API_KEY: KEY,
    CORESIGNAL_BASE_URL: simulator.url,
    CORESIGNAL_RATE_LIMIT: '1000',
    PROVIDER_CHANGES_TOPIC: topic,
    PROVIDER_CHANGES_GROUP: group,
    PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
    REVALIDATION_CRON: 'off',
    SUBSCRIPTIONS_CRON: 'off',
    LOG_LEVEL: 'warn',
  },
  port,
);
// whatever happens next, the service does not outlive the benchmark
process.once('exit', () => service.kill('SIGKILL'));
const base = `http://127.0.0.1:${port}/api/intelligence/buyer-group-v2`;
const reconcile = await fetch(`${base}/webhooks/subscriptions/reconcile`, { method: 'POST', headers: { 'x-api-key': API_KEY.key } });
if (!reconcile.ok) throw new Error(`reconciling subscriptions failed: ${reconcile.status} ${await reconcile.text()}`);
const webhookOf = new Map<number, string>();
for (const subscription of simulator.subscriptions()) {
  const match = /"active_experience_company_id":(\d+)/.exec(JSON.stringify(subscription.es_dsl_query));
  if (match) webhookOf.set(Number(match[1]), subscription.webhook_url);
}
if (webhookOf.size !== COMPANIES) throw new Error(`expected ${COMPANIES} subscriptions, the simulator has ${webhookOf.size}`);

const db = new pg.Pool({ connectionString: database.url, max: 2 });
const kafka = new Kafka({ clientId: 'bench-lag', brokers: kafkaBrokers, logLevel: logLevel.NOTHING });
const admin = kafka.admin();
await admin.connect();
async function lag(): Promise<number> {
  const [ends, committed] = await Promise.all([admin.fetchTopicOffsets(topic), admin.fetchOffsets({ groupId: group, topics: [topic] })]);
  const at = new Map((committed[0]?.partitions ?? []).map((entry) => [entry.partition, Number(entry.offset)]));
  return ends.reduce((sum, end) => sum + Number(end.high) - Math.max(Number(end.low), at.get(end.partition) ?? -1), 0);
}
const appliedCount = async (): Promise<number> => Number((await db.query('select count(*)::int as n from provider_change_notices')).rows[0].n);

/**
 * Who changes in a company's k-th delivery: the k-th pair of its people, so no two deliveries of a company carry the
 * same bytes (the webhook takes the same bytes on the same day for Coresignal's retry of a delivery: a duplicate).
 */
const PAIRS = Array.from({ length: MEMBERS }, (_, i) => Array.from({ length: MEMBERS - i - 1 }, (_, j) => [i, i + j + 1] as const)).flat();
let cursor = 0;
let accepted = 0;
let refused = 0;
const answers = new Map<number, number>();
const deliveryMs: number[] = [];
async function deliver(): Promise<void> {
  const companyIndex = cursor % COMPANIES;
  const round = Math.floor(cursor++ / COMPANIES);
  const staff = people.slice(companyIndex * MEMBERS, (companyIndex + 1) * MEMBERS);
  const pair = PAIRS[round % PAIRS.length]!;
  const changed = pair.slice(0, PER_DELIVERY).map((index) => staff[index]!);
  for (const person of changed) {
    person.title = (person.title + 1) % TITLES.length;
    dataset.update(person.id, (record) => ({ ...record, active_experience_title: TITLES[person.title]!, headline: TITLES[person.title]!, experience: record.experience.map((each) => ({ ...each, position_title: TITLES[person.title]! })) }));
  }
  const started = performance.now();
  const response = await simulator
    .deliverWebhook(
      webhookOf.get(staff[0]!.companyId)!,
      changed.map((person) => ({ member_id: person.id, status: 'changed' as const, changed_fields: ['active_experience_title'] })),
      { timeoutMs: 30_000 },
    )
    .catch(() => ({ status: 0 }));
  deliveryMs.push(performance.now() - started);
  answers.set(response.status, (answers.get(response.status) ?? 0) + 1);
  if (response.status === 202) accepted += changed.length;
  else refused += changed.length;
}

// warm-up: the consumer has joined its group and applies notices
await deliver();
for (const started = Date.now(); (await appliedCount()) < PER_DELIVERY; ) {
  if (Date.now() - started > 120_000) throw new Error('the updater applied nothing within 120 s');
  await sleep(100);
}
await db.query('truncate provider_change_notices');
accepted = 0;

// -- the burst ---------------------------------------------------------------------------------------------------------
log(`burst: ${RATE} notices/s for ${SECONDS} s (${COMPANIES} companies, ${PER_DELIVERY} notices a delivery); load average before ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
const deliveriesPerTick = (RATE * TICK_MS) / 1000 / PER_DELIVERY;
const burstStarted = performance.now();
let maxLag = 0;
const lagSamples: number[] = [];
const sampler = setInterval(() => {
  void lag().then((value) => {
    maxLag = Math.max(maxLag, value);
    lagSamples.push(value);
  }, () => undefined);
}, 1000);
const inFlight = new Set<Promise<void>>();
let owed = 0;
for (let tick = 0; tick < (SECONDS * 1000) / TICK_MS; tick++) {
  const due = burstStarted + tick * TICK_MS;
  if (due > performance.now()) await sleep(due - performance.now());
  owed += deliveriesPerTick;
  for (; owed >= 1; owed--) {
    const delivery = deliver().finally(() => inFlight.delete(delivery));
    inFlight.add(delivery);
  }
}
await Promise.all(inFlight);
const burstSeconds = (performance.now() - burstStarted) / 1000;
const loadDuring = loadavg()[0]!;
const delivery = latencySummary(deliveryMs);
log(`burst sent: ${accepted} notices accepted (${refused} refused or timed out; answers ${JSON.stringify(Object.fromEntries(answers))}) in ${burstSeconds.toFixed(1)} s; webhook answer p50 ${delivery.p50} ms, p95 ${delivery.p95} ms; ${await appliedCount()} applied so far; consumer lag now ${await lag()}`);

// -- drain -------------------------------------------------------------------------------------------------------------
const drainStarted = performance.now();
let finalLag = await lag();
while (finalLag > 0 || (await appliedCount()) < accepted) {
  if (performance.now() - drainStarted > 600_000) break;
  await sleep(250);
  finalLag = await lag();
}
const drainMs = Math.round(performance.now() - drainStarted);
clearInterval(sampler);

const rows = (
  await db.query<{ ms: number }>('select extract(epoch from processed_at - received_at) * 1000 as ms from provider_change_notices order by received_at')
).rows.map((row) => Number(row.ms));
const latency = latencySummary(rows);
// where the slow notices are: the seconds of the burst whose worst latency passed 500 ms (a stall shows as a run)
const slowSeconds = (
  await db.query<{ second: number; n: number; worst: number }>(
    `select extract(epoch from date_trunc('second', received_at) - min(date_trunc('second', received_at)) over ())::int as second,
            count(*)::int as n, max(extract(epoch from processed_at - received_at) * 1000)::int as worst
     from provider_change_notices group by date_trunc('second', received_at) order by 1`,
  )
).rows.filter((row) => row.worst > 500);
log(`seconds with a notice slower than 500 ms: ${slowSeconds.map((row) => `${row.second}s:${row.worst}ms`).join(' ') || 'none'}`);
// fewer events than notices when the updater lags: a notice re-collects the person, so the ones about the same person
// that arrived before that purchase find nothing left to change
const events = (await db.query<{ type: string; n: number }>(`select event_type as type, count(*)::int as n from events where metadata->>'source' = 'webhook' group by 1`)).rows;
const peakRssMb = peakRssOf(service.pid!);
log(`latency receivedAt → projection over ${rows.length} notices: p50 ${latency.p50} ms, p95 ${latency.p95} ms, p99 ${latency.p99} ms, max ${latency.max} ms`);
log(`consumer lag each second of the burst: ${lagSamples.join(' ')}`);
log(`drained in ${drainMs} ms after the burst; max lag ${maxLag}; events ${JSON.stringify(events)}; service peak RSS ${peakRssMb} MB`);

service.kill('SIGTERM');
await new Promise((resolve) => service.once('exit', resolve));
await admin.deleteTopics({ topics: [topic, `${topic}.dlq`] }).catch(() => undefined);
await admin.deleteGroups([group]).catch(() => undefined);
await admin.disconnect();
await db.end();
await simulator.close();
await database.dispose();

console.log(
  JSON.stringify({
    benchmark: 'realtime',
    // accepted by the webhook per second of the burst, and applied per second from its start to the end of the drain
    noticesPerSec: round(accepted / burstSeconds, 1),
    appliedPerSec: round(rows.length / (burstSeconds + drainMs / 1000), 1),
    targetRate: RATE,
    seconds: SECONDS,
    notices: rows.length,
    refused,
    webhookP95Ms: delivery.p95,
    latencyP50Ms: latency.p50,
    latencyP95Ms: latency.p95,
    latencyP99Ms: latency.p99,
    latencyMaxMs: latency.max,
    targetP95Max1000Ms: latency.p95 <= 1000,
    maxLag,
    finalLag,
    drainMs,
    peakRssMb,
    cores: availableParallelism(),
    loadAverage1m: round(loadDuring, 1),
    database: database.kind,
    transport: 'webhook → kafka',
  }),
);
process.exit(0);
