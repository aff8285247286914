/**
 * How well a person's current title matches the role wanted, read with the classification module's title
 * normaliser (function, seniority, flags) plus the role's own title phrases. Pure.
 *
 * A title holds a role of the fallback chain (tier = its place in the chain, 0 = the role asked for) when
 *  - it names one of the role's title phrases as whole words ("Chief Financial Officer (CFO)", "Directeur
 *    Financier"), not as somebody else's ("Assistant to the CFO", "Vice President", "Deputy CFO", "CEO Office"); or
 *  - the normaliser reads it as the role's own function at exactly the role's seniority ("Head of Accounting" =
 *    finance / head = Head of Finance; a CIO is not a CTO). Roles of general management (CEO, President, Founder …)
 *    need a phrase: the normaliser gives them all the same executive / c_level reading.
 * People who hold none of them but work in the function (or a related one) at manager level or above are
 * "related" (tier = chain length): the closest people there are when the chain is empty. Assistants-to and people
 * whose title is only a board seat never match.
 *
 * A phrase does not count when the provider files the person two or more levels below the role.
 *
 * Fit within a tier (0–1) = (0.45 × function fit + 0.35 × seniority fit + 0.2 × phrase) × (0.8 + 0.2 × normaliser
 * confidence) × 0.9 when interim/acting × 0.9 when the provider's management level disagrees; function fit 1 (same
 * function), 0.8 (related), at least 0.9 with a phrase; seniority fit 1 at the role's level, else 1 − 0.1 per level
 * between the normaliser's reading and the role (at least 0.6), 0.8 for a deputy; related people: rank / 8.
 */
import { normalizeTitle, type NormalizedTitle } from '../../classification/domain/title-normalizer.js';
import { SENIORITY_RANK, type SeniorityLevel } from '../../classification/domain/title-taxonomy.js';
import { foldTokens } from '../../classification/domain/title-text.js';
import type { WantedRole } from './role-catalog.js';

export interface RoleMatch {
  /** index in the chain of the role held; chain.length for a related person */
  tier: number;
  /** the role of the chain held, null for a related person */
  role: WantedRole | null;
  /** 0–1 within the tier */
  fit: number;
  /** the title phrase that matched, if one did */
  phrase: string | null;
  normalized: NormalizedTitle;
  reasons: string[];
}

export type TitleVerdict = { match: RoleMatch } | { excluded: string } | { match: null };

const DEPUTY = new Set(['deputy', 'stellvertretender', 'stellvertretende', 'stellv', 'stv', 'adjoint', 'adjointe', 'adjunto', 'adjunta', 'aggiunto', 'aggiunta', 'plaatsvervangend', 'plaatsvervangende', 'vice']);
/** a phrase preceded by one of these is somebody else's role ("Vice President", "Assistant to the CFO", "ex-CFO") */
const BLOCK_BEFORE = new Set(['vice', 'vize', 'deputy', 'stellvertretender', 'stellvertretende', 'stv', 'stellv', 'assistant', 'assistent', 'assistentin', 'assistente', 'associate', 'to', 'ex', 'former', 'ehemaliger', 'ehemalige', 'ancien', 'ancienne', 'antiguo', 'antigua', 'aspiring', 'future']);
/** …or followed by one of these ("CEO Office Manager", "CFO Assistant", "Directeur Financier Adjoint") */
const BLOCK_AFTER = new Set(['adjoint', 'adjointe', 'adjunto', 'adjunta', 'aggiunto', 'aggiunta', 'office', 'assistant', 'assistent', 'assistentin', 'assistente', 'staff']);

const MANAGEMENT_RANK: Readonly<Record<string, number>> = {
  'C-Level': 8,
  'VP-Level': 7,
  Director: 6,
  Manager: 4,
  Senior: 3,
  'Mid-Level': 2,
  Specialist: 2,
  Intern: 0,
};

export function managementRank(level: string | null | undefined): number {
  return level ? (MANAGEMENT_RANK[level] ?? -1) : -1;
}

/** Where a phrase occurs in the title as whole words held by the person, or -1. */
function phraseAt(tokens: readonly string[], phrase: readonly string[]): number {
  outer: for (let at = 0; at + phrase.length <= tokens.length; at++) {
    for (let k = 0; k < phrase.length; k++) if (tokens[at + k] !== phrase[k]) continue outer;
    const before = tokens[at - 1];
    const after = tokens[at + phrase.length];
    if (before !== undefined && BLOCK_BEFORE.has(before)) continue;
    if (before === 'the' && ['to', 'of', 'for'].includes(tokens[at - 2] ?? '')) continue;
    if (before === 'for') continue;
    if (after !== undefined && BLOCK_AFTER.has(after)) continue;
    return at;
  }
  return -1;
}

