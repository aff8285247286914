import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandBus, CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '../../../../shared/config/app-config.js';
import { DomainError } from '../../../../shared/domain/domain-error.js';
import type { EventMetadata } from '../../../../shared/event-store/event.js';
import type { ProviderChangeMessage } from '../../../../shared/messaging/provider-change.message.js';
import { LOGGER } from '../../../../shared/observability/logger.js';
import { AI_ROLE_SIGNAL, type AiRoleSignalPort } from '../../../classification/domain/ai-role-signal.js';
import { classifyWithAi, type Candidate, type ClassificationContext, type ClassifiedCandidate } from '../../../classification/domain/role-classifier.js';
import { verifyEmployee } from '../../../classification/domain/verification.js';
import type { EmployeePreview, EmployeeRecord } from '../../../enrichment/domain/coresignal-records.js';
import { EMPLOYEE_DATA_PROVIDER, PREVIEW_PAGE_SIZE, type EmployeeDataProvider } from '../../../enrichment/domain/employee-data.port.js';
import { influenceScore, priorityOf } from '../../../scoring/domain/influence.js';
import { toMemberPayload } from '../../../scoring/domain/pipeline.js';
import { RANK_WEIGHTS, selectBuyerGroup, type SelectedMember } from '../../../scoring/domain/selection.js';
import { planGroupSize, type GroupSizing } from '../../../scoring/domain/sizing.js';
import { BUYER_GROUP_ROLES, type BuyerGroupRole } from '../../domain/buyer-group-role.js';
import type { MemberAssessment, MemberProfile } from '../../domain/buyer-group.events.js';
import { buyerGroupStreamId } from '../../domain/buyer-group.events.js';
import { decideBuyerGroup, type BuyerGroupCommand } from '../../domain/buyer-group.decide.js';
import type { BuyerGroupState } from '../../domain/buyer-group.state.js';
import { companySnapshotOf } from '../../domain/company-snapshot.js';
import { seatToFill, type ApplyPersonChange, type GroupSeats, type PersonChangeMember, type PersonStanding } from '../../domain/person-change.js';
import { MAX_WHOLE_COMPANY_PAGES, PLAN_PRICES, planSearches } from '../../domain/search-plan.js';
import { BuyerGroupRepository } from '../../infrastructure/buyer-group.repository.js';
import { ProviderChangeStore } from '../../infrastructure/provider-change.store.js';
import { ChangeBuyerGroupCommand } from '../change-buyer-group/change-buyer-group.command.js';
import { ApplyPersonChangeCommand, type PersonChangeOutcome } from './apply-person-change.command.js';

/** replacement candidates passed to the decision, best first (the first one not taken joins) */
const REPLACEMENT_CANDIDATES = 3;

/** A classified person as a member of a group would be recorded (the selection's assessment of one candidate). */
function memberOf(candidate: ClassifiedCandidate, level: BuyerGroupState['enrichmentLevel']): MemberProfile & MemberAssessment {
  const influence = influenceScore({
    seniority: candidate.seniorityLevel,
    functionMatch: candidate.signals.rules.functionMatch,
    reportingDepth: candidate.reportingDepth,
    connections: candidate.network.connections,
    followers: candidate.network.followers,
  });
  const selected: SelectedMember = {
    candidate,
    personId: candidate.personId,
    role: candidate.role,
    confidence: candidate.confidence,
    influenceScore: influence,
    priority: priorityOf(candidate.role, influence, candidate.confidence),
    reasons: [...candidate.reasons, `influence ${influence}`],
    pinned: false,
    roleSetByUser: false,
  };
  return withoutUnpaidContact(toMemberPayload(selected), level);
}

/** At `identify` a group holds what previews show: no e-mail, even when a re-collect brought one. */
function withoutUnpaidContact<T extends { email?: string }>(member: T, level: BuyerGroupState['enrichmentLevel']): T {
  if (level !== 'identify' || member.email === undefined) return member;
  const { email: _email, ...rest } = member;
  return rest as T;
}

/** The profile of a current employee no role fits (the classifier rejected them): what a member row shows. */
function profileOfRecord(record: EmployeeRecord): MemberProfile {
  return {
    personId: String(record.id),
    name: record.full_name,
    title: record.active_experience_title ?? record.headline ?? '',
    ...(record.active_experience_department ? { department: record.active_experience_department } : {}),
  };
}

const rankOf = (member: { confidence: number; influenceScore: number }) => RANK_WEIGHTS.confidence * member.confidence + RANK_WEIGHTS.influence * member.influenceScore;

/**
 * Turns a provider change notice into ApplyPersonChange commands (src/modules/discovery/domain/person-change.ts):
 * re-collect the person through the enrichment port (fresh: a cached copy older than the notice is bought again,
 * once for every notice that arrived before it), find the active groups of the notice's company and the groups the
 * person is a member of, and judge the person against each group's company with the classifier; a seat the person
 * frees is offered to candidates found the way discovery finds them (search plan, previews, classification,
 * selection; collected at enrichment levels that hold full records). Records the notice id once every group has
 * been handled, so a redelivery is skipped; applying a notice twice changes nothing anyway.
 */
