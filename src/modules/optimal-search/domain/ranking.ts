/**
 * The final ranking of the optimal buyer search: both phases combined, explained, and stable. Pure.
 *
 * combined = 0.4 × market (phase 1) + 0.6 × buyer group (phase 2). The buyer group weighs more because it is
 * measured on the company's actual people, the market score only on signals about the company.
 *
 * A company that was not sampled (phase 2 covers the best N of phase 1, within the credit budget) gets the mean
 * buyer-group score of the companies that were, as an estimate, and says so: an unknown group is assumed typical,
 * so a sampled company whose group turned out poor falls below it, one whose group is strong rises above it. When no
 * company was sampled (sampling off, N = 0, or the budget allowed none), combined = market.
 *
 * Order (total, so the same input always gives the same order): combined score, then market score, then sampled
 * before estimated, then buyer-group score, then company id ascending.
 */
import { round1, type ScorePart } from './market-score.js';

export const PHASE_WEIGHTS = { market: 0.4, buyerGroup: 0.6 } as const;

export const TIE_BREAK = 'combined score, market score, sampled before estimated, buyer-group score, company id (ascending)';

export interface RankInput {
  companyId: number;
  market: { score: number; parts: ScorePart[] };
  /** phase 2's score when the company was sampled; null when not (or its discovery failed) */
  buyerGroup: { score: number; parts: ScorePart[] } | null;
  /** why there is no phase-2 score (not sampled, budget, failure), when there is none */
  notSampledReason?: string;
}

export interface Ranked {
  rank: number;
  companyId: number;
  combined: number;
  market: number;
  /** the measured phase-2 score, or the estimate used for an unsampled company (null when none applies) */
  buyerGroup: number | null;
  buyerGroupEstimated: boolean;
  reasons: string[];
}

export interface Ranking {
  companies: Ranked[];
  /** the estimate given to unsampled companies; null when no company was sampled */
  estimatedBuyerGroupScore: number | null;
}

function topReasons(parts: readonly ScorePart[], count: number): string {
  return [...parts]
    .filter((part) => part.points > 0)
    .sort((a, b) => b.points - a.points || a.name.localeCompare(b.name))
    .slice(0, count)
    .map((part) => part.reason)
    .join('; ');
}

function compareRanked(a: Omit<Ranked, 'rank'>, b: Omit<Ranked, 'rank'>): number {
  return (
    b.combined - a.combined ||
    b.market - a.market ||
    Number(a.buyerGroupEstimated) - Number(b.buyerGroupEstimated) ||
    (b.buyerGroup ?? -1) - (a.buyerGroup ?? -1) ||
    a.companyId - b.companyId
  );
}

export function rankCompanies(inputs: readonly RankInput[]): Ranking {
  const sampled = inputs.filter((input) => input.buyerGroup !== null);
  const estimate = sampled.length > 0 ? round1(sampled.reduce((sum, input) => sum + input.buyerGroup!.score, 0) / sampled.length) : null;
  const unranked = inputs.map((input): Omit<Ranked, 'rank'> => {
    const marketReason = `phase 1 (market) ${input.market.score}: ${topReasons(input.market.parts, 3) || 'no growth signal on record'}`;
    if (estimate === null) {
      return {
        companyId: input.companyId,
        combined: input.market.score,
        market: input.market.score,
        buyerGroup: null,
        buyerGroupEstimated: false,
        reasons: [
          marketReason,
          `phase 2 (buyer group): ${input.notSampledReason ?? 'not sampled'}; ranked on phase 1 alone`,
        ],
      };
    }
    const group = input.buyerGroup?.score ?? estimate;
    const combined = round1(PHASE_WEIGHTS.market * input.market.score + PHASE_WEIGHTS.buyerGroup * group);
    const groupReason = input.buyerGroup
      ? `phase 2 (buyer group) ${input.buyerGroup.score}: ${topReasons(input.buyerGroup.parts, 4) || 'no buyer group found'}`
      : `phase 2 (buyer group): ${input.notSampledReason ?? 'not sampled'}; estimated ${estimate}, the mean of the sampled companies`;
    return {
      companyId: input.companyId,
      combined,
      market: input.market.score,
      buyerGroup: group,
      buyerGroupEstimated: input.buyerGroup === null,
      reasons: [
        marketReason,
        groupReason,
        `combined ${combined} = ${PHASE_WEIGHTS.market} × ${input.market.score} + ${PHASE_WEIGHTS.buyerGroup} × ${group}${input.buyerGroup ? '' : ' (estimated)'}`,
      ],
    };
  });
  unranked.sort(compareRanked);
  return { companies: unranked.map((entry, index) => ({ rank: index + 1, ...entry })), estimatedBuyerGroupScore: estimate };
}

/** Phase-1 order (which companies are shown and which are sampled): market score, then company id ascending. */
export function compareMarket(a: { companyId: number; market: number }, b: { companyId: number; market: number }): number {
  return b.market - a.market || a.companyId - b.companyId;
}
