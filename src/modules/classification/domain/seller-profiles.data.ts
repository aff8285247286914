/**
 * What the seller sells decides which functions of the target company matter (PRODUCT.md §1). This file is that
 * mapping AS DATA: one entry per solution category, read by role-rules.ts. No code branches on category names.
 *
 * Per category:
 * - buyingFunctions: the function that owns the budget for the category. Its C-level/VP leaders are decision makers
 *   (small companies: the CEO/founder decides instead or as well); its heads, directors and managers are champions.
 * - adjacentFunctions: functions affected by the purchase or giving input (their leaders are stakeholders).
 * - gatekeeperFunctions: functions that control an approval gate (procurement, legal, security, ...) → blockers.
 *   A function is never both buying and gatekeeper: a security product's CISO decides, legal then guards the gate.
 * - introducerFunctions: customer-facing functions whose individual contributors can open doors → introducers.
 * - championKeywords: lower-case title fragments (matched on the normalised, cleaned title) that mark the
 *   operational owner of the problem, e.g. RevOps for revenue technology. A keyword match makes a champion even
 *   when the person's function is only adjacent (e.g. "Marketing Operations" for a revenue-technology seller).
 */
import type { TitleFunction } from './title-taxonomy.js';

export const SOLUTION_CATEGORIES = [
  'revenue_technology',
  'marketing_technology',
  'security',
  'it_infrastructure',
  'data_analytics',
  'hr_technology',
  'finance_technology',
  'legal_technology',
  'customer_success',
  'supply_chain',
  'engineering_tools',
  'general',
] as const;
export type SolutionCategory = (typeof SOLUTION_CATEGORIES)[number];

export interface SellerCategoryProfile {
  readonly category: SolutionCategory;
  /** One line: what the category is and who buys it. */
  readonly description: string;
  readonly buyingFunctions: readonly TitleFunction[];
  readonly adjacentFunctions: readonly TitleFunction[];
  readonly gatekeeperFunctions: readonly TitleFunction[];
  readonly introducerFunctions: readonly TitleFunction[];
  readonly championKeywords: readonly string[];
}

/** Customer-facing functions: their account people know customers and partners (introducers in every category). */
const CUSTOMER_FACING: readonly TitleFunction[] = ['sales', 'business_development', 'customer_success'];

