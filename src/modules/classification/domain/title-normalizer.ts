/**
 * Job-title normalisation: cleans a raw (often LinkedIn-headline-like) title and derives its business function,
 * seniority level and authority flags, in any of EN/DE/FR/ES/NL/IT/PT. Pure and synchronous; every table is
 * compiled once at module load, and per-token analysis of unknown words is memoised in a bounded map.
 *
 * How a title is read:
 *  1. Clean: cut at 400 characters, drop emojis, split headline segments ("|", "•", ";"), drop noise segments
 *     ("Speaker", "Mentor", "ex-…"), strip companies ("@ Acme", "at Acme", "bei Acme", "…, Acme GmbH",
 *     "der Acme AG"), degrees ("Dipl.-Ing.", "MBA") and gender markers ("(m/w/d)"), expand abbreviations
 *     ("Sr." → "Senior", "Stv." → "Stellvertretender", "Mktg" → "Marketing", "Abt.-Ltr." → "Abteilung-Leiter"), move a
 *     parenthesised region ("(EMEA)") to `region`.
 *  2. Fold (lower case, no diacritics), tokenise and respell: feminine forms of known words lose their ending
 *     ("Managerin" → manager) and an unknown word one typing error from the vocabulary is corrected
 *     ("Vertiebsleiter"). Then longest-phrase matching against the lexicon (title-lexicon.ts; "&" stands for
 *     "and"), separately for function and for level. Unknown tokens are decomposed as German/Dutch compounds
 *     (Vertriebsleiterin = vertrieb + leiter + in) and looked up in generated vocabulary (title-knowledge.data.ts:
 *     O*NET head nouns).
 *  3. Function = the strongest signal of the primary segment (ties: a fixed precedence, marketing first, general
 *     management last, a trade fair yielding to an equal sales word; a primary segment with only general management
 *     or weak hints defers to a later job segment naming a function); seniority = the highest level named, with "junior"/"trainee" capping, "assistant to …"
 *     resetting, a leading "Lead" before a role noun reading as senior ("Lead UX Designer"), and "Prokurist"
 *     counting only when it is the sole level word.
 */
import { ONET_HEAD_NOUNS } from './title-knowledge.data.js';
import {
  ASSISTANT_PREPOSITIONS,
  ASSISTANT_TARGETS,
  ASSISTANT_WORDS,
  FUNCTION_PHRASES,
  FUNCTION_STEMS,
  FUNCTION_SUFFIXES,
  INTERIM_PHRASES,
  JUNIOR_CAP,
  LEAD_NOT_LEVEL_AFTER,
  LEVEL_PHRASES,
  NOISE_SEGMENT_WORDS,
  NON_AUTHORITY_AFTER,
  REGION_PHRASES,
} from './title-lexicon.js';
import {
  SENIORITY_RANK,
  type NormalizedTitle,
  type SeniorityLevel,
  type TitleFlags,
  type TitleFunction,
} from './title-taxonomy.js';
import { foldText, tokenize } from './title-text.js';

export type { NormalizedTitle, SeniorityLevel, TitleFlags, TitleFunction } from './title-taxonomy.js';

/** Longer inputs are cut here: real titles are far shorter, and the cost of a call stays bounded. */
export const MAX_TITLE_LENGTH = 400;

/**
 * Tie-break precedence between functions of equal weight, first wins. Marketing over sales, sales over business
 * development, business development over IT, IT over consulting/projects, as the curated department titles show
 * for titles naming two functions; specialist gatekeepers before generalists; general management last.
 */
const FUNCTION_PRECEDENCE: readonly TitleFunction[] = [
  'marketing',
  'sales',
  'business_development',
  'procurement',
  'security',
  'data',
  'engineering',
  'it',
  'consulting',
  'hr',
  'legal',
  'finance',
  'product',
  'customer_success',
  'customer_support',
  'project_management',
  'operations',
  'manufacturing',
  'research',
  'healthcare',
  'education',
  'administrative',
  'executive',
  'other',
];
const PRECEDENCE_INDEX = new Map<TitleFunction, number>(FUNCTION_PRECEDENCE.map((f, i) => [f, i]));

// ───────────────────────────── compiled tables ─────────────────────────────

interface Phrase<T> {
  readonly tokens: readonly string[];
  readonly text: string;
  readonly value: T;
}
type PhraseIndex<T> = Map<string, Phrase<T>[]>;

function splitAlternatives(spec: string): string[] {
  return spec
    .split('|')
    .map((p) => tokenize(foldText(p)).join(' '))
    .filter((p) => p.length > 0);
}

/** Connectors that "&", "+" and "/" replace in real titles ("Learning & Development" = "learning and development"). */
const INNER_CONNECTOR_RE = / (?:and|und|et|y|e|en|i) /g;

/** A phrase and, when it has an inner connector word, the same phrase without it. */
function withConnectorVariants(phrase: string): string[] {
  const bare = phrase.replace(INNER_CONNECTOR_RE, ' ');
  return bare === phrase ? [phrase] : [phrase, bare];
}

