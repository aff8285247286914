/**
 * The rules signal (PRODUCT.md §1): (normalised title, seller profile, company size band) → a candidate role with a
 * score 0–1 and the reasons. Decided in the rubric's order: authority first, then function, then access.
 *
 * 1. Authority: the effective seniority (the title normaliser's, raised to the provider's management level when that
 *    is higher — e.g. "General Counsel" is C-Level in the record) gives `authority` 0–1 (AUTHORITY below).
 *    Hard rules: board members (not employees) and interns are not members; assistants-to are never decision makers
 *    (their only role is introducer: they open the executive's door); C-level is never an introducer.
 * 2. Function: the title's function (the provider's department when the title says nothing) is related to the
 *    seller's category profile (seller-profiles.data.ts): buying / gatekeeper / adjacent / none; general management
 *    (CEO, founder, president, managing director) is handled by company size.
 * 3. Access: for customer-facing individual contributors (introducers) the network size (connections) adds up to 0.3.
 *
 * Where decisions sit, by company size band (total headcount):
 * - CEO/founder/president/MD: decision maker 0.98 (micro < 10), 0.95 (small < 100), 0.85 (SMB), 0.7 (mid-market),
 *   0.35 (large), 0.25 (enterprise 10,000+). Both are below the selection's eligibility threshold (0.4), so the CEO of
 *   a 5,000- or 20,000-person company only enters the group when no one else can fill the decision-maker seat.
 * - Buying function: C-level and VPs decide (0.95 / 0.9) in every band; heads and directors are champions (0.8, 0.95 with a
 *   champion keyword such as RevOps or SecOps) with a decision-maker alternative that fades with size (0.6 small …
 *   0.3 enterprise) so the selection can promote them when the company has no VP; managers are champions (0.65,
 *   0.9 with a champion keyword; account managers are introducers instead).
 * - Other C-levels (neither buying, adjacent nor gatekeeper): stakeholders, 0.55 in companies below 500 people and
 *   fading to 0.2 in enterprises.
 * Scores are finally scaled by the title's own confidence: × (0.6 + 0.4 × normaliser confidence).
 */
import type { BuyerGroupRole } from '../../discovery/domain/buyer-group-role.js';
import type { ManagementLevel } from '../../enrichment/domain/coresignal-records.js';
import { GATEKEEPER_KEYWORDS, INTRODUCER_KEYWORDS, type SellerCategoryProfile } from './seller-profiles.data.js';
import { SENIORITY_RANK, type NormalizedTitle, type SeniorityLevel, type TitleFunction } from './title-taxonomy.js';

export const COMPANY_SIZE_BANDS = ['micro', 'small', 'smb', 'mid_market', 'large', 'enterprise'] as const;
export type CompanySizeBand = (typeof COMPANY_SIZE_BANDS)[number];

/**
 * PRODUCT.md §2 bands by total headcount: micro < 10, small < 100, SMB 100–499, mid-market 500–999,
 * large 1,000–9,999, enterprise 10,000+. Unknown headcount → SMB (the median buyer).
 */
export function companySizeBand(employeeCount: number | null | undefined): CompanySizeBand {
  if (employeeCount === null || employeeCount === undefined || !Number.isFinite(employeeCount) || employeeCount <= 0) return 'smb';
  if (employeeCount < 10) return 'micro';
  if (employeeCount < 100) return 'small';
  if (employeeCount < 500) return 'smb';
  if (employeeCount < 1_000) return 'mid_market';
  if (employeeCount < 10_000) return 'large';
  return 'enterprise';
}

/** Authority of each seniority level, 0–1. Board members have no authority inside the company (not employees). */
export const AUTHORITY: Readonly<Record<SeniorityLevel, number>> = {
  intern: 0.05,
  junior: 0.15,
  professional: 0.3,
  senior: 0.4,
  manager: 0.55,
  head: 0.7,
  director: 0.75,
  vp: 0.9,
  c_level: 1,
  owner: 1,
  board: 0,
};

/** How a function relates to what the seller sells. */
export type FunctionRelation = 'buying' | 'gatekeeper' | 'adjacent' | 'general_management' | 'none';

