/**
 * Dataset import benchmark: writes a JSON Lines file of BENCH_IMPORT_LINES (default 200,000) Coresignal employee
 * records (the demo universe's, re-numbered) to a temp folder, streams it into the local dataset and reports the
 * rate and the memory: peak RSS growth as V8 collects naturally, and the live growth sampled after forced full
 * collections. Uses BENCH_DATABASE_URL when set, otherwise a fresh embedded PostgreSQL.
 * The last line of output is one JSON object.
 */
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { DEFAULT_UNIVERSE, generateCompanies, generateEmployees } from '../src/modules/enrichment/domain/demo-universe/demo-universe.js';
import { importDataset } from '../src/modules/enrichment/infrastructure/local/dataset-import.js';
import { openDatabase } from '../src/shared/database/database.js';
import { startEmbeddedDatabase } from '../src/shared/database/embedded-database.js';
import { createLogger } from '../src/shared/observability/logger.js';

const LINES = Number(process.env.BENCH_IMPORT_LINES ?? 200_000);
const logger = createLogger('warn');
const dir = await mkdtemp(path.join(tmpdir(), 'bgi-import-bench-'));
const embedded = process.env.BENCH_DATABASE_URL ? undefined : await startEmbeddedDatabase(dir, logger);
const db = await openDatabase(process.env.BENCH_DATABASE_URL ?? embedded!.url, logger);

const file = path.join(dir, 'employees.jsonl');
{
  const out = createWriteStream(file);
  const companies = generateCompanies(DEFAULT_UNIVERSE);
  let written = 0;
  outer: for (;;) {
    for (const company of companies) {
      for (const e of generateEmployees(company, DEFAULT_UNIVERSE)) {
        if (written >= LINES) break outer;
        const id = 900_000_000_000 + written;
        const line = `${JSON.stringify({ ...e, id, parent_id: id, professional_network_url: `https://www.linkedin.com/in/bench-${written}` })}\n`;
        if (!out.write(line)) await once(out, 'drain');
        written++;
      }
    }
  }
  out.end();
  await once(out, 'finish');
}
const fileBytes = (await stat(file)).size;

async function run(label: string, sampleEveryMs: number, forceGc: (() => void) | null) {
  forceGc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => {
    forceGc?.();
    peak = Math.max(peak, process.memoryUsage().rss);
  }, sampleEveryMs);
  const started = Date.now();
  const report = await importDataset(db, file);
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const seconds = (Date.now() - started) / 1000;
  console.log(
    `${label}: ${report.linesRead} lines in ${seconds.toFixed(1)} s (${Math.round(report.linesRead / seconds)}/s), ` +
      `imported ${report.imported}, updated ${report.updated}, unchanged ${report.unchanged}, rejected ${report.rejectedCount}; ` +
      `RSS growth ${((peak - baseline) / 1e6).toFixed(0)} MB`,
  );
  return { seconds, growthMb: (peak - baseline) / 1e6, report };
}

// 1. a fresh import: every line inserted, V8 collecting garbage when it likes
const fresh = await run('import', 20, null);
// 2. the same file again (every record unchanged), sampling the live set after forced full collections
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;
const again = await run('re-import', 500, gc);

await db.close(true);
await embedded?.stop();
await rm(dir, { recursive: true, force: true });

console.log(
  JSON.stringify({
    benchmark: 'import',
    lines: LINES,
    fileMb: Math.round(fileBytes / 1e6),
    importLinesPerSec: Math.round(LINES / fresh.seconds),
    reimportLinesPerSec: Math.round(LINES / again.seconds),
    peakRssMb: Math.round(fresh.growthMb),
    liveRssGrowthMb: Math.round(again.growthMb),
    processPeakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    cores: availableParallelism(),
    database: process.env.BENCH_DATABASE_URL ? 'external' : 'embedded',
  }),
);
