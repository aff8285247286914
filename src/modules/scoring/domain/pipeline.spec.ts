import { describe, expect, it } from '@jest/globals';
import type { CompanyRecord } from '../../enrichment/domain/coresignal-records.js';
import { DEFAULT_UNIVERSE, generateCompanies, generateEmployees } from '../../enrichment/domain/demo-universe/demo-universe.js';
import { buildBuyerGroup, toMemberPayload } from './pipeline.js';

const NOW = Date.UTC(2026, 10, 1);
const companies = generateCompanies(DEFAULT_UNIVERSE);
const find = (min: number, max: number, exec?: RegExp): CompanyRecord =>
  companies.find((c) => c.employees_count! >= min && c.employees_count! <= max && (!exec || c.key_executives.some((k) => exec.test(k.member_position_title))))!;

function build(company: CompanyRecord, solutionCategory: string, dealSize?: string) {
  const records = generateEmployees(company, DEFAULT_UNIVERSE);
  return {
    records,
    b: buildBuyerGroup({
      candidates: records.map((e) => ({ personId: String(e.id), record: e })),
      context: { seller: { solutionCategory, ...(dealSize ? { dealSize } : {}) }, company: { id: company.id, name: company.company_name, employeeCount: company.employees_count }, now: NOW },
    }),
  };
}

describe('buildBuyerGroup over the demo universe', () => {
  it('a ~25-person company: the CEO decides, the group has 3–6 members', () => {
    const company = find(20, 30);
    const { records, b } = build(company, 'revenue_technology');
    expect(b.selection.members.length).toBeGreaterThanOrEqual(3);
    expect(b.selection.members.length).toBeLessThanOrEqual(6);
    const dms = b.selection.members.filter((m) => m.role === 'decision_maker');
    expect(dms.map((m) => m.personId)).toEqual([String(records[0]!.id)]);
  });

  it('security seller, large company: CISO decides, legal blocks, 8–15 members, no ex-employees', () => {
    const company = find(1_000, 9_999, /^Chief Information Security Officer$/);
    const { records, b } = build(company, 'security', 'large');
    const dm = b.selection.members.filter((m) => m.role === 'decision_maker').map((m) => m.candidate.title);
    expect(dm[0]).toBe('Chief Information Security Officer');
    expect(dm).not.toContain('Group CEO');
    expect(b.selection.members.filter((m) => m.role === 'blocker').every((m) => m.candidate.function === 'legal' || m.candidate.function === 'procurement')).toBe(true);
    expect(b.selection.members.length).toBeGreaterThanOrEqual(8);
    expect(b.selection.members.length).toBeLessThanOrEqual(15);
    const former = new Set(records.slice(company.employees_count!).map((e) => String(e.id)));
    expect(b.selection.members.some((m) => former.has(m.personId))).toBe(false);
  });

  it('revenue-technology seller, enterprise: VP-level sales leaders decide, not the CEO; RevOps champions; quality excellent', () => {
    const company = find(20_000, 100_000);
    const { records, b } = build(company, 'revenue_technology');
    const dms = b.selection.members.filter((m) => m.role === 'decision_maker');
    expect(dms.length).toBe(3);
    expect(dms.map((m) => m.personId)).not.toContain(String(records[0]!.id));
    expect(dms.every((m) => m.candidate.function === 'sales')).toBe(true);
    const champions = b.selection.members.filter((m) => m.role === 'champion');
    expect(champions.some((m) => /revenue operations|sales operations|sales enablement|revops/i.test(m.candidate.title))).toBe(true);
    expect(b.selection.members.length).toBeGreaterThanOrEqual(12);
    expect(b.quality.coverage).toBe('excellent');
    expect(b.quality.overallScore).toBeGreaterThan(70);
  });

  it('produces MemberAdded-ready payloads with priority 1–10 and reasons', () => {
    const { b } = build(find(200, 999, /^CRO$/), 'revenue_technology');
    for (const m of b.selection.members) {
      const p = toMemberPayload(m);
      expect(p.priority).toBeGreaterThanOrEqual(1);
      expect(p.priority).toBeLessThanOrEqual(10);
      expect(p.influenceScore).toBeGreaterThanOrEqual(0);
      expect(p.influenceScore).toBeLessThanOrEqual(100);
      expect(p.reasons.length).toBeGreaterThan(2);
    }
    expect(toMemberPayload(b.selection.members[0]!).role).toBe('decision_maker');
  });
});