function buildIndex<T>(entries: Iterable<readonly [string, T]>, merge: (a: T, b: T) => T): PhraseIndex<T> {
  const byText = new Map<string, T>();
  for (const [text, value] of entries) {
    const prev = byText.get(text);
    byText.set(text, prev === undefined ? value : merge(prev, value));
  }
  const index: PhraseIndex<T> = new Map();
  for (const [text, value] of byText) {
    const tokens = text.split(' ');
    const list = index.get(tokens[0]!) ?? [];
    list.push({ tokens, text, value });
    index.set(tokens[0]!, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  return index;
}

type FnWeights = ReadonlyArray<readonly [TitleFunction, number]>;

const FN_INDEX: PhraseIndex<FnWeights> = buildIndex(
  (function* () {
    for (const [fn, w, spec] of FUNCTION_PHRASES) {
      for (const a of splitAlternatives(spec)) {
        for (const p of withConnectorVariants(a)) yield [p, [[fn, w]] as FnWeights] as const;
      }
    }
  })(),
  (a, b) => {
    const out = new Map<TitleFunction, number>(a);
    for (const [f, w] of b) out.set(f, Math.max(out.get(f) ?? 0, w));
    return [...out];
  },
);

const LEVEL_INDEX: PhraseIndex<SeniorityLevel> = buildIndex(
  (function* () {
    for (const [level, spec] of LEVEL_PHRASES) {
      for (const a of splitAlternatives(spec)) for (const p of withConnectorVariants(a)) yield [p, level] as const;
    }
  })(),
  // A phrase listed under two levels keeps the higher one.
  (a, b) => (SENIORITY_RANK[b] > SENIORITY_RANK[a] ? b : a),
);

const phraseIndexOf = (spec: string): PhraseIndex<true> =>
  buildIndex(
    splitAlternatives(spec).map((p) => [p, true] as const),
    () => true,
  );

const INTERIM_INDEX = phraseIndexOf(INTERIM_PHRASES);
const ASSISTANT_INDEX = phraseIndexOf(ASSISTANT_WORDS);
const TARGET_INDEX = phraseIndexOf(ASSISTANT_TARGETS);
const PREP_INDEX = phraseIndexOf(ASSISTANT_PREPOSITIONS + '|the|la|le|l|el|il|die|den|het|a|o');
const REGION_INDEX = phraseIndexOf(REGION_PHRASES);
const NOISE_INDEX = phraseIndexOf(NOISE_SEGMENT_WORDS);
const JUNIOR_CAP_SET = new Set(splitAlternatives(JUNIOR_CAP));
const PARTNER_OWNER_BEFORE = new Set(
  splitAlternatives('managing|senior|equity|founding|general|name|salaried|junior|gesellschafter|inhaber|and|und|et|y|e|en'),
);
const LEAD_NOT_LEVEL = new Set(splitAlternatives(LEAD_NOT_LEVEL_AFTER));
const NON_AUTHORITY = new Map<string, Set<string>>(
  Object.entries(NON_AUTHORITY_AFTER).map(([k, v]) => [k, new Set(splitAlternatives(v))]),
);
/** Noise words that are a real job when they are the whole (first) title: "Coach", "Lecturer", "Author". */
const WEAK_NOISE = new Set(
  splitAlternatives(
    'coach|lecturer|dozent|dozentin|writer|author|autor|autorin|auteur|advisor|board advisor|volunteer|phd|mba|' +
      'freelance|photographer|fotograf|musician|artist|evangelist|ambassador|startup advisor|investor',
  ),
);
/** The person noun "consultant" (not German "Berater"), and the technology fields it makes consulting (readSegment). */
const CONSULTANT_NOUNS: ReadonlySet<string> = new Set(
  splitAlternatives('consultant|consultants|consultante|consultor|consultora|consulente|senior consultant'),
);
const TECH_FIELDS: readonly TitleFunction[] = ['it', 'engineering', 'data'];
/** Marketing evidence that yields to an equally strong sales word: trade fairs (German "Messe") and their compounds. */
const TRADE_FAIR_VIA: ReadonlySet<string> = new Set(['messe', 'messen', 'messewesen', 'fachmesse', 'fachmessen']);
const FILLER = new Set(splitAlternatives('and|und|et|y|e|en|&|of|de|der|die|das|the|a|for|fur|in|im|at|bei'));

/**
 * Function stems, longest first: [stem, function, anchored]. A stem names the function of a longer compound word
 * that contains it ("^" in the lexicon: only at the start, so "Eventmanager" but not "Prevention").
 */
interface Stem {
  readonly stem: string;
  readonly fn: TitleFunction;
  readonly weight: number;
  readonly anchored: boolean;
}
const STEMS: readonly Stem[] = FUNCTION_STEMS.flatMap(([fn, spec, weight]) =>
  spec.split('|').map((s) => ({ stem: s.replace(/^\^/, ''), fn, weight: weight ?? 1, anchored: s.startsWith('^') })),
).sort((a, b) => b.stem.length - a.stem.length);

/**
 * The function stem starting leftmost in a longer compound token (longest stem on a tie), or null. Weaker stems
 * (events, the generic "projekt") count only when no full-weight stem is in the token ("Eventmarketing" is
 * marketing outright, "Projektvertrieb" is sales).
 */
function leftmostStem(token: string): Stem | null {
  let at = Infinity;
  let best: Stem | null = null;
  for (const s of STEMS) {
    if (token.length <= s.stem.length) continue;
    const pos = s.anchored ? (token.startsWith(s.stem) ? 0 : -1) : token.indexOf(s.stem);
    if (pos < 0) continue;
    const stronger = best !== null && s.weight > best.weight;
    const weaker = best !== null && s.weight < best.weight;
    if (stronger || (!weaker && pos < at)) {
      at = pos;
      best = s;
    }
  }
  return best;
}

/** Level-bearing compound heads (German/Dutch), longest first: "Vertriebsleiter" ends with "leiter". */
const LEVEL_SUFFIXES: ReadonlyArray<readonly [string, SeniorityLevel]> = (
  [
    ['leiter', 'head'],
    ['leiterin', 'head'],
    ['leitung', 'head'],
    ['ltg', 'head'],
    ['ltr', 'head'],
    ['leider', 'head'],
    ['leidster', 'head'],
    ['chef', 'head'],
    ['chefin', 'head'],
    ['direktor', 'director'],
    ['direktorin', 'director'],
    ['direktion', 'director'],
    ['manager', 'manager'],
    ['managerin', 'manager'],
    ['verantwortlicher', 'manager'],
    ['verantwortliche', 'manager'],
    ['referent', 'junior'],
    ['referentin', 'junior'],
    ['assistent', 'junior'],
    ['assistentin', 'junior'],
    ['assistenz', 'junior'],
    ['mitarbeiter', 'junior'],
    ['mitarbeiterin', 'junior'],
    ['medewerker', 'junior'],
    ['medewerkster', 'junior'],
    ['sachbearbeiter', 'junior'],
    ['sachbearbeiterin', 'junior'],
    ['praktikant', 'intern'],
    ['praktikantin', 'intern'],
    ['berater', 'professional'],
    ['beraterin', 'professional'],
    ['spezialist', 'professional'],
    ['spezialistin', 'professional'],
    ['koordinator', 'professional'],
    ['koordinatorin', 'professional'],
    ['entwickler', 'professional'],
    ['entwicklerin', 'professional'],
    ['ingenieur', 'professional'],
    ['ingenieurin', 'professional'],
    ['techniker', 'professional'],
    ['technikerin', 'professional'],
    ['experte', 'senior'],
    ['expertin', 'senior'],
    ['vorstand', 'c_level'],
    ['geschaftsfuhrer', 'c_level'],
    ['geschaftsfuhrerin', 'c_level'],
    ['inhaber', 'owner'],
    ['inhaberin', 'owner'],
    ['grunder', 'owner'],
    ['grunderin', 'owner'],
    ['beirat', 'board'],
    ['aufsichtsrat', 'board'],
  ] as const
)
  .slice()
  .sort((a, b) => b[0].length - a[0].length);
/** Words that end like a level without being one: a Flugbegleiterin (flight attendant) leads nobody. */
const FALSE_LEVEL_SUFFIX_RE = /begleiter(?:in)?$/;
/** Level-bearing compound starts: "Chefredakteur", "Teamleiterin", "Oberarzt". */
const LEVEL_PREFIXES: ReadonlyArray<readonly [string, SeniorityLevel]> = [
  ['teamleit', 'head'],
  ['abteilungsleit', 'head'],
  ['bereichsleit', 'head'],
  ['gruppenleit', 'head'],
  ['chef', 'head'],
  ['hoofd', 'head'],
  ['vorstands', 'c_level'],
  ['geschaftsfuhr', 'c_level'],
  ['aufsichtsrat', 'board'],
  ['verwaltungsrat', 'board'],
  ['beirats', 'board'],
];

/** O*NET head nouns (title-knowledge.data.ts): a weak signal, deciding only where the lexicon names nothing. */
const GENERATED_TOKENS: ReadonlyMap<string, readonly [TitleFunction, number, string]> = (() => {
  const map = new Map<string, readonly [TitleFunction, number, string]>();
  for (const [fn, words] of Object.entries(ONET_HEAD_NOUNS) as [TitleFunction, string][]) {
    for (const w of words.split(' ')) if (w) map.set(w, [fn, 0.45, 'O*NET']);
  }
  return map;
})();

// ───────────────────────────── token analysis (memoised) ─────────────────────────────

interface TokenAnalysis {
  readonly fn: TitleFunction | null;
  readonly fnWeight: number;
  readonly fnSource: string;
  readonly level: SeniorityLevel | null;
}
const NO_ANALYSIS: TokenAnalysis = { fn: null, fnWeight: 0, fnSource: '', level: null };
const TOKEN_CACHE = new Map<string, TokenAnalysis>();
const TOKEN_CACHE_LIMIT = 50_000;

function singleFn(token: string): FnWeights | undefined {
  const list = FN_INDEX.get(token);
  if (!list) return undefined;
  for (const p of list) if (p.tokens.length === 1) return p.value;
  return undefined;
}
function singleLevel(token: string): SeniorityLevel | undefined {
  const list = LEVEL_INDEX.get(token);
  if (!list) return undefined;
  for (const p of list) if (p.tokens.length === 1) return p.value;
  return undefined;
}

/** Analyses a token no lexicon phrase matched: feminine/plural forms, compounds, generated vocabulary. */
function analyzeToken(token: string): TokenAnalysis {
  const cached = TOKEN_CACHE.get(token);
  if (cached !== undefined) return cached;
  let result = NO_ANALYSIS;
  if (token.length >= 3 && !/^\d+$/.test(token)) {
    let fn: TitleFunction | null = null;
    let fnWeight = 0;
    let fnSource = '';
    let level: SeniorityLevel | null = null;
    // Inflected forms of a known word: Leiterin → leiter, Beraterinnen → berater, commerciales → commercial.
    for (const ending of ['innen', 'in', 'es', 'er', 'en', 'em', 's', 'e', 'a']) {
      if (token.length - ending.length < 4 || !token.endsWith(ending)) continue;
      const base = token.slice(0, -ending.length);
      const f = singleFn(base);
      const l = singleLevel(base);
      if (f && !fn) {
        const best = strongest(f);
        fn = best[0];
        fnWeight = best[1];
        fnSource = base;
      }
      if (l && !level) level = l;
      if (fn || level) break;
    }
    if (!fn && token.length >= 6) {
      // The leftmost stem names the domain of a compound (Vertriebsassistentin: sales, not administration).
      const stem = leftmostStem(token);
      if (stem) [fnSource, fn, fnWeight] = [stem.stem, stem.fn, stem.weight];
    }
    if (!level && token.length >= 7 && !FALSE_LEVEL_SUFFIX_RE.test(token)) {
      for (const [suffix, l] of LEVEL_SUFFIXES) {
        if (token.endsWith(suffix) && token.length - suffix.length >= 3) {
          level = l;
          break;
        }
      }
      if (!level) {
        for (const [prefix, l] of LEVEL_PREFIXES) {
          if (token.startsWith(prefix) && token.length - prefix.length >= 3) {
            level = l;
            break;
          }
        }
      }
    }
    if (!fn && token.length >= 9) {
      for (const [suffix, f, w] of FUNCTION_SUFFIXES) {
        if (token.endsWith(suffix) && token.length - suffix.length >= 3) {
          [fn, fnWeight, fnSource] = [f, w, suffix];
          break;
        }
      }
    }
    if (!fn) {
      const g = GENERATED_TOKENS.get(token);
      if (g) [fn, fnWeight, fnSource] = [g[0], g[1], `${g[2]} '${token}'`];
    }
    if (fn || level) result = { fn, fnWeight, fnSource: fnSource || token, level };
  }
  if (TOKEN_CACHE.size >= TOKEN_CACHE_LIMIT) TOKEN_CACHE.clear();
  TOKEN_CACHE.set(token, result);
  return result;
}

/**
 * True when the hand-written lexicon already gives this folded token a function or level on its own (as a
 * one-word phrase or via a compound stem), or the token is a misspelling of lexicon vocabulary ("vetrieb"). Used by
 * the knowledge generator to keep generated vocabulary small and free of typos.
 */
export function lexiconKnowsToken(token: string): boolean {
  if (singleFn(token) !== undefined || singleLevel(token) !== undefined) return true;
  if (leftmostStem(token) !== null) return true;
  return token.length >= TYPO_MIN_LENGTH && spellingCandidate(token) !== null;
}

function strongest(weights: FnWeights): readonly [TitleFunction, number] {
  let best = weights[0]!;
  for (const w of weights) if (w[1] > best[1]) best = w;
  return best;
}

function matchAt<T>(index: PhraseIndex<T>, tokens: readonly string[], i: number): Phrase<T> | undefined {
  return matchList(index.get(tokens[i]!), tokens, i);
}

/** The longest phrase of a first-token list that matches at position i. */
function matchList<T>(list: readonly Phrase<T>[] | undefined, tokens: readonly string[], i: number): Phrase<T> | undefined {
  if (!list) return undefined;
  outer: for (const p of list) {
    if (i + p.tokens.length > tokens.length) continue;
    for (let k = 1; k < p.tokens.length; k++) if (tokens[i + k] !== p.tokens[k]) continue outer;
    return p;
  }
  return undefined;
}

/** The phrase lists a token starts in each index that readSegment consults: one lookup per token, not five. */
interface TokenLists {
  fn?: Phrase<FnWeights>[];
  level?: Phrase<SeniorityLevel>[];
  assistant?: Phrase<true>[];
  interim?: Phrase<true>[];
  region?: Phrase<true>[];
}
const TOKEN_LISTS: ReadonlyMap<string, TokenLists> = (() => {
  const out = new Map<string, TokenLists>();
  const add = <K extends keyof TokenLists>(key: K, index: Map<string, NonNullable<TokenLists[K]>>) => {
    for (const [first, list] of index) {
      const entry = out.get(first) ?? {};
      entry[key] = list;
      out.set(first, entry);
    }
  };
  add('fn', FN_INDEX);
  add('level', LEVEL_INDEX);
  add('assistant', ASSISTANT_INDEX);
  add('interim', INTERIM_INDEX);
  add('region', REGION_INDEX);
  return out;
})();
const NO_LISTS: TokenLists = {};

// ───────────────────────────── token spelling (memoised) ─────────────────────────────

/** Every folded word some vocabulary knows as it is: such tokens are never respelt. */
const KNOWN_TOKENS: ReadonlySet<string> = (() => {
  const known = new Set<string>();
  const addIndex = (index: PhraseIndex<unknown>) => {
    for (const list of index.values()) for (const p of list) for (const t of p.tokens) known.add(t);
  };
  for (const index of [FN_INDEX, LEVEL_INDEX, INTERIM_INDEX, ASSISTANT_INDEX, TARGET_INDEX, PREP_INDEX, REGION_INDEX, NOISE_INDEX]) {
    addIndex(index as PhraseIndex<unknown>);
  }
  for (const t of GENERATED_TOKENS.keys()) known.add(t);
  for (const t of FILLER) known.add(t);
  return known;
})();

/**
 * Words a misspelt token may be corrected to: function and level vocabulary of at least 7 letters (shorter words
 * are too close to names and places), indexed by their one-letter deletions (symmetric-delete spelling correction).
 */
const TYPO_MIN_LENGTH = 7;
const TYPO_TARGETS: ReadonlySet<string> = (() => {
  const targets = new Set<string>();
  for (const index of [FN_INDEX, LEVEL_INDEX] as PhraseIndex<unknown>[]) {
    for (const list of index.values()) {
      for (const p of list) for (const t of p.tokens) if (t.length >= TYPO_MIN_LENGTH && /^[a-z]+$/.test(t)) targets.add(t);
    }
  }
  return targets;
})();
const TYPO_DELETES: ReadonlyMap<string, string | null> = (() => {
  const deletes = new Map<string, string | null>();
  for (const w of TYPO_TARGETS) {
    for (let i = 0; i < w.length; i++) {
      const key = w.slice(0, i) + w.slice(i + 1);
      const prev = deletes.get(key);
      deletes.set(key, prev === undefined || prev === w ? w : null);
    }
  }
  return deletes;
})();

/**
 * True when a and b differ by one insertion, deletion, substitution or swap of neighbours away from their last two
 * letters: word endings are grammar, not typos ("Unternehmen" is no misspelt "Unternehmer", "direkter" no
 * "Direktor"), except a plural -s ("Managers").
 */
function typoOf(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || a === b) return false;
  if (a === b + 's') return true;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i >= Math.max(a.length, b.length) - 2) return false;
  let j = 0;
  while (j < a.length - i && j < b.length - i && a[a.length - 1 - j] === b[b.length - 1 - j]) j++;
  const restA = a.length - i - j;
  const restB = b.length - i - j;
  if (restA <= 1 && restB <= 1) return true;
  // Adjacent swap: "mangaer" / "manager".
  return restA === 2 && restB === 2 && a[i] === b[i + 1] && a[i + 1] === b[i];
}

