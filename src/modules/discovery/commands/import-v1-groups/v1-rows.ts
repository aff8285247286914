import { createHash } from 'node:crypto';
import { BUYER_GROUP_ROLES, ENRICHMENT_LEVELS, type BuyerGroupRole, type EnrichmentLevel } from '../../domain/buyer-group-role.js';
import type { CompanySnapshot, ImportedMember, SellerProfile } from '../../domain/buyer-group.events.js';

/**
 * The V1 schema this migration accepts (README "Migrating from V1"). Column names match case-insensitively and
 * ignoring `_`, `-` and spaces (`company_name` = `companyName`); unknown columns are ignored; every column but the
 * required ones may be missing.
 *
 * "BuyerGroups": id*, companyName* (or company), createdAt*, website (or domain), industry, employeeCount (or
 *   employeesCount; companySize such as "51-200" gives its lower bound), companyId (digits: the provider's company id;
 *   anything else is V1's own reference, kept as v1CompanyId), coresignalCompanyId, workspaceId (V1's tenant, kept
 *   for the audit), sellerProfile (JSON object, or solutionCategory / targetMarket / dealSize columns, or
 *   metadata.sellerProfile), enrichmentLevel (identify | enrich | deep_research), status (archived, deleted or
 *   inactive archive the group), deletedAt / archivedAt (set: archived).
 * "BuyerGroupMembers": id*, buyerGroupId* (or groupId), name* (or fullName), role (V1's roles mapped onto the five;
 *   unknown or missing → stakeholder, with the reason), title, email, phone, linkedin (or linkedinUrl), department,
 *   seniorityLevel, location, confidence and influenceScore (0–1 or 0–100), priority (1–10), coresignalId (or
 *   personId: the provider's person id), roleReasoning (or reasoning), reasons (JSON array), createdAt.
 */
export const V1_GROUPS_TABLE = 'BuyerGroups';
export const V1_MEMBERS_TABLE = 'BuyerGroupMembers';

/** A row of a V1 table as read, with where it was (for reports): `"BuyerGroups" id=g-1`, `groups[3]`, `groups.csv:4`. */
export interface V1Row {
  position: string;
  values: Record<string, unknown>;
  /** set when the row could not even be read as a row (not a JSON object, a broken CSV record): why */
  unreadable?: string;
}

/** A row that cannot be imported, and why. */
export class V1RowError extends Error {}

export interface V1Group {
  v1Id: string;
  v1WorkspaceId?: string;
  v1CompanyId?: string;
  company: CompanySnapshot;
  sellerProfile?: SellerProfile;
  enrichmentLevel?: EnrichmentLevel;
  createdAt: string;
  archivedReason?: string;
}

export interface V1Member {
  v1Id: string;
  v1GroupId: string;
  /** the provider's person id when V1 had it, else `v1-member:<V1 id>` */
  personId: string;
  name: string;
  title: string;
  department?: string;
  seniorityLevel?: string;
  email?: string;
  phone?: string;
  linkedin?: string;
  location?: string;
  role: BuyerGroupRole;
  confidence: number;
  influenceScore: number;
  priority: number;
  reasons: string[];
  createdAt?: string;
}

// ------------------------------------------------------------------------------------------------------ ids

/** This migration's UUID namespace: group and member ids are UUID v5 names in it, so every run gives the same ids. */
export const V1_ID_NAMESPACE = '9a6fb52b-19f1-411d-a520-a6ab46413639';

