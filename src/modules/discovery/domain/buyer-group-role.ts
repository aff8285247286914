/** The five roles of the rubric (PRODUCT.md §1), stored as the "BuyerGroupRole" enum. */
export const BUYER_GROUP_ROLES = ['decision_maker', 'champion', 'stakeholder', 'blocker', 'introducer'] as const;
export type BuyerGroupRole = (typeof BUYER_GROUP_ROLES)[number];

export const ENRICHMENT_LEVELS = ['identify', 'enrich', 'deep_research'] as const;
export type EnrichmentLevel = (typeof ENRICHMENT_LEVELS)[number];

export const REMOVAL_REASONS = [
  'left_company',
  'replaced',
  'excluded_by_user',
  'no_longer_qualifies',
  'duplicate',
  'erased',
  /** the member's row was deleted in V1 after the group was imported (V1 migration) */
  'removed_in_v1',
] as const;
export type RemovalReason = (typeof REMOVAL_REASONS)[number];

export const COVERAGE_LEVELS = ['excellent', 'good', 'acceptable', 'poor'] as const;
export type Coverage = (typeof COVERAGE_LEVELS)[number];