/** The one vocabulary word within one typing error of an unknown token (same first letter), or null. */
function spellingCandidate(token: string): string | null {
  let found: string | null = null;
  const consider = (w: string | null | undefined): boolean => {
    if (!w || w[0] !== token[0] || !typoOf(token, w)) return true;
    if (found !== null && found !== w) return false;
    found = w;
    return true;
  };
  if (!consider(TYPO_DELETES.get(token))) return null;
  for (let i = 0; i < token.length; i++) {
    const d = token.slice(0, i) + token.slice(i + 1);
    if (TYPO_TARGETS.has(d) && !consider(d)) return null;
    if (!consider(TYPO_DELETES.get(d))) return null;
  }
  return found;
}

/** Canonical spelling of every token seen: known tokens map to themselves, so one lookup serves most tokens. */
const KNOWN_SPELLINGS: ReadonlyMap<string, string> = new Map([...KNOWN_TOKENS].map((t) => [t, t] as const));
let SPELLING_CACHE = new Map<string, string>(KNOWN_SPELLINGS);
/** Endings of person nouns that take the German feminine -in/-innen (Manager-in, Referent-in, Chef-in, Expert-in). */
const AGENT_NOUN_RE = /(?:er|or|ent|ant|ist|ef|rt|at|ar|eur|og|it)$/;

