/**
 * The web console's pure logic: no DOM, no fetch, so it is unit-tested under Node (console-model.spec.ts) and
 * loaded by the browser as an ES module next to console.ts.
 */

// The API's own view types, imported as types only: the compiled browser code holds no server import.
import type { BuyerGroupMemberView, BuyerGroupView } from '../src/modules/discovery/queries/buyer-group.view.js';
import type { HistoryEntry } from '../src/modules/discovery/queries/get-buyer-group-history/get-buyer-group-history.query.js';
import type { BuyerGroupSummary } from '../src/modules/discovery/queries/list-buyer-groups/list-buyer-groups.query.js';

export const API_BASE = '/api/intelligence/buyer-group-v2';

/** The rubric's order (PRODUCT.md §1): the org map reads left to right from authority to access. */
export const ROLE_ORDER = ['decision_maker', 'champion', 'stakeholder', 'blocker', 'introducer'] as const;

const ROLE_LABELS: Record<string, string> = {
  decision_maker: 'Decision makers',
  champion: 'Champions',
  stakeholder: 'Stakeholders',
  blocker: 'Blockers',
  introducer: 'Introducers',
};

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

export const ENRICHMENT_LEVELS = ['identify', 'enrich', 'deep_research'] as const;


export type MemberView = BuyerGroupMemberView;
export type GroupView = BuyerGroupView;
export type GroupSummary = BuyerGroupSummary;
export type { HistoryEntry };
export type QualityView = GroupView['quality'];


export interface RoleColumn {
  role: string;
  label: string;
  members: MemberView[];
}

/** "decision_maker" → "Decision makers"; a role the console does not know yet is still shown, in words. */
export function roleLabel(role: string): string {
  if (ROLE_LABELS[role]) return ROLE_LABELS[role];
  const words = role.replace(/[_-]+/g, ' ').trim();
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : 'Unknown role';
}

/** One role in words, singular and lower case: "decision maker". */
export const roleName = (role: string): string => role.replace(/[_-]+/g, ' ').trim();

/** How people read a group: most important first (priority 1 before 10), then the more influential, then by name. */
export function compareMembers(a: MemberView, b: MemberView): number {
  return (
    a.priority - b.priority ||
    b.influenceScore - a.influenceScore ||
    a.name.localeCompare(b.name) ||
    a.id.localeCompare(b.id)
  );
}

/**
 * The org map: one column per role in the rubric's order (empty columns kept, so a missing role shows), then any
 * other role the API returned, each column sorted by priority then influence.
 */
export function groupByRole(members: readonly MemberView[], roles: readonly string[] = ROLE_ORDER): RoleColumn[] {
  const order = [...roles];
  for (const member of members) if (!order.includes(member.role)) order.push(member.role);
  return order.map((role) => ({
    role,
    label: roleLabel(role),
    members: members.filter((member) => member.role === role).sort(compareMembers),
  }));
}

/** A 0–100 score as a percentage; scores given as 0–1 fractions are scaled. Unknown → an em dash. */
export function formatPercent(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const scaled = value > 0 && value <= 1 && !Number.isInteger(value) ? value * 100 : value;
  return `${Math.round(scaled)}%`;
}

/** Confidence in words and number: "92% (high)". */
export function formatConfidence(value: number | null | undefined): string {
  const text = formatPercent(value);
  if (text === '—') return text;
  const n = Number.parseInt(text, 10);
  const band = n >= 80 ? 'high' : n >= 60 ? 'medium' : 'low';
  return `${text} (${band})`;
}

export interface QualityLine {
  label: string;
  value: string;
}

/** The quality block as label/value lines. */
export function formatQuality(quality: QualityView | null | undefined): QualityLine[] {
  const q = quality ?? { coverage: null, confidence: null, dataQuality: null, overallScore: null, missingRoles: [] };
  return [
    { label: 'Coverage', value: q.coverage ?? '—' },
    { label: 'Confidence', value: formatConfidence(q.confidence) },
    { label: 'Data quality', value: formatPercent(q.dataQuality) },
    { label: 'Overall score', value: formatPercent(q.overallScore) },
    { label: 'Missing roles', value: q.missingRoles?.length ? q.missingRoles.map(roleName).join(', ') : 'none' },
  ];
}

