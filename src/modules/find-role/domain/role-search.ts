/**
 * What find-role asks the employee-data provider, and how it ranks what comes back. Pure.
 *
 * First the company record's key executives (free: they come with the company): when one of them holds the role
 * asked for, no search or preview is needed. Otherwise:
 * Searches (free, totals only; exact and fallback together, function only when they find nobody to read):
 *  - exact:    the role's own title phrases ("CFO", "Chief Financial Officer", "Finanzvorstand", "DAF" …);
 *  - fallback: the title phrases of the rest of its fallback chain (VP Finance, Head of Finance, Finance Director);
 *  - function: the function's departments at the chain's management levels and Manager (for titles no phrase list
 *              spells, in any language).
 * Previews (paid, 20 people a page) follow the totals — the first source with people, and the exact and fallback
 * phrases together in one preview when both fit on one page — and stop as soon as someone holds a role of the chain;
 * at most {@link MAX_PREVIEWS}. Assistants, secretaries and interns are excluded in every search.
 */
import type { CompanyRecord, EmployeePreview } from '../../enrichment/domain/coresignal-records.js';
import type { EmployeeSearchCriteria } from '../../enrichment/domain/employee-data.port.js';
import { foldTokens } from '../../classification/domain/title-text.js';
import type { ManagementLevel } from '../../enrichment/domain/coresignal-records.js';
import type { WantedRole } from './role-catalog.js';
import { managementRank, matchTitle, tierWeight, type RoleMatch } from './role-match.js';

/** previews one request reads at most */
export const MAX_PREVIEWS = 3;
/** alternatives given besides the best person */
export const MAX_ALTERNATIVES = 3;

/** Titles that are never the role: assistants, secretaries, interns, trainees (whole words; short, as every row reads it). */
export const EXCLUDED_TITLE_PHRASES = ['assistant', 'assistent', 'assistentin', 'assistente', 'assistenz', 'secretary', 'intern', 'trainee', 'praktikant', 'stagiaire'];

export type SourceName = 'exact' | 'fallback' | 'function';

export interface SearchSource {
  name: SourceName;
  criteria: EmployeeSearchCriteria;
}

function uniquePhrases(phrases: Iterable<string>): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const phrase of phrases) {
    const key = foldTokens(phrase).join(' ');
    if (key && !seen.has(key)) {
      seen.add(key);
      out.push(phrase);
    }
  }
  return out;
}

/** The free searches for a chain at one company, in the order they are read. */
export function planRoleSearches(companyId: number, chain: readonly WantedRole[]): SearchSource[] {
  const [role, ...rest] = chain;
  if (!role) return [];
  const exclude = { excludeTitlePhrases: EXCLUDED_TITLE_PHRASES };
  const sources: SearchSource[] = [{ name: 'exact', criteria: { companyId, titlePhrases: [...role.searchPhrases], ...exclude } }];
  const exact = new Set(role.searchPhrases.map((p) => foldTokens(p).join(' ')));
  const fallbackPhrases = uniquePhrases(rest.flatMap((r) => r.searchPhrases)).filter((p) => !exact.has(foldTokens(p).join(' ')));
  if (fallbackPhrases.length > 0) sources.push({ name: 'fallback', criteria: { companyId, titlePhrases: fallbackPhrases, ...exclude } });
  if (role.departments.length > 0) {
    const levels = new Set<ManagementLevel>(chain.flatMap((r) => r.managementLevels));
    levels.add('Manager');
    sources.push({
      name: 'function',
      criteria: {
        companyId,
        departments: [...role.departments],
        managementLevels: [...levels],
        ...(role.departmentPhrases.length > 0 ? { titlePhrases: [...role.departmentPhrases] } : {}),
        ...exclude,
      },
    });
  }
  return sources;
}

