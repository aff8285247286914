/**
 * The deterministic parser of find-role queries: a free-text sentence in EN/DE/FR/ES/NL/IT/PT → `{ role, company }`.
 * Pure and synchronous; the AI parser (role-query-parser.port.ts) is tried first when configured, this one always
 * answers and is the fallback.
 *
 * How a query is read:
 *  1. Clean (quotes, "¿…?", typographic apostrophes) and tokenise, keeping each token's place in the text so the
 *     company comes back exactly as written ("Telefónica", "AT&T"). "Acme's" gives a possessive token, "d'Orange"
 *     an elision.
 *  2. Strip lead-ins ("who is the", "get me", "finde den", "qui est le", "quién es el", "wie is de", "chi è il",
 *     "quem é o", …) and trailers ("please", "bitte", "por favor", …). A bare article is only stripped when a role
 *     word follows it, so "De Beers CFO" keeps its company.
 *  3. Try every way to cut the rest into a role and a company: role-first at a separator ("at", "@", "of", "bei",
 *     "von", "chez", "de", "van", "di", "da", ":" …), company-first at a possessive ("Acme's VP of sales") or a
 *     punctuation separator ("Acme: CFO"), and with no separator ("acme vp sales", "CFO Siemens").
 *  4. Each candidate role text is read against the role catalog: the whole text as a named role's alias ("chief
 *     financial officer", "Finanzvorstand", "DAF", "director financiero"), else composed from a level word and a
 *     function word in either order ("head of security", "VP sales", "Vertriebsleiter" = vertrieb + leiter), with
 *     typos corrected word by word against the catalog's vocabulary (Damerau–Levenshtein: 1 edit up to 7 letters,
 *     2 from 8; a 3-letter word only by one insertion: "hed" → "head"). Every word of the role text must be read,
 *     or the candidate is not a role.
 *  5. The best candidate wins: a complete role (1, minus 0.05 per corrected word, 0.1 less for several roles in
 *     one), a plausible company (made of role words only: −0.6; starting next to the role with a role word: −0.2),
 *     and the form (possessive +0.05, separator word +0.03, punctuation +0.02, no separator −0.05). Ties keep the
 *     first cut. The parse's confidence is that score without the bonuses, at most 1.
 */
import { foldTokens } from '../../classification/domain/title-text.js';
import { COMPOUND_LEVEL_SUFFIXES } from './role-catalog.data.js';
import {
  ALIAS_INDEX,
  FILLER_WORDS,
  FUNCTION_WORDS,
  LEVEL_WORDS,
  MODIFIER_WORDS,
  ROLE_VOCABULARY,
  chiefOf,
  composedKey,
  roleByKey,
  type RoleLevel,
  type WantedRole,
} from './role-catalog.js';

/** Queries are cut here; real ones are a sentence. */
export const MAX_QUERY_LENGTH = 500;

export interface ParsedRoleQuery {
  role: WantedRole;
  /** the role as the query wrote it */
  roleText: string;
  /** the company as the query wrote it (articles, possessive and punctuation removed) */
  company: string;
  /** typo corrections applied to role words, "cheif → chief" */
  corrections: string[];
  /** 0–1: how sure the parse is */
  confidence: number;
  /** role_first: "CFO at Acme"; company_first: "Acme's CFO", "acme vp sales"; ai: read by the AI parser */
  form: 'role_first' | 'company_first' | 'ai';
}

export type RoleQueryParseResult =
  | { ok: true; query: ParsedRoleQuery }
  | { ok: false; reason: string; role?: WantedRole; company?: string };

/** A role text read against the catalog. */
export interface RoleTextReading {
  role: WantedRole;
  corrections: string[];
  /** 1 for an exact reading, less per correction or ambiguity */
  score: number;
  /** other functions the text named besides the one used ("head of sales and marketing") */
  ignored: string[];
}

type TokenKind = 'word' | 'sep' | 'poss' | 'elision';

