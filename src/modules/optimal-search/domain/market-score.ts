/**
 * Phase 1 of the optimal buyer search: how good a target account a company looks from its firmographics and growth
 * signals alone, before anything is spent on its people. Pure: the signals come from the provider's free company
 * search (enrichment/domain/company-search.ts), as bands, so the score is the same whichever provider answered.
 *
 * Score 0–100 = 100 × Σ weight × part / Σ weight, over the parts that apply:
 *
 * | part             | weight | what it rewards (part value 0–1 per band)                                             |
 * | ---------------- | ------ | -------------------------------------------------------------------------------------- |
 * | headcountGrowth  | 30     | yearly headcount change: shrinking 0 · flat (0–5 %) 0.3 · growing (5–15 %) 0.6 ·        |
 * |                  |        | fast (15–30 %) 0.85 · hyper (≥ 30 %) 1 · not on record 0.25                             |
 * | hiring           | 25     | open job postings: none 0 · 1–4 0.35 · 5–19 0.65 · 20–99 0.85 · 100+ 1 · unknown 0.2   |
 * | funding          | 20     | last round: ≤ 6 months 1 · ≤ 12 months 0.75 · ≤ 24 months 0.45 · older 0.2 · none 0    |
 * | b2b              | 15     | sells to businesses: yes 1 · no 0 · unknown 0.5                                         |
 * | technologies     | 10     | share of the requested technologies the company uses (only when some were requested)   |
 *
 * Growth (headcount, hiring, funding: 75 of 100) weighs most because a company that grows, hires and has fresh
 * money is buying; firmographic fit beyond the filters (b2b, stack) refines it. Industry, size and country are
 * filters, not score parts: every match passes them. Without requested technologies their 10 points are left out
 * and the rest is scaled to 100, so scores stay comparable across searches.
 */
import type { CompanySignals, FundingBand, GrowthBand, HiringBand } from '../../enrichment/domain/company-search.js';

export const MARKET_WEIGHTS = {
  headcountGrowth: 30,
  hiring: 25,
  funding: 20,
  b2b: 15,
  technologies: 10,
} as const;

export type MarketPartName = keyof typeof MARKET_WEIGHTS;

export const GROWTH_VALUES: Readonly<Record<GrowthBand | 'unknown', number>> = {
  shrinking: 0,
  flat: 0.3,
  growing: 0.6,
  fast: 0.85,
  hyper: 1,
  unknown: 0.25,
};

export const HIRING_VALUES: Readonly<Record<HiringBand | 'unknown', number>> = {
  none: 0,
  few: 0.35,
  some: 0.65,
  many: 0.85,
  lots: 1,
  unknown: 0.2,
};

export const FUNDING_VALUES: Readonly<Record<FundingBand | 'none', number>> = {
  last_6_months: 1,
  last_12_months: 0.75,
  last_24_months: 0.45,
  older: 0.2,
  none: 0,
};

export const B2B_VALUES = { yes: 1, no: 0, unknown: 0.5 } as const;

const GROWTH_TEXT: Record<GrowthBand, string> = {
  shrinking: 'headcount shrinking (< 0 %/yr)',
  flat: 'headcount flat (0–5 %/yr)',
  growing: 'headcount growing 5–15 %/yr',
  fast: 'headcount growing fast, 15–30 %/yr',
  hyper: 'headcount growing ≥ 30 %/yr',
};
const HIRING_TEXT: Record<HiringBand, string> = {
  none: 'no open job postings',
  few: '1–4 open job postings',
  some: '5–19 open job postings',
  many: '20–99 open job postings',
  lots: '100+ open job postings',
};
const FUNDING_TEXT: Record<FundingBand, string> = {
  last_6_months: 'funded in the last 6 months',
  last_12_months: 'funded 6–12 months ago',
  last_24_months: 'funded 12–24 months ago',
  older: 'last funded over 2 years ago',
};

export interface ScorePart<Name extends string = string> {
  name: Name;
  weight: number;
  /** 0–1 */
  value: number;
  /** points this part adds to the 0–100 score (weight × value, scaled to the weights that apply) */
  points: number;
  /** the band or fact it was read from, for people */
  reason: string;
}

export interface MarketScore {
  /** 0–100, one decimal */
  score: number;
  parts: ScorePart<MarketPartName>[];
}