@CommandHandler(ApplyPersonChangeCommand)
export class ApplyPersonChangeHandler implements ICommandHandler<ApplyPersonChangeCommand> {
  constructor(
    @Inject(EMPLOYEE_DATA_PROVIDER) private readonly provider: EmployeeDataProvider,
    @Inject(AI_ROLE_SIGNAL) private readonly ai: AiRoleSignalPort | null,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly groups: BuyerGroupRepository,
    private readonly store: ProviderChangeStore,
    private readonly commands: CommandBus,
  ) {}

  async execute({ notice }: ApplyPersonChangeCommand): Promise<PersonChangeOutcome> {
    const { applied, groupIds } = await this.store.lookup(notice.noticeId, notice.companyId, notice.personId);
    if (applied) return { noticeId: notice.noticeId, status: 'duplicate', changed: [] };
    const changeOf = groupIds.length === 0 ? undefined : await this.changeOf(notice);
    if (!changeOf) {
      // no group concerns it, or the provider no longer has what it names: nothing is collected or changed
      await this.store.remember(notice, { groupsChanged: 0, events: 0 });
      return { noticeId: notice.noticeId, status: 'ignored', changed: [] };
    }
    const changed: PersonChangeOutcome['changed'] = [];
    for (const groupId of groupIds) {
      const { state } = await this.groups.load(buyerGroupStreamId(groupId));
      if (!state.exists || state.status !== 'active') continue;
      const change = await changeOf(state);
      // nothing to do for this group as it stands (most notices about people outside it): no write transaction
      if (!change || decideBuyerGroup(state, change).length === 0) continue;
      const metadata: EventMetadata = {
        workspaceId: state.workspaceId,
        correlationId: notice.deliveryId,
        causationId: notice.noticeId,
        actor: `provider:${notice.source}`,
        source: 'webhook',
      };
      try {
        const after: BuyerGroupState = await this.commands.execute(new ChangeBuyerGroupCommand(groupId, change, metadata));
        if (after.version > state.version) changed.push({ groupId, events: after.version - state.version });
      } catch (error) {
        // archived or gone since it was read: nothing left to keep current
        if (error instanceof DomainError && (error.code === 'CONFLICT' || error.code === 'NOT_FOUND')) continue;
        throw error;
      }
    }
    await this.store.remember(notice, { groupsChanged: changed.length, events: changed.reduce((sum, group) => sum + group.events, 0) });
    if (changed.length > 0) this.logger.debug({ noticeId: notice.noticeId, kind: notice.kind, personId: notice.personId, changed }, 'provider change applied');
    return { noticeId: notice.noticeId, status: 'applied', changed };
  }

  /**
   * What the notice asks of one group, after the one purchase it needs: the person re-collected (employee notices),
   * or the company's record (company.updated) or the record of the company it was merged into (company.merged), which
   * the groups of the notice's company then take, id and all, so later notices, subscriptions and re-validation
   * follow the surviving company. Undefined when the provider no longer has what the notice names.
   */
  private async changeOf(notice: ProviderChangeMessage): Promise<((state: BuyerGroupState) => Promise<BuyerGroupCommand | undefined>) | undefined> {
    const fresh = { freshSince: new Date(notice.receivedAt) };
    if (notice.kind === 'company.updated' || notice.kind === 'company.merged') {
      const companyId = notice.kind === 'company.merged' ? notice.mergedIntoCompanyId : notice.companyId;
      const record = companyId === undefined ? undefined : await this.provider.collectCompany(companyId, fresh);
      if (!record) return undefined;
      const company = companySnapshotOf(record);
      return async (state) => (state.company.id === notice.companyId ? { kind: 'UpdateCompany', company } : undefined);
    }
    if (notice.personId === undefined) return undefined;
    const personId = notice.personId;
    const [record] = await this.provider.collectEmployees([Number(personId)], fresh);
    return (state) => this.changeFor(state, notice, personId, record);
  }