/**
 * The spelling the vocabulary knows for a token: feminine and plural forms of known words lose their ending
 * ("Managerin" → manager, "Beraterinnen" → berater), and an unknown word of 7+ letters that names nothing is
 * corrected when exactly one vocabulary word is one typing error away ("Vertiebsleiter", "Managment").
 */
function canonicalToken(token: string): string {
  const cached = SPELLING_CACHE.get(token);
  if (cached !== undefined) return cached;
  let out = token;
  const feminine = token.endsWith('innen') ? token.slice(0, -5) : token.endsWith('in') ? token.slice(0, -2) : '';
  if (feminine.length >= 4 && AGENT_NOUN_RE.test(feminine) && KNOWN_TOKENS.has(feminine)) out = feminine;
  else if (token.length >= TYPO_MIN_LENGTH && analyzeToken(token).fn === null && /^[a-z]+$/.test(token)) {
    out = spellingCandidate(token) ?? token;
  }
  if (SPELLING_CACHE.size >= KNOWN_SPELLINGS.size + TOKEN_CACHE_LIMIT) SPELLING_CACHE = new Map(KNOWN_SPELLINGS);
  SPELLING_CACHE.set(token, out);
  return out;
}

function canonicalTokens(text: string): string[] {
  const tokens = tokenize(foldText(text));
  for (let i = 0; i < tokens.length; i++) tokens[i] = canonicalToken(tokens[i]!);
  return tokens;
}

// ───────────────────────────── cleaning ─────────────────────────────

const EMOJI_RE = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{FE0F}\u{200D}\u{20E3}\u{2600}-\u{27BF}]/gu;
const SEGMENT_SPLIT_RE = /\s*(?:[|•·‖►▪◆★☆✦✔︎｜¦;]|\s[–—]\s|\s-{2,}\s)\s*/;
const COMPANY_RE = /(?:\s+(?:@|at|bei|chez|presso|bij|hos)\s+|\s*@\s*)[^()]*$/i;
/**
 * A company named with its legal form ("…, Muster Consulting GmbH", "Geschäftsführer der XY AG", "CEO - Acme Ltd"):
 * removed from the last separator or preposition before the legal form (and a trailing "& Co. KG") on. Only
 * prepositions that introduce employers count ("der", "for", "chez"), not "of"/"de" ("Head of Sales XY GmbH").
 * Without such a separator the company cannot be told from the title and stays.
 */
const LEGAL_FORM_RE =
  /(?<![\p{L}\p{N}])(?:gGmbH|GmbH|mbH|AG|KGaA|KG|SE|UG|GbR|OHG|e\.\s?V\.|Ltd\.?|Limited|Inc\.?|LLC|LLP|PLC|plc|Corp\.?|S\.A\.S?\.?|SAS|SARL|S\.L\.U?\.?|S\.p\.A\.?|SpA|S\.r\.l\.?|Srl|B\.V\.?|BV|N\.V\.?|NV|Lda\.?|Ltda\.?|Oy|AB|A\/S|ApS)(?:\s*&\s*Co\.?(?:\s*(?:KGaA|KG|oHG))?)?(?![\p{L}\p{N}])\.?/u;