/** Function match per relation (the "function match" shown in the reasons). */
export const FUNCTION_MATCH: Readonly<Record<FunctionRelation, number>> = {
  buying: 1,
  general_management: 0.8,
  gatekeeper: 0.8,
  adjacent: 0.6,
  none: 0,
};

export interface RoleRuleInput {
  title: NormalizedTitle;
  /** The provider's department (active_experience_department), used when the title names no function. */
  department?: string | null;
  /** The provider's management level, raises the seniority when it is higher than the title's. */
  managementLevel?: ManagementLevel | null;
  /** LinkedIn connections, the access signal of introducers (unknown → 0.5). */
  connections?: number | null;
}

export interface RoleRuleSignal {
  /** The best role, or null when the person is not a buyer-group candidate for this seller. */
  role: BuyerGroupRole | null;
  /** 0–1: how strongly the rules support `role`. */
  score: number;
  /** Every role the rules consider possible, with its score (the chosen one included). */
  scores: Partial<Record<BuyerGroupRole, number>>;
  authority: number;
  functionMatch: number;
  access: number;
  relation: FunctionRelation;
  function: TitleFunction;
  seniority: SeniorityLevel;
  /** Why the person can never be a member (board member, intern), or null. */
  excluded: string | null;
  reasons: string[];
}

const DM_GENERAL_MANAGEMENT: Readonly<Record<CompanySizeBand, number>> = {
  micro: 0.98,
  small: 0.95,
  smb: 0.85,
  mid_market: 0.7,
  large: 0.35,
  enterprise: 0.25,
};
const DM_BUYING_LEADER_ALTERNATIVE: Readonly<Record<CompanySizeBand, number>> = {
  micro: 0.7,
  small: 0.6,
  smb: 0.6,
  mid_market: 0.5,
  large: 0.4,
  enterprise: 0.3,
};
const OTHER_C_LEVEL_STAKEHOLDER: Readonly<Record<CompanySizeBand, number>> = {
  micro: 0.6,
  small: 0.55,
  smb: 0.55,
  mid_market: 0.4,
  large: 0.3,
  enterprise: 0.2,
};

const MANAGEMENT_LEVEL_SENIORITY: Readonly<Record<ManagementLevel, SeniorityLevel>> = {
  'C-Level': 'c_level',
  'VP-Level': 'vp',
  Director: 'director',
  Manager: 'manager',
  Senior: 'senior',
  'Mid-Level': 'professional',
  Specialist: 'junior',
  Intern: 'intern',
};

/** Provider department → function (only used when the title gives no function). Matched on lower-case substrings. */
const DEPARTMENT_FUNCTIONS: readonly (readonly [string, TitleFunction])[] = [
  ['sales', 'sales'],
  ['marketing', 'marketing'],
  ['financ', 'finance'],
  ['accounting', 'finance'],
  ['legal', 'legal'],
  ['security', 'security'],
  ['information technology', 'it'],
  ['engineering', 'engineering'],
  ['product', 'product'],
  ['data', 'data'],
  ['human resources', 'hr'],
  ['customer service', 'customer_support'],
  ['customer success', 'customer_success'],
  ['procurement', 'procurement'],
  ['purchasing', 'procurement'],
  ['operations', 'operations'],
  ['administrative', 'administrative'],
  ['consulting', 'consulting'],
  ['research', 'research'],
];

/** Acronyms the normaliser must guess at: "CSO" is a Chief Sales Officer as often as a Chief Security Officer. */
const AMBIGUOUS_TITLES: readonly { pattern: RegExp; unless: RegExp; functions: readonly TitleFunction[] }[] = [
  { pattern: /(^|[^a-z])cso([^a-z]|$)/, unless: /secur|sales|strategy|sustainab/, functions: ['sales', 'security'] },
];

const round2 = (x: number): number => Math.round(x * 100) / 100;

const keywordPatterns = new Map<string, RegExp>();

