/**
 * Adaptive sizing (PRODUCT.md §2): how big the buyer group should be, how its seats split over the five roles, and
 * whether gatekeepers (blockers) and cross-functional coverage are required.
 *
 * Size range by total headcount: enterprise 10,000+ → 12–18; large 1,000–9,999 → 8–15; mid-market 500–999 → 6–12;
 * SMB 100–499 → 4–8; small 10–99 → 3–6; micro < 10 → 1–3. Everything is capped by MAX_BUYER_GROUP_SIZE (a parameter,
 * default 18).
 *
 * Deal-size hint (`DealSize`, see `dealSizeOf`): 'small' (< $25k ACV), 'medium' ($25k–100k, the default when no hint
 * is given), 'large' ($100k–500k), 'enterprise' (≥ $500k). Numbers are USD annual contract value; strings may also
 * be "$50k", "1.2m", "smb", "mid-market"….
 * - Target size inside the range: small → the minimum; medium → the midpoint; large → three quarters; enterprise →
 *   the maximum.
 * - Gatekeepers (blocker seats): small deals have none; medium deals have one from SMB size up; large deals one or
 *   two; enterprise deals two.
 * - Cross-functional coverage as the deal grows: medium → risk (legal/procurement/security); large → risk +
 *   technical (IT/engineering/security); enterprise → risk + technical + financial (finance).
 *
 * Role quotas scale with the target T (each `target`; `min` is what the selection fills even from weak candidates;
 * `max` is how far a role may grow when other roles lack candidates):
 * decision_maker round(T/5) in 1..3; blocker round(T/8) in 1..2 when gatekeepers are in (else 0);
 * introducer round(T/7) in 0..3 (none below 4 seats); champion round(T/4) in 1..5; stakeholder the rest in 0..8
 * (overflow goes back to champions, then decision makers). Maxima follow the rubric's large-company counts:
 * decision_maker 3, champion 5, stakeholder 8, blocker 2, introducer 3.
 */
import type { BuyerGroupRole } from '../../discovery/domain/buyer-group-role.js';
import { companySizeBand, type CompanySizeBand } from '../../classification/domain/role-rules.js';
import type { TitleFunction } from '../../classification/domain/title-taxonomy.js';

export { companySizeBand, type CompanySizeBand };

export const DEFAULT_MAX_BUYER_GROUP_SIZE = 18;

export const DEAL_SIZES = ['small', 'medium', 'large', 'enterprise'] as const;
export type DealSize = (typeof DEAL_SIZES)[number];

/** USD annual contract value thresholds: below 25k small, below 100k medium, below 500k large, else enterprise. */
export const DEAL_SIZE_USD: Readonly<Record<Exclude<DealSize, 'enterprise'>, number>> = { small: 25_000, medium: 100_000, large: 500_000 };

export const SIZE_RANGES: Readonly<Record<CompanySizeBand, { min: number; max: number }>> = {
  micro: { min: 1, max: 3 },
  small: { min: 3, max: 6 },
  smb: { min: 4, max: 8 },
  mid_market: { min: 6, max: 12 },
  large: { min: 8, max: 15 },
  enterprise: { min: 12, max: 18 },
};

/** Where in the size range the target sits, per deal size (0 = min, 1 = max). */
const DEAL_POSITION: Readonly<Record<DealSize, number>> = { small: 0, medium: 0.5, large: 0.75, enterprise: 1 };

export const ROLE_MAX: Readonly<Record<BuyerGroupRole, number>> = {
  decision_maker: 3,
  champion: 5,
  stakeholder: 8,
  blocker: 2,
  introducer: 3,
};

export type CoverageArea = 'technical' | 'financial' | 'risk';

/** The functions that cover each cross-functional area. */
export const COVERAGE_AREA_FUNCTIONS: Readonly<Record<CoverageArea, readonly TitleFunction[]>> = {
  technical: ['it', 'engineering', 'security'],
  financial: ['finance'],
  risk: ['legal', 'procurement', 'security'],
};

export interface RoleQuota {
  min: number;
  target: number;
  max: number;
}

export interface GroupSizing {
  band: CompanySizeBand;
  dealSize: DealSize;
  range: { min: number; max: number };
  target: number;
  quotas: Record<BuyerGroupRole, RoleQuota>;
  includeGatekeepers: boolean;
  coverageAreas: CoverageArea[];
  reasons: string[];
}

export interface SizingInput {
  employeeCount?: number | null;
  dealSize?: string | number | null;
  /** MAX_BUYER_GROUP_SIZE (default 18) */
  maxGroupSize?: number;
}