/** An ISO instant as a readable local date and time: "2026-11-01 10:30". */
export function formatDateTime(iso: string | undefined | null): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;

/**
 * The value of an `<input type="datetime-local">` ("2026-11-01T10:30", the user's own time zone) as an ISO instant,
 * or null when it is empty or not a real date-time.
 */
export function localInputToIso(value: string): string | null {
  const match = LOCAL_DATE_TIME.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s, ms] = match;
  const date = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0), Number((ms ?? '0').padEnd(3, '0')));
  if (Number.isNaN(date.getTime()) || date.getMonth() !== Number(mo) - 1 || date.getDate() !== Number(d)) return null;
  return date.toISOString();
}

/** An ISO instant as the value of a datetime-local input (to the second: changes come seconds apart), local time. */
export function isoToLocalInput(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** The path of a group, now or (with a datetime-local value) as it was then. An invalid value is an error. */
export function groupUrl(groupId: string, asOfLocal?: string | null): string {
  const base = `${API_BASE}/${encodeURIComponent(groupId)}`;
  if (!asOfLocal || !asOfLocal.trim()) return base;
  const iso = localInputToIso(asOfLocal);
  if (!iso) throw new Error(`"${asOfLocal}" is not a valid date and time`);
  return `${base}?${new URLSearchParams({ asOf: iso }).toString()}`;
}

export const historyUrl = (groupId: string) => `${API_BASE}/${encodeURIComponent(groupId)}/history`;
export const memberUrl = (groupId: string, memberId: string) =>
  `${API_BASE}/${encodeURIComponent(groupId)}/members/${encodeURIComponent(memberId)}`;
export const groupsUrl = (limit = 100) => `${API_BASE}/groups?limit=${limit}`;

/** The message to show for a failed request: the API's own message, and what a 401 means. */
export function parseApiError(status: number, body: unknown): string {
  let message: string | undefined;
  let requestId: string | undefined;
  if (body && typeof body === 'object') {
    const error = (body as { error?: unknown }).error;
    if (error && typeof error === 'object') {
      const m = (error as { message?: unknown }).message;
      if (typeof m === 'string' && m.trim()) message = m.trim();
      const r = (error as { requestId?: unknown }).requestId;
      if (typeof r === 'string') requestId = r;
    } else if (typeof error === 'string' && error.trim()) {
      message = error.trim();
    } else if (typeof (body as { message?: unknown }).message === 'string') {
      message = (body as { message: string }).message;
    }
  } else if (typeof body === 'string' && body.trim() && body.length < 300 && !body.trim().startsWith('<')) {
    message = body.trim();
  }
  if (status === 401) return `The API key is missing or wrong${message ? ` (${message})` : ''}. Enter a valid key above.`;
  if (status === 0) return message ?? 'The service could not be reached. Is it running?';
  const text = message ?? `The request failed with HTTP ${status}.`;
  return status >= 500 && requestId ? `${text} (request id ${requestId})` : text;
}

const REMOVAL_REASONS: Record<string, string> = {
  left_company: 'left the company',
  replaced: 'was replaced',
  excluded_by_user: 'was excluded by a user',
  no_longer_qualifies: 'no longer qualifies',
  duplicate: 'was a duplicate',
  erased: 'was erased on request',
  removed_in_v1: 'was removed in V1',
};

const FIELD_WORDS: Record<string, string> = {
  name: 'name',
  title: 'title',
  department: 'department',
  seniorityLevel: 'seniority',
  email: 'email',
  phone: 'phone',
  linkedin: 'LinkedIn',
  location: 'location',
};

export interface HistoryLine {
  version: number;
  time: string;
  recordedAt: string;
  type: string;
  summary: string;
  cause: string;
}

type Data = Record<string, unknown>;
const str = (value: unknown): string | undefined => (typeof value === 'string' && value ? value : undefined);
const num = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);

