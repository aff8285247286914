import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadJsonLinesDataset, type SimulatorDataset } from './dataset.js';
import type { FaultConfig, FaultRule } from './faults.js';
import { createSimulator, DEFAULT_API_KEY } from './simulator.js';

/**
 * `npm run simulator -- [flags]`: starts the Coresignal simulator. Every flag has an environment variable
 * (CORESIGNAL_SIM_<FLAG, upper-case, dashes as underscores>); flags win.
 */
const HELP = `Coresignal simulator — serves /cdapi/v2/ over the demo universe or a JSON Lines file.

  --port <n>              default 8765
  --host <addr>           default 127.0.0.1
  --seed <n> --scale <x>  demo universe (default 42 / 1); --as-of <ISO date> optional
  --file <path.jsonl>     serve these records instead (companies and employees, one JSON object a line)
  --api-key <key>         accepted key; repeat for several (env: comma-separated). Default ${DEFAULT_API_KEY}
  --credits <n>           starting balance (default 1000000)
  --rate <req/s>          per key, default 5; 0 = unlimited.  --burst <n> bucket size (default = rate)
  --cursor id|opaque      x-next-page-after format (default id)
  --enrich-envelope flat|data
  --max-query-chars <n> --max-clauses <n> --max-body-bytes <n>
  --latency-ms <n> --jitter-ms <n>
  --fault-429 <p> --fault-429-burst <n> --fault-500 <p> --fault-502 <p> --fault-503 <p> --fault-drop <p>
  --fault-seed <n>
  --faults <json | @file>  a full FaultConfig (tools/coresignal-simulator/faults.ts); the --fault-* flags add to it
  --verbose               log every request
  --help`;

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    host: { type: 'string' },
    seed: { type: 'string' },
    scale: { type: 'string' },
    'as-of': { type: 'string' },
    file: { type: 'string' },
    'api-key': { type: 'string', multiple: true },
    credits: { type: 'string' },
    rate: { type: 'string' },
    burst: { type: 'string' },
    cursor: { type: 'string' },
    'enrich-envelope': { type: 'string' },
    'max-query-chars': { type: 'string' },
    'max-clauses': { type: 'string' },
    'max-body-bytes': { type: 'string' },
    'latency-ms': { type: 'string' },
    'jitter-ms': { type: 'string' },
    'fault-429': { type: 'string' },
    'fault-429-burst': { type: 'string' },
    'fault-500': { type: 'string' },
    'fault-502': { type: 'string' },
    'fault-503': { type: 'string' },
    'fault-drop': { type: 'string' },
    'fault-seed': { type: 'string' },
    faults: { type: 'string' },
    verbose: { type: 'boolean' },
    help: { type: 'boolean' },
  },
  strict: true,
});

if (values.help) {
  console.log(HELP);
  process.exit(0);
}

function setting(name: keyof typeof values): string | undefined {
  const flag = values[name];
  if (typeof flag === 'string') return flag;
  const env = process.env[`CORESIGNAL_SIM_${name.toUpperCase().replace(/-/g, '_')}`];
  return env === undefined || env === '' ? undefined : env;
}

function numberSetting(name: keyof typeof values, fallback: number): number;
function numberSetting(name: keyof typeof values): number | undefined;
function numberSetting(name: keyof typeof values, fallback?: number): number | undefined {
  const raw = setting(name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n)) {
    console.error(`--${name}: not a number: ${raw}`);
    process.exit(2);
  }
  return n;
}

function oneOf<T extends string>(name: keyof typeof values, allowed: readonly T[]): T | undefined {
  const raw = setting(name);
  if (raw === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(raw)) {
    console.error(`--${name}: expected one of ${allowed.join(', ')}, got ${raw}`);
    process.exit(2);
  }
  return raw as T;
}

