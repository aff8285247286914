/**
 * Company resolution: turning scored candidates into a decision (resolved / ambiguous / not found). Pure: providers
 * find and score the candidates (exact keys score 1, names are scored by company-name-similarity.ts) and this module
 * decides, so every provider answers the same question the same way.
 *
 * The rule (DEFAULT_RESOLUTION_RULE, the same thresholds as the Coresignal adapter's NAME_RESOLUTION):
 * - rank by score (desc), then employee count (the larger company first: the one people usually mean), then id;
 * - **resolved** when the best scores ≥ `resolveAt` (0.85) AND leads the runner-up by ≥ `lead` (0.1) — two companies
 *   with the same normalised name ("Contoso Ltd" / "Contoso GmbH") are therefore always ambiguous. The candidates
 *   list the winner first, then up to `maxSuggestions - 1` runners-up (whatever their score) for a person to check;
 * - **ambiguous** when the best scores ≥ `candidateAt` (0.5) but does not resolve: the candidates ≥ `candidateAt`,
 *   best first, at most `maxCandidates` (10);
 * - **not_found** otherwise, with up to `maxSuggestions` (5) candidates scoring ≥ `suggestAt` (0.2) as suggestions.
 */
import type { CompanyRecord } from './coresignal-records.js';
import type { CompanyCandidate, CompanyResolution } from './employee-data.port.js';

export interface ResolutionRule {
  /** minimum score for the best candidate to resolve on its own */
  resolveAt: number;
  /** how far ahead of the runner-up the best must be to resolve */
  lead: number;
  /** minimum score for a candidate to be offered as a plausible match (ambiguous) */
  candidateAt: number;
  /** minimum score for a suggestion when nothing matches */
  suggestAt: number;
  maxCandidates: number;
  maxSuggestions: number;
}

export const DEFAULT_RESOLUTION_RULE: Readonly<ResolutionRule> = Object.freeze({
  resolveAt: 0.85,
  lead: 0.1,
  candidateAt: 0.5,
  suggestAt: 0.2,
  maxCandidates: 10,
  maxSuggestions: 5,
});

/** Score (desc), employee count (desc, unknown last), id (asc). */
export function compareCandidates(a: CompanyCandidate, b: CompanyCandidate): number {
  return (
    b.score - a.score ||
    (b.company.employees_count ?? -1) - (a.company.employees_count ?? -1) ||
    a.company.id - b.company.id
  );
}

/** Keeps the best-scoring candidate per company id (a company found twice appears once), ranked. */
export function rankCandidates(candidates: readonly CompanyCandidate[]): CompanyCandidate[] {
  const best = new Map<number, CompanyCandidate>();
  for (const c of candidates) {
    if (!Number.isFinite(c.score)) continue;
    const prior = best.get(c.company.id);
    if (!prior || c.score > prior.score) best.set(c.company.id, c);
  }
  return [...best.values()].sort(compareCandidates);
}

/** Applies the rule to the candidates one strategy found; `matchedBy` is reported when one resolves. */
export function decideResolution(
  candidates: readonly CompanyCandidate[],
  matchedBy: 'id' | 'linkedin' | 'website' | 'name',
  rule: ResolutionRule = DEFAULT_RESOLUTION_RULE,
): CompanyResolution {
  const ranked = rankCandidates(candidates);
  const [best, second] = ranked;
  if (best && best.score >= rule.resolveAt && (!second || best.score - second.score >= rule.lead - 1e-9)) {
    return { status: 'resolved', company: best.company, matchedBy, candidates: ranked.slice(0, rule.maxSuggestions) };
  }
  if (best && best.score >= rule.candidateAt) {
    return { status: 'ambiguous', candidates: ranked.filter((c) => c.score >= rule.candidateAt).slice(0, rule.maxCandidates) };
  }
  return { status: 'not_found', suggestions: ranked.filter((c) => c.score >= rule.suggestAt).slice(0, rule.maxSuggestions) };
}

/** A company found by an exact key (its id, LinkedIn page or website): resolved, itself the only candidate. */
export function resolvedByKey(company: CompanyRecord, matchedBy: 'id' | 'linkedin' | 'website', reason: string): CompanyResolution {
  return { status: 'resolved', company, matchedBy, candidates: [{ company, score: 1, reason }] };
}