interface Token {
  kind: TokenKind;
  /** folded form (one word), the separator symbol, "'s" or the elided word */
  fold: string;
  start: number;
  end: number;
}

// ───────────────────────────── word lists ─────────────────────────────

const phrases = (list: string): string[][] =>
  list
    .split('|')
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => p.split(/\s+/));

/** Lead-ins stripped from the start whatever follows them, longest first. */
const LEAD_INS: string[][] = phrases(
  // English
  "please|pls|plz|hey|hi|hello|ok|okay|so|can you|could you|would you|will you|can u|pls help|help me|help me find|" +
    "i need|i need to find|i need to reach|i need to contact|i want|i want to find|i would like|i d like|i 'd like|im looking for|" +
    "i m looking for|i 'm looking for|i am looking for|we are looking for|looking for|we need|find|find out|find me|" +
    "search|search for|look up|lookup|look for|get|get me|give me|show|show me|tell me|tell me who|identify|locate|" +
    "fetch|list|who|who is|who 's|whos|who s|who are|what is|what 's|whats|what is the name of|what 's the name of|" +
    "whats the name of|the name of|name of|the person who is|person who is|someone who is|the person|contact|" +
    "contact details for|contact details of|contact info for|contact info of|email of|email for|email address of|" +
    "details of|details for|info on|information on|name and email of|is|currently|right now|" +
    // German
    "bitte|finde|finden|finde mir|finden sie|such|suche|suche mir|suche nach|such mir|ich suche|wir suchen|wer ist|" +
    "wer ist aktuell|wer ist derzeit|zeig mir|zeige mir|gib mir|nenne mir|nenn mir|wie heisst|kannst du|konnen sie|mir|" +
    "ermittle|" +
    // French
    "qui est|qui sont|c est qui|c 'est qui|trouve|trouve moi|trouvez|trouvez moi|trouver|cherche|cherche moi|je cherche|" +
    "nous cherchons|donne moi|donnez moi|montre moi|quel est|quelle est|s il te plait|s il vous plait|pouvez vous|peux tu|" +
    "est|actuellement|" +
    // Spanish
    "quien es|quienes son|quien|encuentra|encuentrame|encontrar|busca|buscar|buscame|dame|dime|necesito|por favor|" +
    "cual es|puedes|muestrame|" +
    // Dutch
    "wie is|wie zijn|wie|vind|zoek|zoek naar|geef me|geef mij|toon|toon me|alsjeblieft|graag|ik zoek|" +
    // Italian
    "chi e|chi sono|chi|trova|trovami|trovare|cerca|cercami|dammi|dimmi|per favore|qual e|mostrami|" +
    // Portuguese
    "quem e|quem sao|quem|encontre|encontra|encontrar|procure|procura|procurar|ache|acha|me|mostre|mostra|me diga|diga me|qual",
);

/** Articles stripped from the start only when a role word follows ("the CFO", "le DAF", "de CFO"). */
const ARTICLES = new Set(
  'the|a|an|our|le|la|les|l|un|une|el|los|las|il|lo|gli|i|o|os|um|uma|una|de|het|een|der|die|das|den|dem|des|current'.split('|'),
);

/** Trailers stripped from the end. */
const TRAILERS: string[][] = phrases(
  'please|pls|plz|thanks|thank you|thx|bitte|danke|por favor|per favore|alsjeblieft|alstublieft|graag|obrigado|obrigada|' +
    'gracias|grazie|merci|s il vous plait|s il te plait|now|right now|currently|today|at the moment|at present|is|' +
    'aktuell|derzeit|actuellement|actualmente|attualmente|atualmente|momenteel|ist',
);

/** Words that can stand between a role and its company, role first ("CFO at Acme", "DAF de Renault"). */
const SEPARATOR_WORDS = new Set(
  ('at|of|for|from|with|in|on|inside|within|bei|von|vom|der|des|fur|im|chez|de|du|dans|en|del|van|bij|voor|di|del|della|' +
    'dello|dell|presso|da|do|dos|das|na|no|em|pour|para|per|al|all|dall').split('|'),
);