/** Cheap pre-check (no Unicode look-behind) before LEGAL_FORM_RE. */
const LEGAL_FORM_HINT_RE =
  /(?:^|[^A-Za-z])(?:GmbH|mbH|AG|KG|SE|UG|GbR|OHG|e\.\s?V|Ltd|Limited|Inc|LL[CP]|PLC|plc|Corp|S\.|SAS?|SARL|SpA|Srl|BV|B\.V|NV|N\.V|Lda|Ltda|Oy|AB|A\/S|ApS)(?![A-Za-z])/;
const COMPANY_INTRO_RE =
  /(?:,|:|\s[-–—/]\s|\s(?:der|des|von|vom|for|with|mit|chez|presso|bij|hos|pour|para)\s)/giu;

function namesLevel(text: string): boolean {
  return tokenize(foldText(text)).some((t) => singleLevel(t) !== undefined || analyzeToken(t).level !== null);
}

/**
 * Removes a company named with its legal form from a headline segment. A segment that is nothing but a company
 * ("Acme Software GmbH": no level word) goes entirely when the title has other segments (`alone` false).
 */
function stripLegalFormCompany(segment: string, alone: boolean, notes: string[]): string {
  if (!LEGAL_FORM_HINT_RE.test(segment)) return segment;
  const m = LEGAL_FORM_RE.exec(segment);
  if (!m) return segment;
  const before = segment.slice(0, m.index);
  let cut = -1;
  COMPANY_INTRO_RE.lastIndex = 0;
  for (let x = COMPANY_INTRO_RE.exec(before); x; x = COMPANY_INTRO_RE.exec(before)) cut = x.index;
  if (cut <= 0) {
    if (alone || /[\p{L}\p{N}]/u.test(segment.slice(m.index + m[0].length))) return segment;
    // "Sales Director ACME GmbH" names a job: only a segment without any level word is a bare company name.
    if (namesLevel(before)) return segment;
    notes.push(`company removed: '${segment.trim()}'`);
    return '';
  }
  const end = m.index + m[0].length;
  // "RWE: Geschäftsführer RWE Consulting GmbH": a span naming a level is (part of) the job, not the employer.
  if (namesLevel(segment.slice(cut, m.index))) return segment;
  notes.push(`company removed: '${segment.slice(cut, end).replace(/^[\s,:\-–—/]+/, '').trim()}'`);
  return segment.slice(0, cut) + segment.slice(end);
}
const ABBREVIATION_RE =
  /(?<![\p{L}\p{N}])(sr|jr|mgr|mngr|asst|stv|stellv|ltg|kfm|kaufm|techn|komm|dir|mktg|mkt|acct|acc|exec|bus|dev|ops|fin|admin|sys|mgmt|mngmt|mgt|proj|coord|spec|assoc|engr|eng|resp|ltr|abt|sachb|vertr|verw|prok|gte|purch|repr|rep|reps|cust|svc|svcs|mitarb|assist)(?:\.|(?![\p{L}\p{N}]))/giu;
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  sr: 'Senior',
  jr: 'Junior',
  mgr: 'Manager',
  mngr: 'Manager',
  asst: 'Assistant',
  stv: 'Stellvertretender',
  stellv: 'Stellvertretender',
  ltg: 'Leitung',
  kfm: 'Kaufmännischer',
  kaufm: 'Kaufmännischer',
  techn: 'Technischer',
  komm: 'kommissarisch',
  dir: 'Director',
  // Common functional abbreviations of EN/DE/FR/ES titles ("Mktg Mgr", "Acct Exec", "Bus. Dev.", "Ops Manager",
  // "Abt.-Ltr. Einkauf", "Sachb. Einkauf", "Resp. achats", "Gte. de ventas", "Sales Rep").
  mktg: 'Marketing',
  mkt: 'Marketing',
  acct: 'Account',
  acc: 'Account',
  exec: 'Executive',
  bus: 'Business',
  dev: 'Development',
  ops: 'Operations',
  fin: 'Finance',
  admin: 'Administration',
  sys: 'System',
  mgmt: 'Management',
  mngmt: 'Management',
  mgt: 'Management',
  proj: 'Project',
  coord: 'Coordinator',
  spec: 'Specialist',
  assoc: 'Associate',
  engr: 'Engineer',
  eng: 'Engineering',
  resp: 'Responsable',
  ltr: 'Leiter',
  abt: 'Abteilung',
  sachb: 'Sachbearbeiter',
  vertr: 'Vertrieb',
  verw: 'Verwaltung',
  prok: 'Prokurist',
  gte: 'Gerente',
  purch: 'Purchasing',
  repr: 'Representative',
  rep: 'Representative',
  reps: 'Representatives',
  cust: 'Customer',
  svc: 'Service',
  svcs: 'Services',
  mitarb: 'Mitarbeiter',
  assist: 'Assistant',
};
/** Abbreviations that are also ordinary words or names: expanded only when written with their full stop. */
const DOT_ONLY_ABBREVIATIONS: ReadonlySet<string> = new Set(['dir', 'bus', 'acc', 'spec', 'fin', 'gte', 'assist', 'abt', 'rep', 'reps']);
const DEGREE_RE =
  /(?<![\p{L}\p{N}])(?:Dipl\.?\s?-?\s?(?:Ing|Kfm|Kffr|Kauffrau|Kaufmann|Inf|Wirt\.?\s?-?\s?Ing|Betriebsw(?:irt(?:in)?)?|Psych|Volksw|Oec)\.?(?:\s?\((?:FH|TU|BA|Univ\.?|DH)\))?|Dr\.(?:\s?(?:rer\.?\s?(?:nat|pol|oec)\.?|med\.?|phil\.?|jur\.?|ing\.?))*|Ph\.?\s?D\.?|M\.\s?Sc\.?|B\.\s?Sc\.?|[BM]\.\s?Eng\.?|MEng|BEng|M\.\s?A\.|B\.\s?A\.|LL\.\s?M\.?|MBA|EMBA|MSc|BSc|CPA|CFA|PMP|CISSP|Mag\.|Ing\.)(?![\p{L}\p{N}])/gu;
const PAREN_RE = /[([]([^()[\]]*)[)\]]/g;
const GENDER_RE = /^\s*(?:[mwdfhxv]|div|divers)(?:\s*[/,|*]\s*(?:[mwdfhxv]|div|divers))+\s*$/i;
const GENDER_SUFFIX_RE = /[*:_/]\s?(?:in|innen|r)(?![\p{L}])/giu;
/** Pre-checks (plain literals, no Unicode look-behind) for the rewrites above. */
const COMPANY_HINT_RE = /@|\s(?:at|bei|chez|presso|bij|hos)\s/i;
const DEGREE_HINT_RE = /Dipl|Dr\.|Ph|M\.|B\.|LL|MBA|MSc|BSc|MEng|BEng|CPA|CFA|PMP|CISSP|Mag\.|Ing\./;
const GENDER_SUFFIX_HINT_RE = /[*:_/]/;
const ABBREVIATION_HINT_RE =
  /sr|jr|mgr|mngr|asst|stv|stellv|ltg|kfm|kaufm|techn|komm|dir|mk|acc|exec|bus|dev|ops|fin|admin|sys|mgmt|mngmt|mgt|proj|coord|spec|assoc|eng|resp|ltr|abt|sachb|vertr|verw|prok|gte|purch|rep|cust|svc|mitarb|assist/i;
