/**
 * The verification signal (PRODUCT.md §5.2): does the person currently work at the target company, how fresh is the
 * record, and do the sources agree?
 *
 * 1. Currency — a HARD GATE: non-current people are never members (PRODUCT.md §1). A collected record is current
 *    when it is not deleted, is the parent (main) profile, `is_working` = 1, `active_experience_company_id` is the
 *    target, and (when the record lists experience) an active experience at the target exists. A preview (search
 *    hit, no collect yet) carries no ids: it passes the gate when its current company name matches the target's
 *    name, marked `preview` (unconfirmed) so callers can re-check after collect.
 * 2. Freshness 0–1 from the age of the newest of `checked_at` / `updated_at`:
 *    1.0 up to FRESH_DAYS (7), then halves every HALF_LIFE_DAYS (90) days, floored at 0.05.
 *    (30 d ≈ 0.84, 90 d ≈ 0.53, 180 d ≈ 0.24, 1 year ≈ 0.07.) Unknown (preview only) → 0.5.
 * 3. Agreement 0–1 between sources: the preview's title vs the collected title (same cleaned title 1, same function
 *    and seniority 0.8, same function 0.5, else 0), the preview's vs the record's department (1 / 0), and the
 *    record's headline title vs its active experience's position title. Mean of the checks made; null when none.
 *
 * score = 0.7 × freshness + 0.3 × agreement (freshness alone when nothing can be compared); 0 when not current.
 */
import type { EmployeePreview, EmployeeRecord } from '../../enrichment/domain/coresignal-records.js';
import { normalizeTitle } from './title-normalizer.js';

export const FRESH_DAYS = 7;
export const HALF_LIFE_DAYS = 90;
export const MIN_FRESHNESS = 0.05;
export const UNKNOWN_FRESHNESS = 0.5;
export const FRESHNESS_WEIGHT = 0.7;
export const AGREEMENT_WEIGHT = 0.3;

const DAY_MS = 86_400_000;

export type NotCurrentReason = 'deleted' | 'duplicate_profile' | 'not_working' | 'works_elsewhere' | 'no_active_experience' | 'company_mismatch';

export interface VerificationSignal {
  /** The hard gate: false → never a member. */
  current: boolean;
  /** `verified` = collected record checked; `preview` = only a search preview says so (unconfirmed). */
  status: 'verified' | 'preview' | 'not_current';
  notCurrentReason: NotCurrentReason | null;
  /** 0–1 (0 when not current). */
  score: number;
  freshness: number;
  ageDays: number | null;
  agreement: number | null;
  reasons: string[];
}

export interface VerificationTarget {
  /** The target company's provider id (CompanyRecord.id). */
  id: number | string;
  /** Used to check previews, which carry only a company name. */
  name?: string;
}

const round2 = (x: number): number => Math.round(x * 100) / 100;

/** Freshness 0–1 of a record `ageDays` old (see the module comment for the curve). */
export function freshnessOf(ageDays: number | null): number {
  if (ageDays === null || ageDays === undefined || !Number.isFinite(ageDays)) return UNKNOWN_FRESHNESS;
  if (ageDays <= FRESH_DAYS) return 1;
  return round2(Math.max(MIN_FRESHNESS, Math.pow(0.5, (ageDays - FRESH_DAYS) / HALF_LIFE_DAYS)));
}

function toMs(now: Date | number): number {
  return typeof now === 'number' ? now : now.getTime();
}

function parseMs(s: string | null | undefined): number | null {
  if (!s) return null;
  const ms = Date.parse(s);
  return Number.isFinite(ms) ? ms : null;
}

/** Age in whole days of the newest of checked_at / updated_at (null when neither parses). */
export function recordAgeDays(record: Pick<EmployeeRecord, 'checked_at' | 'updated_at'>, now: Date | number): number | null {
  const times = [parseMs(record.checked_at), parseMs(record.updated_at)].filter((x): x is number => x !== null && x !== undefined);
  if (times.length === 0) return null;
  return Math.max(0, Math.floor((toMs(now) - Math.max(...times)) / DAY_MS));
}

function ago(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return '1 day ago';
  return `${days} days ago`;
}

/** Loose company-name key: lower case, accents, punctuation and legal suffixes removed. */
export function companyNameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\b(inc|llc|ltd|limited|gmbh|ag|sa|sas|sarl|srl|spa|bv|nv|plc|corp|corporation|co|company|group|holding|se|oy|ab)\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** 1 same cleaned title, 0.8 same function and seniority, 0.5 same function, 0 otherwise. */
export function titleAgreement(a: string, b: string): number {
  if (a.trim().toLowerCase() === b.trim().toLowerCase()) return 1;
  const na = normalizeTitle(a);
  const nb = normalizeTitle(b);
  if (na.cleaned.toLowerCase() === nb.cleaned.toLowerCase()) return 1;
  if (na.function === nb.function && na.seniority === nb.seniority) return 0.8;
  if (na.function === nb.function) return 0.5;
  return 0;
}