export const SELLER_PROFILES: Readonly<Record<SolutionCategory, SellerCategoryProfile>> = {
  /** CRM, sales engagement, CPQ, revenue intelligence: the CRO / VP Sales buys, RevOps runs it. */
  revenue_technology: {
    category: 'revenue_technology',
    description: 'CRM, sales engagement, CPQ, forecasting: sales leadership buys, RevOps/Sales Ops owns the problem',
    buyingFunctions: ['sales'],
    adjacentFunctions: ['marketing', 'customer_success', 'it', 'data', 'finance', 'business_development'],
    gatekeeperFunctions: ['security', 'procurement', 'legal'],
    introducerFunctions: CUSTOMER_FACING,
    championKeywords: ['revops', 'revenue operations', 'revenue ops', 'sales operations', 'sales ops', 'sales enablement', 'enablement', 'gtm operations', 'go-to-market operations', 'commercial excellence', 'sales excellence', 'crm'],
  },
  /** Marketing automation, ABM, analytics for marketers: the CMO buys, Marketing Ops runs it. */
  marketing_technology: {
    category: 'marketing_technology',
    description: 'marketing automation, ABM, attribution: marketing leadership buys, Marketing Ops/Demand Gen owns it',
    buyingFunctions: ['marketing'],
    adjacentFunctions: ['sales', 'data', 'it', 'product', 'finance'],
    gatekeeperFunctions: ['security', 'procurement', 'legal'],
    introducerFunctions: CUSTOMER_FACING,
    championKeywords: ['marketing operations', 'marketing ops', 'mops', 'demand generation', 'demand gen', 'growth', 'digital marketing', 'marketing technology', 'martech', 'performance marketing', 'revops', 'revenue operations'],
  },
  /** Security products: the CISO decides, SecOps/security architecture champion, legal/privacy and procurement gate. */
  security: {
    category: 'security',
    description: 'security tooling (SIEM, EDR, IAM, GRC): the CISO decides, SecOps and security architects champion',
    buyingFunctions: ['security'],
    adjacentFunctions: ['it', 'engineering', 'data', 'finance'],
    gatekeeperFunctions: ['legal', 'procurement'],
    introducerFunctions: CUSTOMER_FACING,
    championKeywords: ['secops', 'security operations', 'soc', 'security architect', 'security engineering', 'information security', 'infosec', 'cyber', 'grc', 'security'],
  },
  /** Cloud, networks, end-user computing, ITSM: the CIO / VP IT decides, infrastructure leads champion. */
  it_infrastructure: {
    category: 'it_infrastructure',
    description: 'cloud, network, ITSM, endpoint management: IT leadership decides, infrastructure/IT ops champions',
    buyingFunctions: ['it'],
    adjacentFunctions: ['engineering', 'security', 'finance', 'operations'],
    gatekeeperFunctions: ['security', 'procurement', 'legal'],
    introducerFunctions: CUSTOMER_FACING,
    championKeywords: ['infrastructure', 'it operations', 'cloud', 'platform', 'systems', 'network', 'service desk', 'enterprise applications', 'enterprise architect'],
  },
  /** BI, warehouses, data platforms: the CDO / VP Data decides, analytics and data engineering leads champion. */
  data_analytics: {
    category: 'data_analytics',
    description: 'BI, data warehouse, analytics platforms: data leadership decides, BI/analytics/data engineering champions',
    buyingFunctions: ['data'],
    adjacentFunctions: ['it', 'engineering', 'finance', 'marketing', 'product', 'sales'],
    gatekeeperFunctions: ['security', 'legal', 'procurement'],
    introducerFunctions: CUSTOMER_FACING,
    championKeywords: ['analytics', 'business intelligence', 'bi', 'data engineering', 'data platform', 'data science', 'reporting'],
  },
  /** HRIS, recruiting, payroll, learning: the CHRO / VP People decides, People Ops / HRIS / TA champion. */
  hr_technology: {
    category: 'hr_technology',
    description: 'HRIS, ATS, payroll, learning: HR leadership decides, People Ops/HRIS/Talent Acquisition champions',
    buyingFunctions: ['hr'],
    adjacentFunctions: ['finance', 'it', 'administrative'],
    gatekeeperFunctions: ['legal', 'security', 'procurement'],
    introducerFunctions: CUSTOMER_FACING,
    championKeywords: ['people operations', 'people ops', 'hris', 'hr operations', 'talent acquisition', 'recruiting', 'payroll', 'learning', 'total rewards', 'compensation'],
  },
  /** ERP, FP&A, AP automation, spend: the CFO decides (finance owns the category), controllers and FP&A champion. */
  finance_technology: {
    category: 'finance_technology',
    description: 'ERP, FP&A, AP/AR automation, spend: the CFO/VP Finance decides, controllers and FP&A champion',
    buyingFunctions: ['finance'],
    adjacentFunctions: ['it', 'operations', 'procurement', 'data'],
    gatekeeperFunctions: ['security', 'legal'],
    introducerFunctions: CUSTOMER_FACING,
    championKeywords: ['fp&a', 'controller', 'controlling', 'accounting', 'treasury', 'finance operations', 'finance systems', 'accounts payable', 'billing'],
  },
  /** CLM, e-billing, compliance tooling: the General Counsel decides, legal ops and contracts champion. */
  legal_technology: {
    category: 'legal_technology',
    description: 'contract lifecycle, compliance and privacy tooling: the General Counsel decides, legal operations champions',
    buyingFunctions: ['legal'],
    adjacentFunctions: ['finance', 'procurement', 'sales', 'hr'],
    gatekeeperFunctions: ['security', 'it'],
    introducerFunctions: CUSTOMER_FACING,
    championKeywords: ['legal operations', 'legal ops', 'contracts', 'contract management', 'compliance', 'privacy', 'data protection'],
  },
  /** CS platforms, support desks: the CCO / VP Customer Success decides, CS Ops / support ops champion. */
  customer_success: {
    category: 'customer_success',
    description: 'customer success platforms, support desks: CS leadership decides, CS Ops/Support Ops champions',
    buyingFunctions: ['customer_success', 'customer_support'],
    adjacentFunctions: ['sales', 'product', 'data', 'marketing'],
    gatekeeperFunctions: ['security', 'procurement', 'legal'],
    introducerFunctions: ['sales', 'business_development'],
    championKeywords: ['cs operations', 'customer success operations', 'support operations', 'customer operations', 'onboarding', 'renewals', 'customer experience', 'cx'],
  },
  /** Planning, WMS/TMS, sourcing: the COO / VP Supply Chain decides, planners and procurement leads champion. */
  supply_chain: {
    category: 'supply_chain',
    description: 'planning, warehouse, transport, sourcing: operations/supply chain leadership decides, planning and logistics leads champion',
    buyingFunctions: ['operations', 'procurement'],
    adjacentFunctions: ['manufacturing', 'finance', 'it', 'sales'],
    gatekeeperFunctions: ['security', 'legal'],
    introducerFunctions: CUSTOMER_FACING,
    championKeywords: ['supply chain', 'logistics', 'planning', 'demand planning', 'warehouse', 'fulfillment', 'fulfilment', 'sourcing', 'inventory', 'transport'],
  },
  /** Developer tools, CI/CD, observability: the CTO / VP Engineering decides, platform/DevOps leads champion. */
  engineering_tools: {
    category: 'engineering_tools',
    description: 'developer tooling, CI/CD, observability: engineering leadership decides, platform/DevOps/SRE leads champion',
    buyingFunctions: ['engineering'],
    adjacentFunctions: ['product', 'it', 'data', 'security'],
    gatekeeperFunctions: ['security', 'procurement', 'legal'],
    introducerFunctions: CUSTOMER_FACING,
    championKeywords: ['platform', 'devops', 'sre', 'site reliability', 'developer experience', 'developer productivity', 'infrastructure', 'tech lead', 'engineering manager', 'architect'],
  },
  /**
   * Unknown or horizontal products: general management decides (CEO/COO; operations is the buying function), other
   * leaders are stakeholders, the usual gates apply.
   */
  general: {
    category: 'general',
    description: 'horizontal or unknown category: general management and operations decide, functional leaders weigh in',
    buyingFunctions: ['operations'],
    adjacentFunctions: ['finance', 'it', 'sales', 'marketing', 'hr', 'engineering', 'product', 'data', 'customer_success'],
    gatekeeperFunctions: ['procurement', 'legal', 'security'],
    introducerFunctions: CUSTOMER_FACING,
    championKeywords: ['business operations', 'strategy', 'transformation', 'operations', 'program'],
  },
};

