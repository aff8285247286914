import { SELLER_PROFILES, type SellerCategoryProfile, type SolutionCategory } from '../../classification/domain/seller-profiles.data.js';
import type { TitleFunction } from '../../classification/domain/title-taxonomy.js';
import type { ManagementLevel } from '../../enrichment/domain/coresignal-records.js';
import type { EmployeeSearchCriteria } from '../../enrichment/domain/employee-data.port.js';
import type { BuyerGroupRole, EnrichmentLevel } from './buyer-group-role.js';

/**
 * Coresignal's `active_experience_department` values that hold each of our functions. Several functions share a
 * department (security sits in Information Technology), so those also carry title phrases to narrow the search.
 */
export const FUNCTION_DEPARTMENTS: Readonly<Partial<Record<TitleFunction, { departments: readonly string[]; titlePhrases?: readonly string[] }>>> = {
  executive: { departments: ['C-Suite'] },
  sales: { departments: ['Sales'] },
  business_development: { departments: ['Sales', 'Business Development'] },
  marketing: { departments: ['Marketing'] },
  finance: { departments: ['Finance & Accounting'] },
  legal: { departments: ['Legal'] },
  security: {
    departments: ['Information Technology', 'Security'],
    titlePhrases: ['security', 'ciso', 'cyber', 'infosec', 'secops', 'soc', 'grc', 'sicherheit', 'securite', 'seguridad', 'beveiliging', 'sicurezza', 'seguranca'],
  },
  it: { departments: ['Information Technology'] },
  engineering: { departments: ['Engineering and Technical'] },
  product: { departments: ['Product Management'] },
  data: { departments: ['Data Science'] },
  operations: { departments: ['Operations'] },
  procurement: {
    departments: ['Operations', 'Purchasing'],
    titlePhrases: ['procurement', 'purchasing', 'buyer', 'sourcing', 'einkauf', 'achats', 'compras', 'inkoop', 'acquisti', 'supply'],
  },
  hr: { departments: ['Human Resources'] },
  customer_success: { departments: ['Customer Service'] },
};

const LEADERS: ManagementLevel[] = ['C-Level', 'VP-Level'];
const OWNERS: ManagementLevel[] = ['Director', 'Manager'];
const GATE_LEVELS: ManagementLevel[] = ['C-Level', 'VP-Level', 'Director', 'Manager'];
const FIELD_LEVELS: ManagementLevel[] = ['Manager', 'Senior', 'Mid-Level'];
const INTRODUCER_PHRASES = ['account executive', 'account manager', 'key account', 'partner manager', 'alliance', 'customer success', 'relationship manager'];

/** One free search, and how many preview pages of it to read. */
export interface PlannedSearch {
  purpose: BuyerGroupRole | 'everyone';
  criteria: EmployeeSearchCriteria;
  previewPages: number;
}

export interface SearchPlan {
  searches: PlannedSearch[];
  /** credits the plan spends at most: previews, plus collects of the chosen members when the level asks for them */
  estimate: { previews: number; previewCredits: number; collects: number; collectCredits: number; total: number };
}

export interface PlanInput {
  companyId: number;
  employeeCount: number | null;
  solutionCategory: string;
  enrichmentLevel: EnrichmentLevel;
  targetGroupSize: number;
  prices: { preview: number; collect: number };
}

/** Provider prices the plan's estimate uses; what is really spent is read from the request's budget afterwards. */
export const PLAN_PRICES = { preview: 20, collect: 20 };

/** A company read whole never costs more preview pages than this. */
export const MAX_WHOLE_COMPANY_PAGES = 5;

/** Companies this small are read whole: a handful of preview pages covers every current employee. */
export const READ_WHOLE_COMPANY_BELOW = 60;

function criteriaFor(companyId: number, functions: readonly TitleFunction[], levels: ManagementLevel[], extraPhrases: readonly string[] = []): EmployeeSearchCriteria {
  const departments = new Set<string>();
  const phrases = new Set<string>(extraPhrases);
  let everyFunctionHasPhrases = extraPhrases.length > 0 || functions.length > 0;
  for (const fn of functions) {
    const entry = FUNCTION_DEPARTMENTS[fn];
    if (!entry) continue;
    entry.departments.forEach((department) => departments.add(department));
    if (entry.titlePhrases) entry.titlePhrases.forEach((phrase) => phrases.add(phrase));
    else everyFunctionHasPhrases = false;
  }
  return {
    companyId,
    ...(departments.size > 0 ? { departments: [...departments] } : {}),
    managementLevels: levels,
    // phrases narrow only when every function searched has them; otherwise they would exclude the others' people
    ...(everyFunctionHasPhrases && phrases.size > 0 ? { titlePhrases: [...phrases] } : {}),
  };
}

/**
 * Pure: the searches a discovery makes, cheapest first. Searches are free and size the candidate pools; each
 * preview page costs credits, so a large company gets one targeted page per role, a small one is read whole.
 * `deep_research` reads a second page for the buying function's roles (a wider candidate search).
 */
export function planSearches(input: PlanInput): SearchPlan {
  const profile: SellerCategoryProfile = SELLER_PROFILES[input.solutionCategory as SolutionCategory] ?? SELLER_PROFILES.general;
  const searches: PlannedSearch[] = [];
  if (input.employeeCount !== null && input.employeeCount < READ_WHOLE_COMPANY_BELOW) {
    searches.push({ purpose: 'everyone', criteria: { companyId: input.companyId }, previewPages: Math.max(1, Math.ceil(input.employeeCount / 20)) });
  } else {
    const wide = input.enrichmentLevel === 'deep_research' ? 2 : 1;
    searches.push(
      { purpose: 'decision_maker', criteria: criteriaFor(input.companyId, ['executive', ...profile.buyingFunctions], LEADERS), previewPages: wide },
      { purpose: 'champion', criteria: criteriaFor(input.companyId, profile.buyingFunctions, OWNERS), previewPages: wide },
      { purpose: 'blocker', criteria: criteriaFor(input.companyId, profile.gatekeeperFunctions, GATE_LEVELS), previewPages: 1 },
      { purpose: 'stakeholder', criteria: criteriaFor(input.companyId, profile.adjacentFunctions, [...LEADERS, 'Director']), previewPages: 1 },
      { purpose: 'introducer', criteria: { ...criteriaFor(input.companyId, profile.introducerFunctions, FIELD_LEVELS), titlePhrases: INTRODUCER_PHRASES }, previewPages: 1 },
    );
  }
  const previews = searches.reduce((sum, search) => sum + search.previewPages, 0);
  const collects = input.enrichmentLevel === 'identify' ? 0 : input.targetGroupSize;
  const previewCredits = previews * input.prices.preview;
  const collectCredits = collects * input.prices.collect;
  return { searches, estimate: { previews, previewCredits, collects, collectCredits, total: previewCredits + collectCredits } };
}
