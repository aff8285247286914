/**
 * The whole pure pipeline in one call: classify candidates → size the group → select members → assess quality.
 * Synchronous (the AI opinions, when wanted, are fetched first with the AI port: see `classifyWithAi`, or pass
 * `ai`); this is also the function to benchmark (e.g. 200 candidates of a demo-universe company per call).
 */
import type { MemberAssessment, MemberProfile } from '../../discovery/domain/buyer-group.events.js';
import type { AiRoleSignalResult } from '../../classification/domain/ai-role-signal.js';
import { classifyCandidates, type Candidate, type ClassificationContext, type ClassificationResult } from '../../classification/domain/role-classifier.js';
import { assessQuality, type QualityDetails } from './quality.js';
import { selectBuyerGroup, type SelectedMember, type SelectionResult, type UserOverrides } from './selection.js';
import { planGroupSize, type GroupSizing } from './sizing.js';

export interface BuildBuyerGroupInput {
  candidates: readonly Candidate[];
  context: ClassificationContext;
  /** AI opinions already fetched, or null/undefined for classification without AI */
  ai?: AiRoleSignalResult | null;
  /** or an already computed classification (then `candidates` and `ai` are ignored) */
  classification?: ClassificationResult;
  overrides?: UserOverrides;
  /** MAX_BUYER_GROUP_SIZE */
  maxGroupSize?: number;
}

export interface BuyerGroupBuild {
  classification: ClassificationResult;
  sizing: GroupSizing;
  selection: SelectionResult;
  quality: QualityDetails;
}

export function buildBuyerGroup(input: BuildBuyerGroupInput): BuyerGroupBuild {
  const classification = input.classification ?? classifyCandidates(input.candidates, input.context, input.ai);
  const sizing = planGroupSize({
    employeeCount: input.context.company.employeeCount ?? null,
    dealSize: input.context.seller.dealSize ?? null,
    ...(input.maxGroupSize !== null && input.maxGroupSize !== undefined ? { maxGroupSize: input.maxGroupSize } : {}),
  });
  const selection = selectBuyerGroup({ candidates: classification.classified, sizing, ...(input.overrides ? { overrides: input.overrides } : {}) });
  const quality = assessQuality(selection.members.map(qualityMemberOf), sizing);
  return { classification, sizing, selection, quality };
}

export function qualityMemberOf(m: SelectedMember) {
  return {
    role: m.role,
    confidence: m.confidence,
    email: m.candidate.contact.email,
    emailStatus: m.candidate.contact.emailStatus,
    linkedin: m.candidate.contact.linkedin,
    location: m.candidate.contact.location,
    freshness: m.candidate.signals.verification.ageDays === null || m.candidate.signals.verification.ageDays === undefined ? null : m.candidate.signals.verification.freshness,
  };
}

/** A selected member as the MemberAdded event's profile + assessment (contact data included only when present). */
export function toMemberPayload(m: SelectedMember): MemberProfile & MemberAssessment {
  const c = m.candidate;
  return {
    personId: m.personId,
    name: c.name,
    title: c.title,
    ...(c.department ? { department: c.department } : {}),
    seniorityLevel: c.seniorityLevel,
    ...(c.contact.email ? { email: c.contact.email } : {}),
    ...(c.contact.linkedin ? { linkedin: c.contact.linkedin } : {}),
    ...(c.contact.location ? { location: c.contact.location } : {}),
    role: m.role,
    confidence: m.confidence,
    influenceScore: m.influenceScore,
    priority: m.priority,
    reasons: m.reasons,
  };
}
