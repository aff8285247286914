/**
 * The project's own job-title taxonomy: business function (department) and seniority level.
 *
 * Functions are deliberately richer than most public label sets, because the buyer-group rubric (PRODUCT.md §1)
 * needs to tell, e.g., procurement (a gatekeeper) from finance (a budget owner) from sales (the buying function
 * of a revenue-technology seller).
 */
export const TITLE_FUNCTIONS = [
  /** General management without one function: CEO, Geschäftsführer, managing director, founder, president. */
  'executive',
  /** Selling: account executives, key account managers, sales managers, inside/field sales, Vertrieb, ventas. */
  'sales',
  /** Marketing, communications, PR, brand, events, content, digital/online/performance marketing. */
  'marketing',
  /** Finance, accounting, controlling, treasury, tax, audit, Buchhaltung, comptabilité. */
  'finance',
  /** Legal counsel, compliance, privacy/data protection, contracts, Recht, juridique. */
  'legal',
  /** Information and cyber security: CISO, SecOps, InfoSec, security engineers and analysts. */
  'security',
  /** IT: infrastructure, systems administration, networks, enterprise applications (ERP/CRM/SAP), CIO. */
  'it',
  /** Software and systems engineering: developers, software engineers, DevOps, architects, CTO. */
  'engineering',
  /** Product management and product ownership (software or physical products). */
  'product',
  /** Data, analytics, business intelligence, data science, machine learning. */
  'data',
  /** Operations, logistics, supply chain, facilities, general operations management (RevOps and
   * sales operations count as sales: they own the revenue process). */
  'operations',
  /** Manufacturing and non-IT engineering: production, plant, quality, maintenance, mechanical/electrical. */
  'manufacturing',
  /** Human resources, people, recruiting, talent, payroll, training (HRBP). */
  'hr',
  /** Customer success and account care after the sale (CSM). */
  'customer_success',
  /** Customer service and support: help desk, technical/IT support, service desk, Kundenservice. */
  'customer_support',
  /** Purchasing and procurement: buyers, Einkauf, achats, compras, inkoop, sourcing, vendor management. */
  'procurement',
  /** Business development, partnerships/alliances, new business, corporate development, strategy. */
  'business_development',
  /** Consulting and advisory (management/IT consultants, Berater, conseil). */
  'consulting',
  /** Project, programme and PMO management. */
  'project_management',
  /** Administration and office: assistants, secretaries, office management, back office. */
  'administrative',
  /** Research and science (R&D scientists, researchers, laboratory). */
  'research',
  /** Education and training institutions: teachers, professors, lecturers. */
  'education',
  /** Healthcare and medical professions: physicians, nurses, pharmacists, therapists. */
  'healthcare',
  /** Anything else, or no function signal at all. */
  'other',
] as const;
export type TitleFunction = (typeof TITLE_FUNCTIONS)[number];

/**
 * Seniority levels, lowest to highest. `owner` (owner/founder/partner) and `board` (supervisory or advisory
 * board) are authority levels that sit beside c_level; flags on the result tell them apart from the rank.
 */
export const SENIORITY_LEVELS = [
  'intern',
  'junior',
  'professional',
  'senior',
  'manager',
  'head',
  'director',
  'vp',
  'c_level',
  'owner',
  'board',
] as const;
export type SeniorityLevel = (typeof SENIORITY_LEVELS)[number];

/** Authority rank of each level (higher = more authority). owner and board share the top rank with c_level. */
export const SENIORITY_RANK: Readonly<Record<SeniorityLevel, number>> = {
  intern: 0,
  junior: 1,
  professional: 2,
  senior: 3,
  manager: 4,
  head: 5,
  director: 6,
  vp: 7,
  c_level: 8,
  owner: 8,
  board: 8,
};

export interface TitleFlags {
  /** C-level, VP or owner/founder running the company, and not an assistant to one. */
  readonly executive: boolean;
  /** Owner, founder, co-founder, Inhaber, Gesellschafter, managing partner. */
  readonly ownerFounder: boolean;
  /** Assistant or secretary to an executive ("Assistant to the CEO", "Assistenz der Geschäftsführung"). */
  readonly assistantTo: boolean;
  /** Interim, acting, ad interim, kommissarisch, par intérim. */
  readonly interim: boolean;
  /** Member of a (supervisory, advisory or non-executive) board: Aufsichtsrat, Beirat, board member. */
  readonly board: boolean;
}

export interface NormalizedTitle {
  /** The input exactly as given (never trimmed). */
  readonly original: string;
  /** Noise stripped: headline extras, emojis, company suffixes, degrees; abbreviations like "Sr." expanded. */
  readonly cleaned: string;
  /** A region named in parentheses or as a trailing qualifier ("EMEA", "DACH", "Germany"), if any. */
  readonly region: string | null;
  readonly function: TitleFunction;
  readonly seniority: SeniorityLevel;
  readonly flags: TitleFlags;
  /** 0–1: how sure the function and seniority are (explicit keywords score high, fallbacks low). */
  readonly confidence: number;
  /** Short explanations, e.g. "function sales via 'vertrieb'", "seniority head via 'leiter'". */
  readonly reasons: readonly string[];
}