/** RFC 4122 version 5 (SHA-1, name-based) UUID. */
export function uuidV5(name: string, namespace: string): string {
  const hash = createHash('sha1').update(Buffer.from(namespace.replace(/-/g, ''), 'hex')).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The id of the group a V1 group becomes in a workspace (the same V1 group in two workspaces: two groups). */
export const importedGroupId = (workspaceId: string, v1GroupId: string): string =>
  uuidV5(JSON.stringify(['group', workspaceId, v1GroupId]), V1_ID_NAMESPACE);

/** The member id of a V1 member row in the group of its V1 group (a row moved to another V1 group: a new member). */
export const importedMemberId = (workspaceId: string, v1GroupId: string, v1MemberId: string): string =>
  uuidV5(JSON.stringify(['member', workspaceId, v1GroupId, v1MemberId]), V1_ID_NAMESPACE);

// ------------------------------------------------------------------------------------------------- fields

const normaliseKey = (key: string): string => key.toLowerCase().replace(/[^a-z0-9]/g, '');

/** A row's values by normalised column name; empty strings and nulls count as missing. */
class Fields {
  private readonly values = new Map<string, { column: string; value: unknown }>();

  constructor(row: Record<string, unknown>) {
    for (const [column, value] of Object.entries(row)) {
      const key = normaliseKey(column);
      if (!this.values.has(key) || isMissing(this.values.get(key)!.value)) this.values.set(key, { column, value });
    }
  }

  /** the first alias present with a value: its column name and value */
  find(...aliases: string[]): { column: string; value: unknown } | undefined {
    for (const alias of aliases) {
      const found = this.values.get(normaliseKey(alias));
      if (found && !isMissing(found.value)) return found;
    }
    return undefined;
  }

  text(...aliases: string[]): string | undefined {
    const found = this.find(...aliases);
    return found === undefined ? undefined : asText(found.column, found.value);
  }

  requiredText(...aliases: string[]): string {
    const value = this.text(...aliases);
    if (value === undefined) throw new V1RowError(`${aliases[0]} is missing`);
    return value;
  }

  date(...aliases: string[]): string | undefined {
    const found = this.find(...aliases);
    return found === undefined ? undefined : asDate(found.column, found.value);
  }

  number(...aliases: string[]): number | undefined {
    const found = this.find(...aliases);
    return found === undefined ? undefined : asNumber(found.column, found.value);
  }

  json(...aliases: string[]): unknown {
    const found = this.find(...aliases);
    if (found === undefined) return undefined;
    if (typeof found.value !== 'string') return found.value;
    try {
      return JSON.parse(found.value) as unknown;
    } catch {
      throw new V1RowError(`${found.column} is not JSON: ${quote(found.value)}`);
    }
  }
}

function isMissing(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

const quote = (value: unknown): string => {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
};

function asText(column: string, value: unknown): string {
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim();
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  throw new V1RowError(`${column} is not text: ${quote(value)}`);
}

function asNumber(column: string, value: unknown): number {
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^\s*[-+]?(\d+\.?\d*|\.\d+)\s*$/.test(value) ? Number(value) : NaN;
  if (!Number.isFinite(number)) throw new V1RowError(`${column} is not a number: ${quote(value)}`);
  return number;
}

/** ISO 8601 of a Date, an ISO or SQL timestamp string (no zone: UTC) or epoch milliseconds. */
function asDate(column: string, value: unknown): string {
  let date: Date | undefined;
  if (value instanceof Date) date = value;
  else if (typeof value === 'number') date = new Date(value);
  else if (typeof value === 'string') {
    const text = value.trim();
    const local = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?))?$/.exec(text);
    if (local) {
      date = new Date(`${local[1]}T${local[2] ?? '00:00:00'}Z`);
      // JavaScript rolls 2024-02-30 over to March 1st: a day the month does not have is no date
      if (!Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) !== local[1]) date = undefined;
    }
    else if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}.*(Z|[+-]\d{2}(:?\d{2})?)$/i.test(text)) date = new Date(text.replace(' ', 'T'));
  }
  if (!date || Number.isNaN(date.getTime())) throw new V1RowError(`${column} is not a date: ${quote(value)}`);
  return date.toISOString();
}

/** A V1 score as 0–100: fractions (0–1) are scaled, anything outside 0–100 is refused. */
function score(fields: Fields, ...aliases: string[]): number | undefined {
  const value = fields.number(...aliases);
  if (value === undefined) return undefined;
  if (value < 0 || value > 100) throw new V1RowError(`${aliases[0]} ${value} is outside 0–100 (or 0–1)`);
  return Math.round(value <= 1 ? value * 100 : value);
}

// -------------------------------------------------------------------------------------------------- groups

const ARCHIVED_STATUSES = new Set(['archived', 'deleted', 'inactive']);

function employeeCount(fields: Fields): number | undefined {
  const count = fields.number('employeeCount', 'employeesCount');
  if (count !== undefined) {
    if (count < 0 || !Number.isInteger(count)) throw new V1RowError(`employeeCount ${count} is not a whole number of people`);
    return count;
  }
  // V1's companySize is free text ("51-200", "10,000+", "1001-5000 employees"): its first number, when it has one
  const size = fields.find('companySize');
  const match = size === undefined ? null : /\d[\d,]*/.exec(String(size.value));
  return match ? Number(match[0].replace(/,/g, '')) : undefined;
}