function findPhrase(role: WantedRole, tokens: readonly string[]): string | null {
  for (const [index, phrase] of role.matchPhrases.entries()) {
    if (phraseAt(tokens, phrase) >= 0) return role.searchPhrases[index] ?? phrase.join(' ');
  }
  return null;
}

const rank = (level: SeniorityLevel): number => SENIORITY_RANK[level];

/**
 * Reads one title against a fallback chain (see the header). `managementLevel` is the provider's, when known.
 * Returns the best (lowest) tier held, `{ excluded }` for assistants and board members, or `{ match: null }`.
 */
export function matchTitle(title: string | null | undefined, chain: readonly WantedRole[], managementLevel?: string | null): TitleVerdict {
  if (!title || title.trim() === '') return { match: null };
  const normalized = normalizeTitle(title);
  if (normalized.flags.assistantTo) return { excluded: `"${title}" assists an executive; not the role itself` };
  if (normalized.flags.board && normalized.seniority === 'board') return { excluded: `"${title}" is a board seat, not an employee role` };
  const tokens = foldTokens(title);
  const deputy = tokens.some((t, i) => DEPUTY.has(t) && !(t === 'vice' && ['president', 'presidente', 'presidenta', 'presidency'].includes(tokens[i + 1] ?? '')));
  const effectiveRank = rank(normalized.seniority) - (deputy ? 1 : 0);
  const confidenceFactor = 0.8 + 0.2 * normalized.confidence;
  const interimFactor = normalized.flags.interim ? 0.9 : 1;
  const providerRank = managementRank(managementLevel);
  const reading = `${normalized.function} / ${normalized.seniority}`;

  for (const [tier, role] of chain.entries()) {
    const roleRank = rank(role.seniority);
    // a title the provider files two or more levels away from the role is probably not it
    const levelAgrees = providerRank < 0 || Math.abs(providerRank - Math.min(roleRank, 8)) <= 1;
    // a phrase counts unless the provider files the person two or more levels below the role ("Director de
    // Tecnología" at Director level is a head of technology, not the CTO)
    const phrase = deputy || (providerRank >= 0 && providerRank < roleRank - 1) ? null : findPhrase(role, tokens);
    const functionFit = normalized.function === role.fn ? 1 : role.related.includes(normalized.function) ? 0.8 : 0;
    const sameLevel = effectiveRank === roleRank;
    // by reading: the role's own function (a CIO is related to a CTO, and is not one)
    const byReading = role.fn !== 'executive' && normalized.function === role.fn && sameLevel;
    if (!phrase && !byReading) continue;
    const fnFit = phrase ? Math.max(functionFit, 0.9) : functionFit;
    // with a phrase, the normaliser's own seniority still counts: "CFO & COO" is surer than "Financieel Directeur"
    const seniorityFit = deputy ? 0.8 : sameLevel ? 1 : Math.max(0.6, 1 - 0.1 * Math.abs(effectiveRank - roleRank));
    const fit = (0.45 * fnFit + 0.35 * seniorityFit + 0.2 * (phrase ? 1 : 0)) * confidenceFactor * interimFactor * (levelAgrees ? 1 : 0.9);
    const reasons = [
      phrase
        ? `title "${title}" names the ${role.label} ("${phrase}")`
        : `title "${title}" reads as ${reading} (title normaliser, confidence ${normalized.confidence.toFixed(2)}) = ${role.label}`,
    ];
    if (normalized.flags.interim) reasons.push('interim or acting');
    if (normalized.flags.board) reasons.push('also sits on a board');
    if (deputy) reasons.push('a deputy: one level below the title');
    if (!levelAgrees) reasons.push(`the provider files the title at ${managementLevel}`);
    return { match: { tier, role, fit: round(fit), phrase, normalized, reasons } };
  }

  const fn = chain[0]!;
  const functionFit = normalized.function === fn.fn ? 1 : fn.related.includes(normalized.function) ? 0.8 : 0;
  if (fn.fn !== 'executive' && functionFit > 0 && effectiveRank >= rank('manager')) {
    const fit = (0.45 * functionFit + 0.35 * Math.min(1, effectiveRank / 8)) * confidenceFactor * interimFactor;
    return {
      match: {
        tier: chain.length,
        role: null,
        fit: round(fit),
        phrase: null,
        normalized,
        reasons: [`title "${title}" reads as ${reading}: the same function as the ${fn.label}, at ${normalized.seniority} level`],
      },
    };
  }
  return { match: null };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** How much a tier is worth in the confidence: the role asked for 1, then 0.8, 0.7, 0.62, 0.55 …; related 0.4. */
export function tierWeight(tier: number, chainLength: number): number {
  if (tier >= chainLength) return 0.4;
  return [1, 0.8, 0.7, 0.62, 0.55, 0.5][tier] ?? 0.5;
}
