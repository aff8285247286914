/**
 * The AI role signal (PRODUCT.md §5.2): a port that an infrastructure adapter (Anthropic Claude) implements.
 *
 * Pure types only. The classifier (role-classifier.ts) combines the opinions with the title rules and the
 * verification signal; when the port answers `{ available: false }` (no key, timeout, budget) the classifier
 * still works and says so in its result.
 */
import type { BuyerGroupRole } from '../../discovery/domain/buyer-group-role.js';
import type { SellerProfile } from '../../discovery/domain/buyer-group.events.js';

export type { SellerProfile };

/** One person as the AI sees them: no contact data, only what is needed to judge the role. */
export interface AiRoleInput {
  personId: string;
  title: string;
  department?: string;
  seniority?: string;
}

/** The AI's opinion on one person. `not_relevant` = should not be in the buyer group at all. */
export interface AiRoleOpinion {
  personId: string;
  role: BuyerGroupRole | 'not_relevant';
  /** 0..1 */
  confidence: number;
  reasoning: string;
}

export type AiRoleSignalResult = { available: true; opinions: AiRoleOpinion[] } | { available: false; reason: string };

export interface AiRoleSignalCompany {
  name: string;
  employeeCount?: number;
  industry?: string;
}

export interface AiRoleSignalPort {
  classify(members: AiRoleInput[], seller: SellerProfile, company: AiRoleSignalCompany): Promise<AiRoleSignalResult>;
}

/** Nest injection token for the port. */
export const AI_ROLE_SIGNAL = Symbol('AI_ROLE_SIGNAL');

/** One member of a chosen group, as the AI sees it when it writes the group's reasoning (no contact data). */
export interface GroupReasoningMember {
  title: string;
  role: string;
  department?: string;
  /** the signals behind the role, e.g. "VP Sales → authority 0.9" (a few are enough) */
  reasons?: string[];
}

export interface GroupReasoningInput {
  seller: SellerProfile;
  company: AiRoleSignalCompany;
  members: readonly GroupReasoningMember[];
  coverage?: string;
  missingRoles?: readonly string[];
}

/**
 * AI-written reasoning about a whole group (deep_research, PRODUCT.md §3): why these people, how to approach them,
 * what is missing. Undefined when the AI cannot answer; the discovery then says so and goes on without it.
 */
export interface AiGroupReasoningPort {
  generateGroupReasoning(input: GroupReasoningInput): Promise<string | undefined>;
}

export const AI_GROUP_REASONING = Symbol('AI_GROUP_REASONING');