/** Exact values a provider had, for the reasons only (the score reads bands). */
export interface MarketFacts {
  yearlyHeadcountGrowthPercent?: number | null;
  activeJobPostings?: number | null;
  lastFundingRound?: { name: string | null; date: string | null } | null;
}

export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/**
 * The phase-1 score alone, without the parts' reasons: what a search ranks every match by (the same number
 * {@link marketScore} reports; only the companies shown are explained).
 */
export function marketScoreValue(signals: CompanySignals, requestedTechnologies: number): number {
  let sum =
    MARKET_WEIGHTS.headcountGrowth * GROWTH_VALUES[signals.headcountGrowth ?? 'unknown'] +
    MARKET_WEIGHTS.hiring * HIRING_VALUES[signals.hiring ?? 'unknown'] +
    MARKET_WEIGHTS.funding * FUNDING_VALUES[signals.funding ?? 'none'] +
    MARKET_WEIGHTS.b2b * B2B_VALUES[signals.b2b === null ? 'unknown' : signals.b2b ? 'yes' : 'no'];
  let weights = MARKET_WEIGHTS.headcountGrowth + MARKET_WEIGHTS.hiring + MARKET_WEIGHTS.funding + MARKET_WEIGHTS.b2b;
  if (requestedTechnologies > 0) {
    sum += MARKET_WEIGHTS.technologies * Math.min(1, signals.technologies.length / requestedTechnologies);
    weights += MARKET_WEIGHTS.technologies;
  }
  return round1((100 * sum) / weights);
}

/**
 * The phase-1 score of a company with these signals, for a search that asked for `requestedTechnologies`
 * technologies (0: the technologies part does not apply).
 */
export function marketScore(signals: CompanySignals, requestedTechnologies: number, facts: MarketFacts = {}): MarketScore {
  const growth = facts.yearlyHeadcountGrowthPercent;
  const postings = facts.activeJobPostings;
  const round = facts.lastFundingRound;
  const raw: Omit<ScorePart<MarketPartName>, 'points'>[] = [
    {
      name: 'headcountGrowth',
      weight: MARKET_WEIGHTS.headcountGrowth,
      value: GROWTH_VALUES[signals.headcountGrowth ?? 'unknown'],
      reason: signals.headcountGrowth
        ? `${GROWTH_TEXT[signals.headcountGrowth]}${typeof growth === 'number' ? ` (${growth > 0 ? '+' : ''}${round1(growth)} %)` : ''}`
        : 'headcount change not on record',
    },
    {
      name: 'hiring',
      weight: MARKET_WEIGHTS.hiring,
      value: HIRING_VALUES[signals.hiring ?? 'unknown'],
      reason: signals.hiring ? `${HIRING_TEXT[signals.hiring]}${typeof postings === 'number' ? ` (${postings})` : ''}` : 'job postings not on record',
    },
    {
      name: 'funding',
      weight: MARKET_WEIGHTS.funding,
      value: FUNDING_VALUES[signals.funding ?? 'none'],
      reason: signals.funding
        ? `${FUNDING_TEXT[signals.funding]}${round && (round.name || round.date) ? ` (${[round.name, round.date?.slice(0, 10)].filter(Boolean).join(', ')})` : ''}`
        : 'no funding round on record',
    },
    {
      name: 'b2b',
      weight: MARKET_WEIGHTS.b2b,
      value: B2B_VALUES[signals.b2b === null ? 'unknown' : signals.b2b ? 'yes' : 'no'],
      reason: signals.b2b === null ? 'B2B or not: not on record' : signals.b2b ? 'sells to businesses (B2B)' : 'not B2B',
    },
  ];
  if (requestedTechnologies > 0) {
    const used = signals.technologies.length;
    raw.push({
      name: 'technologies',
      weight: MARKET_WEIGHTS.technologies,
      value: Math.min(1, used / requestedTechnologies),
      reason: used > 0 ? `uses ${signals.technologies.join(', ')} (${used} of ${requestedTechnologies} requested)` : 'uses none of the requested technologies',
    });
  }
  const totalWeight = raw.reduce((sum, part) => sum + part.weight, 0);
  const parts = raw.map((part) => ({ ...part, points: round1((100 * part.weight * part.value) / totalWeight) }));
  const score = round1((100 * raw.reduce((sum, part) => sum + part.weight * part.value, 0)) / totalWeight);
  return { score, parts };
}
