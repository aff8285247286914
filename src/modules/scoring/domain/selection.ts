/**
 * Chooses the buyer group from classified candidates (PRODUCT.md §1, §2, §6 "human overrides that stick").
 *
 * Order of work:
 * 1. Never non-current people (verification gate), never persons the user excluded; even a pinned member who is no
 *    longer current is dropped (reported with `pinned: true` so the caller can emit a left-company alert).
 * 2. De-duplicate the same person: same personId, same provider parent_id, same LinkedIn profile or same e-mail.
 *    The best record is kept (pinned first, then a verified record over a preview, then confidence).
 * 3. User-set roles replace the classified role ("role set by user").
 * 4. Pinned members are kept, whatever the quotas.
 * 5. Per role (decision_maker, champion, blocker, stakeholder, introducer): best candidates first, ranked by
 *    0.75 × confidence + 0.25 × influence, up to the role's target, only eligible ones (confidence ≥ 40). When the
 *    role is still below its minimum, weaker candidates fill it, and so do candidates whose runner-up role it is
 *    (e.g. a Head of Sales promoted to decision maker when the company has no VP Sales) — reasons say so.
 * 6. Cross-functional coverage (sizing.coverageAreas): when no member covers technical / financial / risk, the best
 *    eligible candidate of that area is added (up to the size range's maximum).
 * 7. Spill-over: while the group is below its target, the best remaining eligible candidates join, each role up to
 *    its quota maximum.
 * Unfilled quotas (role below its target) are reported.
 */
import type { BuyerGroupRole } from '../../discovery/domain/buyer-group-role.js';
import type { ClassifiedCandidate } from '../../classification/domain/role-classifier.js';
import { COVERAGE_AREA_FUNCTIONS, type GroupSizing } from './sizing.js';
import { influenceScore, priorityOf } from './influence.js';

export const MIN_ELIGIBLE_CONFIDENCE = 40;
/** A runner-up role score (0–1) at or above this may be used to fill an empty minimum quota. */
export const MIN_PROMOTION_SCORE = 0.2;
export const RANK_WEIGHTS = { confidence: 0.75, influence: 0.25 } as const;
const FILL_ORDER: readonly BuyerGroupRole[] = ['decision_maker', 'champion', 'blocker', 'stakeholder', 'introducer'];

export interface UserOverrides {
  /** personIds the user pinned: kept in the group whatever the quotas (if still current) */
  pinned?: readonly string[];
  /** personIds the user excluded: never selected */
  excluded?: readonly string[];
  /** roles the user set: kept */
  roles?: Readonly<Record<string, BuyerGroupRole>>;
}

export interface SelectedMember {
  candidate: ClassifiedCandidate;
  personId: string;
  role: BuyerGroupRole;
  /** 0–100 */
  confidence: number;
  influenceScore: number;
  priority: number;
  reasons: string[];
  pinned: boolean;
  roleSetByUser: boolean;
}

export interface DroppedCandidate {
  personId: string;
  reason: 'not_current' | 'excluded_by_user' | 'duplicate';
  detail: string;
  pinned: boolean;
}

export interface UnfilledQuota {
  role: BuyerGroupRole;
  wanted: number;
  found: number;
}

export interface SelectionResult {
  members: SelectedMember[];
  composition: Record<BuyerGroupRole, number>;
  unfilled: UnfilledQuota[];
  dropped: DroppedCandidate[];
  /** coverage areas the group could not cover */
  uncoveredAreas: string[];
}

export interface SelectionInput {
  candidates: readonly ClassifiedCandidate[];
  sizing: GroupSizing;
  overrides?: UserOverrides;
  minConfidence?: number;
}

interface Entry {
  c: ClassifiedCandidate;
  role: BuyerGroupRole;
  confidence: number;
  influence: number;
  pinned: boolean;
  roleSetByUser: boolean;
  extra: string[];
}

const rankOf = (confidence: number, influence: number): number => RANK_WEIGHTS.confidence * confidence + RANK_WEIGHTS.influence * influence;
const byRank = (a: Entry, b: Entry): number => rankOf(b.confidence, b.influence) - rankOf(a.confidence, a.influence) || a.c.personId.localeCompare(b.c.personId);

function identityKeys(c: ClassifiedCandidate): string[] {
  const keys = [`p:${c.personId}`];
  if (c.identity.parentId) keys.push(`parent:${c.identity.parentId}`);
  if (c.identity.linkedin) keys.push(`li:${c.identity.linkedin}`);
  if (c.identity.email) keys.push(`em:${c.identity.email}`);
  return keys;
}

