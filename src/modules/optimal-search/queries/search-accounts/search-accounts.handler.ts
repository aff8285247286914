import { Inject } from '@nestjs/common';
import { CommandBus, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import type { Logger } from 'pino';
import { DomainError } from '../../../../shared/domain/domain-error.js';
import type { EventMetadata } from '../../../../shared/event-store/event.js';
import { LOGGER } from '../../../../shared/observability/logger.js';
import { DiscoverBuyerGroupCommand } from '../../../discovery/commands/discover-buyer-group/discover-buyer-group.command.js';
import { DiscoverBuyerGroupDto, SellerProfileDto } from '../../../discovery/commands/discover-buyer-group/discover-buyer-group.dto.js';
import type { DiscoveryResult } from '../../../discovery/commands/discover-buyer-group/discovery-result.js';
import { factsOfRecord, type CompanyFacts, type CompanySearchHit } from '../../../enrichment/domain/company-search.js';
import type { CompanyRecord } from '../../../enrichment/domain/coresignal-records.js';
import { CreditBudget, CreditBudgetExceededError, type CreditKind } from '../../../enrichment/domain/credit-budget.js';
import { EMPLOYEE_DATA_PROVIDER, type EmployeeDataProvider } from '../../../enrichment/domain/employee-data.port.js';
import { ProviderError, providerFailureAsDomainError } from '../../../enrichment/domain/provider-errors.js';
import { BUYER_GROUP_WEIGHTS, buyerGroupScore } from '../../domain/buyer-group-score.js';
import { MARKET_WEIGHTS, marketScore, marketScoreValue, type MarketScore } from '../../domain/market-score.js';
import { PHASE_WEIGHTS, TIE_BREAK, compareMarket, rankCompanies, type RankInput } from '../../domain/ranking.js';
import { toCompanySearchFilters, type AccountSearchRequest } from '../../domain/search-request.js';
import type { AccountSearchProgress, AccountSearchResult, RankedAccount, SampledBuyerGroup } from './account-search-result.js';
import { SearchAccountsQuery } from './search-accounts.query.js';

/**
 * Phase 1 scores at most this many matches (the provider's first ones in its candidate order, which puts growth
 * signals first): the whole demo universe is 1,021 companies; a Coresignal market can be millions.
 */
export const MARKET_POOL_LIMIT = 5_000;

interface Candidate {
  hit: CompanySearchHit;
  market: MarketScore;
}

interface Scored {
  hit: CompanySearchHit;
  score: number;
}

/** creditsUsed: what sampling this company spent, also when it stopped or failed after buying its record */
type SampleOutcome =
  | { kind: 'sampled'; group: SampledBuyerGroup; record?: CompanyRecord }
  | { kind: 'failed'; reason: string; creditsUsed: number }
  | { kind: 'stop'; reason: string; creditsUsed: number };

const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * Runs the two phases. Phase 1: one free company search (provider.searchCompanies), every match scored
 * (domain/market-score.ts), the best `maxResults` kept. Phase 2 (when enabled): for the best `sampling.size` of those,
 * in order, one identify-level discovery each through the CommandBus (saveToDatabase: false) — first the company's
 * record (free locally; on Coresignal a collect unless cached, so the dry run and the discovery then resolve it for
 * free), then a dry run for the credit estimate, then, if the estimate fits what is left of the search's budget, the
 * discovery itself with exactly that remainder as its budget. So the search never spends more than its budget; when
 * an estimate does not fit, sampling stops there and says so. Then domain/ranking.ts ranks both phases together.
 */
@QueryHandler(SearchAccountsQuery)
export class SearchAccountsHandler implements IQueryHandler<SearchAccountsQuery> {
  constructor(
    @Inject(EMPLOYEE_DATA_PROVIDER) private readonly provider: EmployeeDataProvider,
    private readonly commands: CommandBus,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async execute({ request, metadata, onProgress }: SearchAccountsQuery): Promise<AccountSearchResult> {
    const started = performance.now();
    const notes: string[] = [];
    const plannedSamples = request.sampling.enabled ? request.sampling.size : 0;
    const report = async (progress: Omit<AccountSearchProgress, 'percent'>) => {
      if (!onProgress) return;
      const percent = progress.phase === 'done' ? 100 : Math.floor(10 + (progress.total === 0 ? 0 : (90 * progress.done) / progress.total));
      await onProgress({ ...progress, percent: progress.phase === 'market' ? 0 : percent });
    };
    await report({ phase: 'market', done: 0, total: plannedSamples, message: 'phase 1: filtering and scoring the market' });

    // ---------------------------------------------------------------------------------------- phase 1
    const technologies = request.filters.technologies?.length ?? 0;
    let search;
    try {
      search = await this.provider.searchCompanies(toCompanySearchFilters(request.filters), MARKET_POOL_LIMIT);
    } catch (error) {
      throw providerFailureAsDomainError(error);
    }
    // every match is ranked by its score; only the ones shown are explained part by part
    const candidates: Scored[] = search.companies
      .map((hit) => ({ hit, score: marketScoreValue(hit.signals, technologies) }))
      .sort((a, b) => compareMarket({ companyId: a.hit.id, market: a.score }, { companyId: b.hit.id, market: b.score }));
    const shown: Candidate[] = candidates
      .slice(0, request.maxResults)
      .map(({ hit }) => ({ hit, market: marketScore(hit.signals, technologies, hit.facts) }));
    const phase1Ms = performance.now() - started;
    const truncated = search.total > search.companies.length;
    if (truncated) {
      notes.push(`${search.total} companies match; phase 1 scored the first ${search.companies.length} in the provider's order (growth signals first): narrow the filters to score them all`);
    }
    if (search.total === 0) notes.push('no company matches these filters');

    // ---------------------------------------------------------------------------------------- phase 2
    const phase2Started = performance.now();
    const budget = new CreditBudget(request.sampling.creditBudget);
    const toSample = request.sampling.enabled ? shown.slice(0, request.sampling.size) : [];
    const outcomes = new Map<number, SampleOutcome>();
    let stoppedBecause: string | undefined;
    await report({ phase: 'sampling', done: 0, total: toSample.length, message: `phase 2: sampling the buyer groups of ${toSample.length} companies` });
    for (const [index, candidate] of toSample.entries()) {
      const name = nameOf(candidate.hit.id, candidate.hit.facts);
      if (stoppedBecause === undefined) {
        const outcome = await this.sample(candidate, request, budget, metadata);
        outcomes.set(candidate.hit.id, outcome);
        if (outcome.kind === 'stop') {
          stoppedBecause = outcome.reason;
          notes.push(`sampling stopped at ${name} (${index + 1} of ${toSample.length}): ${outcome.reason}`);
        }
      } else {
        outcomes.set(candidate.hit.id, { kind: 'stop', reason: stoppedBecause, creditsUsed: 0 });
      }
      const outcome = outcomes.get(candidate.hit.id)!;
      await report({
        phase: 'sampling',
        done: index + 1,
        total: toSample.length,
        message: `${name}: ${outcome.kind === 'sampled' ? `buyer group ${outcome.group.score}` : outcome.kind === 'failed' ? 'failed' : 'not sampled (budget)'}`,
      });
    }
    const sampledCount = [...outcomes.values()].filter((outcome) => outcome.kind === 'sampled').length;
    const failedCount = [...outcomes.values()].filter((outcome) => outcome.kind === 'failed').length;
    if (failedCount > 0) notes.push(`${failedCount} sampled ${failedCount === 1 ? 'company' : 'companies'} could not be discovered (see each company's buyerGroup.reason)`);
    if (!request.sampling.enabled && request.sampling.disabledBecause) notes.push(`phase 2 off: ${request.sampling.disabledBecause}`);

    // ---------------------------------------------------------------------------------------- ranking
    const inputs: RankInput[] = shown.map((candidate) => {
      const outcome = outcomes.get(candidate.hit.id);
      const notSampledReason =
        outcome === undefined
          ? request.sampling.enabled
            ? `not sampled: phase 2 covers the ${toSample.length} best of phase 1`
            : `not sampled: ${request.sampling.disabledBecause ?? 'sampling is off'}`
          : outcome.kind === 'failed'
            ? `sampling failed: ${outcome.reason}`
            : outcome.kind === 'stop'
              ? `not sampled: ${outcome.reason}`
              : undefined;
      return {
        companyId: candidate.hit.id,
        market: candidate.market,
        buyerGroup: outcome?.kind === 'sampled' ? { score: outcome.group.score, parts: outcome.group.parts } : null,
        ...(notSampledReason ? { notSampledReason } : {}),
      };
    });
    const ranking = rankCompanies(inputs);
    const byId = new Map(shown.map((candidate) => [candidate.hit.id, candidate]));
    const companies: RankedAccount[] = ranking.companies.map((ranked) => {
      const candidate = byId.get(ranked.companyId)!;
      const outcome = outcomes.get(ranked.companyId);
      const facts = outcome?.kind === 'sampled' && outcome.record && candidate.hit.facts.name === null ? factsOfRecord(outcome.record) : candidate.hit.facts;
      const input = inputs.find((entry) => entry.companyId === ranked.companyId)!;
      return {
        rank: ranked.rank,
        company: {
          id: String(ranked.companyId),
          name: facts.name,
          website: facts.website,
          linkedinUrl: facts.linkedinUrl,
          industry: facts.industry,
          employeeCount: facts.employeesCount,
          country: facts.country,
        },
        score: ranked.combined,
        market: {
          score: candidate.market.score,
          parts: candidate.market.parts,
          signals: candidate.hit.signals,
          facts: {
            yearlyHeadcountGrowthPercent: facts.yearlyHeadcountGrowthPercent,
            activeJobPostings: facts.activeJobPostings,
            lastFundingRound: facts.lastFundingRound,
          },
        },
        buyerGroup:
          outcome?.kind === 'sampled'
            ? outcome.group
            : {
                status: outcome?.kind === 'failed' ? 'failed' : 'not_sampled',
                reason: input.notSampledReason ?? 'not sampled',
                estimatedScore: ranking.estimatedBuyerGroupScore,
                creditsUsed: outcome?.kind === 'failed' || outcome?.kind === 'stop' ? outcome.creditsUsed : 0,
              },
        reasons: ranked.reasons,
      };
    });

    const result: AccountSearchResult = {
      success: true,
      provider: this.provider.name,
      request,
      totalMatches: search.total,
      scored: candidates.length,
      returned: companies.length,
      companies,
      phase1: { durationMs: Math.round(phase1Ms), weights: { ...MARKET_WEIGHTS }, poolLimit: MARKET_POOL_LIMIT, truncated },
      phase2: {
        enabled: request.sampling.enabled,
        ...(request.sampling.disabledBecause ? { disabledBecause: request.sampling.disabledBecause } : {}),
        requested: toSample.length,
        sampled: sampledCount,
        failed: failedCount,
        ...(stoppedBecause ? { stoppedBecause } : {}),
        credits: { budget: budget.limit, spent: budget.spent, remaining: budget.remaining },
        weights: { ...BUYER_GROUP_WEIGHTS },
        durationMs: Math.round(performance.now() - phase2Started),
      },
      ranking: { phaseWeights: { ...PHASE_WEIGHTS }, estimatedBuyerGroupScore: ranking.estimatedBuyerGroupScore, tieBreak: TIE_BREAK },
      notes,
      processingTimeMs: Math.round(performance.now() - started),
    };
    await report({ phase: 'done', done: toSample.length, total: toSample.length, message: `ranked ${companies.length} companies` });
    this.logger.debug(
      { matches: search.total, returned: companies.length, sampled: sampledCount, credits: budget.spent, ms: result.processingTimeMs },
      'account search finished',
    );
    return result;
  }

  /** Phase 2 for one company: its record, a dry run for the estimate, then the discovery if the estimate fits. */
  private async sample(candidate: Candidate, request: AccountSearchRequest, budget: CreditBudget, metadata: EventMetadata): Promise<SampleOutcome> {
    const spentBefore = budget.spent;
    const outcome = await this.trySample(candidate, request, budget, metadata);
    return outcome.kind === 'sampled' ? outcome : { ...outcome, creditsUsed: budget.spent - spentBefore };
  }

  private async trySample(
    candidate: Candidate,
    request: AccountSearchRequest,
    budget: CreditBudget,
    metadata: EventMetadata,
  ): Promise<SampleOutcome | { kind: 'failed' | 'stop'; reason: string }> {
    const id = candidate.hit.id;
    const name = nameOf(id, candidate.hit.facts);
    const spentBefore = budget.spent;
    const discovery = (dryRun: boolean, creditBudget?: number): Promise<DiscoveryResult> => {
      const sellerProfile = Object.assign(new SellerProfileDto(), {
        solutionCategory: request.sampling.solutionCategory,
        ...(request.sampling.dealSize ? { dealSize: request.sampling.dealSize } : {}),
      });
      const dto = Object.assign(new DiscoverBuyerGroupDto(), {
        companyId: String(id),
        sellerProfile,
        enrichmentLevel: 'identify' as const,
        saveToDatabase: false,
        dryRun,
        ...(creditBudget !== undefined ? { creditBudget } : {}),
      });
      return this.commands.execute(new DiscoverBuyerGroupCommand(dto, { ...metadata, causationId: `account-search:${metadata.correlationId}` }));
    };
    try {
      // the record first, paid from the search's budget when it must be bought: the dry run and the discovery then
      // resolve the company from the cache, for free
      const record = await this.provider.collectCompany(String(id), { budget });
      if (!record) return { kind: 'failed', reason: `the provider has no record of company ${id}` };
      const dry = await discovery(true);
      const estimate = dry.plan.estimate.total;
      const remaining = budget.remaining;
      if (estimate > remaining) {
        return {
          kind: 'stop',
          reason: `the identify discovery of ${name} is estimated at ${estimate} credits and ${round1(remaining)} of the ${budget.limit}-credit budget remain`,
        };
      }
      const found = await discovery(false, Math.floor(remaining));
      for (const kind of ['search', 'preview', 'collect', 'enrich'] as CreditKind[]) {
        if (found.creditsUsed[kind] > 0) budget.record(kind, found.creditsUsed[kind]);
      }
      const members = found.buyerGroup.members;
      const scored = buyerGroupScore({ composition: found.buyerGroup.composition, members, quality: found.quality });
      return {
        kind: 'sampled',
        record,
        group: {
          status: 'sampled',
          score: scored.score,
          parts: scored.parts,
          totalMembers: found.buyerGroup.totalMembers,
          composition: found.buyerGroup.composition,
          quality: { ...found.quality, missingRoles: [...found.quality.missingRoles] },
          creditsUsed: budget.spent - spentBefore,
          estimatedCredits: estimate,
          keyMembers: members.slice(0, 5).map((member) => ({
            name: member.name,
            title: member.title,
            role: member.role,
            ...(member.linkedin ? { linkedin: member.linkedin } : {}),
          })),
          notes: [...found.notes],
        },
      };
    } catch (error) {
      if (error instanceof CreditBudgetExceededError) {
        return { kind: 'stop', reason: `the credit budget cannot pay for ${name}'s company record (${error.needed} credits needed, ${round1(error.remaining)} remain)` };
      }
      if (error instanceof DomainError) {
        if (error.code === 'BUDGET_EXCEEDED') return { kind: 'stop', reason: `${name}: ${error.message}` };
        return { kind: 'failed', reason: error.message };
      }
      if (error instanceof ProviderError) return { kind: 'failed', reason: `employee data provider: ${error.message}` };
      this.logger.error({ err: error, companyId: id }, 'buyer-group sampling of a company failed');
      return { kind: 'failed', reason: 'internal error while sampling this company (logged)' };
    }
  }
}

function nameOf(id: number, facts: CompanyFacts): string {
  return facts.name ? `${facts.name} (${id})` : `company ${id}`;
}