/** Reads a deal-size hint: a DealSize name, a synonym, or a USD amount ("$50k", "1.2m", 80000). Unknown → null. */
export function dealSizeOf(hint: string | number | null | undefined): DealSize | null {
  if (hint === null || hint === undefined) return null;
  let usd: number | null = null;
  if (typeof hint === 'number') usd = hint;
  else {
    const s = hint.trim().toLowerCase();
    if (s === '') return null;
    if ((DEAL_SIZES as readonly string[]).includes(s)) return s as DealSize;
    const synonyms: Record<string, DealSize> = {
      smb: 'small', low: 'small', xs: 'small', s: 'small',
      mid: 'medium', 'mid-market': 'medium', mid_market: 'medium', midmarket: 'medium', m: 'medium', average: 'medium',
      high: 'large', l: 'large', big: 'large',
      xl: 'enterprise', strategic: 'enterprise', 'very large': 'enterprise', very_large: 'enterprise',
    };
    if (synonyms[s]) return synonyms[s];
    const m = /^(?:usd\s*)?\$?\s*([\d.,]+)\s*([km])?\b/.exec(s);
    if (m) {
      const n = Number(m[1]!.replace(/,/g, ''));
      if (Number.isFinite(n)) usd = n * (m[2] === 'k' ? 1_000 : m[2] === 'm' ? 1_000_000 : 1);
    }
  }
  if (usd === null || usd === undefined || !Number.isFinite(usd) || usd < 0) return null;
  if (usd < DEAL_SIZE_USD.small) return 'small';
  if (usd < DEAL_SIZE_USD.medium) return 'medium';
  if (usd < DEAL_SIZE_USD.large) return 'large';
  return 'enterprise';
}

const clamp = (x: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, x));

/** Role quotas for a group of `target` seats. */
export function roleQuotas(target: number, includeGatekeepers: boolean, gatekeeperSeats = 1): Record<BuyerGroupRole, RoleQuota> {
  const T = Math.max(0, Math.floor(target));
  if (T === 0) {
    const zero = { min: 0, target: 0, max: 0 };
    return { decision_maker: zero, champion: zero, stakeholder: zero, blocker: zero, introducer: zero };
  }
  const dm = clamp(Math.round(T / 5), 1, ROLE_MAX.decision_maker);
  const blocker = includeGatekeepers && T >= 3 ? clamp(gatekeeperSeats, 1, ROLE_MAX.blocker) : 0;
  const introducer = T >= 4 ? clamp(Math.round(T / 7), 1, ROLE_MAX.introducer) : 0;
  let champion = T >= 2 ? clamp(Math.round(T / 4), 1, ROLE_MAX.champion) : 0;
  let stakeholder = T - dm - blocker - introducer - champion;
  let dmT = dm;
  if (stakeholder > ROLE_MAX.stakeholder) {
    let extra = stakeholder - ROLE_MAX.stakeholder;
    stakeholder = ROLE_MAX.stakeholder;
    const c = Math.min(extra, ROLE_MAX.champion - champion);
    champion += c;
    extra -= c;
    dmT = Math.min(ROLE_MAX.decision_maker, dmT + extra);
  }
  stakeholder = Math.max(0, stakeholder);
  const q = (min: number, t: number, role: BuyerGroupRole, allowed = true): RoleQuota => ({
    min: Math.min(min, t),
    target: t,
    max: allowed ? Math.max(t, Math.min(ROLE_MAX[role], t + Math.max(1, Math.ceil(T / 6)))) : 0,
  });
  return {
    decision_maker: q(1, dmT, 'decision_maker'),
    champion: q(1, champion, 'champion'),
    stakeholder: q(0, stakeholder, 'stakeholder', T >= 3),
    blocker: q(includeGatekeepers ? 1 : 0, blocker, 'blocker', includeGatekeepers),
    introducer: q(0, introducer, 'introducer', T >= 4),
  };
}

/** The group's size plan for a company of `employeeCount` people and an optional deal-size hint. */
export function planGroupSize(input: SizingInput): GroupSizing {
  const reasons: string[] = [];
  const band = companySizeBand(input.employeeCount);
  const cap = Math.max(1, Math.floor(input.maxGroupSize ?? DEFAULT_MAX_BUYER_GROUP_SIZE));
  const parsed = dealSizeOf(input.dealSize ?? null);
  const dealSize: DealSize = parsed ?? 'medium';
  if (input.dealSize !== null && input.dealSize !== undefined && !parsed) reasons.push(`deal size '${String(input.dealSize)}' not understood: medium assumed`);
  const base = SIZE_RANGES[band];
  const range = { min: Math.min(base.min, cap), max: Math.min(base.max, cap) };
  const target = Math.round(range.min + DEAL_POSITION[dealSize] * (range.max - range.min));
  reasons.push(
    `${input.employeeCount === null || input.employeeCount === undefined ? 'unknown headcount (SMB assumed)' : `${input.employeeCount} employees`} → ${band.replace('_', '-')}: ${base.min}–${base.max} members${cap < base.max ? ` (capped at ${cap})` : ''}`,
  );
  reasons.push(`${dealSize} deal → target ${target}`);

  const bandRank = ['micro', 'small', 'smb', 'mid_market', 'large', 'enterprise'].indexOf(band);
  const includeGatekeepers = dealSize === 'enterprise' || dealSize === 'large' ? bandRank >= 1 : dealSize === 'medium' ? bandRank >= 2 : false;
  const gatekeeperSeats = dealSize === 'enterprise' ? 2 : dealSize === 'large' && bandRank >= 4 ? 2 : 1;
  reasons.push(includeGatekeepers ? `gatekeepers included (${gatekeeperSeats})` : 'no gatekeepers for this deal and company size');
  const coverageAreas: CoverageArea[] = !includeGatekeepers ? [] : dealSize === 'medium' ? ['risk'] : dealSize === 'large' ? ['risk', 'technical'] : ['risk', 'technical', 'financial'];
  if (coverageAreas.length > 0) reasons.push(`cross-functional coverage: ${coverageAreas.join(', ')}`);
  return { band, dealSize, range, target, quotas: roleQuotas(target, includeGatekeepers, gatekeeperSeats), includeGatekeepers, coverageAreas, reasons };
}
