/**
 * The compiled role catalog (role-catalog.data.ts): every role find-role knows as a {@link WantedRole}, the fallback
 * chain of each, and the folded word indexes the query parser reads. Pure; built once at module load.
 */
import { foldTokens } from '../../classification/domain/title-text.js';
import type { SeniorityLevel, TitleFunction } from '../../classification/domain/title-taxonomy.js';
import { FUNCTION_DEPARTMENTS } from '../../discovery/domain/search-plan.js';
import type { ManagementLevel } from '../../enrichment/domain/coresignal-records.js';
import {
  NAMED_ROLES,
  ROLE_FILLERS,
  ROLE_FUNCTIONS,
  ROLE_LEVELS,
  ROLE_MODIFIERS,
  type RoleFunctionData,
  type RoleLevel,
} from './role-catalog.data.js';

export type { RoleLevel } from './role-catalog.data.js';

/** One role to look for: what it is, how titles spell it and what replaces it when nobody holds it. */
export interface WantedRole {
  /** 'cfo', 'vp:sales', 'head:security' */
  readonly key: string;
  /** how answers name it: 'CFO', 'VP Sales', 'Head of Security' */
  readonly label: string;
  /** long form: 'Chief Financial Officer' (named roles), else the label */
  readonly title: string;
  readonly fn: TitleFunction;
  /** other functions whose people can hold it (a slightly weaker match) */
  readonly related: readonly TitleFunction[];
  readonly seniority: SeniorityLevel;
  /** composed roles: their level and function key; named roles: null */
  readonly level: RoleLevel | null;
  readonly functionKey: string | null;
  /** phrases for the provider's title search, as titles write them */
  readonly searchPhrases: readonly string[];
  /** the same phrases folded into tokens, for matching titles here */
  readonly matchPhrases: readonly (readonly string[])[];
  /** Coresignal management levels people holding it carry */
  readonly managementLevels: readonly ManagementLevel[];
  /** Coresignal departments people holding it sit in (and title words narrowing a shared department) */
  readonly departments: readonly string[];
  readonly departmentPhrases: readonly string[];
  /** role keys tried in order when nobody holds it */
  readonly fallbackKeys: readonly string[];
}

const fold = (text: string): string => foldTokens(text).join(' ');

function dedupePhrases(phrases: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const phrase of phrases) {
    const key = fold(phrase);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    out.push(phrase);
  }
  return out;
}

function departmentsOf(fn: TitleFunction): { departments: string[]; phrases: string[] } {
  const entry = FUNCTION_DEPARTMENTS[fn];
  return { departments: [...(entry?.departments ?? [])], phrases: [...(entry?.titlePhrases ?? [])] };
}

function managementLevelsOf(seniority: SeniorityLevel): ManagementLevel[] {
  switch (seniority) {
    case 'c_level':
    case 'owner':
      return ['C-Level'];
    case 'vp':
      return ['VP-Level'];
    case 'head':
    case 'director':
      return ['Director'];
    case 'manager':
      return ['Manager'];
    default:
      return ['Senior', 'Mid-Level'];
  }
}

function build(input: Omit<WantedRole, 'matchPhrases' | 'searchPhrases' | 'departments' | 'departmentPhrases'> & { searchPhrases: string[] }): WantedRole {
  const searchPhrases = dedupePhrases(input.searchPhrases);
  const { departments, phrases } = departmentsOf(input.fn);
  return Object.freeze({
    ...input,
    searchPhrases,
    matchPhrases: searchPhrases.map((phrase) => foldTokens(phrase)),
    departments,
    departmentPhrases: phrases,
  });
}

const FUNCTION_BY_KEY = new Map<string, RoleFunctionData>(ROLE_FUNCTIONS.map((f) => [f.key, f]));
const LEVEL_KEYS = Object.keys(ROLE_LEVELS) as RoleLevel[];

export function composedKey(level: RoleLevel, functionKey: string): string {
  return `${level}:${functionKey}`;
}

function composedRole(level: RoleLevel, f: RoleFunctionData): WantedRole {
  const l = ROLE_LEVELS[level];
  const label = l.label.replace('{fn}', f.label);
  const templated = l.templates.flatMap((template) => f.en.map((word) => template.replace('{w}', word)));
  const fallbackKeys = l.fallbacks
    .map((next) => (next === 'chief' ? f.chief : composedKey(next, f.key)))
    .filter((key): key is string => key !== undefined);
  return build({
    key: composedKey(level, f.key),
    label,
    title: label,
    fn: f.fn,
    related: f.related ?? [],
    seniority: l.seniority,
    level,
    functionKey: f.key,
    searchPhrases: [...templated, ...(f.native?.[level] ?? [])],
    managementLevels: l.managementLevels,
    fallbackKeys,
  });
}