/** Member id → name, from the members the history added (so later events can name them). */
export function memberNames(entries: readonly HistoryEntry[], members: readonly MemberView[] = []): Map<string, string> {
  const names = new Map<string, string>();
  for (const member of members) names.set(member.id, member.name);
  for (const entry of entries) {
    const data = (entry.data ?? {}) as Data;
    const id = str(data.memberId);
    const name = str(data.name);
    if (id && name) names.set(id, name);
  }
  return names;
}

/** One history event in a human sentence. `names` maps member ids to names (see memberNames). */
export function summariseHistoryEntry(entry: HistoryEntry, names: ReadonlyMap<string, string> = new Map()): string {
  const data = (entry.data ?? {}) as Data;
  const who = () => {
    const id = str(data.memberId);
    return (id && names.get(id)) ?? str(data.name) ?? (id ? `member ${id.slice(0, 8)}` : 'a member');
  };
  switch (entry.type) {
    case 'BuyerGroupDiscovered': {
      const company = str((data.company as Data | undefined)?.name) ?? 'the company';
      const category = str((data.sellerProfile as Data | undefined)?.solutionCategory);
      const level = str(data.enrichmentLevel);
      return `Buyer group discovered for ${company}${category ? ` (seller: ${roleName(category)})` : ''}${level ? `, enrichment ${roleName(level)}` : ''}.`;
    }
    case 'BuyerGroupImported': {
      const company = str((data.company as Data | undefined)?.name) ?? 'the company';
      return `Buyer group for ${company} imported from V1 (${str(data.source) ?? 'unknown source'}).`;
    }
    case 'MemberAdded':
    case 'MemberImported': {
      const title = str(data.title);
      const role = str(data.role);
      const confidence = num(data.confidence);
      return `${who()}${title ? `, ${title},` : ''} ${entry.type === 'MemberImported' ? 'imported' : 'added'} as ${role ? roleName(role) : 'a member'}${confidence !== undefined ? ` (confidence ${formatPercent(confidence)})` : ''}.`;
    }
    case 'MemberUpdated': {
      const changes = (data.changes ?? {}) as Data;
      const parts = Object.entries(changes).map(([field, value]) => `${FIELD_WORDS[field] ?? field} → ${value === undefined || value === null ? 'none' : String(value)}`);
      return `${who()}'s profile changed${parts.length ? `: ${parts.join(', ')}` : ''}.`;
    }
    case 'MemberRoleChanged': {
      const from = str(data.from);
      const to = str(data.to);
      const reasons = Array.isArray(data.reasons) ? data.reasons.filter((r): r is string => typeof r === 'string') : [];
      return `${who()} moved from ${from ? roleName(from) : '?'} to ${to ? roleName(to) : '?'}${data.overridden ? ' by a manual override' : ''}${reasons.length ? ` — ${reasons[0]}` : ''}.`;
    }
    case 'MemberPinned':
      return `${who()} pinned: kept through automatic refreshes.`;
    case 'MemberUnpinned':
      return `${who()} unpinned.`;
    case 'MemberRemoved': {
      const reason = str(data.reason);
      return `${who()} removed${reason ? `: ${REMOVAL_REASONS[reason] ?? roleName(reason)}` : ''}.`;
    }
    case 'QualityAssessed': {
      const missing = Array.isArray(data.missingRoles) ? data.missingRoles.filter((r): r is string => typeof r === 'string') : [];
      return `Quality assessed: coverage ${str(data.coverage) ?? '—'}, overall ${formatPercent(num(data.overallScore))}, confidence ${formatPercent(num(data.confidence))}${missing.length ? `; missing ${missing.map(roleName).join(', ')}` : ''}.`;
    }
    case 'BuyerGroupRevalidated': {
      const checked = num(data.membersChecked);
      return `Group re-validated${checked !== undefined ? `: ${checked} member${checked === 1 ? '' : 's'} checked` : ''}.`;
    }
    case 'BuyerGroupArchived':
      return `Group archived${str(data.reason) ? `: ${str(data.reason)}` : ''}.`;
    case 'BuyerGroupDetailsUpdated': {
      const parts: string[] = [];
      const company = str((data.company as Data | undefined)?.name);
      if (data.company) parts.push(company ? `company → ${company}` : 'company details');
      const category = str((data.sellerProfile as Data | undefined)?.solutionCategory);
      if (data.sellerProfile) parts.push(category ? `seller profile → ${roleName(category)}` : 'seller profile');
      if (str(data.enrichmentLevel)) parts.push(`enrichment → ${roleName(str(data.enrichmentLevel)!)}`);
      return `Group details updated${parts.length ? `: ${parts.join(', ')}` : ''}.`;
    }
    default: {
      const keys = Object.keys(data);
      const words = entry.type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
      return `${words.charAt(0).toUpperCase()}${words.slice(1)}${keys.length ? ` (${keys.slice(0, 5).join(', ')})` : ''}.`;
    }
  }
}

