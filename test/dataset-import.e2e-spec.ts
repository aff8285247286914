import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import type { EmployeeRecord } from '../src/modules/enrichment/domain/coresignal-records.js';
import { DEFAULT_UNIVERSE, generateCompanies, generateEmployees } from '../src/modules/enrichment/domain/demo-universe/demo-universe.js';
import {
  DatasetImportError,
  SYNTHETIC_ID_BASE,
  importDataset,
  parseCsvRecord,
  syntheticId,
} from '../src/modules/enrichment/infrastructure/local/dataset-import.js';
import { LocalEmployeeDataProvider } from '../src/modules/enrichment/infrastructure/local/local.provider.js';
import { openDatabase, type Database } from '../src/shared/database/database.js';
import { sqlQuery } from '../src/shared/database/sql.js';
import { createLogger } from '../src/shared/observability/logger.js';
import { createTestDatabase } from './support/test-database.js';

/** Streaming imports of Coresignal JSON Lines and simple CSV files into the local dataset, on real PostgreSQL. */
describe('dataset import', () => {
  let db: Database;
  let dir: string;
  let provider: LocalEmployeeDataProvider;
  const companies = generateCompanies(DEFAULT_UNIVERSE).sort((a, b) => a.id - b.id);
  const company = companies.find((c) => c.employees_count! >= 40 && c.employees_count! <= 60)!;
  const people = generateEmployees(company, DEFAULT_UNIVERSE).slice(0, 12);

  const count = async (table: string): Promise<number> =>
    (await sqlQuery<{ n: number }>(db.em.fork(), `select count(*)::int as n from ${table}`))[0]!.n;

  beforeAll(async () => {
    db = await openDatabase(await createTestDatabase('dataset_import'), createLogger('silent'));
    dir = await mkdtemp(path.join(tmpdir(), 'bgi-import-'));
    provider = new LocalEmployeeDataProvider(db);
  });
  afterAll(async () => {
    await db?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('imports JSON Lines, rejecting malformed lines by number and keeping every good one', async () => {
    const lines = [
      JSON.stringify(company), // 1: a company record
      ...people.slice(0, 5).map((p) => JSON.stringify(p)), // 2-6
      '{"id": 1, "full_name": "broken', // 7: invalid JSON
      '', // 8: blank, skipped
      '[1, 2, 3]', // 9: not an object
      JSON.stringify({ ...people[5], id: -4 }), // 10: bad id
      JSON.stringify({ id: 77, headline: 'who?' }), // 11: neither kind
      JSON.stringify({ ...people[5], full_name: '' }), // 12: employee without a name
      ...people.slice(5).map((p) => JSON.stringify(p)), // 13-19
      JSON.stringify({ ...people[0], headline: 'nul \u0000 inside' }), // 20: PostgreSQL cannot store \u0000
    ];
    const file = path.join(dir, 'bulk.jsonl');
    await writeFile(file, `${lines.join('\n')}\n`);
    const progress: number[] = [];
    const report = await importDataset(db, file, { batchSize: 4, onProgress: (p) => progress.push(p.bytesRead) });
    expect(report).toMatchObject({ format: 'jsonl', linesRead: 20, imported: 13, updated: 0, unchanged: 0, rejectedCount: 6 });
    expect(report.rejected.map((r) => r.line)).toEqual([7, 9, 10, 11, 12, 20]);
    expect(report.rejected[0]!.reason).toMatch(/invalid JSON/);
    expect(report.rejected[2]!.reason).toMatch(/id must be a positive whole number/);
    expect(progress.at(-1)).toBe((await stat(file)).size);
    expect(await provider.collectEmployees(people.map((p) => p.id))).toEqual(people);
    expect(await provider.collectCompany(String(company.id))).toEqual(company);
    const [src] = await sqlQuery<{ sources: string[] }>(db.em.fork(), 'select array_agg(distinct source) as sources from dataset_employees');
    expect(src!.sources).toEqual(['import']);
    // searchable like any other record
    const current = people.filter((p) => p.is_parent === 1 && p.is_deleted === 0 && p.active_experience_company_id === company.id);
    expect((await provider.searchEmployees({ companyId: company.id }, 100)).ids).toEqual(current.map((p) => p.id));
  });

  it('re-imports idempotently: identical records unchanged, changed ones updated, never duplicated', async () => {
    const file = path.join(dir, 'again.jsonl');
    await writeFile(file, people.map((p) => JSON.stringify({ ...p, updated_at: '2030-01-01T00:00:00Z' })).join('\n'));
    const again = await importDataset(db, file, { kind: 'employee' });
    expect(again).toMatchObject({ linesRead: 12, imported: 0, updated: 0, unchanged: 12, rejectedCount: 0 });
    const changed = people.map((p, i) => (i < 3 ? { ...p, headline: `Changed ${i}` } : p));
    // the same id twice in one file: the later line wins
    const lines = [...changed, { ...changed[0]!, headline: 'Changed twice' }].map((p) => JSON.stringify(p));
    await writeFile(file, lines.join('\n'));
    const update = await importDataset(db, file, { kind: 'employee' });
    expect(update).toMatchObject({ imported: 0, updated: 4, unchanged: 9, rejectedCount: 0 });
    expect(await count('dataset_employees')).toBe(12);
    const [first] = await provider.collectEmployees([people[0]!.id]);
    expect(first!.headline).toBe('Changed twice');
    // kind given explicitly: a company line is then a malformed employee
    await writeFile(file, JSON.stringify(company));
    expect((await importDataset(db, file, { kind: 'employee' })).rejected[0]).toEqual({ line: 1, reason: 'employee record without full_name' });
  });

  it('imports a CSV of people, finding or creating their companies, with stable synthetic ids', async () => {
    const csv = [
      'Name,Company,Title,Email,LinkedIn_URL,Notes',
      `Ada Lovelace,${company.company_name} GmbH,VP Sales,ada@example.org,https://www.linkedin.com/in/ada-lovelace,ok`,
      '"Hopper, Grace","Zyxwv Analytics, Inc.","Director of Engineering",,,',
      'Alan Turing,zyxwv analytics,"Head of ""Research""",alan@zyxwv.example,,',
      'No Company,,CTO,,,',
      ',Zyxwv Analytics,CEO,,,',
      'Bad Email,Zyxwv Analytics,CFO,not-an-email,,',
      'Bad Url,Zyxwv Analytics,CFO,,https://example.com/in/x,',
      '"Multi',
      'Line",Zyxwv Analytics,"Chief',
      'Revenue Officer",,,',
      '',
    ].join('\r\n');
    const file = path.join(dir, 'people.csv');
    await writeFile(file, csv);
    const report = await importDataset(db, file);
    expect(report).toMatchObject({ format: 'csv', imported: 4, updated: 0, companiesCreated: 1, rejectedCount: 4 });
    expect(report.rejected.map((r) => r.line)).toEqual([5, 6, 7, 8]);
    const zyxwv = await provider.resolveCompany({ name: 'Zyxwv Analytics' });
    expect(zyxwv.status).toBe('resolved');
    if (zyxwv.status !== 'resolved') return;
    expect(zyxwv.company.id).toBe(syntheticId('company:zyxwv analytics'));
    expect(zyxwv.company.id).toBeGreaterThanOrEqual(SYNTHETIC_ID_BASE);
    const staff = await provider.searchEmployees({ companyId: zyxwv.company.id }, 10);
    expect(staff.total).toBe(3);
    const records = await provider.collectEmployees(staff.ids);
    expect(records.map((r) => r.full_name).sort()).toEqual(['Alan Turing', 'Hopper, Grace', 'Multi Line'].sort());
    const cro = await provider.searchEmployees({ companyId: zyxwv.company.id, titlePhrases: ['chief revenue officer'] }, 10);
    expect(cro.total).toBe(1);
    // Ada joins the existing (JSONL-imported) company; found by her shorthand and email
    const ada = await provider.collectEmployeeByShorthand('ada-lovelace');
    expect(ada).toMatchObject({ full_name: 'Ada Lovelace', active_experience_company_id: company.id, active_experience_title: 'VP Sales' });
    expect((await provider.searchEmployees({ companyId: company.id, email: 'ADA@example.org' }, 5)).ids).toEqual([ada!.id]);
    // re-import: same ids, nothing new
    const again = await importDataset(db, file);
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 4, companiesCreated: 0 });
    // a CSV without the required columns is refused as a whole
    await writeFile(file, 'who,where\nx,y\n');
    await expect(importDataset(db, file)).rejects.toThrow(DatasetImportError);
    expect(parseCsvRecord('a,"b, c",""""')).toEqual(['a', 'b, c', '"']);
    expect(parseCsvRecord('a,"open')).toBeNull();
  });

  it('streams a large JSON Lines file with flat memory', async () => {
    const lines = Number(process.env.IMPORT_TEST_LINES ?? 40_000);
    const file = path.join(dir, 'large.jsonl');
    const out = createWriteStream(file);
    const base: EmployeeRecord[] = [];
    for (const c of companies.slice(0, 40)) base.push(...generateEmployees(c, DEFAULT_UNIVERSE));
    for (let i = 0; i < lines; i++) {
      const e = base[i % base.length]!;
      const id = 900_000_000_000 + i;
      const line = `${JSON.stringify({ ...e, id, parent_id: id, professional_network_url: `https://www.linkedin.com/in/bulk-${i}` })}\n`;
      if (!out.write(line)) await once(out, 'drain');
    }
    out.end();
    await once(out, 'finish');
    base.length = 0;
    const fileBytes = (await stat(file)).size;

    // What the import keeps alive, not how lazily V8 collects garbage (which alone lets RSS grow by 100-200 MB
    // whatever the file size): sample RSS right after a forced full collection.
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    gc();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    // A full collection of a large heap (jest keeps earlier suites' modules alive) can take a second: sampling waits
    // 20 × as long as the last one took, so the sampler never takes more than ~5 % of the CPU from the import.
    let sampler: NodeJS.Timeout;
    const sample = () => {
      const started = performance.now();
      gc();
      peak = Math.max(peak, process.memoryUsage().rss);
      sampler = setTimeout(sample, Math.max(500, 20 * (performance.now() - started)));
    };
    sampler = setTimeout(sample, 500);
    const started = Date.now();
    let lastProgress = 0;
    const report = await importDataset(db, file, { onProgress: (p) => (lastProgress = p.bytesRead) });
    clearTimeout(sampler);
    const seconds = (Date.now() - started) / 1000;
    const growthMb = (peak - baseline) / 1e6;
    console.log(
      `streamed ${lines} lines (${(fileBytes / 1e6).toFixed(0)} MB) in ${seconds.toFixed(1)} s: ` +
        `${Math.round(lines / seconds)} lines/s, peak live RSS growth ${growthMb.toFixed(0)} MB (sampled after forced GCs)`,
    );
    expect(report).toMatchObject({ linesRead: lines, imported: lines, rejectedCount: 0 });
    expect(lastProgress).toBe(fileBytes);
    expect(await count('dataset_employees')).toBeGreaterThanOrEqual(lines);
    expect(peak - baseline).toBeLessThan(Math.min(64e6, fileBytes / 3));
    // 108 MB through PostgreSQL: seconds on a quiet machine, minutes when the machine is shared
  }, 600_000);
});
