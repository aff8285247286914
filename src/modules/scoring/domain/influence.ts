/**
 * Influence 0–100 and priority 1–10 of a buyer-group member (PRODUCT.md §4, §7).
 *
 * influence = 100 × weighted mean of the known parts (unknown parts drop out and the weights renormalise):
 * - seniority 0.5: the rubric's authority (role-rules AUTHORITY: C-level/owner 1, VP 0.9, director 0.75, head 0.7,
 *   manager 0.55, senior 0.4, professional 0.3, junior 0.15);
 * - function relevance 0.25: the rules' function match (buying 1, gatekeeper / general management 0.8, adjacent 0.6);
 * - reporting depth 0.15 (when known): 1 at the top, −0.2 per level below (0 from five levels down);
 * - network 0.1 (when known): max(connections / 500, followers / 10,000) on a log scale.
 *
 * priority (1 = contact first, 10 = last): role base (decision_maker 1, champion 2, blocker 4, stakeholder 5,
 * introducer 6) + floor((100 − influence) / 30) + 1 when the confidence is below 50; clamped to 1..10.
 */
import type { BuyerGroupRole } from '../../discovery/domain/buyer-group-role.js';
import { AUTHORITY } from '../../classification/domain/role-rules.js';
import type { SeniorityLevel } from '../../classification/domain/title-taxonomy.js';

export const INFLUENCE_WEIGHTS = { seniority: 0.5, function: 0.25, depth: 0.15, network: 0.1 } as const;
export const PRIORITY_BASE: Readonly<Record<BuyerGroupRole, number>> = {
  decision_maker: 1,
  champion: 2,
  blocker: 4,
  stakeholder: 5,
  introducer: 6,
};

export interface InfluenceInput {
  seniority: SeniorityLevel;
  /** 0–1 */
  functionMatch: number;
  /** 0 = top of the company; null = unknown */
  reportingDepth?: number | null;
  connections?: number | null;
  followers?: number | null;
}

const log01 = (x: number, full: number): number => Math.min(1, Math.log10(Math.max(0, x) + 1) / Math.log10(full + 1));

export function networkReach(connections: number | null | undefined, followers: number | null | undefined): number | null {
  const parts: number[] = [];
  if (connections !== null && connections !== undefined && Number.isFinite(connections)) parts.push(log01(connections, 500));
  if (followers !== null && followers !== undefined && Number.isFinite(followers)) parts.push(log01(followers, 10_000));
  return parts.length > 0 ? Math.max(...parts) : null;
}

export function influenceScore(input: InfluenceInput): number {
  const W = INFLUENCE_WEIGHTS;
  let sum = W.seniority * AUTHORITY[input.seniority] + W.function * Math.max(0, Math.min(1, input.functionMatch));
  let weight = W.seniority + W.function;
  if (input.reportingDepth !== null && input.reportingDepth !== undefined && Number.isFinite(input.reportingDepth)) {
    sum += W.depth * Math.max(0, 1 - 0.2 * input.reportingDepth);
    weight += W.depth;
  }
  const reach = networkReach(input.connections, input.followers);
  if (reach !== null && reach !== undefined) {
    sum += W.network * reach;
    weight += W.network;
  }
  return Math.round((100 * sum) / weight);
}

export function priorityOf(role: BuyerGroupRole, influence: number, confidence: number): number {
  const p = PRIORITY_BASE[role] + Math.floor((100 - Math.max(0, Math.min(100, influence))) / 30) + (confidence < 50 ? 1 : 0);
  return Math.max(1, Math.min(10, p));
}