/** The first keyword that occurs as a whole word (or whole phrase) in a lower-case text, or null. */
export function hasKeyword(text: string, keywords: readonly string[]): string | null {
  for (const k of keywords) {
    if (!text.includes(k)) continue;
    let re = keywordPatterns.get(k);
    if (!re) keywordPatterns.set(k, (re = new RegExp(`(^|[^a-z0-9])${k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}([^a-z0-9]|$)`)));
    if (re.test(text)) return k;
  }
  return null;
}

export function seniorityFromManagementLevel(level: ManagementLevel | null | undefined): SeniorityLevel | null {
  return level ? MANAGEMENT_LEVEL_SENIORITY[level] : null;
}

export function functionFromDepartment(department: string | null | undefined): TitleFunction | null {
  if (!department) return null;
  const d = department.toLowerCase();
  if (d.includes('c-suite') || d.includes('executive')) return 'executive';
  for (const [needle, fn] of DEPARTMENT_FUNCTIONS) if (d.includes(needle)) return fn;
  return null;
}

function relationOf(fn: TitleFunction, seller: SellerCategoryProfile): FunctionRelation {
  if (seller.buyingFunctions.includes(fn)) return 'buying';
  if (seller.gatekeeperFunctions.includes(fn)) return 'gatekeeper';
  if (seller.adjacentFunctions.includes(fn)) return 'adjacent';
  return 'none';
}

/** Network reach 0–1 from LinkedIn connections (500+ is the most LinkedIn shows); unknown → 0.5. */
export function accessFromConnections(connections: number | null | undefined): number {
  if (connections === null || connections === undefined || !Number.isFinite(connections) || connections < 0) return 0.5;
  return round2(Math.min(1, Math.log10(connections + 1) / Math.log10(501)));
}

interface Evaluation {
  scores: Partial<Record<BuyerGroupRole, number>>;
  relation: FunctionRelation;
  functionMatch: number;
  why: Partial<Record<BuyerGroupRole, string>>;
}