const EX_RE = /^(?:ex|former|formerly|ehemals|ehemalig|ancien|ancienne|antiguo|previously)\b/i;
const EDGE_PUNCT_RE = /^[\s,;:\-–—/&+.]+|[\s,;:\-–—/&+]+$/g;
const SPACES_RE = /\s{2,}/g;

interface CleanResult {
  readonly cleaned: string;
  readonly segments: readonly string[];
  /** Folded tokens of each kept segment. */
  readonly segmentTokens: ReadonlyArray<readonly string[]>;
  readonly region: string | null;
  readonly notes: readonly string[];
}

function displayRegion(text: string): string {
  const t = text.trim();
  if (t.length <= 5) return t.toUpperCase();
  return t.replace(/(^|\s)(\p{Ll})/gu, (_m, sp: string, c: string) => sp + c.toUpperCase());
}

function allTokensIn(tokens: readonly string[], index: PhraseIndex<true>): boolean {
  let i = 0;
  let any = false;
  while (i < tokens.length) {
    if (FILLER.has(tokens[i]!)) {
      i++;
      continue;
    }
    const m = matchAt(index, tokens, i);
    if (!m) return false;
    any = true;
    i += m.tokens.length;
  }
  return any;
}

function cleanTitle(raw: string): CleanResult {
  const notes: string[] = [];
  let text = raw;
  if (text.length > MAX_TITLE_LENGTH) {
    text = text.slice(0, MAX_TITLE_LENGTH);
    notes.push(`input cut to ${MAX_TITLE_LENGTH} characters`);
  }
  if (EMOJI_RE.test(text)) {
    text = text.replace(EMOJI_RE, ' ');
    notes.push('emojis removed');
  }
  EMOJI_RE.lastIndex = 0;
  let region: string | null = null;
  const kept: string[] = [];
  const rawSegments = text.split(SEGMENT_SPLIT_RE);
  for (let s of rawSegments) {
    if (s.length === 0) continue;
    if (s.includes('(') || s.includes('[')) {
      s = s.replace(PAREN_RE, (whole, inner: string) => {
        if (GENDER_RE.test(inner)) return ' ';
        const toks = tokenize(foldText(inner));
        if (toks.length > 0 && allTokensIn(toks, REGION_INDEX)) {
          region ??= displayRegion(inner);
          return ' ';
        }
        return whole;
      });
    }
    // Each rewrite runs behind a cheap pre-check: most segments need none of them.
    s = stripLegalFormCompany(s, rawSegments.length === 1, notes);
    if (COMPANY_HINT_RE.test(s)) {
      s = s.replace(COMPANY_RE, (m) => {
        notes.push(`company removed: '${m.trim()}'`);
        return '';
      });
    }
    if (DEGREE_HINT_RE.test(s)) s = s.replace(DEGREE_RE, ' ');
    if (GENDER_SUFFIX_HINT_RE.test(s)) s = s.replace(GENDER_SUFFIX_RE, '');
    if (ABBREVIATION_HINT_RE.test(s)) {
      s = s.replace(ABBREVIATION_RE, (m, abbr: string) => {
        const lower = abbr.toLowerCase();
        if (DOT_ONLY_ABBREVIATIONS.has(lower) && !m.endsWith('.')) return m;
        return ABBREVIATIONS[lower] ?? m;
      });
    }
    s = s.replace(SPACES_RE, ' ').replace(EDGE_PUNCT_RE, '');
    if (s.length === 0) continue;
    kept.push(s);
  }
  // Drop headline noise segments, keeping at least one segment.
  const segments: string[] = [];
  const segmentTokens: string[][] = [];
  for (let i = 0; i < kept.length; i++) {
    const seg = kept[i]!;
    const toks = canonicalTokens(seg);
    const isEx = EX_RE.test(seg);
    const noise = isEx || (toks.length > 0 && allTokensIn(toks, NOISE_INDEX));
    const weakOnly = noise && !isEx && toks.every((t) => WEAK_NOISE.has(t) || FILLER.has(t));
    const dropAllowed = segments.length > 0 || i < kept.length - 1;
    if (noise && dropAllowed && !(weakOnly && segments.length === 0 && i === 0)) {
      notes.push(`noise removed: '${seg}'`);
      continue;
    }
    segments.push(seg);
    segmentTokens.push(toks);
  }
  if (segments.length === 0 && kept.length > 0) {
    segments.push(kept[0]!);
    segmentTokens.push(canonicalTokens(kept[0]!));
  }
  return { cleaned: segments.join(' | '), segments, segmentTokens, region, notes };
}

// ───────────────────────────── classification ─────────────────────────────

interface LevelSignal {
  readonly level: SeniorityLevel;
  readonly via: string;
}

interface SegmentReading {
  readonly fnScores: Map<TitleFunction, [number, string]>;
  readonly levels: LevelSignal[];
  juniorCap: boolean;
  internCap: boolean;
  assistantTo: boolean;
  interim: boolean;
  region: string | null;
}

