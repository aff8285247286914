/**
 * Multi-signal role classification (PRODUCT.md §5.2): title rules + AI opinion + verification → one role per person,
 * a confidence 0–100 and human-readable reasons.
 *
 * Weights (SIGNAL_WEIGHTS): rules 0.6, AI 0.3, verification 0.1.
 * - Role choice: for every role r, combined(r) = (0.6·rules(r) + 0.3·ai(r)) / 0.9, where ai(r) is the AI's confidence
 *   when it named r and 0 otherwise; the highest combined score wins. Hard rules override the AI: C-level is never
 *   an introducer, an assistant-to is never a decision maker, board members, interns and non-current people are
 *   never members. An AI `not_relevant` ≥ 0.7 rejects a person whose rules score is below 0.6.
 * - Confidence = 100 × (0.6·rules(role) + 0.3·ai(role) + 0.1·verification).
 * - No AI (port unavailable, or no opinion for this person): the weights renormalise over the remaining signals
 *   (rules 0.6/0.7 ≈ 0.857, verification 0.1/0.7 ≈ 0.143) and the confidence is multiplied by NO_AI_FACTOR (0.85):
 *   one opinion is less sure than two that agree. The result says `ai.available: false` with the reason.
 *
 * Pure: the caller passes `now`; `classifyWithAi` only awaits the port it is given.
 */
import type { BuyerGroupRole } from '../../discovery/domain/buyer-group-role.js';
import type { EmailStatus, EmployeePreview, EmployeeRecord, ManagementLevel } from '../../enrichment/domain/coresignal-records.js';
import type { AiRoleInput, AiRoleOpinion, AiRoleSignalPort, AiRoleSignalResult, SellerProfile } from './ai-role-signal.js';
import { applyRoleRules, companySizeBand, type CompanySizeBand, type RoleRuleSignal } from './role-rules.js';
import { resolveSellerProfile, type SellerCategoryProfile } from './seller-profiles.data.js';
import { normalizeTitle } from './title-normalizer.js';
import type { NormalizedTitle, SeniorityLevel, TitleFunction } from './title-taxonomy.js';
import { verifyEmployee, verifyPreview, type VerificationSignal } from './verification.js';

export const SIGNAL_WEIGHTS = { rules: 0.6, ai: 0.3, verification: 0.1 } as const;
export const NO_AI_FACTOR = 0.85;
/** AI `not_relevant` at or above this confidence rejects a person whose rules score is below REJECT_RULES_BELOW. */
export const AI_REJECT_CONFIDENCE = 0.7;
export const AI_REJECT_RULES_BELOW = 0.6;

/** One person to classify: a collected record, a search preview, or both (the preview it was found by). */
export interface Candidate {
  personId: string;
  record?: EmployeeRecord | null;
  preview?: EmployeePreview | null;
}

export interface ClassificationCompany {
  /** provider id of the target company (CompanyRecord.id) */
  id: number | string;
  name: string;
  employeeCount?: number | null;
  industry?: string | null;
}

export interface ClassificationContext {
  seller: SellerProfile;
  company: ClassificationCompany;
  now: Date | number;
}

export interface ClassifiedCandidate {
  personId: string;
  name: string;
  title: string;
  department: string | null;
  function: TitleFunction;
  seniorityLevel: SeniorityLevel;
  role: BuyerGroupRole;
  /** 0–100 */
  confidence: number;
  /** combined role scores 0–1 (the chosen role's included), for promotion when a quota stays empty */
  scores: Partial<Record<BuyerGroupRole, number>>;
  reasons: string[];
  signals: { rules: RoleRuleSignal; verification: VerificationSignal; ai: AiRoleOpinion | null };
  contact: { email: string | null; emailStatus: EmailStatus | null; linkedin: string | null; location: string | null };
  /** keys the selection de-duplicates on */
  identity: { parentId: string | null; linkedin: string | null; email: string | null };
  network: { connections: number | null; followers: number | null };
  /** provider id of the manager (local dataset), and the depth below the top when the chain resolves among the candidates */
  reportsToId: string | null;
  reportingDepth: number | null;
}

export interface RejectedCandidate {
  personId: string;
  name: string;
  title: string;
  kind: 'not_current' | 'excluded' | 'not_relevant';
  reason: string;
}

