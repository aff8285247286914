import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { APP_CONFIG, type AppConfig } from '../../../../shared/config/app-config.js';
import { DATABASE, type Database } from '../../../../shared/database/database.js';
import { sqlQuery } from '../../../../shared/database/sql.js';
import { Metrics } from '../../../../shared/observability/metrics.js';
import { DomainError } from '../../../../shared/domain/domain-error.js';
import { AI_GROUP_REASONING, AI_ROLE_SIGNAL, type AiGroupReasoningPort, type AiRoleSignalPort } from '../../../classification/domain/ai-role-signal.js';
import { classifyWithAi, type Candidate, type ClassificationContext } from '../../../classification/domain/role-classifier.js';
import { CreditBudget, CreditBudgetExceededError } from '../../../enrichment/domain/credit-budget.js';
import { companySummaryOf, type CompanyRecord, type EmployeePreview, type EmployeeRecord } from '../../../enrichment/domain/coresignal-records.js';
import { EMPLOYEE_DATA_PROVIDER, PREVIEW_PAGE_SIZE, type CallContext, type EmployeeDataProvider } from '../../../enrichment/domain/employee-data.port.js';
import { providerFailureAsDomainError } from '../../../enrichment/domain/provider-errors.js';
import { buildBuyerGroup, toMemberPayload, type BuyerGroupBuild } from '../../../scoring/domain/pipeline.js';
import { toQualityAssessment } from '../../../scoring/domain/quality.js';
import { planGroupSize } from '../../../scoring/domain/sizing.js';
import { BUYER_GROUP_ROLES } from '../../domain/buyer-group-role.js';
import type { NewMember } from '../../domain/buyer-group.decide.js';
import { buyerGroupStreamId } from '../../domain/buyer-group.events.js';
import { companySnapshotOf } from '../../domain/company-snapshot.js';
import type { BuyerGroupState } from '../../domain/buyer-group.state.js';
import { groupChanges, type GroupChanges } from '../../domain/group-changes.js';
import { MAX_WHOLE_COMPANY_PAGES, PLAN_PRICES, planSearches, type PlannedSearch } from '../../domain/search-plan.js';
import { BuyerGroupRepository } from '../../infrastructure/buyer-group.repository.js';
import { ChangeBuyerGroupCommand } from '../change-buyer-group/change-buyer-group.command.js';
import { DiscoverBuyerGroupCommand } from './discover-buyer-group.command.js';
import type { DiscoverBuyerGroupDto } from './discover-buyer-group.dto.js';
import type { DiscoveredMember, DiscoveryResult } from './discovery-result.js';

/**
 * The discovery engine: resolve the company → plan searches from the seller profile and company size → free searches
 * size the candidate pools → previews read the short lists → classify and select → collect only the chosen members
 * (enrich / deep_research) → quality → events. A re-run on a saved group becomes change events.
 */
@CommandHandler(DiscoverBuyerGroupCommand)
export class DiscoverBuyerGroupHandler implements ICommandHandler<DiscoverBuyerGroupCommand> {
  constructor(
    @Inject(EMPLOYEE_DATA_PROVIDER) private readonly provider: EmployeeDataProvider,
    @Inject(AI_ROLE_SIGNAL) private readonly ai: AiRoleSignalPort | null,
    @Inject(AI_GROUP_REASONING) private readonly groupReasoning: AiGroupReasoningPort | null,
    @Inject(DATABASE) private readonly db: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly groups: BuyerGroupRepository,
    private readonly commands: CommandBus,
    private readonly metrics: Metrics,
  ) {}