function notCurrent(reason: NotCurrentReason, why: string): VerificationSignal {
  return { current: false, status: 'not_current', notCurrentReason: reason, score: 0, freshness: 0, ageDays: null, agreement: null, reasons: [why] };
}

/**
 * Verifies a collected record (optionally with the preview it was found by) against the target company.
 * `now` is the caller's clock (pure: no Date.now()).
 */
export function verifyEmployee(
  record: EmployeeRecord,
  target: VerificationTarget,
  now: Date | number,
  preview?: EmployeePreview | null,
): VerificationSignal {
  const targetId = String(target.id);
  if (record.is_deleted === 1) return notCurrent('deleted', 'profile deleted at the provider');
  if (record.is_parent !== 1 || (record.parent_id !== null && record.parent_id !== undefined && record.parent_id !== record.id)) {
    return notCurrent('duplicate_profile', `duplicate profile of ${record.parent_id ?? 'another record'}`);
  }
  if (record.is_working !== 1) return notCurrent('not_working', 'not currently working');
  if (record.active_experience_company_id === null || record.active_experience_company_id === undefined || String(record.active_experience_company_id) !== targetId) {
    return notCurrent('works_elsewhere', record.active_experience_company_id === null || record.active_experience_company_id === undefined ? 'no current employer on record' : 'currently works at another company');
  }
  if (record.experience.length > 0 && !record.experience.some((e) => e.active_experience === 1 && String(e.company_id) === targetId)) {
    return notCurrent('no_active_experience', 'no active experience at the company');
  }

  const ageDays = recordAgeDays(record, now);
  const freshness = freshnessOf(ageDays);
  const reasons = [ageDays === null || ageDays === undefined ? 'current employee (record date unknown)' : `verified current ${ago(ageDays)}`];
  if (ageDays !== null && ageDays !== undefined && ageDays > FRESH_DAYS) reasons.push(`freshness ${freshness.toFixed(2)}`);

  const checks: number[] = [];
  const active = record.experience.find((e) => e.active_experience === 1 && String(e.company_id) === targetId);
  if (record.active_experience_title && active?.position_title) checks.push(titleAgreement(record.active_experience_title, active.position_title));
  if (preview) {
    if (preview.active_experience_title && record.active_experience_title) {
      const t = titleAgreement(preview.active_experience_title, record.active_experience_title);
      checks.push(t);
      if (t < 0.5) reasons.push(`title changed: preview "${preview.active_experience_title}" vs record "${record.active_experience_title}"`);
    }
    if (preview.active_experience_department && record.active_experience_department) {
      const d = preview.active_experience_department.toLowerCase() === record.active_experience_department.toLowerCase() ? 1 : 0;
      checks.push(d);
      if (d === 0) reasons.push(`department disagrees: preview ${preview.active_experience_department} vs record ${record.active_experience_department}`);
    }
  }
  const agreement = checks.length > 0 ? round2(checks.reduce((a, b) => a + b, 0) / checks.length) : null;
  if (agreement !== null && agreement !== undefined && agreement >= 0.99 && checks.length > 1) reasons.push('sources agree');
  const score = agreement === null || agreement === undefined ? freshness : FRESHNESS_WEIGHT * freshness + AGREEMENT_WEIGHT * agreement;
  return { current: true, status: 'verified', notCurrentReason: null, score: round2(score), freshness, ageDays, agreement, reasons };
}

/**
 * Verifies a search preview (identify level: nothing collected). The preview names only the current company, so the
 * gate is a name match; freshness is unknown (0.5).
 */
export function verifyPreview(preview: EmployeePreview, target: VerificationTarget): VerificationSignal {
  if (!preview.company_name || !target.name) {
    return { current: true, status: 'preview', notCurrentReason: null, score: UNKNOWN_FRESHNESS, freshness: UNKNOWN_FRESHNESS, ageDays: null, agreement: null, reasons: ['current per search preview (unconfirmed)'] };
  }
  if (companyNameKey(preview.company_name) !== companyNameKey(target.name)) {
    return notCurrent('company_mismatch', `preview lists another current company (${preview.company_name})`);
  }
  return { current: true, status: 'preview', notCurrentReason: null, score: UNKNOWN_FRESHNESS, freshness: UNKNOWN_FRESHNESS, ageDays: null, agreement: null, reasons: ['current per search preview (unconfirmed, freshness unknown)'] };
}