function sellerProfile(fields: Fields): SellerProfile | undefined {
  const explicit = fields.json('sellerProfile');
  if (explicit !== undefined) {
    const profile = explicit as Record<string, unknown>;
    if (typeof profile !== 'object' || Array.isArray(profile) || typeof profile.solutionCategory !== 'string' || profile.solutionCategory.trim() === '') {
      throw new V1RowError(`sellerProfile must be an object with a solutionCategory: ${quote(explicit)}`);
    }
    return profileOf(profile.solutionCategory, profile.targetMarket, profile.dealSize);
  }
  const category = fields.text('solutionCategory');
  if (category !== undefined) return profileOf(category, fields.text('targetMarket'), fields.text('dealSize'));
  // V1 sometimes kept it in its metadata column; a metadata it cannot read is not this row's fault
  let metadata: unknown;
  try {
    metadata = fields.json('metadata');
  } catch {
    return undefined;
  }
  const nested = (metadata as { sellerProfile?: Record<string, unknown> } | undefined)?.sellerProfile;
  return typeof nested?.solutionCategory === 'string' && nested.solutionCategory.trim() !== ''
    ? profileOf(nested.solutionCategory, nested.targetMarket, nested.dealSize)
    : undefined;
}

function profileOf(solutionCategory: string, targetMarket: unknown, dealSize: unknown): SellerProfile {
  const profile: SellerProfile = { solutionCategory: solutionCategory.trim() };
  if (typeof targetMarket === 'string' && targetMarket.trim() !== '') profile.targetMarket = targetMarket.trim();
  if (typeof dealSize === 'string' && dealSize.trim() !== '') profile.dealSize = dealSize.trim();
  else if (typeof dealSize === 'number') profile.dealSize = String(dealSize);
  return profile;
}

/** Reads and checks one "BuyerGroups" row; throws V1RowError with the reason. */
export function readV1Group(row: Record<string, unknown>): V1Group {
  const fields = new Fields(row);
  const group: V1Group = {
    v1Id: fields.requiredText('id'),
    company: { name: fields.requiredText('companyName', 'company') },
    createdAt: requiredDate(fields, 'createdAt'),
  };
  const companyId = fields.text('companyId');
  const providerCompanyId = fields.text('coresignalCompanyId', 'providerCompanyId') ?? (companyId && /^\d{1,15}$/.test(companyId) ? companyId : undefined);
  if (providerCompanyId !== undefined) {
    if (!/^\d{1,15}$/.test(providerCompanyId)) throw new V1RowError(`coresignalCompanyId must be digits: ${quote(providerCompanyId)}`);
    group.company.id = providerCompanyId;
  }
  if (companyId !== undefined && companyId !== providerCompanyId) group.v1CompanyId = companyId;
  const website = fields.text('website', 'domain', 'companyWebsite');
  if (website !== undefined) group.company.website = website;
  const industry = fields.text('industry');
  if (industry !== undefined) group.company.industry = industry;
  const employees = employeeCount(fields);
  if (employees !== undefined) group.company.employeeCount = employees;

  const workspace = fields.text('workspaceId');
  if (workspace !== undefined) group.v1WorkspaceId = workspace;
  const profile = sellerProfile(fields);
  if (profile) group.sellerProfile = profile;
  const level = fields.text('enrichmentLevel');
  if (level !== undefined) {
    const normalised = level.toLowerCase().replace(/[\s-]+/g, '_');
    if (!(ENRICHMENT_LEVELS as readonly string[]).includes(normalised)) {
      throw new V1RowError(`enrichmentLevel ${quote(level)} is not one of ${ENRICHMENT_LEVELS.join(', ')}`);
    }
    group.enrichmentLevel = normalised as EnrichmentLevel;
  }
  const status = fields.text('status');
  if (status !== undefined && ARCHIVED_STATUSES.has(status.toLowerCase())) group.archivedReason = `archived in V1 (status "${status}")`;
  else if (fields.find('deletedAt')) group.archivedReason = 'deleted in V1 (deletedAt set)';
  else if (fields.find('archivedAt')) group.archivedReason = 'archived in V1 (archivedAt set)';
  return group;
}

function requiredDate(fields: Fields, column: string): string {
  const value = fields.date(column);
  if (value === undefined) throw new V1RowError(`${column} is missing`);
  return value;
}

// ------------------------------------------------------------------------------------------------- members

/** V1 role names (normalised: lower case, letters and digits) that map onto one of the five roles. */
const V1_ROLE_SYNONYMS: Record<string, BuyerGroupRole> = {
  decision: 'decision_maker', // V1's enum value for decision makers
  decisionmaker: 'decision_maker',
  economicbuyer: 'decision_maker',
  budgetholder: 'decision_maker',
  champion: 'champion',
  coach: 'champion',
  sponsor: 'champion',
  stakeholder: 'stakeholder',
  influencer: 'stakeholder',
  evaluator: 'stakeholder',
  technicalbuyer: 'stakeholder',
  enduser: 'stakeholder',
  user: 'stakeholder',
  blocker: 'blocker',
  gatekeeper: 'blocker',
  veto: 'blocker',
  introducer: 'introducer',
  connector: 'introducer',
};

