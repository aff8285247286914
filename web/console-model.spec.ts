import { describe, expect, it } from '@jest/globals';
import {
  buildDiscoverRequest,
  formatConfidence,
  formatPercent,
  formatQuality,
  groupByRole,
  groupUrl,
  historyTimeline,
  isoToLocalInput,
  localInputToIso,
  parseApiError,
  ENRICHMENT_LEVELS,
  ROLE_ORDER,
  SOLUTION_CATEGORIES,
  summariseDiscovery,
  summariseHistoryEntry,
  type HistoryEntry,
  type MemberView,
} from './console-model.js';

const member = (id: string, role: string, priority: number, influenceScore: number, name = `Person ${id}`): MemberView => ({
  id,
  personId: `p-${id}`,
  name,
  title: 'VP Sales',
  role: role as MemberView['role'], // the console must also cope with a role it does not know
  confidence: 80,
  influenceScore,
  priority,
  reasons: [],
  pinned: false,
  roleOverridden: false,
  addedAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
});

const entry = (type: string, data: unknown, extra: Partial<HistoryEntry> = {}): HistoryEntry => ({
  version: 1,
  eventId: 'e',
  type,
  schemaVersion: 1,
  recordedAt: '2026-11-01T10:00:00.000Z',
  cause: { source: 'discovery', actor: 'api-key:ops', correlationId: 'c' },
  data,
  ...extra,
});

describe('groupByRole', () => {
  it('makes one column per role in the rubric order, empty ones kept, members by priority then influence', () => {
    const columns = groupByRole([
      member('a', 'champion', 3, 50),
      member('b', 'decision_maker', 2, 70),
      member('c', 'champion', 1, 10),
      member('d', 'champion', 3, 90),
      member('e', 'blocker', 4, 40),
      member('f', 'champion', 3, 90, 'Aaron'),
    ]);
    expect(columns.map((c) => c.role)).toEqual([...ROLE_ORDER]);
    expect(columns.map((c) => c.label)).toEqual(['Decision makers', 'Champions', 'Stakeholders', 'Blockers', 'Introducers']);
    expect(columns[1].members.map((m) => m.id)).toEqual(['c', 'f', 'd', 'a']);
    expect(columns[2].members).toEqual([]);
    expect(columns[3].members.map((m) => m.id)).toEqual(['e']);
  });

  it('keeps a role it does not know, after the known ones', () => {
    const columns = groupByRole([member('a', 'economic_buyer', 1, 1)]);
    expect(columns.map((c) => c.role)).toEqual([...ROLE_ORDER, 'economic_buyer']);
    expect(columns[5].label).toBe('Economic buyer');
  });
});