/** The criteria of several phrase sources read as one preview ("everyone of exact and fallback"). */
export function unionOf(sources: readonly SearchSource[]): EmployeeSearchCriteria {
  const [first] = sources;
  return {
    companyId: first!.criteria.companyId,
    titlePhrases: uniquePhrases(sources.flatMap((s) => s.criteria.titlePhrases ?? [])),
    excludeTitlePhrases: EXCLUDED_TITLE_PHRASES,
  };
}

export interface RankedPerson {
  preview: EmployeePreview;
  match: RoleMatch;
  /** listed among the company's key executives */
  keyExecutive: boolean;
}

export interface Ranking {
  ranked: RankedPerson[];
  /** people left out and why (assistants, board seats) */
  excluded: { id: number; title: string; reason: string }[];
}

/**
 * The company record's key executives as preview-like records (id, name and title only), so they are read like
 * search results: a C-level role listed there needs no search and no preview, only the one collect.
 */
export function executivePreviews(company: Pick<CompanyRecord, 'key_executives' | 'company_name' | 'website' | 'industry'>): EmployeePreview[] {
  return (company.key_executives ?? [])
    .filter((e) => Number.isSafeInteger(e.parent_id) && e.parent_id > 0 && typeof e.member_position_title === 'string')
    .map((e) => ({
      id: e.parent_id,
      full_name: e.member_full_name,
      professional_network_url: null,
      headline: null,
      location_full: null,
      location_country: null,
      connections_count: null,
      followers_count: null,
      company_name: company.company_name,
      company_website: company.website,
      company_industry: company.industry,
      active_experience_title: e.member_position_title,
      active_experience_department: null,
      active_experience_management_level: null,
      _score: 0,
    }));
}

/**
 * Ranks people against the chain: tier (the role asked for first), then the company's key executives before others
 * (the company names them as holding the role), then fit, then the provider's management level, then more
 * connections, then the lower id. People matching nothing are left out; a person given twice counts once (first wins).
 */
export function rankPeople(previews: Iterable<EmployeePreview>, chain: readonly WantedRole[], keyExecutives: ReadonlySet<number> = new Set()): Ranking {
  const ranked: RankedPerson[] = [];
  const excluded: Ranking['excluded'] = [];
  const seen = new Set<number>();
  for (const preview of previews) {
    if (seen.has(preview.id)) continue;
    seen.add(preview.id);
    const verdict = matchTitle(preview.active_experience_title, chain, preview.active_experience_management_level);
    if ('excluded' in verdict) excluded.push({ id: preview.id, title: preview.active_experience_title ?? '', reason: verdict.excluded });
    else if (verdict.match) ranked.push({ preview, match: verdict.match, keyExecutive: keyExecutives.has(preview.id) });
  }
  ranked.sort(
    (a, b) =>
      a.match.tier - b.match.tier ||
      Number(b.keyExecutive) - Number(a.keyExecutive) ||
      b.match.fit - a.match.fit ||
      managementRank(b.preview.active_experience_management_level) - managementRank(a.preview.active_experience_management_level) ||
      (b.preview.connections_count ?? 0) - (a.preview.connections_count ?? 0) ||
      a.preview.id - b.preview.id,
  );
  return { ranked, excluded };
}

/**
 * Confidence 0–100 that this person is the one wanted: 100 × fit × tier weight × parse confidence, × 0.9 when the
 * full profile was not checked. Documented in the module README.
 */
export function confidenceOf(match: RoleMatch, chainLength: number, parseConfidence: number, profileChecked: boolean): number {
  const value = 100 * match.fit * tierWeight(match.tier, chainLength) * parseConfidence * (profileChecked ? 1 : 0.9);
  return Math.max(1, Math.min(100, Math.round(value)));
}

/** Other ways to ask: the rest of the chain, the function's other levels, its C-level role (labels, no repeats). */
export function roleVariations(chain: readonly WantedRole[], extra: readonly (WantedRole | undefined)[]): string[] {
  const labels = new Set<string>();
  for (const role of [...chain.slice(1), ...extra]) if (role && role.key !== chain[0]?.key) labels.add(role.label);
  return [...labels].slice(0, 6);
}
