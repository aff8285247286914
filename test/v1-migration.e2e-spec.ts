import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { ImportV1GroupsCommand, type ImportV1GroupsOptions, type V1MigrationReport } from '../src/modules/discovery/commands/import-v1-groups/import-v1-groups.command.js';
import { importedGroupId } from '../src/modules/discovery/commands/import-v1-groups/v1-rows.js';
import type { V1SourceSpec } from '../src/modules/discovery/commands/import-v1-groups/v1-source.js';
import { RebuildProjectionsCommand } from '../src/modules/discovery/commands/rebuild-projections/rebuild-projections.command.js';
import { DATABASE, type Database } from '../src/shared/database/database.js';
import { sqlQuery } from '../src/shared/database/sql.js';
import { createTestDatabase } from './support/test-database.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const GROUPS = 1_000;
/** a run over 1,000 groups takes seconds alone, minutes on a shared, busy machine */
const LONG = 600_000;
const WORKSPACE = 'v1';

/** V1's tables as the seed's Prisma schema created them (its enum calls decision makers "decision"). */
const V1_SCHEMA = `
  create type "BuyerGroupRole" as enum ('decision', 'champion', 'stakeholder', 'blocker', 'introducer');
  create table "BuyerGroups" (
    "id" text primary key,
    "companyName" text not null,
    "website" text,
    "industry" text,
    "companySize" text,
    "workspaceId" text,
    "companyId" text,
    "status" text default 'active',
    "enrichmentLevel" text default 'enrich',
    "cohesionScore" decimal(5,2) default 0,
    "overallConfidence" decimal(5,2) default 0,
    "totalMembers" integer default 0,
    "processingTime" integer default 0,
    "composition" jsonb,
    "qualityMetrics" jsonb,
    "creditsUsed" jsonb,
    "metadata" jsonb,
    "createdAt" timestamp(3) not null default current_timestamp,
    "updatedAt" timestamp(3) not null
  );
  create table "BuyerGroupMembers" (
    "id" text primary key,
    "buyerGroupId" text not null references "BuyerGroups"("id") on delete cascade,
    "name" text not null,
    "title" text,
    "role" "BuyerGroupRole" not null,
    "email" text,
    "phone" text,
    "linkedin" text,
    "confidence" decimal(5,2) default 0,
    "influenceScore" decimal(5,2) default 0,
    "coresignalId" text,
    "department" text,
    "seniorityLevel" text,
    "location" text,
    "priority" integer default 5,
    "roleReasoning" text,
    "createdAt" timestamp(3) not null default current_timestamp,
    "updatedAt" timestamp(3) not null
  );
  create index on "BuyerGroupMembers" ("buyerGroupId");`;

/** 1,000 groups with 3 to 7 members each; every fifth group has a seller profile in its metadata, every tenth is 'deep_research'. */
const V1_DATA = `
  insert into "BuyerGroups" ("id", "companyName", "website", "industry", "companySize", "workspaceId", "companyId", "enrichmentLevel", "metadata", "createdAt", "updatedAt")
  select 'grp-' || lpad(n::text, 4, '0'), 'Company ' || n, 'company' || n || '.example', (array['Software', 'Retail', 'Finance'])[1 + n % 3],
         (array['11-50', '51-200', '201-500', '1001-5000 employees'])[1 + n % 4], 'tenant-' || (n % 2),
         case when n % 3 = 0 then (100000 + n)::text else 'c' || n end,
         case when n % 10 = 0 then 'deep_research' else 'enrich' end,
         case when n % 5 = 0 then jsonb_build_object('sellerProfile', jsonb_build_object('solutionCategory', 'security', 'targetMarket', 'enterprise')) end,
         timestamp '2024-01-01 08:00:00' + n * interval '37 minutes 1.5 seconds', timestamp '2024-06-01'
  from generate_series(1, ${GROUPS}) as n;
  insert into "BuyerGroupMembers" ("id", "buyerGroupId", "name", "title", "role", "email", "phone", "linkedin", "confidence", "influenceScore",
                                   "coresignalId", "department", "seniorityLevel", "priority", "roleReasoning", "createdAt", "updatedAt")
  select 'mem-' || lpad(n::text, 4, '0') || '-' || k, 'grp-' || lpad(n::text, 4, '0'), 'Person ' || n || '-' || k,
         (array['CEO', 'VP Sales', 'Head of RevOps', 'CISO', 'Account Executive', 'Marketing Director', 'Controller'])[k],
         (array['decision', 'decision', 'champion', 'blocker', 'introducer', 'stakeholder', 'blocker'])[k]::"BuyerGroupRole",
         case when k <> 4 then 'person' || n || '.' || k || '@company' || n || '.example' end,
         case when k = 1 then '+1 555 ' || lpad(n::text, 4, '0') end,
         'https://www.linkedin.com/in/person-' || n || '-' || k,
         (50 + (n * 7 + k) % 50) / 100.0, (n + k * 13) % 100,
         case when k % 2 = 0 then (900000 + n * 10 + k)::text end,
         (array['executive', 'sales', 'operations', 'security', 'sales', 'marketing', 'finance'])[k], 'senior', k,
         case when k = 3 then 'runs the sales process' end,
         timestamp '2024-01-02 09:00:00' + n * interval '37 minutes' + k * interval '1 second', timestamp '2024-06-01'
  from generate_series(1, ${GROUPS}) as n cross join lateral generate_series(1, 3 + n % 5) as k;`;