const ROLES = new Map<string, WantedRole>();
for (const r of NAMED_ROLES) {
  ROLES.set(
    r.key,
    build({
      key: r.key,
      label: r.label,
      title: r.title,
      fn: r.fn,
      related: r.related ?? [],
      seniority: r.seniority,
      level: null,
      functionKey: ROLE_FUNCTIONS.find((f) => f.chief === r.key)?.key ?? null,
      searchPhrases: r.searchPhrases,
      managementLevels: managementLevelsOf(r.seniority),
      fallbackKeys: r.fallbacks,
    }),
  );
}
for (const f of ROLE_FUNCTIONS) for (const level of LEVEL_KEYS) ROLES.set(composedKey(level, f.key), composedRole(level, f));

for (const role of ROLES.values()) {
  for (const key of role.fallbackKeys) if (!ROLES.has(key)) throw new Error(`role catalog: ${role.key} falls back to unknown role ${key}`);
}

export function roleByKey(key: string): WantedRole | undefined {
  return ROLES.get(key);
}

export function allRoles(): WantedRole[] {
  return [...ROLES.values()];
}

/** The key of the C-level role of a function key ('finance' → 'cfo'), if it has one. */
export function chiefOf(functionKey: string): string | undefined {
  return FUNCTION_BY_KEY.get(functionKey)?.chief;
}

/** The role and what to try after it, in order, without repeats: CFO → VP Finance → Head of Finance → Finance Director. */
export function fallbackChain(role: WantedRole, maxLength = 5): WantedRole[] {
  const chain = [role];
  const seen = new Set([role.key]);
  for (const key of role.fallbackKeys) {
    if (chain.length >= maxLength) break;
    const next = ROLES.get(key);
    if (next && !seen.has(next.key)) {
      seen.add(next.key);
      chain.push(next);
    }
  }
  return chain;
}

// ───────────────────────────── parser indexes ─────────────────────────────

/** folded alias (whole role text) → role key */
export const ALIAS_INDEX: ReadonlyMap<string, string> = (() => {
  const index = new Map<string, string>();
  for (const r of NAMED_ROLES) {
    for (const alias of [r.key.replace(/_/g, ' '), r.label, r.title, ...r.aliases]) {
      const key = fold(alias);
      if (key && !index.has(key)) index.set(key, r.key);
    }
  }
  return index;
})();

/** folded level word (one or more tokens) → level */
export const LEVEL_WORDS: ReadonlyMap<string, RoleLevel> = new Map(
  LEVEL_KEYS.flatMap((level) => ROLE_LEVELS[level].words.map((word) => [fold(word), level] as const)),
);

/** folded function word (one or more tokens) → function key; the first function listing a word keeps it */
export const FUNCTION_WORDS: ReadonlyMap<string, string> = (() => {
  const index = new Map<string, string>();
  for (const f of ROLE_FUNCTIONS) {
    for (const word of [f.key.replace(/_/g, ' '), f.label, ...f.words]) {
      const key = fold(word);
      if (key && !index.has(key)) index.set(key, f.key);
    }
  }
  return index;
})();

export const FILLER_WORDS: ReadonlySet<string> = new Set(ROLE_FILLERS.map(fold).filter(Boolean));
export const MODIFIER_WORDS: ReadonlySet<string> = new Set(ROLE_MODIFIERS.map(fold).filter(Boolean));

/** Every token a role text may contain, for telling role words from company words and for typo correction. */
export const ROLE_VOCABULARY: ReadonlySet<string> = (() => {
  const words = new Set<string>();
  const add = (phrase: string) => {
    for (const token of phrase.split(' ')) if (token) words.add(token);
  };
  for (const key of ALIAS_INDEX.keys()) add(key);
  for (const key of LEVEL_WORDS.keys()) add(key);
  for (const key of FUNCTION_WORDS.keys()) add(key);
  add('chief officer');
  return words;
})();

export function functionLabel(functionKey: string): string | undefined {
  return FUNCTION_BY_KEY.get(functionKey)?.label;
}