  async execute({ request, metadata, groupId }: DiscoverBuyerGroupCommand): Promise<DiscoveryResult> {
    const started = performance.now();
    const budget = new CreditBudget(request.dryRun ? 0 : (request.creditBudget ?? Number.POSITIVE_INFINITY));
    const ctx: CallContext = { budget };
    const notes: string[] = [];
    try {
      const { company, matchedBy } = await this.resolveCompany(request, ctx);
      const employeeCount = company.employees_count ?? null;
      const sizing = planGroupSize({ employeeCount, dealSize: request.sellerProfile.dealSize ?? null, maxGroupSize: this.config.maxBuyerGroupSize });
      const plan = planSearches({
        companyId: company.id,
        employeeCount,
        solutionCategory: request.sellerProfile.solutionCategory,
        enrichmentLevel: request.enrichmentLevel,
        targetGroupSize: sizing.target,
        prices: PLAN_PRICES,
      });

      // Free searches size every pool before anything is bought. Their totals are all they are used for, so they ask
      // for no ids (limit 0: one request each, the total from x-total-results; the local dataset skips its ids query).
      // When the budget covers every planned preview, each search's pages are read as soon as its pool is sized, all
      // searches at once; otherwise pages are bought one at a time, cheapest search first, until the budget runs out.
      const poolSizes = plan.searches.map((search) => this.provider.searchEmployees(search.criteria, 0, ctx));
      const concurrent = !request.dryRun && budget.remaining >= plan.estimate.previewCredits;
      const previewReads = concurrent
        ? plan.searches.map((search, index) => poolSizes[index].then((pool) => this.readPreviews(search, pool.total, ctx, notes)))
        : undefined;
      previewReads?.forEach((reading) => reading.catch(() => undefined)); // awaited below; a failure is not unhandled meanwhile
      const [pools, existing] = await Promise.all([
        Promise.all(poolSizes),
        request.dryRun
          ? undefined
          : groupId
            ? this.groupToRefresh(metadata.workspaceId, groupId)
            : this.findSavedGroup(metadata.workspaceId, company.id, request.sellerProfile.solutionCategory),
      ]);
      const planView = {
        searches: plan.searches.map((search, index) => ({ purpose: search.purpose, candidates: pools[index].total, previewPages: search.previewPages })),
        estimate: plan.estimate,
      };
      if (request.dryRun) {
        return this.result({ request, company, matchedBy, started, budget, notes, planView, dryRun: true });
      }

      const pages: EmployeePreview[][] = [];
      if (previewReads) pages.push(...(await Promise.all(previewReads)));
      else for (const [index, search] of plan.searches.entries()) pages.push(await this.readPreviews(search, pools[index].total, ctx, notes));
      const previews = new Map<string, EmployeePreview>();
      for (const preview of pages.flat()) if (!previews.has(String(preview.id))) previews.set(String(preview.id), preview);

      const context: ClassificationContext = {
        seller: request.sellerProfile,
        company: { id: company.id, name: company.company_name, employeeCount, industry: company.industry },
        now: new Date(),
      };
      const overrides = existing ? overridesOf(existing) : undefined;
      const candidates: Candidate[] = [...previews.values()].map((preview) => ({ personId: String(preview.id), preview }));
      let classification = await classifyWithAi(candidates, context, this.ai);
      let build = buildBuyerGroup({ candidates, context, classification, overrides, maxGroupSize: this.config.maxBuyerGroupSize });

      if (request.enrichmentLevel !== 'identify') {
        // Collect only the chosen members, then decide again with full records: someone who turns out not to be a
        // current employee drops out and the next candidate takes the seat (collected in a second, last round).
        const records = new Map<string, EmployeeRecord>();
        for (let round = 0; round < 2; round++) {
          const wanted = build.selection.members.map((member) => member.personId).filter((id) => !records.has(id));
          if (wanted.length === 0) break;
          for (const record of await this.collect(wanted, ctx, notes)) records.set(String(record.id), record);
          const enriched = candidates.map((candidate) => ({ ...candidate, record: records.get(candidate.personId) ?? null }));
          classification = await classifyWithAi(enriched, context, null).then((rules) => ({ ...rules, ai: classification.ai }));
          build = buildBuyerGroup({ candidates: enriched, context, classification, overrides, maxGroupSize: this.config.maxBuyerGroupSize });
        }
      }

      if (build.selection.unfilled.length > 0) {
        notes.push(`fewer good candidates than the target for: ${build.selection.unfilled.map((quota) => quota.role).join(', ')}`);
      }
      const reasoning = request.enrichmentLevel === 'deep_research' ? await this.reasonAbout(build, context, notes) : undefined;
      const saved = request.saveToDatabase ? await this.save(existing, company, request, build, metadata) : undefined;
      this.record(request, budget, build, started);
      return this.result({ request, company, matchedBy, started, budget, notes, planView, dryRun: false, build, saved, aiResult: classification.ai, reasoning });
    } catch (error) {
      throw toDomainError(error);
    }
  }

  private record(request: DiscoverBuyerGroupDto, budget: CreditBudget, build: BuyerGroupBuild, started: number): void {
    this.metrics.discoveries.observe({ level: request.enrichmentLevel }, (performance.now() - started) / 1000);
    this.metrics.discoveryQuality.observe(build.quality.overallScore);
    for (const [kind, credits] of Object.entries(budget.breakdown())) {
      if (kind !== 'total' && credits > 0) this.metrics.providerCredits.inc({ kind }, credits);
    }
  }