async function withV1<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The V1 tables as JSON objects, timestamps as written (no zone), like an export of them. */
async function exportV1(url: string, where = 'true'): Promise<{ groups: Record<string, unknown>[]; members: Record<string, unknown>[] }> {
  return withV1(url, async (client) => ({
    groups: (await client.query<{ row: Record<string, unknown> }>(`select row_to_json(g) as row from "BuyerGroups" g where ${where} order by id`)).rows.map((r) => r.row),
    members: (
      await client.query<{ row: Record<string, unknown> }>(
        `select row_to_json(m) as row from "BuyerGroupMembers" m where "buyerGroupId" in (select id from "BuyerGroups" g where ${where}) order by id`,
      )
    ).rows.map((r) => r.row),
  }));
}

function toCsv(rows: Record<string, unknown>[], columns = Object.keys(rows[0]!)): string {
  const cell = (value: unknown) => {
    if (value === null || value === undefined) return '';
    const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
    return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [columns.join(','), ...rows.map((row) => columns.map((column) => cell(row[column])).join(','))].join('\n') + '\n';
}

describe('V1 migration', () => {
  let context: TestApp;
  let db: Database;
  let v1Url: string;
  let dir: string;

  const migrate = (source: V1SourceSpec, change: Partial<ImportV1GroupsOptions> = {}): Promise<V1MigrationReport> =>
    context.commands.execute(new ImportV1GroupsCommand({ source, workspaceId: WORKSPACE, dryRun: false, actor: 'test', ...change }));
  const fromDatabase = (): V1SourceSpec => ({ kind: 'database', url: v1Url });
  const eventCount = async () => (await sqlQuery<{ n: number }>(db.em.fork(), 'select count(*)::int as n from events'))[0]!.n;
  const lastPosition = async () => (await sqlQuery<{ p: string }>(db.em.fork(), 'select coalesce(max(global_position), 0)::text as p from events'))[0]!.p;
  const eventsAfter = (position: string) =>
    sqlQuery<{ stream_id: string; event_type: string; data: Record<string, unknown>; metadata: Record<string, unknown> }>(
      db.em.fork(),
      'select stream_id, event_type, data, metadata from events where global_position > ?::bigint order by global_position',
      [position],
    );
  const snapshot = async () => ({
    groups: await sqlQuery(db.em.fork(), 'select * from "BuyerGroups" order by id'),
    members: await sqlQuery(db.em.fork(), 'select * from "BuyerGroupMembers" order by id'),
  });

  beforeAll(async () => {
    v1Url = await createTestDatabase('v1_source');
    await withV1(v1Url, async (client) => {
      await client.query(V1_SCHEMA);
      await client.query(V1_DATA);
    });
    context = await startTestApp('v1_migration');
    db = context.app.get(DATABASE);
    dir = await mkdtemp(path.join(tmpdir(), 'bgi-v1-'));
  }, LONG);
  afterAll(() => context?.close());

  it('dry run: reports 1,000 new groups and their members, and writes nothing', async () => {
    const [{ members }] = (await withV1(v1Url, (client) => client.query<{ members: number }>('select count(*)::int as members from "BuyerGroupMembers"'))).rows;
    const progress: number[] = [];
    const report = await migrate(fromDatabase(), { dryRun: true, onProgress: (done, total) => progress.push(done, total) });
    expect(report).toMatchObject({
      dryRun: true,
      groups: { read: GROUPS, new: GROUPS, changed: 0, unchanged: 0, rejected: 0 },
      members: { read: members, imported: members, updated: 0, reRoled: 0, removed: 0, rejected: 0 },
      events: GROUPS + members,
      rejected: [],
    });
    expect(report.source.description).not.toContain('password');
    expect(report.changes).toHaveLength(100);
    expect(progress.slice(-2)).toEqual([GROUPS, GROUPS]);
    expect(await eventCount()).toBe(0);
    expect((await snapshot()).groups).toHaveLength(0);
  }, LONG);

  it('imports 1,000 groups whose history starts with BuyerGroupImported', async () => {
    const report = await migrate(fromDatabase());
    expect(report.groups).toEqual({ read: GROUPS, new: GROUPS, changed: 0, unchanged: 0, rejected: 0 });
    expect(report.members.rejected).toBe(0);

    const firsts = await sqlQuery<{ event_type: string; n: number }>(
      db.em.fork(),
      `select event_type, count(*)::int as n from events where stream_version = 1 group by event_type`,
    );
    expect(firsts).toEqual([{ event_type: 'BuyerGroupImported', n: GROUPS }]);
    const sources = await sqlQuery<{ source: string; n: number }>(db.em.fork(), `select metadata->>'source' as source, count(*)::int as n from events group by 1`);
    expect(sources).toEqual([{ source: 'migration', n: report.events }]);
    const types = await sqlQuery<{ event_type: string; n: number }>(db.em.fork(), 'select event_type, count(*)::int as n from events group by 1 order by 1');
    expect(types).toEqual([
      { event_type: 'BuyerGroupImported', n: GROUPS },
      { event_type: 'MemberImported', n: report.members.imported },
    ]);

    // the projection holds the V1 content: creation times, company, roles mapped, seller profile and level where V1 had them
    const [group] = await sqlQuery<Record<string, unknown>>(db.em.fork(), 'select * from "BuyerGroups" where id = ?', [importedGroupId(WORKSPACE, 'grp-0030')]);
    expect(group).toMatchObject({
      workspaceId: WORKSPACE,
      companyName: 'Company 30',
      companyId: '100030',
      website: 'company30.example',
      industry: 'Software',
      employeeCount: 201,
      sellerProfile: { solutionCategory: 'security', targetMarket: 'enterprise' },
      enrichmentLevel: 'deep_research',
      status: 'active',
      totalMembers: 3,
      composition: { decision_maker: 2, champion: 1, stakeholder: 0, blocker: 0, introducer: 0 },
      lastValidatedAt: null,
    });
    // V1's timestamp(3) without a zone, taken as UTC: 2024-01-01 08:00 + 30 × 37 min 1.5 s
    expect(new Date(group!.createdAt as string).toISOString()).toBe(new Date(Date.UTC(2024, 0, 1, 8) + 30 * 2221.5 * 1000).toISOString());
    const roles = await sqlQuery<{ role: string; n: number }>(db.em.fork(), `select role::text, count(*)::int as n from "BuyerGroupMembers" group by 1 order by 1`);
    const v1Roles = (await withV1(v1Url, (client) => client.query<{ role: string; n: number }>(`select role::text, count(*)::int as n from "BuyerGroupMembers" group by 1 order by 1`))).rows;
    expect(Object.fromEntries(roles.map((r) => [r.role, r.n]))).toEqual(
      Object.fromEntries(v1Roles.map((r) => [r.role === 'decision' ? 'decision_maker' : r.role, r.n])),
    );
    const [member] = await sqlQuery<Record<string, unknown>>(db.em.fork(), `select * from "BuyerGroupMembers" where "buyerGroupId" = ? and name = 'Person 30-3'`, [importedGroupId(WORKSPACE, 'grp-0030')]);
    expect(member).toMatchObject({ role: 'champion', title: 'Head of RevOps', confidence: 63, priority: 3, reasons: ['imported from V1', 'runs the sales process'], personId: 'v1-member:mem-0030-3' });
    expect(new Date(member!.createdAt as string).toISOString()).toBe(new Date(Date.UTC(2024, 0, 2, 9) + (30 * 37 * 60 + 3) * 1000).toISOString());
  }, LONG);

  it('importing again changes nothing', async () => {
    const before = { events: await eventCount(), rows: await snapshot() };
    const report = await migrate(fromDatabase());
    expect(report).toMatchObject({ groups: { read: GROUPS, new: 0, changed: 0, unchanged: GROUPS, rejected: 0 }, events: 0, changes: [] });
    expect(await eventCount()).toBe(before.events);
    expect(await snapshot()).toEqual(before.rows);
  }, LONG);

  it('a changed V1 row gives change events to its group only; a dry run reports it first', async () => {
    await withV1(v1Url, (client) => client.query(`update "BuyerGroupMembers" set title = 'Chief Revenue Officer', "updatedAt" = now() where id = 'mem-0017-2'`));
    const position = await lastPosition();
    const dry = await migrate(fromDatabase(), { dryRun: true });
    expect(dry).toMatchObject({ groups: { new: 0, changed: 1, unchanged: GROUPS - 1 }, members: { updated: 1 }, events: 1 });
    expect(dry.changes).toEqual([{ v1Id: 'grp-0017', groupId: importedGroupId(WORKSPACE, 'grp-0017'), company: 'Company 17', status: 'changed', events: { MemberUpdated: 1 } }]);
    expect(await eventsAfter(position)).toEqual([]);

    const report = await migrate(fromDatabase());
    expect(report).toMatchObject({ groups: { changed: 1, unchanged: GROUPS - 1 }, events: 1 });
    const events = await eventsAfter(position);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      stream_id: `buyer-group-${importedGroupId(WORKSPACE, 'grp-0017')}`,
      event_type: 'MemberUpdated',
      data: { changes: { title: 'Chief Revenue Officer' } },
      metadata: { source: 'migration', workspaceId: WORKSPACE },
    });
  }, LONG);

  it('several changes to one V1 group become its details update, re-role, removal and newcomer', async () => {
    await withV1(v1Url, async (client) => {
      await client.query(`update "BuyerGroups" set "companyName" = 'Company Eighteen', website = 'eighteen.example' where id = 'grp-0018'`);
      await client.query(`update "BuyerGroupMembers" set role = 'stakeholder' where id = 'mem-0018-1'`);
      await client.query(`delete from "BuyerGroupMembers" where id = 'mem-0018-2'`);
      await client.query(`insert into "BuyerGroupMembers" (id, "buyerGroupId", name, title, role, confidence, "updatedAt") values ('mem-0018-9', 'grp-0018', 'New Person', 'CFO', 'decision', 0.9, now())`);
    });
    const position = await lastPosition();
    const report = await migrate(fromDatabase());
    expect(report).toMatchObject({ groups: { changed: 1, unchanged: GROUPS - 1 }, members: { imported: 1, reRoled: 1, removed: 1, updated: 0 } });
    const events = await eventsAfter(position);
    expect(new Set(events.map((event) => event.stream_id))).toEqual(new Set([`buyer-group-${importedGroupId(WORKSPACE, 'grp-0018')}`]));
    expect(events.map((event) => event.event_type)).toEqual(['BuyerGroupDetailsUpdated', 'MemberRoleChanged', 'MemberImported', 'MemberRemoved']);
    expect(events[0]!.data).toEqual({ company: { id: '100018', name: 'Company Eighteen', website: 'eighteen.example', industry: 'Software', employeeCount: 201 } });
    expect(events[3]!.data).toMatchObject({ reason: 'removed_in_v1' });
    expect((await migrate(fromDatabase())).events).toBe(0);
  }, LONG);

  it('rebuild-projections after the import gives exactly the live tables', async () => {
    const live = await snapshot();
    expect(live.groups).toHaveLength(GROUPS);
    const report = await context.commands.execute(new RebuildProjectionsCommand());
    expect(report.groups).toBe(GROUPS);
    expect(await snapshot()).toEqual(live);
  }, LONG);

  describe('from an export', () => {
    /** What the sample's groups and members hold, without what depends on the workspace or on a group's later history. */
    const SAMPLE = Array.from({ length: 60 }, (_, index) => `grp-${String(index + 1).padStart(4, '0')}`);
    const content = async (workspaceId: string) => {
      const ids = SAMPLE.map((v1Id) => importedGroupId(workspaceId, v1Id));
      const groups = await sqlQuery<Record<string, unknown>>(
        db.em.fork(),
        `select "companyName", "companyId", website, industry, "employeeCount", "sellerProfile", "enrichmentLevel", status, "totalMembers", composition, "createdAt"
         from "BuyerGroups" where id = any(?::uuid[]) order by "createdAt"`,
        [ids],
      );
      const members = await sqlQuery<Record<string, unknown>>(
        db.em.fork(),
        `select g."companyName", m."personId", m.name, m.title, m.role, m.confidence, m."influenceScore", m.priority, m.email, m.phone, m.linkedin,
                m.department, m."seniorityLevel", m.reasons, m."createdAt"
         from "BuyerGroupMembers" m join "BuyerGroups" g on g.id = m."buyerGroupId" where g.id = any(?::uuid[]) order by m."personId"`,
        [ids],
      );
      return { groups, members };
    };

    it('JSON and CSV give the same groups as the database', async () => {
      const exported = await exportV1(v1Url, `id between 'grp-0001' and 'grp-0060'`);
      await writeFile(path.join(dir, 'v1.json'), JSON.stringify(exported));
      await writeFile(path.join(dir, 'groups.csv'), toCsv(exported.groups));
      await writeFile(path.join(dir, 'members.csv'), toCsv(exported.members));
      const json = await migrate({ kind: 'json', file: path.join(dir, 'v1.json') }, { workspaceId: 'json' });
      const csv = await migrate({ kind: 'csv', groups: path.join(dir, 'groups.csv'), members: path.join(dir, 'members.csv') }, { workspaceId: 'csv' });
      for (const report of [json, csv]) {
        expect(report.groups).toEqual({ read: 60, new: 60, changed: 0, unchanged: 0, rejected: 0 });
        expect(report.members).toMatchObject({ read: exported.members.length, imported: exported.members.length, rejected: 0 });
        expect(report.source.kind).not.toBe('database');
      }
      // the database import of the same rows (groups 17 and 18 reached it through changes) holds the same content
      const fromDatabase = await content(WORKSPACE);
      expect(fromDatabase.groups).toHaveLength(60);
      expect(await content('json')).toEqual(fromDatabase);
      expect(await content('csv')).toEqual(fromDatabase);

      expect((await migrate({ kind: 'json', file: path.join(dir, 'v1.json') }, { workspaceId: 'json' })).groups.unchanged).toBe(60);
      expect((await migrate({ kind: 'csv', groups: path.join(dir, 'groups.csv'), members: path.join(dir, 'members.csv') }, { workspaceId: 'csv' })).groups.unchanged).toBe(60);
    }, LONG);

    it('reports bad rows with their positions and imports the good ones', async () => {
      const file = path.join(dir, 'bad.json');
      await writeFile(
        file,
        JSON.stringify({
          groups: [
            { id: 'b-1', companyName: 'Good Co', createdAt: '2024-01-01T00:00:00Z' },
            { id: 'b-2', companyName: 'No Date Co' },
            'not a row',
            { id: 'b-1', companyName: 'Again Co', createdAt: '2024-01-01' },
            { id: 'b-4', companyName: 'Nested Co', createdAt: '2024-01-01', members: [{ id: 'n-1', name: 'Nested Person', role: 'champion' }, { id: 'n-2', role: 'champion' }] },
          ],
          members: [
            { id: 'x-1', buyerGroupId: 'b-1', name: 'Fine Person', role: 'decision', email: 'fine@good.example' },
            { id: 'x-2', buyerGroupId: 'b-1', name: 'Bad Mail', role: 'champion', email: 'nope' },
            { id: 'x-3', buyerGroupId: 'b-2', name: 'Child Of Bad Group', role: 'champion' },
            { id: 'x-4', buyerGroupId: 'b-404', name: 'Orphan', role: 'champion' },
            { id: 'x-1', buyerGroupId: 'b-1', name: 'Duplicate Row', role: 'champion' },
            { id: 'x-5', buyerGroupId: 'b-1', name: 'Odd Role', role: 'wizard', confidence: 2.5e3 },
          ],
        }),
      );
      const report = await migrate({ kind: 'json', file }, { workspaceId: 'bad-json' });
      expect(report.groups).toEqual({ read: 5, new: 2, changed: 0, unchanged: 0, rejected: 3 });
      expect(report.members).toMatchObject({ read: 8, imported: 2, rejected: 6 });
      expect(report.rejected).toEqual(
        expect.arrayContaining([
          { table: 'BuyerGroups', position: 'groups[1]', reason: 'createdAt is missing' },
          { table: 'BuyerGroups', position: 'groups[2]', reason: 'not a JSON object: "not a row"' },
          { table: 'BuyerGroups', position: 'groups[3]', reason: 'duplicate id "b-1": the row at groups[0] has it' },
          { table: 'BuyerGroupMembers', position: 'members[1]', reason: 'email is not an e-mail address: "nope"' },
          { table: 'BuyerGroupMembers', position: 'members[2]', reason: 'its group "b-2" was rejected (groups[1])' },
          { table: 'BuyerGroupMembers', position: 'members[3]', reason: 'buyerGroupId "b-404" names no "BuyerGroups" row' },
          { table: 'BuyerGroupMembers', position: 'members[4]', reason: 'duplicate id "x-1": the row at members[0] has it' },
          { table: 'BuyerGroupMembers', position: 'members[5]', reason: 'confidence 2500 is outside 0–100 (or 0–1)' },
          { table: 'BuyerGroupMembers', position: 'groups[4].members[1]', reason: 'name is missing' },
        ]),
      );
      expect(report.rejected).toHaveLength(9);

      await writeFile(path.join(dir, 'bad-groups.csv'), 'id,companyName,createdAt\ng-1,Good Co,2024-01-01\ng-2,,2024-01-01\ng-3,"Broken, Co",2024-02-30\n');
      await writeFile(
        path.join(dir, 'bad-members.csv'),
        'id,buyerGroupId,name,role,linkedin\nm-1,g-1,"Multi\nLine Name",champion,\nm-2,g-1,Extra,champion,https://www.linkedin.com/in/extra,surplus\nm-3,g-1,Web,stakeholder,https://example.com/me\n',
      );
      const csv = await migrate({ kind: 'csv', groups: path.join(dir, 'bad-groups.csv'), members: path.join(dir, 'bad-members.csv') }, { workspaceId: 'bad-csv' });
      expect(csv.groups).toMatchObject({ new: 1, rejected: 2 });
      expect(csv.members).toMatchObject({ imported: 1, rejected: 2 });
      expect(csv.rejected).toHaveLength(4);
      expect(csv.rejected).toEqual(expect.arrayContaining([
        { table: 'BuyerGroups', position: 'bad-groups.csv:3', reason: 'companyName is missing' },
        { table: 'BuyerGroups', position: 'bad-groups.csv:4', reason: 'createdAt is not a date: "2024-02-30"' },
        { table: 'BuyerGroupMembers', position: 'bad-members.csv:4', reason: '6 fields, but the header names 5 columns' },
        { table: 'BuyerGroupMembers', position: 'bad-members.csv:5', reason: 'linkedin is not a LinkedIn URL: "https://example.com/me"' },
      ]));
      const [member] = await sqlQuery<{ name: string }>(db.em.fork(), `select name from "BuyerGroupMembers" where "workspaceId" = 'bad-csv'`);
      expect(member!.name).toBe('Multi Line Name');
    });
  });

  describe('a V1 database with only the required columns', () => {
    let minimalUrl: string;

    beforeAll(async () => {
      minimalUrl = await createTestDatabase('v1_minimal');
      await withV1(minimalUrl, (client) =>
        client.query(`
          create table "BuyerGroups" (id uuid primary key, "companyName" text, "createdAt" text);
          create table "BuyerGroupMembers" (id bigint primary key, "buyerGroupId" uuid, name text, role text);
          insert into "BuyerGroups" values
            ('00000000-0000-4000-8000-000000000001', 'Minimal Co', '2023-05-05 10:00'),
            ('00000000-0000-4000-8000-000000000002', 'Undated Co', 'yesterday');
          insert into "BuyerGroupMembers" values
            (1, '00000000-0000-4000-8000-000000000001', 'Min Person', 'Economic Buyer'),
            (2, '00000000-0000-4000-8000-000000000001', 'Other Person', null),
            (3, '00000000-0000-4000-8000-000000000009', 'Lost Person', 'champion'),
            (4, null, 'Nobody''s Person', 'champion');`),
      );
    });

    it('imports what it can and reports the rest by primary key', async () => {
      const report = await migrate({ kind: 'database', url: minimalUrl }, { workspaceId: 'minimal' });
      expect(report.groups).toMatchObject({ read: 2, new: 1, rejected: 1 });
      expect(report.members).toMatchObject({ read: 4, imported: 2, rejected: 2 });
      expect(report.rejected).toEqual([
        { table: 'BuyerGroups', position: '"BuyerGroups" id=00000000-0000-4000-8000-000000000002', reason: 'createdAt is not a date: "yesterday"' },
        { table: 'BuyerGroupMembers', position: '"BuyerGroupMembers" id=3', reason: 'buyerGroupId "00000000-0000-4000-8000-000000000009" names no "BuyerGroups" row' },
        { table: 'BuyerGroupMembers', position: '"BuyerGroupMembers" id=4', reason: 'buyerGroupId is missing' },
      ]);
      const members = await sqlQuery<{ role: string; reasons: string[] }>(db.em.fork(), `select role::text, reasons from "BuyerGroupMembers" where "workspaceId" = 'minimal' order by name`);
      expect(members).toEqual([
        { role: 'decision_maker', reasons: ['imported from V1', 'V1 role "Economic Buyer" imported as decision_maker'] },
        { role: 'stakeholder', reasons: ['imported from V1', 'V1 gave no role: imported as stakeholder'] },
      ]);
    });

    it('refuses a source that is not a V1 database', async () => {
      await expect(migrate({ kind: 'database', url: context.config.databaseUrl! }, { workspaceId: 'self' })).rejects.toThrow(/this service's own database/);
      const empty = await createTestDatabase('v1_empty');
      await expect(migrate({ kind: 'database', url: empty }, { workspaceId: 'empty' })).rejects.toThrow(/has no table "BuyerGroups"/);
    });

    it('runs from the compiled CLI: a dry run as a table, then the import as JSON', async () => {
      const run = (...args: string[]) =>
        promisify(execFile)(process.execPath, [path.resolve('dist/src/cli.js'), ...args], {
          env: { ...process.env, DATABASE_URL: context.config.databaseUrl, DATA_DIR: dir, KAFKA_BROKERS: '', REDIS_URL: '', LOG_LEVEL: 'warn' },
        });
      const dry = await run('migrate-v1', '--database-url', minimalUrl, '--workspace', 'cli', '--dry-run');
      expect(dry.stdout).toContain('dry run: nothing was written');
      expect(dry.stdout).toMatch(/would be new \/ imported\s+1\s+2/);
      expect(dry.stdout).toContain('"BuyerGroupMembers" id=3');
      expect(dry.stdout).toContain('would write 3 events');

      const wet = await run('--json', 'migrate-v1', '--database-url', minimalUrl, '--workspace', 'cli');
      const report = JSON.parse(wet.stdout) as V1MigrationReport;
      expect(report).toMatchObject({ dryRun: false, workspaceId: 'cli', groups: { new: 1, rejected: 1 }, members: { imported: 2, rejected: 2 }, events: 3 });
      const again = JSON.parse((await run('--json', 'migrate-v1', '--database-url', minimalUrl, '--workspace', 'cli')).stdout) as V1MigrationReport;
      expect(again).toMatchObject({ groups: { unchanged: 1, new: 0 }, events: 0 });

      await expect(run('migrate-v1', '--file', 'a.json', '--groups', 'g.csv')).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('give exactly one source') });
    }, LONG);
  });
});