function faultConfig(): FaultConfig {
  const raw = setting('faults');
  let config: FaultConfig = {};
  if (raw !== undefined) {
    const text = raw.startsWith('@') ? readFileSync(raw.slice(1), 'utf8') : raw;
    config = JSON.parse(text) as FaultConfig;
  }
  const latency = numberSetting('latency-ms');
  const jitter = numberSetting('jitter-ms');
  if (latency !== undefined || jitter !== undefined) {
    config.latency = { ...config.latency, fixedMs: latency ?? config.latency?.fixedMs, jitterMs: jitter ?? config.latency?.jitterMs };
  }
  const rules: FaultRule[] = [...(config.rules ?? [])];
  const p429 = numberSetting('fault-429');
  if (p429 !== undefined) rules.push({ action: 429, probability: p429, burst: numberSetting('fault-429-burst', 1) });
  for (const [flag, action] of [
    ['fault-500', 500],
    ['fault-502', 502],
    ['fault-503', 503],
  ] as const) {
    const p = numberSetting(flag);
    if (p !== undefined) rules.push({ action, probability: p });
  }
  const pDrop = numberSetting('fault-drop');
  if (pDrop !== undefined) rules.push({ action: 'drop', probability: pDrop });
  if (rules.length) config.rules = rules;
  const seed = numberSetting('fault-seed');
  if (seed !== undefined) config.seed = seed;
  return config;
}

async function loadDataset(): Promise<{ dataset: SimulatorDataset; description: string }> {
  const file = setting('file');
  if (file !== undefined) {
    const dataset = await loadJsonLinesDataset(file);
    return { dataset, description: `${file}` };
  }
  const { UniverseDataset } = await import('./universe-dataset.js');
  const seed = numberSetting('seed', 42);
  const scale = numberSetting('scale', 1);
  const asOf = setting('as-of');
  const started = Date.now();
  const dataset = new UniverseDataset({ seed, scale, ...(asOf ? { asOf } : {}) });
  console.log(`Indexing the demo universe (seed=${seed} scale=${scale})…`);
  dataset.warmUp();
  console.log(`  ${dataset.companies().length} companies indexed in ${Date.now() - started} ms`);
  return { dataset, description: `demo universe seed=${seed} scale=${scale}${asOf ? ` asOf=${asOf}` : ''}` };
}

async function main(): Promise<void> {
  const { dataset, description } = await loadDataset();
  const keysFlag = values['api-key'];
  const keysEnv = process.env.CORESIGNAL_SIM_API_KEY;
  const apiKeys =
    keysFlag && keysFlag.length
      ? keysFlag
      : keysEnv
        ? keysEnv.split(',').map((k) => k.trim()).filter(Boolean)
        : [DEFAULT_API_KEY];
  const rate = numberSetting('rate', 5);
  const burst = numberSetting('burst');
  const simulator = await createSimulator({
    dataset,
    port: numberSetting('port', 8765),
    host: setting('host') ?? '127.0.0.1',
    apiKeys,
    credits: numberSetting('credits', 1_000_000),
    rateLimit: { perSecond: rate, ...(burst !== undefined ? { burst } : {}) },
    faults: faultConfig(),
    cursor: oneOf('cursor', ['id', 'opaque'] as const),
    enrichEnvelope: oneOf('enrich-envelope', ['flat', 'data'] as const),
    limits: {
      ...(numberSetting('max-query-chars') !== undefined ? { maxQueryChars: numberSetting('max-query-chars') } : {}),
      ...(numberSetting('max-clauses') !== undefined ? { maxClauses: numberSetting('max-clauses') } : {}),
      ...(numberSetting('max-body-bytes') !== undefined ? { maxBodyBytes: numberSetting('max-body-bytes') } : {}),
    },
    log: values.verbose ? (line) => console.log(line) : undefined,
  });
  console.log(`Coresignal simulator at ${simulator.url} (${description}, ${dataset.companies().length} companies)`);
  console.log(`  apikey: ${apiKeys.join(', ')}`);
  console.log(`  rate: ${rate === 0 ? 'unlimited' : `${rate} req/s per key`}, credits: ${simulator.ledger.creditsRemaining}`);
  console.log(`  admin: ${simulator.origin}/__simulator/{health,ledger,faults,credits,rate-limit,reset,webhook}`);
  const stop = (): void => {
    simulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