  private async resolveCompany(request: DiscoverBuyerGroupDto, ctx: CallContext): Promise<{ company: CompanyRecord; matchedBy: string }> {
    const resolution = await this.provider.resolveCompany(
      { companyId: request.companyId, linkedInUrl: request.companyLinkedInUrl, website: request.website, name: request.companyName },
      ctx,
    );
    if (resolution.status === 'resolved') return { company: resolution.company, matchedBy: resolution.matchedBy };
    const candidates = (resolution.status === 'ambiguous' ? resolution.candidates : resolution.suggestions).slice(0, 5).map((candidate) => ({
      companyId: String(candidate.company.id),
      name: candidate.company.company_name,
      website: candidate.company.website ?? undefined,
      employeeCount: candidate.company.employees_count ?? undefined,
      score: Math.round(candidate.score * 100) / 100,
      reason: candidate.reason,
    }));
    const named = request.companyName ?? request.website ?? request.companyLinkedInUrl ?? request.companyId;
    if (resolution.status === 'ambiguous') {
      throw new DomainError('CONFLICT', `"${named}" matches several companies: send companyId, website or companyLinkedInUrl`, { candidates });
    }
    throw new DomainError('NOT_FOUND', `no company found for "${named}"`, { suggestions: candidates });
  }

  /** The preview pages a search is worth: a small company is read whole, following the people found, not the headcount. */
  private async readPreviews(search: PlannedSearch, poolSize: number, ctx: CallContext, notes: string[]): Promise<EmployeePreview[]> {
    const wanted = search.purpose === 'everyone' ? MAX_WHOLE_COMPANY_PAGES : search.previewPages;
    const pages = Math.min(wanted, Math.ceil(poolSize / PREVIEW_PAGE_SIZE));
    const found: EmployeePreview[] = [];
    for (let page = 1; page <= pages; page++) {
      const previews = await this.spend(() => this.provider.previewEmployees(search.criteria, page, ctx), notes, `preview of ${search.purpose} candidates`);
      if (!previews) break;
      found.push(...previews);
    }
    return found;
  }

  /** deep_research: the AI's reasoning about the chosen group as a whole, or a note saying why there is none. */
  private async reasonAbout(build: BuyerGroupBuild, context: ClassificationContext, notes: string[]): Promise<string | undefined> {
    if (!this.groupReasoning) {
      notes.push('deep_research: no AI-written group reasoning without ANTHROPIC_API_KEY');
      return undefined;
    }
    const reasoning = await this.groupReasoning.generateGroupReasoning({
      seller: context.seller,
      company: { name: context.company.name, ...(context.company.employeeCount !== null ? { employeeCount: context.company.employeeCount } : {}), ...(context.company.industry ? { industry: context.company.industry } : {}) },
      members: build.selection.members.map((member) => {
        const payload = toMemberPayload(member);
        return { title: payload.title, role: payload.role, ...(payload.department ? { department: payload.department } : {}), reasons: payload.reasons.slice(0, 3) };
      }),
      coverage: build.quality.coverage,
      missingRoles: build.quality.missingRoles,
    });
    if (reasoning === undefined) notes.push('deep_research: the AI did not answer; no group reasoning this time');
    return reasoning;
  }

  /** Runs a billable call; when the request's budget cannot pay for it, notes that and returns undefined. */
  private async spend<T>(call: () => Promise<T>, notes: string[], what: string): Promise<T | undefined> {
    try {
      return await call();
    } catch (error) {
      if (!(error instanceof CreditBudgetExceededError)) throw error;
      notes.push(`credit budget reached: skipped ${what}`);
      return undefined;
    }
  }

  private async collect(ids: string[], ctx: CallContext, notes: string[]): Promise<EmployeeRecord[]> {
    const records: EmployeeRecord[] = [];
    for (const id of ids) {
      const found = await this.spend(() => this.provider.collectEmployees([Number(id)], ctx), notes, `full profile of ${id}`);
      if (!found) break;
      records.push(...found);
    }
    return records;
  }

  private async findSavedGroup(workspaceId: string, companyId: number, category: string): Promise<BuyerGroupState | undefined> {
    const [row] = await sqlQuery<{ id: string }>(
      this.db.em.fork(),
      `select id from "BuyerGroups" where "workspaceId" = ? and "companyId" = ? and "sellerProfile"->>'solutionCategory' = ?
       and status = 'active' order by "createdAt" limit 1`,
      [workspaceId, String(companyId), category],
    );
    return row ? (await this.groups.load(buyerGroupStreamId(row.id))).state : undefined;
  }

  /** The saved group a re-validation names: it must be this workspace's and active. */
  private async groupToRefresh(workspaceId: string, groupId: string): Promise<BuyerGroupState> {
    const { state } = await this.groups.load(buyerGroupStreamId(groupId));
    if (!state.exists || state.workspaceId !== workspaceId) throw new DomainError('NOT_FOUND', `buyer group ${groupId} not found`);
    if (state.status !== 'active') throw new DomainError('CONFLICT', `buyer group ${groupId} is ${state.status}`);
    return state;
  }