function readSegment(tokens: readonly string[]): SegmentReading {
  const reading: SegmentReading = {
    fnScores: new Map(),
    levels: [],
    juniorCap: false,
    internCap: false,
    assistantTo: false,
    interim: false,
    region: null,
  };
  const n = tokens.length;
  // Tokens naming whom an assistant supports: their function and level do not describe the assistant.
  const ignored = new Uint8Array(n);
  const lists: TokenLists[] = new Array<TokenLists>(n);
  for (let i = 0; i < n; i++) lists[i] = TOKEN_LISTS.get(tokens[i]!) ?? NO_LISTS;

  // 1. assistant-to detection.
  for (let i = 0; i < n; i++) {
    const a = matchList(lists[i]!.assistant, tokens, i);
    if (!a) {
      // Compounds: Vorstandsassistentin, Geschäftsführungsassistenz, Chefsekretärin.
      const t = tokens[i]!;
      if (
        t.length > 10 &&
        /(assist|sekretar|referent)/.test(t) &&
        /^(vorstand|geschaftsfuhr|geschaftsleit|chef|direktion|gf|vorstands|ceo)/.test(t)
      ) {
        reading.assistantTo = true;
        ignored[i] = 0;
      }
      continue;
    }
    const end = i + a.tokens.length;
    if (a.text === 'executive assistant' || a.text === 'personal assistant' || a.text === 'pa') {
      reading.assistantTo = true;
    }
    // Target before: "CEO Assistant", "GF-Assistenz".
    if (i > 0) {
      const before = matchAt(TARGET_INDEX, tokens, i - 1);
      if (before && before.tokens.length === 1) {
        reading.assistantTo = true;
        ignored[i - 1] = 1;
      }
    }
    // Target after, possibly behind prepositions: "Assistant to the CEO", "Assistentin der Geschäftsführung".
    let j = end;
    let sawPrep = false;
    while (j < n) {
      const p = matchAt(PREP_INDEX, tokens, j);
      if (!p) break;
      sawPrep = true;
      j += p.tokens.length;
    }
    if (j < n) {
      const target = matchAt(TARGET_INDEX, tokens, j);
      const compoundTarget = /^(geschaftsfuhr|geschaftsleit|vorstand|direktion)/.test(tokens[j]!);
      const directLevel = !sawPrep && singleLevel(tokens[j]!);
      const isRoleAfter =
        directLevel === 'manager' || directLevel === 'director' || directLevel === 'vp' || tokens[j] === 'vice';
      if ((target || compoundTarget) && !(isRoleAfter && !sawPrep && tokens[j] !== 'ceo')) {
        reading.assistantTo = true;
        const len = target ? target.tokens.length : 1;
        for (let k = j; k < j + len; k++) ignored[k] = 1;
        // "Assistant to Head of HR": the head's function words stay, the head's level does not.
      } else if (sawPrep && a.text !== 'referent' && a.text !== 'referentin') {
        reading.assistantTo = true;
      }
    }
  }

  // 2. function pass (longest phrase first, then token analysis).
  const fnScores = reading.fnScores;
  const addFn = (fn: TitleFunction, w: number, via: string) => {
    const prev = fnScores.get(fn);
    if (!prev || w > prev[0]) fnScores.set(fn, [w, via]);
  };
  for (let i = 0; i < n; ) {
    const p = matchList(lists[i]!.fn, tokens, i);
    if (p) {
      let skip = false;
      for (let k = i; k < i + p.tokens.length; k++) if (ignored[k]) skip = true;
      if (!skip) for (const [fn, w] of p.value) addFn(fn, w, p.text);
      i += p.tokens.length;
      continue;
    }
    if (!ignored[i]) {
      const a = analyzeToken(tokens[i]!);
      if (a.fn) addFn(a.fn, a.fnWeight, a.fnSource);
    }
    i++;
  }
  // "SAP Consultant", "Cloud Consultant", "Senior Software Consultant": a technology named beside the person noun
  // "consultant" is the consultant's field, and the job is consulting (department-v2 labels such titles Consulting
  // about twice as often as IT). German "Berater" keeps its technology ("SAP-Berater" is IT there), and so does CRM,
  // the customer-data platform these teams run ("CRM Consultant" is IT in department-v2, 30 titles to none).
  const consulting = fnScores.get('consulting');
  if (consulting && CONSULTANT_NOUNS.has(consulting[1]) && !tokens.includes('crm')) {
    for (const tech of TECH_FIELDS) {
      const t = fnScores.get(tech);
      if (t && t[0] >= consulting[0]) {
        consulting[0] = t[0];
        fnScores.delete(tech);
      }
    }
  }

  // 3. level pass.
  for (let i = 0; i < n; ) {
    const t = tokens[i]!;
    if (JUNIOR_CAP_SET.has(t)) reading.juniorCap = true;
    const p = matchList(lists[i]!.level, tokens, i);
    if (p) {
      const len = p.tokens.length;
      if (!ignored[i] && acceptLevel(p, tokens, i)) {
        if (p.value === 'intern') reading.internCap = true;
        // "Lead Product Manager", "Lead UX Designer": a leading "Lead" before a role noun is a senior individual
        // contributor; "Sales Lead", "Team Lead" and a bare "Lead" head a team.
        const seniorLead = i === 0 && (p.text === 'lead' || p.text === 'leads') && namesRoleAfter(tokens, 1);
        reading.levels.push({ level: seniorLead ? 'senior' : p.value, via: p.text });
      }
      i += len;
      continue;
    }
    if (!ignored[i]) {
      const a = analyzeToken(t);
      if (a.level) {
        if (a.level === 'intern') reading.internCap = true;
        reading.levels.push({ level: a.level, via: t });
      }
    }
    i++;
  }

  // 4. interim and region.
  for (let i = 0; i < n; i++) {
    if (!reading.interim && matchList(lists[i]!.interim, tokens, i)) reading.interim = true;
    if (!reading.region) {
      const r = matchList(lists[i]!.region, tokens, i);
      if (r && r.text !== 'national' && r.text !== 'regional' && r.text !== 'region' && r.text !== 'international') {
        reading.region = displayRegion(r.text);
      }
    }
  }
  return reading;
}

const IC_RANKS: ReadonlySet<SeniorityLevel> = new Set(['junior', 'professional', 'senior', 'manager']);

/** True when a token from `from` on names an individual-contributor or manager role (engineer, consultant, manager). */
function namesRoleAfter(tokens: readonly string[], from: number): boolean {
  for (let j = from; j < tokens.length; j++) {
    const l = singleLevel(tokens[j]!) ?? analyzeToken(tokens[j]!).level;
    if (l && IC_RANKS.has(l)) return true;
  }
  return false;
}

/** Context checks for level words that are often something else. */
const PARTNER_ROLE_NEXT = /^(manag|account|sales|program|marketing|develop|success|enablement|alliance|channel|relation|ecosystem)/;

function acceptLevel(p: Phrase<SeniorityLevel>, tokens: readonly string[], i: number): boolean {
  // "Senior Partner Manager" manages partners: a "... partner" phrase followed by a role word is no ownership title.
  const after = tokens[i + p.tokens.length];
  if (p.tokens.length > 1 && p.tokens[p.tokens.length - 1] === 'partner' && after !== undefined && PARTNER_ROLE_NEXT.test(after)) {
    return false;
  }
  if (p.tokens.length !== 1) return true;
  const t = p.text;
  const next = tokens[i + 1];
  const prev = i > 0 ? tokens[i - 1] : undefined;
  if (t === 'lead' || t === 'leads') return next === undefined || !LEAD_NOT_LEVEL.has(next);
  if (t === 'owner' || t === 'partner') {
    const blockers = NON_AUTHORITY.get(t)!;
    if (prev !== undefined && blockers.has(prev)) return false;
    // "Partner" is an owner title on its own or as Managing/Senior/Equity Partner, not as "Talent Partner".
    if (t === 'partner' && prev !== undefined && !PARTNER_OWNER_BEFORE.has(prev)) return false;
    if (t === 'partner' && next !== undefined && PARTNER_ROLE_NEXT.test(next)) {
      return false;
    }
    return true;
  }
  if (t === 'board') return prev === 'on' || prev === 'the' || next === 'member' || next === undefined;
  if (t === 'associate') return next === undefined || !/^(director|partner|vice|professor)/.test(next);
  if (t === 'stage') return prev !== 'early' && next !== 'manager';
  if (t === 'md' || t === 'gf' || t === 'dg' || t === 'gm') return true;
  return true;
}