describe('formatting', () => {
  it('formats scores and confidence', () => {
    expect(formatPercent(87.4)).toBe('87%');
    expect(formatPercent(0.92)).toBe('92%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(null)).toBe('—');
    expect(formatConfidence(92)).toBe('92% (high)');
    expect(formatConfidence(65)).toBe('65% (medium)');
    expect(formatConfidence(20)).toBe('20% (low)');
    expect(formatConfidence(undefined)).toBe('—');
  });

  it('formats the quality block', () => {
    expect(
      formatQuality({ coverage: 'good', confidence: 81, dataQuality: 70, overallScore: 76.6, missingRoles: ['blocker', 'decision_maker'] }),
    ).toEqual([
      { label: 'Coverage', value: 'good' },
      { label: 'Confidence', value: '81% (high)' },
      { label: 'Data quality', value: '70%' },
      { label: 'Overall score', value: '77%' },
      { label: 'Missing roles', value: 'blocker, decision maker' },
    ]);
    expect(formatQuality({ coverage: null, confidence: null, dataQuality: null, overallScore: null, missingRoles: [] })).toEqual([
      { label: 'Coverage', value: '—' },
      { label: 'Confidence', value: '—' },
      { label: 'Data quality', value: '—' },
      { label: 'Overall score', value: '—' },
      { label: 'Missing roles', value: 'none' },
    ]);
  });
});

describe('asOf', () => {
  it('reads a datetime-local value in the local time zone as an ISO instant', () => {
    expect(localInputToIso('2026-11-01T10:30')).toBe(new Date(2026, 10, 1, 10, 30).toISOString());
    expect(localInputToIso('2026-11-01T10:30:15')).toBe(new Date(2026, 10, 1, 10, 30, 15).toISOString());
    expect(localInputToIso('')).toBeNull();
    expect(localInputToIso('2026-02-31T10:00')).toBeNull();
    expect(localInputToIso('yesterday')).toBeNull();
    expect(isoToLocalInput(new Date(2026, 10, 1, 10, 30, 5).toISOString())).toBe('2026-11-01T10:30:05');
  });

  it('builds the group URL, with asOf only when one is given', () => {
    const id = '7f8b7a4e-0000-4000-8000-000000000001';
    expect(groupUrl(id)).toBe(`/api/intelligence/buyer-group-v2/${id}`);
    expect(groupUrl(id, '')).toBe(`/api/intelligence/buyer-group-v2/${id}`);
    const iso = new Date(2026, 10, 1, 10, 30).toISOString();
    expect(groupUrl(id, '2026-11-01T10:30')).toBe(`/api/intelligence/buyer-group-v2/${id}?asOf=${encodeURIComponent(iso)}`);
    expect(() => groupUrl(id, 'not a date')).toThrow('not a valid date and time');
  });
});

describe('history', () => {
  it('summarises events in sentences, naming members added earlier', () => {
    const history = [
      entry('BuyerGroupDiscovered', {
        groupId: 'g',
        workspaceId: 'w',
        company: { name: 'Northwind' },
        sellerProfile: { solutionCategory: 'revenue_technology' },
        enrichmentLevel: 'identify',
      }),
      entry('MemberAdded', { memberId: 'm1', personId: 'p1', name: 'Ada Lovelace', title: 'CRO', role: 'decision_maker', confidence: 91 }, { version: 2 }),
      entry('MemberRoleChanged', { memberId: 'm1', from: 'decision_maker', to: 'champion', confidence: 100, reasons: ['set by hand'], overridden: true }, {
        version: 3,
        cause: { source: 'api', actor: 'jane', correlationId: 'c' },
      }),
      entry('MemberRemoved', { memberId: 'm1', personId: 'p1', reason: 'left_company' }, { version: 4 }),
      entry('QualityAssessed', { coverage: 'good', confidence: 80, dataQuality: 70, overallScore: 75, missingRoles: ['blocker'] }, { version: 5 }),
    ];
    const lines = historyTimeline(history);
    expect(lines.map((l) => l.version)).toEqual([5, 4, 3, 2, 1]);
    expect(lines.map((l) => l.summary)).toEqual([
      'Quality assessed: coverage good, overall 75%, confidence 80%; missing blocker.',
      'Ada Lovelace removed: left the company.',
      'Ada Lovelace moved from decision maker to champion by a manual override — set by hand.',
      'Ada Lovelace, CRO, added as decision maker (confidence 91%).',
      'Buyer group discovered for Northwind (seller: revenue technology), enrichment identify.',
    ]);
    expect(lines[2].cause).toBe('api · jane');
  });

  it('words the other events and anything unknown', () => {
    const names = new Map([['m1', 'Ada']]);
    expect(summariseHistoryEntry(entry('MemberPinned', { memberId: 'm1' }), names)).toBe('Ada pinned: kept through automatic refreshes.');
    expect(summariseHistoryEntry(entry('MemberUpdated', { memberId: 'm1', changes: { title: 'CEO', seniorityLevel: 'c_level' } }), names)).toBe(
      "Ada's profile changed: title → CEO, seniority → c_level.",
    );
    expect(summariseHistoryEntry(entry('BuyerGroupRevalidated', { membersChecked: 1 }))).toBe('Group re-validated: 1 member checked.');
    expect(summariseHistoryEntry(entry('MemberUnpinned', { memberId: '12345678-aaaa' }))).toBe('member 12345678 unpinned.');
    expect(summariseHistoryEntry(entry('SomethingNew', { a: 1 }))).toBe('Something new (a).');
  });
});

describe('parseApiError', () => {
  it("shows the API's message", () => {
    expect(parseApiError(404, { success: false, error: { code: 'NOT_FOUND', message: 'buyer group x not found' } })).toBe('buyer group x not found');
    expect(parseApiError(400, { success: false, error: { code: 'VALIDATION_FAILED', message: 'asOf: must be ISO' } })).toBe('asOf: must be ISO');
  });

  it('says a 401 means the key is missing or wrong', () => {
    const text = parseApiError(401, { success: false, error: { code: 'UNAUTHORIZED', message: 'invalid API key' } });
    expect(text).toContain('API key is missing or wrong');
    expect(text).toContain('invalid API key');
    expect(parseApiError(401, undefined)).toContain('API key is missing or wrong');
  });

  it('copes with bodies that are not the error shape', () => {
    expect(parseApiError(502, '<html>bad gateway</html>')).toBe('The request failed with HTTP 502.');
    expect(parseApiError(500, { success: false, error: { code: 'INTERNAL', message: 'internal error', requestId: 'r-1' } })).toBe(
      'internal error (request id r-1)',
    );
    expect(parseApiError(0, undefined)).toContain('could not be reached');
  });
});

describe('discovery form', () => {
  it('builds the request body or says what is missing', () => {
    expect(buildDiscoverRequest({ companyName: ' Northwind ', solutionCategory: 'security', enrichmentLevel: 'identify', dryRun: true })).toEqual({
      body: { companyName: 'Northwind', sellerProfile: { solutionCategory: 'security' }, enrichmentLevel: 'identify', dryRun: true },
    });
    expect(buildDiscoverRequest({ companyName: '  ', solutionCategory: 'security', enrichmentLevel: 'identify', dryRun: false })).toEqual({
      error: 'Enter a company name.',
    });
  });

  it('summarises the outcome', () => {
    expect(
      summariseDiscovery({
        company: { name: 'Northwind' },
        buyerGroup: { id: 'g', saved: true, totalMembers: 6 },
        quality: { coverage: 'good', overallScore: 80 },
        creditsUsed: { total: 100 },
        dryRun: false,
      }),
    ).toBe('Northwind: 6 members found, coverage good, overall 80%, 100 credits used, saved.');
    expect(summariseDiscovery({ company: { name: 'Northwind' }, dryRun: true, plan: { estimate: { total: 60 } }, buyerGroup: {} })).toBe(
      'Dry run for Northwind: nothing was spent or saved; estimated 60 credits.',
    );
  });
});

describe('the lists the console mirrors from the server', () => {
  // The browser cannot load server modules, so the console keeps its own copies; these must not drift.
  it('offers exactly the solution categories, enrichment levels and roles the API accepts', async () => {
    const { SOLUTION_CATEGORIES: serverCategories } = await import('../src/modules/classification/domain/seller-profiles.data.js');
    const server = await import('../src/modules/discovery/domain/buyer-group-role.js');
    expect([...SOLUTION_CATEGORIES].sort()).toEqual([...serverCategories].sort());
    expect([...ENRICHMENT_LEVELS]).toEqual([...server.ENRICHMENT_LEVELS]);
    expect([...ROLE_ORDER].sort()).toEqual([...server.BUYER_GROUP_ROLES].sort());
  });
});
