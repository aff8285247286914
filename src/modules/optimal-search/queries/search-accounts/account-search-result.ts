import type { CompanySignals } from '../../../enrichment/domain/company-search.js';
import type { BuyerGroupRole } from '../../../discovery/domain/buyer-group-role.js';
import type { ScorePart } from '../../domain/market-score.js';
import type { AccountSearchRequest } from '../../domain/search-request.js';

/** Where a search is: phase 1 (one free search), phase 2 (one discovery per sampled company), done. */
export interface AccountSearchProgress {
  phase: 'market' | 'sampling' | 'done';
  /** companies of phase 2 handled so far (sampled, failed or skipped) */
  done: number;
  /** companies phase 2 will handle at most */
  total: number;
  percent: number;
  message: string;
}

export interface SearchedCompany {
  id: string;
  /** null only when the provider's free search could not say and nothing was bought (Coresignal, not sampled) */
  name: string | null;
  website: string | null;
  linkedinUrl: string | null;
  industry: string | null;
  employeeCount: number | null;
  country: string | null;
}

export interface SampledBuyerGroup {
  status: 'sampled';
  score: number;
  parts: ScorePart[];
  totalMembers: number;
  composition: Record<BuyerGroupRole, number>;
  quality: { coverage: string; confidence: number; dataQuality: number; overallScore: number; missingRoles: string[] };
  /** credits this company's sampling spent: the company record (when it had to be bought) and its discovery */
  creditsUsed: number;
  /** the dry run's estimate the sampling was admitted on */
  estimatedCredits: number;
  /** the first members by priority */
  keyMembers: { name: string; title: string; role: BuyerGroupRole; linkedin?: string }[];
  notes: string[];
}

export interface UnsampledBuyerGroup {
  status: 'not_sampled' | 'failed';
  reason: string;
  /** the estimate the ranking used (the mean of the sampled companies), or null when none was sampled */
  estimatedScore: number | null;
  /** credits spent on this company before its sampling stopped or failed (its record), usually 0 */
  creditsUsed: number;
}

export interface RankedAccount {
  rank: number;
  company: SearchedCompany;
  /** the combined score the ranking sorts on, 0–100 */
  score: number;
  market: {
    score: number;
    parts: ScorePart[];
    signals: CompanySignals;
    /** exact values behind the signals, when the provider had them for free */
    facts: {
      yearlyHeadcountGrowthPercent: number | null;
      activeJobPostings: number | null;
      lastFundingRound: { name: string | null; date: string | null; amountRaised: number | null } | null;
    };
  };
  buyerGroup: SampledBuyerGroup | UnsampledBuyerGroup;
  reasons: string[];
}

export interface AccountSearchResult {
  success: true;
  provider: 'local' | 'coresignal';
  request: AccountSearchRequest;
  /** companies matching the filters */
  totalMatches: number;
  /** companies scored in phase 1 (all matches, up to the pool limit) */
  scored: number;
  returned: number;
  companies: RankedAccount[];
  phase1: { durationMs: number; weights: Record<string, number>; poolLimit: number; truncated: boolean };
  phase2: {
    enabled: boolean;
    disabledBecause?: string;
    requested: number;
    sampled: number;
    failed: number;
    stoppedBecause?: string;
    credits: { budget: number; spent: number; remaining: number };
    weights: Record<string, number>;
    durationMs: number;
  };
  ranking: { phaseWeights: { market: number; buyerGroup: number }; estimatedBuyerGroupScore: number | null; tieBreak: string };
  notes: string[];
  processingTimeMs: number;
}