function evaluate(
  fn: TitleFunction,
  seniority: SeniorityLevel,
  title: NormalizedTitle,
  text: string,
  seller: SellerCategoryProfile,
  band: CompanySizeBand,
  access: number,
): Evaluation {
  const scores: Partial<Record<BuyerGroupRole, number>> = {};
  const why: Partial<Record<BuyerGroupRole, string>> = {};
  const set = (role: BuyerGroupRole, score: number, reason: string) => {
    if ((scores[role] ?? -1) < score) {
      scores[role] = score;
      why[role] = reason;
    }
  };
  const A = AUTHORITY[seniority] * (title.flags.interim ? 0.9 : 1);
  const top = seniority === 'c_level' || seniority === 'owner';
  const vp = seniority === 'vp';
  const leader = seniority === 'head' || seniority === 'director';
  const manager = seniority === 'manager';
  const small = band === 'micro' || band === 'small';
  const championKw = hasKeyword(text, seller.championKeywords);
  const introducerKw = hasKeyword(text, INTRODUCER_KEYWORDS);
  const gatekeeperKw = hasKeyword(text, GATEKEEPER_KEYWORDS);

  const generalManagement = (fn === 'executive' && (top || title.flags.ownerFounder)) || (title.flags.ownerFounder && top);
  let relation: FunctionRelation = generalManagement ? 'general_management' : relationOf(fn, seller);
  // a controller, compliance or privacy title guards a gate even outside the gatekeeper functions
  if ((relation === 'adjacent' || relation === 'none') && gatekeeperKw) relation = 'gatekeeper';

  switch (relation) {
    case 'general_management': {
      set('decision_maker', DM_GENERAL_MANAGEMENT[band], `general management decides in a ${band.replace('_', '-')} company`);
      if (band === 'large' || band === 'enterprise') set('stakeholder', band === 'large' ? 0.4 : 0.2, 'general management of a large company: sponsor, not the buyer');
      break;
    }
    case 'buying': {
      if (top || vp) {
        set('decision_maker', top ? 0.95 : 0.9, `${top ? 'C-level' : 'VP-level'} leader of the buying function`);
        set('champion', 0.5, 'leader of the buying function');
      } else if (leader) {
        set('champion', championKw ? 0.95 : 0.8, championKw ? `operational owner ('${championKw}') leading in the buying function` : 'head/director in the buying function');
        set('decision_maker', DM_BUYING_LEADER_ALTERNATIVE[band], 'decides only where no VP owns the function');
      } else if (manager) {
        const accountRole = introducerKw && !championKw;
        set('champion', accountRole ? 0.5 : (championKw ? 0.9 : 0.65) + (small ? 0.05 : 0), championKw ? `operational owner ('${championKw}') in the buying function` : 'manager in the buying function');
      } else if (seniority !== 'intern') {
        if (championKw) set('champion', seniority === 'senior' ? 0.55 : 0.45, `works on the problem ('${championKw}') in the buying function`);
        if (small && seniority !== 'junior') set('champion', seniority === 'senior' ? 0.55 : 0.45, 'hands-on member of the buying function in a small company');
        if (seniority === 'senior' || small) set('stakeholder', seniority === 'senior' ? 0.3 : 0.2, 'user in the buying function');
      }
      break;
    }
    case 'gatekeeper': {
      const label = gatekeeperKw && relationOf(fn, seller) !== 'gatekeeper' ? `'${gatekeeperKw}'` : fn;
      set('blocker', 0.35 + 0.6 * A, `${label} controls an approval gate`);
      if (top || vp) set('stakeholder', 0.4, 'senior leader outside the buying function');
      break;
    }
    case 'adjacent': {
      // account people (CSMs, account managers) are introducers rather than stakeholders
      if (A >= AUTHORITY.manager && !(manager && introducerKw)) set('stakeholder', 0.3 + 0.6 * A, `${fn} leader, adjacent to the purchase`);
      else if (seniority === 'senior' || manager || small) set('stakeholder', 0.15 + 0.4 * A, `${fn} is adjacent to the purchase`);
      if (championKw && (manager || leader)) set('champion', 0.65, `owns the problem ('${championKw}') from an adjacent function`);
      break;
    }
    case 'none': {
      if (top) set('stakeholder', OTHER_C_LEVEL_STAKEHOLDER[band], 'C-level outside the buying function');
      else if (vp) set('stakeholder', OTHER_C_LEVEL_STAKEHOLDER[band] * 0.7, 'VP outside the buying function');
      else if (championKw && (manager || leader)) set('champion', 0.5, `works on the problem ('${championKw}')`);
      break;
    }
  }

  // access: customer-facing individual contributors open doors
  if (seller.introducerFunctions.includes(fn) && !top && !vp && !leader && seniority !== 'intern') {
    const base = introducerKw ? 0.55 : fn === 'business_development' || fn === 'customer_success' ? 0.45 : 0;
    if (base > 0) set('introducer', round2(base + 0.3 * (access - 0.5) + (seniority === 'senior' || manager ? 0.05 : 0)), `customer-facing${introducerKw ? ` ('${introducerKw}')` : ''}, access ${access.toFixed(2)}`);
  }
  return { scores, relation, functionMatch: relation === 'buying' || championKw ? 1 : FUNCTION_MATCH[relation], why };
}

const ROLE_ORDER: readonly BuyerGroupRole[] = ['decision_maker', 'champion', 'blocker', 'stakeholder', 'introducer'];

function best(scores: Partial<Record<BuyerGroupRole, number>>): { role: BuyerGroupRole | null; score: number } {
  let role: BuyerGroupRole | null = null;
  let score = 0;
  for (const r of ROLE_ORDER) {
    const s = scores[r];
    if (s !== null && s !== undefined && s > score) {
      role = r;
      score = s;
    }
  }
  return { role, score };
}