/**
 * Title fragments that mark a gatekeeper whatever the category (checked on the cleaned, lower-cased title): finance
 * controllers, compliance, privacy and risk owners can stop a deal even when their function is not a gatekeeper.
 */
export const GATEKEEPER_KEYWORDS: readonly string[] = ['compliance', 'privacy', 'data protection', 'risk', 'vendor management', 'controller', 'purchasing', 'procurement', 'grc'];

/** Title fragments of customer-facing account people (introducers). */
export const INTRODUCER_KEYWORDS: readonly string[] = [
  'account executive',
  'account manager',
  'key account',
  'strategic account',
  'customer success manager',
  'csm',
  'partner',
  'alliance',
  'channel',
  'business development',
  'client',
  'relationship manager',
];

/** Free-text spellings of categories accepted from callers (lower-case, spaces/dashes as underscores). */
const CATEGORY_ALIASES: Readonly<Record<string, SolutionCategory>> = {
  revenue_tech: 'revenue_technology',
  revtech: 'revenue_technology',
  sales: 'revenue_technology',
  sales_technology: 'revenue_technology',
  sales_tech: 'revenue_technology',
  crm: 'revenue_technology',
  revops: 'revenue_technology',
  martech: 'marketing_technology',
  marketing: 'marketing_technology',
  marketing_tech: 'marketing_technology',
  cybersecurity: 'security',
  cyber_security: 'security',
  infosec: 'security',
  it: 'it_infrastructure',
  infrastructure: 'it_infrastructure',
  cloud: 'it_infrastructure',
  data: 'data_analytics',
  analytics: 'data_analytics',
  bi: 'data_analytics',
  hr: 'hr_technology',
  hr_tech: 'hr_technology',
  hrtech: 'hr_technology',
  fintech: 'finance_technology',
  finance: 'finance_technology',
  erp: 'finance_technology',
  legal: 'legal_technology',
  legaltech: 'legal_technology',
  legal_tech: 'legal_technology',
  cs: 'customer_success',
  customer_support: 'customer_success',
  supply_chain_management: 'supply_chain',
  logistics: 'supply_chain',
  devtools: 'engineering_tools',
  developer_tools: 'engineering_tools',
  engineering: 'engineering_tools',
};

/** The category profile for a seller's free-text solution category; unknown → `general` (and `known: false`). */
export function resolveSellerProfile(solutionCategory: string | undefined | null): { profile: SellerCategoryProfile; known: boolean } {
  const key = (solutionCategory ?? '').trim().toLowerCase().replace(/[\s-]+/g, '_');
  const category = (SOLUTION_CATEGORIES as readonly string[]).includes(key) ? (key as SolutionCategory) : CATEGORY_ALIASES[key];
  return category ? { profile: SELLER_PROFILES[category], known: true } : { profile: SELLER_PROFILES.general, known: false };
}