  /** The person judged against one group, or undefined when the notice cannot concern it. */
  private async changeFor(
    state: BuyerGroupState,
    notice: ProviderChangeMessage,
    personId: string,
    record: EmployeeRecord | undefined,
  ): Promise<ApplyPersonChange | undefined> {
    const companyId = state.company.id;
    const member = state.members.find((candidate) => candidate.personId === personId);
    // a group without a provider company id (some V1 imports) cannot be checked against the record
    if (companyId === undefined) return undefined;
    const now = new Date();
    const verification = record ? verifyEmployee(record, { id: companyId, name: state.company.name }, now) : undefined;
    if (!member && !verification?.current) return undefined;

    const context: ClassificationContext = {
      seller: state.sellerProfile,
      company: { id: companyId, name: state.company.name, employeeCount: state.company.employeeCount ?? null, industry: state.company.industry ?? null },
      now,
    };
    const sizing = planGroupSize({ employeeCount: state.company.employeeCount ?? null, dealSize: state.sellerProfile.dealSize ?? null, maxGroupSize: this.config.maxBuyerGroupSize });
    const seats: GroupSeats = {
      target: sizing.target,
      quotas: Object.fromEntries(BUYER_GROUP_ROLES.map((role) => [role, { target: sizing.quotas[role].target, max: sizing.quotas[role].max }])) as GroupSeats['quotas'],
    };

    const person = !record || !verification?.current
      ? { status: 'gone' as const, reason: verification?.reasons[0] ?? 'the provider no longer has this profile' }
      : await this.standing(record, context, state.enrichmentLevel);
    const change = { kind: 'ApplyPersonChange' as const, personId, notice: { id: notice.noticeId, kind: notice.kind }, person, seats, newMemberId: randomUUID() };
    const role = seatToFill(state, change);
    return { ...change, replacements: role ? await this.replacementsFor(state, role, context, sizing, personId) : [] };
  }

  /** A current employee as a member of this group would be (no assessment when no role fits them). */
  private async standing(record: EmployeeRecord, context: ClassificationContext, level: BuyerGroupState['enrichmentLevel']): Promise<PersonStanding> {
    const classified = (await classifyWithAi([{ personId: String(record.id), record }], context, this.ai)).classified[0];
    if (!classified) return { status: 'current', profile: withoutUnpaidContact(profileOfRecord(record), level), assessment: null };
    const { role, confidence, influenceScore: influence, priority, reasons, ...profile } = memberOf(classified, level);
    return { status: 'current', profile, assessment: { role, confidence, influenceScore: influence, priority, reasons } };
  }

  /**
   * Candidates for a freed seat of `role`, best first: the discovery engine's search for that role (or the whole
   * company when it is small), its previews, classification and selection over the people not in the group; at
   * enrichment levels with full records the chosen candidates are collected and judged again on their records.
   */
  private async replacementsFor(
    state: BuyerGroupState,
    role: BuyerGroupRole,
    context: ClassificationContext,
    sizing: GroupSizing,
    leaverId: string,
  ): Promise<PersonChangeMember[]> {
    const plan = planSearches({
      companyId: Number(state.company.id),
      employeeCount: state.company.employeeCount ?? null,
      solutionCategory: state.sellerProfile.solutionCategory,
      enrichmentLevel: state.enrichmentLevel,
      targetGroupSize: sizing.target,
      prices: PLAN_PRICES,
    });
    const unavailable = new Set([leaverId, ...state.members.map((member) => member.personId), ...state.excludedPersonIds]);
    const previews = new Map<string, EmployeePreview>();
    for (const search of plan.searches.filter((candidate) => candidate.purpose === role || candidate.purpose === 'everyone')) {
      const pages = search.purpose === 'everyone' ? MAX_WHOLE_COMPANY_PAGES : search.previewPages;
      for (let page = 1; page <= pages; page++) {
        const found = await this.provider.previewEmployees(search.criteria, page);
        for (const preview of found) if (!unavailable.has(String(preview.id))) previews.set(String(preview.id), preview);
        if (found.length < PREVIEW_PAGE_SIZE) break;
      }
    }
    // the selection with seats for this role only: natural candidates first, then (when none is good enough) weaker
    // ones or people whose runner-up role it is, as discovery fills a role it finds no strong candidate for
    const seats: GroupSizing = {
      ...sizing,
      target: REPLACEMENT_CANDIDATES,
      quotas: Object.fromEntries(
        BUYER_GROUP_ROLES.map((each) => [each, each === role ? { min: 1, target: REPLACEMENT_CANDIDATES, max: REPLACEMENT_CANDIDATES } : { min: 0, target: 0, max: 0 }]),
      ) as GroupSizing['quotas'],
      coverageAreas: [],
    };
    let candidates: Candidate[] = [...previews.values()].map((preview) => ({ personId: String(preview.id), preview }));
    const choose = async (ai: AiRoleSignalPort | null) =>
      selectBuyerGroup({ candidates: (await classifyWithAi(candidates, context, ai)).classified, sizing: seats }).members.sort((a, b) => rankOf(b) - rankOf(a));
    let chosen = await choose(this.ai);
    if (state.enrichmentLevel !== 'identify') {
      // as discovery does: collect the chosen, decide again on their records (someone no longer there drops out)
      const records = new Map<string, EmployeeRecord>();
      for (let round = 0; round < 2; round++) {
        const wanted = chosen.slice(0, 1).map((member) => member.personId).filter((id) => !records.has(id));
        if (wanted.length === 0) break;
        for (const found of await this.provider.collectEmployees(wanted.map(Number))) records.set(String(found.id), found);
        candidates = candidates.map((candidate) => ({ ...candidate, record: records.get(candidate.personId) ?? null }));
        chosen = await choose(null);
      }
    }
    return chosen.map((member) => ({ memberId: randomUUID(), ...withoutUnpaidContact(toMemberPayload(member), state.enrichmentLevel) }));
  }
}