/** The rules signal for one person. */
export function applyRoleRules(input: RoleRuleInput, seller: SellerCategoryProfile, band: CompanySizeBand): RoleRuleSignal {
  const { title } = input;
  const text = title.cleaned.toLowerCase();
  const reasons: string[] = [];
  const access = accessFromConnections(input.connections);

  // authority: the title's seniority, raised to the provider's management level when that is higher
  let seniority = title.seniority;
  const provided = seniorityFromManagementLevel(input.managementLevel);
  if (provided && seniority !== 'board' && seniority !== 'owner' && SENIORITY_RANK[provided] > SENIORITY_RANK[seniority]) {
    reasons.push(`seniority ${seniority} raised to ${provided} (provider management level)`);
    seniority = provided;
  }
  const authority = round2(AUTHORITY[seniority] * (title.flags.interim ? 0.9 : 1));
  const base = { authority, access, seniority, excluded: null as string | null };
  const exclude = (why: string, fn: TitleFunction): RoleRuleSignal => ({
    ...base,
    role: null,
    score: 0,
    scores: {},
    functionMatch: 0,
    relation: 'none',
    function: fn,
    excluded: why,
    reasons: [...reasons, why],
  });

  if (title.flags.board && !title.flags.executive) return exclude('board member: not an employee of the company', title.function);
  if (seniority === 'intern') return exclude('intern: no part in a purchase', title.function);

  // function: the title's, else the provider's department
  let fn = title.function;
  if (fn === 'other' || (fn === 'executive' && seniority !== 'c_level' && seniority !== 'owner')) {
    const dep = functionFromDepartment(input.department);
    if (dep && dep !== 'executive' && dep !== fn) {
      reasons.push(`function ${dep} from department '${input.department}'`);
      fn = dep;
    }
  }

  if (title.flags.assistantTo) {
    const scores = { introducer: 0.35 };
    return {
      ...base,
      authority: 0.1,
      role: 'introducer',
      score: round2(0.35 * (0.6 + 0.4 * title.confidence)),
      scores,
      functionMatch: 0,
      relation: 'none',
      function: fn,
      reasons: [...reasons, `"${title.cleaned}" → assistant to an executive: never a decision maker, can open the executive's door`],
    };
  }

  // ambiguous acronyms: read the title the way that fits the seller best
  let ev = evaluate(fn, seniority, title, text, seller, band, access);
  for (const amb of AMBIGUOUS_TITLES) {
    if (!amb.pattern.test(text) || amb.unless.test(text)) continue;
    for (const alt of amb.functions) {
      if (alt === fn) continue;
      const other = evaluate(alt, seniority, title, text, seller, band, access);
      // prefer the reading that puts the person in the seller's buying function, else the stronger one
      const better =
        other.relation === 'buying' ? ev.relation !== 'buying' || best(other.scores).score > best(ev.scores).score : ev.relation !== 'buying' && best(other.scores).score > best(ev.scores).score;
      if (better) {
        reasons.push(`'${title.cleaned}' is ambiguous (${amb.functions.join(' or ')}): read as ${alt}`);
        ev = other;
        fn = alt;
      }
    }
  }

  // hard rules
  const top = seniority === 'c_level' || seniority === 'owner';
  if (top) delete ev.scores.introducer; // C-level (and any CEO/founder) is never an introducer

  const factor = 0.6 + 0.4 * title.confidence;
  const scores: Partial<Record<BuyerGroupRole, number>> = {};
  for (const r of ROLE_ORDER) {
    const s = ev.scores[r];
    if (s !== null && s !== undefined) scores[r] = round2(Math.min(1, s) * factor);
  }
  const chosen = best(scores);
  const relationText = ev.relation === 'general_management' ? 'general management' : `${fn} = ${ev.relation === 'none' ? 'unrelated' : ev.relation} function for ${seller.category}`;
  reasons.unshift(`"${title.cleaned}" → authority ${authority.toFixed(1)}, function match ${ev.functionMatch.toFixed(1)} (${relationText})`);
  if (chosen.role) reasons.push(`${chosen.role} ${chosen.score.toFixed(2)}: ${ev.why[chosen.role]}`);
  else reasons.push('no buyer-group role for this seller');
  return {
    ...base,
    role: chosen.role,
    score: chosen.score,
    scores,
    functionMatch: ev.functionMatch,
    relation: ev.relation,
    function: fn,
    reasons,
  };
}