/** Who or what caused an event: "discovery · api-key:ops". */
export function describeCause(cause: HistoryEntry['cause'] | undefined): string {
  if (!cause) return '';
  return [cause.source, cause.actor].filter((part) => typeof part === 'string' && part).join(' · ');
}

/** The history as timeline lines, newest first. */
export function historyTimeline(entries: readonly HistoryEntry[], members: readonly MemberView[] = []): HistoryLine[] {
  const names = memberNames(entries, members);
  return entries
    .map((entry) => ({
      version: entry.version,
      time: formatDateTime(entry.recordedAt),
      recordedAt: entry.recordedAt,
      type: entry.type,
      summary: summariseHistoryEntry(entry, names),
      cause: describeCause(entry.cause),
    }))
    .reverse();
}

export interface DiscoverForm {
  companyName: string;
  solutionCategory: string;
  enrichmentLevel: string;
  dryRun: boolean;
}

/** The discovery request body, or an error message when the form is incomplete. */
export function buildDiscoverRequest(form: DiscoverForm): { body: Record<string, unknown> } | { error: string } {
  const companyName = form.companyName.trim();
  if (!companyName) return { error: 'Enter a company name.' };
  if (companyName.length > 200) return { error: 'The company name is longer than 200 characters.' };
  if (!form.solutionCategory) return { error: 'Choose a solution category.' };
  if (!form.enrichmentLevel) return { error: 'Choose an enrichment level.' };
  return {
    body: {
      companyName,
      sellerProfile: { solutionCategory: form.solutionCategory },
      enrichmentLevel: form.enrichmentLevel,
      dryRun: form.dryRun,
    },
  };
}

/** What a discovery produced, in one sentence. */
export function summariseDiscovery(result: unknown): string {
  const r = (result ?? {}) as Data;
  const company = str((r.company as Data | undefined)?.name) ?? 'the company';
  const group = (r.buyerGroup ?? {}) as Data;
  const credits = num((r.creditsUsed as Data | undefined)?.total);
  if (r.dryRun) {
    const estimate = (r.plan as Data | undefined)?.estimate;
    const total = num((estimate as Data | undefined)?.total) ?? num((estimate as Data | undefined)?.credits);
    return `Dry run for ${company}: nothing was spent or saved${total !== undefined ? `; estimated ${total} credits` : ''}.`;
  }
  const members = num(group.totalMembers) ?? 0;
  const quality = (r.quality ?? {}) as Data;
  return `${company}: ${members} member${members === 1 ? '' : 's'} found, coverage ${str(quality.coverage) ?? '—'}, overall ${formatPercent(num(quality.overallScore))}${credits !== undefined ? `, ${credits} credits used` : ''}${group.saved ? ', saved' : ', not saved'}.`;
}