export interface ClassificationResult {
  classified: ClassifiedCandidate[];
  rejected: RejectedCandidate[];
  ai: { available: true } | { available: false; reason: string };
  seller: { profile: SellerCategoryProfile; known: boolean };
  band: CompanySizeBand;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

interface Extracted {
  name: string;
  title: string;
  department: string | null;
  managementLevel: ManagementLevel | null;
  connections: number | null;
  followers: number | null;
}

function extract(c: Candidate): Extracted {
  const r = c.record ?? null;
  const p = c.preview ?? null;
  return {
    name: r?.full_name ?? p?.full_name ?? '',
    title: r?.active_experience_title ?? p?.active_experience_title ?? r?.headline ?? p?.headline ?? '',
    department: r?.active_experience_department ?? p?.active_experience_department ?? null,
    managementLevel: r?.active_experience_management_level ?? p?.active_experience_management_level ?? null,
    connections: r?.connections_count ?? p?.connections_count ?? null,
    followers: r?.followers_count ?? p?.followers_count ?? null,
  };
}

function normalizeLinkedIn(url: string | null | undefined): string | null {
  if (!url) return null;
  const m = /linkedin\.com\/in\/([^/?#]+)/i.exec(url);
  return m ? m[1]!.toLowerCase() : url.trim().toLowerCase().replace(/\/+$/, '');
}

function verify(c: Candidate, ctx: ClassificationContext): VerificationSignal {
  const target = { id: ctx.company.id, name: ctx.company.name };
  if (c.record) return verifyEmployee(c.record, target, ctx.now, c.preview);
  if (c.preview) return verifyPreview(c.preview, target);
  return { current: false, status: 'not_current', notCurrentReason: 'no_active_experience', score: 0, freshness: 0, ageDays: null, agreement: null, reasons: ['no record'] };
}

/** Depth of each candidate below the top of the reporting tree, when the chain resolves among the given records. */
export function reportingDepths(records: readonly Pick<EmployeeRecord, 'id' | 'reports_to_id'>[]): Map<string, number> {
  const manager = new Map<string, string | null>();
  for (const r of records) if (r.reports_to_id !== undefined) manager.set(String(r.id), r.reports_to_id === null || r.reports_to_id === undefined ? null : String(r.reports_to_id));
  const depth = new Map<string, number>();
  const resolve = (id: string): number | null => {
    const known = depth.get(id);
    if (known !== null && known !== undefined) return known;
    const path: string[] = [];
    let cur: string | null | undefined = id;
    while (cur !== null && cur !== undefined && !depth.has(cur)) {
      if (!manager.has(cur) || path.includes(cur) || path.length > 64) return null;
      path.push(cur);
      cur = manager.get(cur);
    }
    let d = cur === null || cur === undefined ? -1 : depth.get(cur)!;
    for (let i = path.length - 1; i >= 0; i--) depth.set(path[i]!, ++d);
    return depth.get(id) ?? null;
  };
  for (const id of manager.keys()) resolve(id);
  return depth;
}

interface Prepared {
  candidate: Candidate;
  x: Extracted;
  title: NormalizedTitle;
  rules: RoleRuleSignal;
  verification: VerificationSignal;
}

function prepare(candidates: readonly Candidate[], ctx: ClassificationContext, profile: SellerCategoryProfile, band: CompanySizeBand): { prepared: Prepared[]; rejected: RejectedCandidate[] } {
  const prepared: Prepared[] = [];
  const rejected: RejectedCandidate[] = [];
  for (const candidate of candidates) {
    const x = extract(candidate);
    const verification = verify(candidate, ctx);
    if (!verification.current) {
      rejected.push({ personId: candidate.personId, name: x.name, title: x.title, kind: 'not_current', reason: verification.reasons[0] ?? 'not a current employee' });
      continue;
    }
    const title = normalizeTitle(x.title);
    const rules = applyRoleRules({ title, department: x.department, managementLevel: x.managementLevel, connections: x.connections }, profile, band);
    if (rules.excluded) {
      rejected.push({ personId: candidate.personId, name: x.name, title: x.title, kind: 'excluded', reason: rules.excluded });
      continue;
    }
    prepared.push({ candidate, x, title, rules, verification });
  }
  return { prepared, rejected };
}

/** Whom the AI should judge: current, not excluded, and either relevant to the rules or with a title the rules cannot read. */
function needsAi(p: Prepared): boolean {
  return p.rules.role !== null || p.rules.function === 'other';
}

/** The AI port's input for these candidates (current and possibly relevant people only: fewer tokens). */
export function aiInputsFor(candidates: readonly Candidate[], ctx: ClassificationContext): AiRoleInput[] {
  const { profile } = resolveSellerProfile(ctx.seller.solutionCategory);
  const band = companySizeBand(ctx.company.employeeCount);
  return prepare(candidates, ctx, profile, band).prepared.filter(needsAi).map((p) => ({
    personId: p.candidate.personId,
    title: p.x.title,
    ...(p.x.department ? { department: p.x.department } : {}),
    seniority: p.rules.seniority,
  }));
}

const ROLE_ORDER: readonly BuyerGroupRole[] = ['decision_maker', 'champion', 'blocker', 'stakeholder', 'introducer'];

/**
 * Classifies candidates with the rules and verification signals, and the AI's opinions when given
 * (`ai` null/undefined or `{ available: false }` → classification without AI, said so in the result).
 */
export function classifyCandidates(candidates: readonly Candidate[], ctx: ClassificationContext, ai?: AiRoleSignalResult | null): ClassificationResult {
  const { profile, known } = resolveSellerProfile(ctx.seller.solutionCategory);
  const band = companySizeBand(ctx.company.employeeCount);
  const { prepared, rejected } = prepare(candidates, ctx, profile, band);
  const aiState: ClassificationResult['ai'] = ai?.available ? { available: true } : { available: false, reason: ai && !ai.available ? ai.reason : 'no AI signal configured' };
  const opinions = new Map<string, AiRoleOpinion>();
  if (ai?.available) for (const o of ai.opinions) opinions.set(o.personId, o);

  const depths = reportingDepths(candidates.flatMap((c) => (c.record ? [c.record] : [])));
  const classified: ClassifiedCandidate[] = [];
  const W = SIGNAL_WEIGHTS;

  for (const p of prepared) {
    const { rules, verification, x, candidate, title } = p;
    const top = rules.seniority === 'c_level' || rules.seniority === 'owner';
    const forbidden = new Set<BuyerGroupRole>();
    if (top) forbidden.add('introducer');
    if (title.flags.assistantTo) forbidden.add('decision_maker');

    const rawOpinion = opinions.get(candidate.personId) ?? null;
    const opinion = rawOpinion ? { ...rawOpinion, confidence: Math.min(1, Math.max(0, Number.isFinite(rawOpinion.confidence) ? rawOpinion.confidence : 0)) } : null;
    const aiOf = (r: BuyerGroupRole): number => (opinion && opinion.role === r ? opinion.confidence : 0);

    // AI veto of weak rule candidates
    if (opinion && opinion.role === 'not_relevant' && opinion.confidence >= AI_REJECT_CONFIDENCE && rules.score < AI_REJECT_RULES_BELOW) {
      rejected.push({ personId: candidate.personId, name: x.name, title: x.title, kind: 'not_relevant', reason: `AI: not relevant (${opinion.confidence.toFixed(2)}): ${opinion.reasoning}` });
      continue;
    }

    const scores: Partial<Record<BuyerGroupRole, number>> = {};
    let role: BuyerGroupRole | null = null;
    let bestScore = 0;
    for (const r of ROLE_ORDER) {
      if (forbidden.has(r)) continue;
      const s = opinion ? (W.rules * (rules.scores[r] ?? 0) + W.ai * aiOf(r)) / (W.rules + W.ai) : (rules.scores[r] ?? 0);
      if (s <= 0) continue;
      scores[r] = round2(s);
      if (s > bestScore) {
        bestScore = s;
        role = r;
      }
    }
    if (!role) {
      rejected.push({ personId: candidate.personId, name: x.name, title: x.title, kind: 'not_relevant', reason: rules.reasons[rules.reasons.length - 1] ?? 'no buyer-group role for this seller' });
      continue;
    }

    const rulesPart = rules.scores[role] ?? 0;
    let confidence: number;
    let formula: string;
    if (opinion) {
      confidence = 100 * (W.rules * rulesPart + W.ai * aiOf(role) + W.verification * verification.score);
      formula = `confidence = rules ${W.rules}×${rulesPart.toFixed(2)} + AI ${W.ai}×${aiOf(role).toFixed(2)} + verification ${W.verification}×${verification.score.toFixed(2)}`;
    } else {
      const wr = W.rules / (W.rules + W.verification);
      const wv = W.verification / (W.rules + W.verification);
      confidence = 100 * NO_AI_FACTOR * (wr * rulesPart + wv * verification.score);
      formula = `confidence = ${NO_AI_FACTOR} × (rules ${wr.toFixed(3)}×${rulesPart.toFixed(2)} + verification ${wv.toFixed(3)}×${verification.score.toFixed(2)}) (no AI)`;
    }

    const reasons = [...rules.reasons];
    if (role !== rules.role) reasons.push(`role ${role} chosen over rules' ${rules.role ?? 'none'} by the AI opinion`);
    reasons.push(...verification.reasons);
    if (opinion) {
      if (opinion.role === role) reasons.push(`AI agreed: ${opinion.role} ${opinion.confidence.toFixed(2)}${opinion.reasoning ? ` (${opinion.reasoning})` : ''}`);
      else reasons.push(`AI suggested ${opinion.role} ${opinion.confidence.toFixed(2)}${opinion.reasoning ? ` (${opinion.reasoning})` : ''}`);
    } else {
      reasons.push(ai?.available ? 'no AI opinion for this person' : `AI unavailable (${aiState.available ? '' : aiState.reason}): rules and verification only`);
    }
    reasons.push(formula);

    const r = candidate.record ?? null;
    const pv = candidate.preview ?? null;
    const email = r?.primary_professional_email ?? null;
    const linkedin = r?.professional_network_url ?? pv?.professional_network_url ?? null;
    const id = r ? String(r.id) : pv ? String(pv.id) : null;
    classified.push({
      personId: candidate.personId,
      name: x.name,
      title: x.title,
      department: x.department,
      function: rules.function,
      seniorityLevel: rules.seniority,
      role,
      confidence: Math.round(Math.max(0, Math.min(100, confidence))),
      scores,
      reasons,
      signals: { rules, verification, ai: opinion },
      contact: { email, emailStatus: r?.primary_professional_email_status ?? null, linkedin, location: r?.location_full ?? pv?.location_full ?? null },
      identity: { parentId: r?.parent_id !== null && r?.parent_id !== undefined ? String(r.parent_id) : null, linkedin: normalizeLinkedIn(linkedin), email: email ? email.trim().toLowerCase() : null },
      network: { connections: x.connections, followers: x.followers },
      reportsToId: r?.reports_to_id !== null && r?.reports_to_id !== undefined ? String(r.reports_to_id) : null,
      reportingDepth: id !== null && id !== undefined ? (depths.get(id) ?? null) : null,
    });
  }
  return { classified, rejected, ai: aiState, seller: { profile, known }, band };
}

/**
 * Asks the AI port (when given) about the relevant candidates, then classifies. Any port failure (thrown error,
 * `available: false`) falls back to classification without AI and says why.
 */
export async function classifyWithAi(candidates: readonly Candidate[], ctx: ClassificationContext, port?: AiRoleSignalPort | null): Promise<ClassificationResult> {
  if (!port) return classifyCandidates(candidates, ctx, { available: false, reason: 'no AI key configured' });
  const inputs = aiInputsFor(candidates, ctx);
  if (inputs.length === 0) return classifyCandidates(candidates, ctx, { available: true, opinions: [] });
  let result: AiRoleSignalResult;
  try {
    result = await port.classify(inputs, ctx.seller, {
      name: ctx.company.name,
      ...(ctx.company.employeeCount !== null && ctx.company.employeeCount !== undefined ? { employeeCount: ctx.company.employeeCount } : {}),
      ...(ctx.company.industry ? { industry: ctx.company.industry } : {}),
    });
  } catch (e) {
    result = { available: false, reason: `AI call failed: ${e instanceof Error ? e.message : String(e)}` };
  }
  return classifyCandidates(candidates, ctx, result);
}