/** One of the five roles for a V1 role, and a note when it was not a plain one of them. */
export function mapV1Role(raw: string | undefined): { role: BuyerGroupRole; note?: string } {
  if (raw === undefined) return { role: 'stakeholder', note: 'V1 gave no role: imported as stakeholder' };
  const key = normaliseKey(raw);
  const role = V1_ROLE_SYNONYMS[key];
  if (!role) return { role: 'stakeholder', note: `unknown V1 role ${quote(raw)}: imported as stakeholder` };
  const plain = key === 'decision' || BUYER_GROUP_ROLES.some((name) => normaliseKey(name) === key);
  return plain ? { role } : { role, note: `V1 role ${quote(raw)} imported as ${role}` };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function linkedinUrl(value: string): string {
  const url = /^https?:\/\//i.test(value) ? value : /^(www\.)?linkedin\.com\//i.test(value) ? `https://${value}` : null;
  if (url === null || !/^https?:\/\/([a-z0-9-]+\.)*linkedin\.com\//i.test(url)) {
    throw new V1RowError(`linkedin is not a LinkedIn URL: ${quote(value)}`);
  }
  return url;
}

function reasonsOf(fields: Fields, note: string | undefined): string[] {
  const reasons = ['imported from V1'];
  if (note) reasons.push(note);
  const reasoning = fields.text('roleReasoning', 'reasoning');
  if (reasoning !== undefined) reasons.push(reasoning);
  const listed = fields.json('reasons');
  if (listed !== undefined) {
    if (!Array.isArray(listed) || listed.some((reason) => typeof reason !== 'string')) {
      throw new V1RowError(`reasons must be a JSON array of strings: ${quote(listed)}`);
    }
    reasons.push(...(listed as string[]).map((reason) => reason.trim()).filter((reason) => reason !== ''));
  }
  return reasons;
}

/** Reads and checks one "BuyerGroupMembers" row; throws V1RowError with the reason. */
export function readV1Member(row: Record<string, unknown>): V1Member {
  const fields = new Fields(row);
  const v1Id = fields.requiredText('id');
  const v1GroupId = fields.requiredText('buyerGroupId', 'groupId');
  const name = fields.requiredText('name', 'fullName');
  if (!/[\p{L}\p{N}]/u.test(name)) throw new V1RowError(`name has no letters: ${quote(name)}`);
  const { role, note } = mapV1Role(fields.text('role'));
  const priority = fields.number('priority');
  if (priority !== undefined && (!Number.isInteger(priority) || priority < 1 || priority > 10)) {
    throw new V1RowError(`priority ${priority} is not a whole number from 1 to 10`);
  }
  const member: V1Member = {
    v1Id,
    v1GroupId,
    personId: fields.text('coresignalId', 'personId', 'coresignalEmployeeId') ?? `v1-member:${v1Id}`,
    name,
    title: fields.text('title', 'jobTitle') ?? '',
    role,
    // V1's columns default to 0 and 5
    confidence: score(fields, 'confidence') ?? 0,
    influenceScore: score(fields, 'influenceScore') ?? 0,
    priority: priority ?? 5,
    reasons: reasonsOf(fields, note),
  };
  const email = fields.text('email');
  if (email !== undefined) {
    if (!EMAIL.test(email)) throw new V1RowError(`email is not an e-mail address: ${quote(email)}`);
    member.email = email;
  }
  const linkedin = fields.text('linkedin', 'linkedinUrl', 'linkedinProfile');
  if (linkedin !== undefined) member.linkedin = linkedinUrl(linkedin);
  for (const [key, aliases] of [
    ['department', ['department']],
    ['seniorityLevel', ['seniorityLevel', 'seniority']],
    ['phone', ['phone', 'phoneNumber']],
    ['location', ['location']],
  ] as const) {
    const value = fields.text(...aliases);
    if (value !== undefined) member[key] = value;
  }
  const createdAt = fields.date('createdAt');
  if (createdAt !== undefined) member.createdAt = createdAt;
  return member;
}

/** The member as the group records it. */
export function importedMember(workspaceId: string, member: V1Member): ImportedMember {
  const { v1Id, v1GroupId, ...rest } = member;
  return { memberId: importedMemberId(workspaceId, v1GroupId, v1Id), v1MemberId: v1Id, ...rest };
}

/** The V1 ids of a row that could not be read whole, where they can be read (to say which group it belonged to). */
export function v1Ids(row: Record<string, unknown>): { id?: string; groupId?: string } {
  const fields = new Fields(row);
  const read = (...aliases: string[]) => {
    try {
      return fields.text(...aliases);
    } catch {
      return undefined;
    }
  };
  return { id: read('id'), groupId: read('buyerGroupId', 'groupId') };
}