const LEVEL_TIE_ORDER: Readonly<Record<SeniorityLevel, number>> = {
  intern: 0,
  junior: 1,
  professional: 2,
  senior: 3,
  manager: 4,
  head: 5,
  director: 6,
  vp: 7,
  board: 8,
  owner: 9,
  c_level: 10,
};

const EMPTY_FLAGS: TitleFlags = { executive: false, ownerFounder: false, assistantTo: false, interim: false, board: false };

function emptyResult(original: string, cleaned: string, reasons: string[]): NormalizedTitle {
  return {
    original,
    cleaned,
    region: null,
    function: 'other',
    seniority: 'professional',
    flags: EMPTY_FLAGS,
    confidence: 0,
    reasons: [...reasons, 'no title'],
  };
}

/** Cleans and classifies one job title. Never throws; non-string input is treated as empty. */
export function normalizeTitle(title: string): NormalizedTitle {
  const original = typeof title === 'string' ? title : '';
  const { cleaned, segmentTokens, region: parenRegion, notes } = cleanTitle(original);
  const reasons: string[] = [...notes];
  if (cleaned.length === 0) return emptyResult(original, cleaned, reasons);

  const readings = segmentTokens.map((tokens) => readSegment(tokens));
  if (readings.length === 0) return emptyResult(original, cleaned, reasons);

  // Function: the primary (first) segment decides; later segments only when it names none or only hints at one.
  let fn: TitleFunction = 'other';
  let fnWeight = 0;
  let fnVia = '';
  let fnTie = false;
  for (const r of readings) {
    if (r.fnScores.size === 0) continue;
    // A primary segment that only names general management ("Prokurist | Vertriebsleitung") defers to a later
    // segment naming a function, when that segment reads as a job (a level word, or short): a tagline such as
    // "Founder | Helping teams grow their sales" does not make the founder a seller.
    const onlyExecutive = [...r.fnScores.keys()].every((f) => f === 'executive');
    // Likewise a primary segment holding only weak hints ("Digital | Marketing", "Service | Vertrieb").
    const onlyHints = [...r.fnScores.values()].every(([w]) => w < 0.7);
    if ((onlyExecutive || onlyHints) && r !== readings[readings.length - 1]) {
      const at = readings.indexOf(r);
      const later = readings
        .slice(at + 1)
        .some(
          (x, k) =>
            (x.levels.length > 0 || segmentTokens[at + 1 + k]!.length <= 4) &&
            [...x.fnScores.values()].some(([w]) => w >= 0.7),
        );
      if (later) continue;
    }
    for (const [f, [w, via]] of r.fnScores) {
      if (
        w > fnWeight ||
        (w === fnWeight && fnWeight > 0 && PRECEDENCE_INDEX.get(f)! < PRECEDENCE_INDEX.get(fn)!)
      ) {
        fnTie = w === fnWeight;
        fn = f;
        fnWeight = w;
        fnVia = via;
      } else if (w === fnWeight) fnTie = true;
    }
    // A trade fair named beside an equally strong sales word is the seller's channel ("Vertriebsleiter Messen und
    // Ausstellungen", "Assistentin Vertrieb / Messen"): sales, not marketing.
    if (fn === 'marketing' && TRADE_FAIR_VIA.has(fnVia) && r.fnScores.get('sales')?.[0] === fnWeight) {
      fn = 'sales';
      fnVia = r.fnScores.get('sales')![1];
    }
    break;
  }

  // Seniority: highest level of the first segment that names one.
  const primary = readings[0]!;
  let levels: LevelSignal[] = [];
  let levelReading = primary;
  for (const r of readings) {
    if (r.levels.length > 0) {
      levels = r.levels;
      levelReading = r;
      break;
    }
  }
  const assistantTo = readings.some((r) => r.assistantTo) && primary.assistantTo;
  const interim = readings.some((r) => r.interim);
  const juniorCap = levelReading.juniorCap;
  const internCap = levelReading.internCap;

  // "Prokurist" (statutory signing authority) counts as a level only when nothing else names one.
  const nonProkura = levels.filter((l) => l.via !== 'prokurist' && l.via !== 'prokuristin');
  if (nonProkura.length > 0) levels = nonProkura;

  let level: SeniorityLevel = 'professional';
  let levelVia = '';
  for (const l of levels) {
    if (levelVia === '' || LEVEL_TIE_ORDER[l.level] > LEVEL_TIE_ORDER[level]) {
      level = l.level;
      levelVia = l.via;
    }
  }
  const ownerFounder = levels.some((l) => l.level === 'owner');
  let board = levels.some((l) => l.level === 'board');

  if (assistantTo) {
    const senior = levels.some((l) => l.level === 'senior');
    level = senior ? 'senior' : 'junior';
    levelVia = 'assistant to an executive';
    board = false;
    if (fnWeight <= 0.5 || fn === 'executive') {
      fn = 'administrative';
      fnWeight = 1;
      fnVia = 'assistant to an executive';
      fnTie = false;
    }
  } else if (internCap && SENIORITY_RANK[level] <= SENIORITY_RANK.manager) {
    level = 'intern';
    levelVia = levels.find((l) => l.level === 'intern')?.via ?? levelVia;
  } else if (juniorCap && SENIORITY_RANK[level] <= SENIORITY_RANK.head) {
    level = 'junior';
    levelVia = 'junior';
  }

  const executive =
    !assistantTo && (level === 'c_level' || level === 'vp' || (level === 'owner' && ownerFounder));
  const flags: TitleFlags = {
    executive,
    ownerFounder: !assistantTo && ownerFounder,
    assistantTo,
    interim,
    board: !assistantTo && board,
  };

  // An executive with no functional word runs the whole company.
  if (fnWeight === 0 && (level === 'c_level' || level === 'owner' || level === 'board') && !assistantTo) {
    fn = 'executive';
    fnWeight = 0.5;
    fnVia = levelVia;
  }

  const fnConf = fnWeight >= 1 ? 0.9 : fnWeight >= 0.7 ? 0.75 : fnWeight >= 0.5 ? 0.6 : fnWeight > 0 ? 0.45 : 0.15;
  const lvConf = levelVia === '' ? 0.45 : 0.9;
  const confidence = Math.round((0.5 * fnConf * (fnTie ? 0.85 : 1) + 0.5 * lvConf) * 100) / 100;

  if (fnVia) reasons.push(`function ${fn} via '${fnVia}'`);
  else reasons.push('no function keyword: other');
  if (levelVia) reasons.push(`seniority ${level} via '${levelVia}'`);
  else reasons.push('no seniority keyword: professional');
  if (flags.assistantTo) reasons.push('assistant to an executive: not an executive');
  if (flags.interim) reasons.push('interim or acting');
  if (flags.board) reasons.push('board member');
  if (flags.ownerFounder) reasons.push('owner or founder');

  const region = parenRegion ?? primary.region ?? null;
  return { original, cleaned, region, function: fn, seniority: level, flags, confidence, reasons };
}
