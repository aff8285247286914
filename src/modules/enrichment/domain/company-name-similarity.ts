/**
 * How alike two company names are, for resolving a company a person named ("Nortwind" → "Northwind Traders GmbH").
 * Pure and deterministic. Names are normalised first (case, accents, "&", punctuation, a leading "the" and trailing
 * legal forms such as Inc, GmbH, Ltd, SA, BV), then compared three ways:
 * - soft token Jaccard: tokens pair up when equal, or when both have 4+ characters and a Levenshtein ratio ≥ 0.8
 *   (one typo in a word);
 * - Levenshtein ratio of the whole normalised names (1 − distance / longer length);
 * - coverage: the share of the query's tokens found in the candidate.
 * score = 0.5·jaccard + 0.3·levenshtein + 0.2·coverage, and 1 for equal normalised names. A candidate whose name
 * starts with every token of the query ("Globex" → "Globex Logistics") scores at least 0.75 + 0.25·(its tokens the
 * query covers), so a short name people actually type outranks a loose match.
 */

/** Legal forms and their dotted spellings (dots are removed before the lookup: "S.A." → "sa"). */
const LEGAL_SUFFIXES = new Set([
  'inc', 'incorporated', 'corp', 'corporation', 'co', 'company', 'llc', 'llp', 'lp', 'ltd', 'limited', 'plc',
  'gmbh', 'mbh', 'ag', 'kg', 'kgaa', 'ohg', 'ug', 'se', 'sa', 'sas', 'sarl', 'sl', 'slu', 'srl', 'spa', 'sro', 'bv',
  'nv', 'vof', 'oy', 'oyj', 'ab', 'as', 'asa', 'aps', 'pty', 'pte', 'pvt', 'private', 'kk', 'kft', 'zrt', 'sp',
  'zoo', 'doo', 'holding', 'holdings',
]);

/** Tokens of a normalised company name: lower-case, accents removed, & → and, legal forms and leading "the" dropped. */
export function companyNameTokens(name: string): string[] {
  const text = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    // dotted abbreviations: "s.a.", "b.v.", "n.v." → "sa", "bv", "nv"
    .replace(/\b((?:\p{L}\.){2,})/gu, (m) => m.replace(/\./g, ''))
    .replace(/\+/g, ' plus ');
  const tokens = text.split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 0);
  while (tokens.length > 1 && LEGAL_SUFFIXES.has(tokens[tokens.length - 1]!)) tokens.pop();
  // "sp. z o.o." leaves "sp z oo": drop the tail when it is one of these
  if (tokens.length > 3 && tokens.slice(-3).join(' ') === 'sp z oo') tokens.splice(-3);
  if (tokens.length > 1 && tokens[0] === 'the') tokens.shift();
  return tokens;
}

export function normaliseCompanyName(name: string): string {
  return companyNameTokens(name).join(' ');
}

/** Edit distance (insert, delete, substitute: 1 each), two-row dynamic programme. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    [previous, current] = [current, previous];
  }
  return previous[b.length]!;
}

/** 1 − distance / length of the longer string; 1 for two empty strings. */
export function levenshteinRatio(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - levenshtein(a, b) / longer;
}

const TOKEN_TYPO_RATIO = 0.8;
const TOKEN_TYPO_MIN_LENGTH = 4;

function tokensMatch(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < TOKEN_TYPO_MIN_LENGTH || b.length < TOKEN_TYPO_MIN_LENGTH) return false;
  return levenshteinRatio(a, b) >= TOKEN_TYPO_RATIO;
}

/** How many tokens pair up (each used once), greedily in order. */
function matchedTokens(query: string[], candidate: string[]): number {
  const used = new Array<boolean>(candidate.length).fill(false);
  let matched = 0;
  // exact pairs first, so a typo pairing never steals a token an exact pair needs
  const pending: string[] = [];
  for (const q of query) {
    const i = candidate.findIndex((c, k) => !used[k] && c === q);
    if (i >= 0) {
      used[i] = true;
      matched++;
    } else {
      pending.push(q);
    }
  }
  for (const q of pending) {
    const i = candidate.findIndex((c, k) => !used[k] && tokensMatch(q, c));
    if (i >= 0) {
      used[i] = true;
      matched++;
    }
  }
  return matched;
}

export interface CompanyNameSimilarity {
  /** 0–1, see the module comment */
  score: number;
  jaccard: number;
  levenshtein: number;
  /** share of the query's tokens the candidate has */
  coverage: number;
  /** the normalised names are equal */
  exact: boolean;
  /** the candidate's name starts with every token of the query */
  prefix: boolean;
}

/** Similarity of a candidate's name to the name a caller asked for (asymmetric only through coverage / prefix). */
export function companyNameSimilarity(query: string, candidate: string): CompanyNameSimilarity {
  const q = companyNameTokens(query);
  const c = companyNameTokens(candidate);
  if (q.length === 0 || c.length === 0) {
    return { score: 0, jaccard: 0, levenshtein: 0, coverage: 0, exact: false, prefix: false };
  }
  const qs = q.join(' ');
  const cs = c.join(' ');
  const lev = levenshteinRatio(qs, cs);
  if (qs === cs) return { score: 1, jaccard: 1, levenshtein: 1, coverage: 1, exact: true, prefix: true };
  const matched = matchedTokens(q, c);
  const jaccard = matched / (q.length + c.length - matched);
  const coverage = matched / q.length;
  const prefix = q.length < c.length && q.every((t, i) => c[i] === t);
  let score = 0.5 * jaccard + 0.3 * lev + 0.2 * coverage;
  if (prefix) score = Math.max(score, 0.75 + 0.25 * (q.length / c.length));
  // never let a non-identical name tie an identical one
  score = Math.min(score, 0.99);
  return { score: round(score), jaccard: round(jaccard), levenshtein: round(lev), coverage: round(coverage), exact: false, prefix };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