  private async save(
    existing: BuyerGroupState | undefined,
    company: CompanyRecord,
    request: DiscoverBuyerGroupDto,
    build: BuyerGroupBuild,
    metadata: DiscoverBuyerGroupCommand['metadata'],
  ): Promise<{ state: BuyerGroupState; changes?: GroupChanges }> {
    const members: NewMember[] = build.selection.members.map((member) => ({ memberId: randomUUID(), ...toMemberPayload(member) }));
    const quality = toQualityAssessment(build.quality);
    const groupId = existing?.id ?? randomUUID();
    const snapshot = companySnapshotOf(company);
    const state: BuyerGroupState = await this.commands.execute(
      new ChangeBuyerGroupCommand(
        groupId,
        existing
          ? { kind: 'ApplyDiscovery', members, quality, company: snapshot }
          : {
              kind: 'CreateBuyerGroup',
              groupId,
              workspaceId: metadata.workspaceId,
              company: snapshot,
              sellerProfile: { ...request.sellerProfile },
              enrichmentLevel: request.enrichmentLevel,
              members,
              quality,
            },
        metadata,
      ),
    );
    return { state, ...(existing ? { changes: groupChanges(existing, state) } : {}) };
  }

  private result(input: {
    request: DiscoverBuyerGroupDto;
    company: CompanyRecord;
    matchedBy: string;
    started: number;
    budget: CreditBudget;
    notes: string[];
    planView: DiscoveryResult['plan'];
    dryRun: boolean;
    build?: BuyerGroupBuild;
    saved?: { state: BuyerGroupState; changes?: GroupChanges };
    aiResult?: { available: true } | { available: false; reason: string };
    reasoning?: string;
  }): DiscoveryResult {
    const { company, build, saved } = input;
    const memberIds = new Map(saved?.state.members.map((member) => [member.personId, member.memberId]));
    const members: DiscoveredMember[] = saved
      ? saved.state.members.map((member) => ({
          id: member.memberId,
          personId: member.personId,
          name: member.name,
          title: member.title,
          role: member.role,
          confidence: member.confidence,
          influenceScore: member.influenceScore,
          priority: member.priority,
          department: member.department,
          seniorityLevel: member.seniorityLevel,
          email: member.email,
          phone: member.phone,
          linkedin: member.linkedin,
          location: member.location,
          reasons: member.reasons,
        }))
      : (build?.selection.members ?? []).map((member) => ({ ...toMemberPayload(member), id: memberIds.get(member.personId) }));
    members.sort((a, b) => a.priority - b.priority || b.influenceScore - a.influenceScore);
    const composition = Object.fromEntries(BUYER_GROUP_ROLES.map((role) => [role, members.filter((member) => member.role === role).length])) as DiscoveryResult['buyerGroup']['composition'];
    const credits = input.budget.breakdown();
    return {
      success: true,
      company: { ...companySummaryOf(company), matchedBy: input.matchedBy },
      buyerGroup: {
        id: saved?.state.id ?? null,
        saved: saved !== undefined,
        totalMembers: members.length,
        composition,
        members,
        ...(input.reasoning ? { reasoning: input.reasoning } : {}),
      },
      quality: saved?.state.quality ?? (build ? toQualityAssessment(build.quality) : { coverage: 'poor', confidence: 0, dataQuality: 0, overallScore: 0, missingRoles: [...BUYER_GROUP_ROLES] }),
      creditsUsed: { ...credits, budget: Number.isFinite(input.budget.limit) ? input.budget.limit : null },
      ai: input.aiResult ?? { available: false, reason: input.dryRun ? 'dry run' : 'not used' },
      ...(saved?.changes ? { changes: saved.changes } : {}),
      plan: input.planView,
      notes: input.notes,
      dryRun: input.dryRun,
      processingTimeMs: Math.round(performance.now() - input.started),
    };
  }
}

function overridesOf(state: BuyerGroupState) {
  return {
    pinned: state.members.filter((member) => member.pinned).map((member) => member.personId),
    excluded: state.excludedPersonIds,
    roles: Object.fromEntries(state.members.filter((member) => member.roleOverridden).map((member) => [member.personId, member.role])),
  };
}

/** Provider and budget failures become domain errors the HTTP layer knows how to show. */
function toDomainError(error: unknown): unknown {
  if (error instanceof CreditBudgetExceededError) {
    return new DomainError('BUDGET_EXCEEDED', `${error.message}; raise creditBudget or use a dry run to see the estimate`);
  }
  return providerFailureAsDomainError(error);
}