/** Elisions that are separators ("d'Orange", "dell'Eni"); "l'" is an article. */
const SEPARATOR_ELISIONS = new Set(['d', 'dell', 'dall', 'all', 'nell', 'sull', 'qu']);

// ───────────────────────────── tokens ─────────────────────────────

const TOKEN_RE =
  /(?<elision>(?<![\p{L}\p{N}])(?:l|d|c|j|s|dell|dall|all|nell|sull|qu)'(?=\p{L}))|(?<amp>(?<![\p{L}\p{N}])[&+](?![\p{L}\p{N}]))|(?<word>[\p{L}\p{N}]+(?:[&.+][\p{L}\p{N}]+)*(?:\+\+|#)?)|(?<poss>'s(?![\p{L}\p{N}])|(?<=[sS])'(?![\p{L}\p{N}]))|(?<sep>\s[-–—]+\s|[@:,;|/–—])/giu;

function clean(query: string): string {
  return query
    .normalize('NFC')
    .slice(0, MAX_QUERY_LENGTH)
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”«»„"]/g, ' ')
    .replace(/[¿¡?!…]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index;
    const end = start + m[0].length;
    const g = m.groups ?? {};
    if (g.elision !== undefined) {
      tokens.push({ kind: 'elision', fold: foldTokens(g.elision).join(' '), start, end });
    } else if (g.amp !== undefined) {
      tokens.push({ kind: 'word', fold: 'and', start, end });
    } else if (g.word !== undefined) {
      // "R&D" → r, d; "Geschäftsführer" → geschaftsfuhrer; each part keeps the word's place in the text
      for (const part of foldTokens(g.word)) tokens.push({ kind: 'word', fold: part, start, end });
    } else if (g.poss !== undefined) {
      tokens.push({ kind: 'poss', fold: "'s", start, end });
    } else if (g.sep !== undefined) {
      const symbol = g.sep.trim();
      tokens.push({ kind: 'sep', fold: /^[-–—]+$/.test(symbol) ? '-' : symbol, start, end });
    }
  }
  return tokens;
}

const tokenText = (t: Token): string => (t.kind === 'poss' ? "'s" : t.fold);

function matchesAt(tokens: readonly Token[], at: number, phrase: readonly string[]): boolean {
  if (at + phrase.length > tokens.length) return false;
  for (let i = 0; i < phrase.length; i++) if (tokenText(tokens[at + i]!) !== phrase[i]) return false;
  return true;
}

/** Is this token the start of a role (a role word, possibly misspelt)? */
function startsRole(token: Token | undefined): boolean {
  if (!token || token.kind !== 'word') return false;
  return ROLE_VOCABULARY.has(token.fold) || correctWord(token.fold) !== undefined;
}

function stripLeadIns(tokens: Token[]): Token[] {
  let out = tokens;
  for (let guard = 0; guard < 12; guard++) {
    while (out[0]?.kind === 'sep') out = out.slice(1);
    const lead = LEAD_INS.filter((p) => matchesAt(out, 0, p)).sort((a, b) => b.length - a.length)[0];
    // a lead-in is never the whole query, and never eats a role word that has nothing before the company
    if (lead && out.length > lead.length) {
      out = out.slice(lead.length);
      continue;
    }
    const first = out[0];
    if (first && (first.kind === 'word' || first.kind === 'elision') && ARTICLES.has(first.fold) && startsRole(out[1])) {
      out = out.slice(1);
      continue;
    }
    break;
  }
  return out;
}

function stripTrailers(tokens: Token[]): Token[] {
  let out = tokens;
  for (let guard = 0; guard < 6; guard++) {
    while (out.length > 0 && out[out.length - 1]!.kind === 'sep') out = out.slice(0, -1);
    const trailer = TRAILERS.filter((p) => out.length > p.length && matchesAt(out, out.length - p.length, p)).sort(
      (a, b) => b.length - a.length,
    )[0];
    if (!trailer) break;
    out = out.slice(0, out.length - trailer.length);
  }
  return out;
}

// ───────────────────────────── typo correction ─────────────────────────────

/** Optimal-string-alignment (restricted Damerau–Levenshtein) distance, stopping early past `max`. */
export function editDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  let prev2: number[] = [];
  let prev: number[] = Array.from({ length: cols }, (_, j) => j);
  for (let i = 1; i < rows; i++) {
    const cur: number[] = [i];
    let rowMin = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[cols - 1]!;
}

/** Vocabulary words a typo may be corrected to: letters only, 3+ letters, no glue words. */
const CORRECTABLE: readonly string[] = [...ROLE_VOCABULARY].filter((w) => w.length >= 3 && /^[a-z]+$/.test(w) && !FILLER_WORDS.has(w));
const CORRECTION_CACHE = new Map<string, string | null>();

/** The catalog word a misspelt role word most likely means, or undefined (see the header for the limits). */
export function correctWord(word: string): string | undefined {
  if (ROLE_VOCABULARY.has(word) || word.length < 3 || !/^[a-z]+$/.test(word)) return undefined;
  const cached = CORRECTION_CACHE.get(word);
  if (cached !== undefined) return cached ?? undefined;
  const max = word.length >= 8 ? 2 : 1;
  let best: { word: string; distance: number; rank: number } | undefined;
  for (const candidate of CORRECTABLE) {
    if (word.length === 3 && candidate.length !== 4) continue;
    if (word.length > 3 && candidate.length < 3) continue;
    const distance = editDistance(word, candidate, max);
    if (distance > max) continue;
    // ties: the same first letter, then the closest length
    const rank = distance * 10 + (candidate[0] === word[0] ? 0 : 5) + Math.abs(candidate.length - word.length);
    if (!best || rank < best.rank) best = { word: candidate, distance, rank };
  }
  if (CORRECTION_CACHE.size > 10_000) CORRECTION_CACHE.clear();
  CORRECTION_CACHE.set(word, best?.word ?? null);
  return best?.word;
}

// ───────────────────────────── role text ─────────────────────────────

const MAX_PHRASE_WORDS = 5;

function longestAt(words: readonly string[], at: number, index: ReadonlyMap<string, string>): { value: string; length: number } | undefined {
  for (let length = Math.min(MAX_PHRASE_WORDS, words.length - at); length >= 1; length--) {
    const value = index.get(words.slice(at, at + length).join(' '));
    if (value !== undefined) return { value, length };
  }
  return undefined;
}

/** "vertriebsleiter" → [sales, head]; "finanzchef" is an alias of CFO and never gets here. */
function readCompound(word: string): { functionKey: string; level: RoleLevel | 'chief' } | undefined {
  for (const [suffix, level] of COMPOUND_LEVEL_SUFFIXES) {
    if (!word.endsWith(suffix) || word.length <= suffix.length + 1) continue;
    let stem = word.slice(0, -suffix.length);
    let functionKey = FUNCTION_WORDS.get(stem);
    if (functionKey === undefined && stem.endsWith('s')) {
      stem = stem.slice(0, -1);
      functionKey = FUNCTION_WORDS.get(stem);
    }
    if (functionKey !== undefined) return { functionKey, level };
  }
  return undefined;
}

/**
 * Reads a role text (already folded words) against the catalog; undefined when it is not wholly a role (a level
 * without a function, a function without a level, or any word that is neither).
 */
function readRoleWords(input: readonly string[]): RoleTextReading | undefined {
  const corrections: string[] = [];
  const corrected = input.map((word) => {
    if (ROLE_VOCABULARY.has(word) || FILLER_WORDS.has(word) || MODIFIER_WORDS.has(word)) return word;
    const fix = correctWord(word);
    if (fix === undefined) return word;
    corrections.push(`${word} → ${fix}`);
    return fix;
  });
  let words = corrected.filter((word) => !MODIFIER_WORDS.has(word) || ALIAS_INDEX.has(word));
  while (words.length > 0 && FILLER_WORDS.has(words[0]!)) words = words.slice(1);
  while (words.length > 0 && FILLER_WORDS.has(words[words.length - 1]!)) words = words.slice(0, -1);
  if (words.length === 0) return undefined;
  const penalty = 0.05 * corrections.length;

  // 1. the whole text is a named role's alias ("chief financial officer", "daf", "director financiero")
  const named = ALIAS_INDEX.get(words.join(' ')) ?? ALIAS_INDEX.get(corrected.filter(Boolean).join(' '));
  if (named !== undefined) return { role: roleByKey(named)!, corrections, score: 1 - penalty, ignored: [] };

  // 2. composed: a level and a function, in any order, glue words between
  let level: RoleLevel | 'chief' | undefined;
  const functions: string[] = [];
  for (let i = 0; i < words.length; ) {
    const word = words[i]!;
    if (FILLER_WORDS.has(word)) {
      i++;
      continue;
    }
    if (word === 'chief') {
      level ??= 'chief';
      i++;
      continue;
    }
    if (word === 'officer' && level === 'chief') {
      i++;
      continue;
    }
    const levelHit = longestAt(words, i, LEVEL_WORDS as ReadonlyMap<string, string>);
    const fnHit = longestAt(words, i, FUNCTION_WORDS);
    if (levelHit && (!fnHit || levelHit.length >= fnHit.length)) {
      level ??= levelHit.value as RoleLevel;
      i += levelHit.length;
      continue;
    }
    if (fnHit) {
      functions.push(fnHit.value);
      i += fnHit.length;
      continue;
    }
    const compound = readCompound(word);
    if (compound) {
      level ??= compound.level;
      functions.push(compound.functionKey);
      i++;
      continue;
    }
    return undefined;
  }
  if (level === undefined || functions.length === 0) return undefined;
  const [functionKey, ...others] = [...new Set(functions)];
  const key = level === 'chief' ? chiefOf(functionKey!) : composedKey(level, functionKey!);
  const role = key === undefined ? undefined : roleByKey(key);
  if (!role) return undefined;
  return { role, corrections, score: 1 - penalty - (others.length > 0 ? 0.15 : 0), ignored: others };
}

/** Reads a role written alone ("VP of Sales", "cheif financial officer", "Finanzvorstand"); used for AI answers too. */
export function readRoleText(text: string): RoleTextReading | undefined {
  const tokens = stripTrailers(stripLeadIns(tokenise(clean(text))));
  if (tokens.length === 0 || tokens.some((t) => t.kind === 'sep' || t.kind === 'poss')) return undefined;
  return readRoleWords(tokens.map((t) => t.fold));
}

// ───────────────────────────── the query ─────────────────────────────

interface Candidate {
  reading: RoleTextReading;
  roleTokens: Token[];
  companyTokens: Token[];
  form: Cut;
  score: number;
  confidence: number;
}

type Cut = 'role_first' | 'company_first';

/** Words that join two roles ("CTO and Co-founder", "CFO / COO"). */
const CONJUNCTIONS = new Set(['and', 'or', 'und', 'oder', 'et', 'ou', 'y', 'o', 'e', 'en', 'of']);

function readRoleTokens(tokens: readonly Token[]): RoleTextReading | undefined {
  if (tokens.length === 0 || tokens.length > 12) return undefined;
  if (tokens.some((t) => t.kind === 'poss' || (t.kind === 'sep' && t.fold === '@'))) return undefined;
  const words = tokens.filter((t) => t.kind !== 'sep');
  const whole = tokens.every((t) => t.kind !== 'sep') ? readRoleWords(words.map((t) => t.fold)) : undefined;
  if (whole) return whole;
  // several roles in one ("CTO/Co-founder", "CEO and founder"): every part must be a role; the first is looked for
  const parts: string[][] = [[]];
  for (const t of tokens) {
    if (t.kind === 'sep' || (t.kind === 'word' && CONJUNCTIONS.has(t.fold) && t.fold !== 'of')) parts.push([]);
    else parts[parts.length - 1]!.push(t.fold);
  }
  if (parts.length < 2 || parts.some((p) => p.length === 0)) return undefined;
  const readings = parts.map((p) => readRoleWords(p));
  if (readings.some((r) => r === undefined)) return undefined;
  const [first, ...others] = readings as RoleTextReading[];
  return {
    role: first!.role,
    corrections: readings.flatMap((r) => r!.corrections),
    score: first!.score - 0.1,
    ignored: others.map((r) => r.role.label),
  };
}

function trimCompany(tokens: readonly Token[]): Token[] {
  let out = [...tokens];
  while (out.length > 0 && (out[0]!.kind === 'sep' || out[0]!.kind === 'poss' || (out[0]!.kind === 'word' && out[0]!.fold === 'the'))) out = out.slice(1);
  while (out.length > 0 && out[out.length - 1]!.kind !== 'word') out = out.slice(0, -1);
  return out;
}

const isRoleWord = (t: Token | undefined): boolean =>
  t !== undefined && t.kind === 'word' && ROLE_VOCABULARY.has(t.fold) && !FILLER_WORDS.has(t.fold) && !MODIFIER_WORDS.has(t.fold);

/**
 * Company words that are all role words or glue ("VP of | Sales") make an implausible company (−0.6); a company
 * whose word next to the role is a role word probably took part of the role ("CTO / Co-founder at Acme": −0.2).
 */
function companyPenalty(tokens: readonly Token[], form: Cut): number {
  const words = tokens.filter((t) => t.kind === 'word');
  if (words.length === 0) return -1;
  if (words.every((t) => ROLE_VOCABULARY.has(t.fold) || FILLER_WORDS.has(t.fold) || MODIFIER_WORDS.has(t.fold))) return -0.6;
  return isRoleWord(form === 'role_first' ? words[0] : words[words.length - 1]) ? -0.2 : 0;
}

function isSeparator(token: Token): boolean {
  if (token.kind === 'sep') return true;
  if (token.kind === 'elision') return SEPARATOR_ELISIONS.has(token.fold);
  return token.kind === 'word' && SEPARATOR_WORDS.has(token.fold);
}

/** How much an explicit form is trusted over another: a possessive, a separator word, punctuation, nothing. */
const FORM_BONUS = { possessive: 0.05, word: 0.03, symbol: 0.02, bare: -0.05 } as const;

function consider(out: Candidate[], roleTokens: Token[], companyTokens: Token[], form: Cut, cut: keyof typeof FORM_BONUS): void {
  const company = trimCompany(companyTokens);
  if (company.length === 0) return;
  // a company starting (or, company first, ending) with a separator word belongs to that separator's cut
  // and a company never starts or ends with glue ("CEO | and founder of Acme")
  if (cut === 'bare') {
    const edge = form === 'role_first' ? company[0]! : company[company.length - 1]!;
    if (isSeparator(edge) || FILLER_WORDS.has(edge.fold) || CONJUNCTIONS.has(edge.fold)) return;
  }
  const reading = readRoleTokens(roleTokens);
  if (!reading) return;
  const penalty = companyPenalty(company, form);
  out.push({
    reading,
    roleTokens,
    companyTokens: company,
    form,
    score: reading.score + FORM_BONUS[cut] + penalty,
    // how sure the parse is: what lowers the score counts, a bonus for an explicit form does not
    confidence: reading.score + Math.min(0, FORM_BONUS[cut]) + penalty,
  });
}

function spanText(text: string, tokens: readonly Token[]): string {
  if (tokens.length === 0) return '';
  const start = Math.min(...tokens.map((t) => t.start));
  const end = Math.max(...tokens.map((t) => t.end));
  return text
    .slice(start, end)
    .replace(/^[\s'.,;:|/@-]+|[\s'.,;:|/@-]+$/g, '')
    .trim();
}

/** Parses a find-role query into the role wanted and the company named. Never throws. */
export function parseRoleQuery(query: string): RoleQueryParseResult {
  if (typeof query !== 'string' || query.trim() === '') return { ok: false, reason: 'the query is empty' };
  const text = clean(query);
  const tokens = stripTrailers(stripLeadIns(tokenise(text)));
  if (tokens.length === 0) return { ok: false, reason: 'the query names no role and no company' };

  const candidates: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'poss') consider(candidates, tokens.slice(i + 1), tokens.slice(0, i), 'company_first', 'possessive');
    if (isSeparator(token)) consider(candidates, tokens.slice(0, i), tokens.slice(i + 1), 'role_first', token.kind === 'sep' ? 'symbol' : 'word');
    if (token.kind === 'sep' && token.fold !== '@') consider(candidates, tokens.slice(i + 1), tokens.slice(0, i), 'company_first', 'symbol');
  }
  for (let k = 1; k < tokens.length; k++) {
    consider(candidates, tokens.slice(0, k), tokens.slice(k), 'role_first', 'bare');
    consider(candidates, tokens.slice(k), tokens.slice(0, k), 'company_first', 'bare');
  }

  // the first of equally good cuts wins (stable sort): "CFO of Bank of America" cuts at the first "of"
  candidates.sort((a, b) => b.score - a.score);
  const best = candidates[0];
  if (!best) {
    const alone = readRoleTokens(tokens);
    if (alone) {
      return { ok: false, reason: `no company named: say which company, e.g. "find the ${alone.role.label} at Acme"`, role: alone.role };
    }
    return {
      ok: false,
      reason: `no known role in "${text}": ask e.g. "find the CFO at Acme", "who is the head of security at Acme" or "Acme's VP of sales"`,
    };
  }
  const company = spanText(text, best.companyTokens);
  return {
    ok: true,
    query: {
      role: best.reading.role,
      roleText: spanText(text, best.roleTokens),
      company,
      corrections: best.reading.corrections,
      confidence: Math.max(0.1, Math.min(1, Math.round(best.confidence * 100) / 100)),
      form: best.form,
    },
  };
}