export function selectBuyerGroup(input: SelectionInput): SelectionResult {
  const { sizing } = input;
  const minConfidence = input.minConfidence ?? MIN_ELIGIBLE_CONFIDENCE;
  const pinned = new Set(input.overrides?.pinned ?? []);
  const excluded = new Set(input.overrides?.excluded ?? []);
  const userRoles = input.overrides?.roles ?? {};
  const dropped: DroppedCandidate[] = [];

  // 1. gates
  const pool: ClassifiedCandidate[] = [];
  for (const c of input.candidates) {
    if (!c.signals.verification.current) {
      dropped.push({ personId: c.personId, reason: 'not_current', detail: c.signals.verification.reasons[0] ?? 'not a current employee', pinned: pinned.has(c.personId) });
    } else if (excluded.has(c.personId)) {
      dropped.push({ personId: c.personId, reason: 'excluded_by_user', detail: 'excluded by user', pinned: pinned.has(c.personId) });
    } else pool.push(c);
  }

  // 2. de-duplication
  const preference = (c: ClassifiedCandidate): number => (pinned.has(c.personId) ? 1000 : 0) + (c.signals.verification.status === 'verified' ? 200 : 0) + c.confidence;
  pool.sort((a, b) => preference(b) - preference(a) || a.personId.localeCompare(b.personId));
  const owner = new Map<string, string>();
  const entries: Entry[] = [];
  for (const c of pool) {
    const keys = identityKeys(c);
    const dupOf = keys.map((k) => owner.get(k)).find((x) => x !== null && x !== undefined);
    if (dupOf !== null && dupOf !== undefined) {
      dropped.push({ personId: c.personId, reason: 'duplicate', detail: `same person as ${dupOf}`, pinned: pinned.has(c.personId) });
      continue;
    }
    for (const k of keys) owner.set(k, c.personId);
    // 3. user roles
    const userRole = userRoles[c.personId];
    const influence = influenceScore({
      seniority: c.seniorityLevel,
      functionMatch: c.signals.rules.functionMatch,
      reportingDepth: c.reportingDepth,
      connections: c.network.connections,
      followers: c.network.followers,
    });
    entries.push({
      c,
      role: userRole ?? c.role,
      confidence: c.confidence,
      influence,
      pinned: pinned.has(c.personId),
      roleSetByUser: userRole !== null && userRole !== undefined,
      extra: userRole !== null && userRole !== undefined && userRole !== c.role ? [`role set by user (classified as ${c.role})`] : userRole !== null && userRole !== undefined ? ['role confirmed by user'] : [],
    });
  }

  const chosen = new Map<string, Entry>();
  const count = (r: BuyerGroupRole): number => [...chosen.values()].filter((e) => e.role === r).length;
  const add = (e: Entry, why?: string): void => {
    if (why) e.extra.push(why);
    chosen.set(e.c.personId, e);
  };

  // 4. pinned
  for (const e of entries) if (e.pinned) add(e, 'pinned by user');

  // 5. quotas
  for (const role of FILL_ORDER) {
    const q = sizing.quotas[role];
    const natural = entries.filter((e) => !chosen.has(e.c.personId) && e.role === role).sort(byRank);
    for (const e of natural) {
      if (count(role) >= q.target) break;
      if (e.confidence >= minConfidence) add(e);
    }
    if (count(role) >= q.min) continue;
    // below the minimum: weaker natural candidates and runner-ups compete on their score for this role
    const fallback: { e: Entry; score: number; promoted: boolean }[] = [];
    for (const e of entries) {
      if (chosen.has(e.c.personId)) continue;
      if (e.role === role) fallback.push({ e, score: e.c.scores[role] ?? e.confidence / 100, promoted: false });
      else if (!e.roleSetByUser && (e.c.scores[role] ?? 0) >= MIN_PROMOTION_SCORE) fallback.push({ e, score: e.c.scores[role]!, promoted: true });
    }
    fallback.sort((a, b) => b.score - a.score || b.e.influence - a.e.influence || a.e.c.personId.localeCompare(b.e.c.personId));
    for (const f of fallback) {
      if (count(role) >= q.min) break;
      if (f.promoted) {
        const from = f.e.role;
        const own = f.e.c.scores[from] ?? 0;
        f.e.confidence = Math.round(own > 0 ? (f.e.confidence * f.score) / own : f.e.confidence);
        f.e.role = role;
        add(f.e, `promoted from ${from} to ${role}: no stronger ${role} found`);
      } else add(f.e, f.e.confidence < minConfidence ? `weak candidate: fills the only ${role} seat` : undefined);
    }
  }

  // 6. cross-functional coverage
  const uncoveredAreas: string[] = [];
  for (const area of sizing.coverageAreas) {
    const fns = COVERAGE_AREA_FUNCTIONS[area];
    if ([...chosen.values()].some((e) => fns.includes(e.c.function))) continue;
    const pick = entries
      .filter((e) => !chosen.has(e.c.personId) && fns.includes(e.c.function) && e.confidence >= minConfidence && count(e.role) < sizing.quotas[e.role].max)
      .sort(byRank)[0];
    if (pick && chosen.size < sizing.range.max) add(pick, `added for ${area} coverage`);
    else uncoveredAreas.push(area);
  }

  // 7. spill-over up to the target
  const rest = entries.filter((e) => !chosen.has(e.c.personId) && e.confidence >= minConfidence).sort(byRank);
  for (const e of rest) {
    if (chosen.size >= sizing.target) break;
    if (count(e.role) < sizing.quotas[e.role].max) add(e, `fills an open seat (group below its target of ${sizing.target})`);
  }

  const members: SelectedMember[] = [...chosen.values()]
    .map((e) => ({
      candidate: e.c,
      personId: e.c.personId,
      role: e.role,
      confidence: e.confidence,
      influenceScore: e.influence,
      priority: priorityOf(e.role, e.influence, e.confidence),
      reasons: [...e.c.reasons, ...e.extra, `influence ${e.influence}`],
      pinned: e.pinned,
      roleSetByUser: e.roleSetByUser,
    }))
    .sort((a, b) => a.priority - b.priority || b.influenceScore - a.influenceScore || a.personId.localeCompare(b.personId));
  const composition = { decision_maker: 0, champion: 0, stakeholder: 0, blocker: 0, introducer: 0 } as Record<BuyerGroupRole, number>;
  for (const m of members) composition[m.role]++;
  const unfilled: UnfilledQuota[] = FILL_ORDER.filter((r) => composition[r] < sizing.quotas[r].target).map((r) => ({ role: r, wanted: sizing.quotas[r].target, found: composition[r] }));
  return { members, composition, unfilled, dropped, uncoveredAreas };
}