/**
 * Turns an AI answer (role and company as the model read them) into a parse, or says why it cannot be used: the
 * role must be one the catalog knows, and the company must be named in the query (no invented companies).
 */
export function fromAiAnswer(query: string, answer: { role: string; company: string }): RoleQueryParseResult {
  const roleText = typeof answer.role === 'string' ? answer.role.trim() : '';
  const company = typeof answer.company === 'string' ? answer.company.replace(/\s+/g, ' ').trim() : '';
  if (roleText === '' || company === '') return { ok: false, reason: 'the AI answer has no role or no company' };
  if (roleText.length > 120 || company.length > 200) return { ok: false, reason: 'the AI answer is too long to be a role and a company' };
  const reading = readRoleText(roleText);
  if (!reading) return { ok: false, reason: `the AI named a role the catalog does not know: "${roleText}"` };
  const queryWords = new Set(foldTokens(query));
  const queryText = foldTokens(query).join('');
  const companyWords = foldTokens(company);
  const named = companyWords.some((w) => queryWords.has(w)) || (companyWords.length > 0 && queryText.includes(companyWords.join('')));
  if (!named) return { ok: false, reason: `the AI named a company that is not in the query: "${company}"` };
  return {
    ok: true,
    query: { role: reading.role, roleText, company, corrections: reading.corrections, confidence: 1, form: 'ai' },
  };
}
