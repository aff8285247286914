import { describe, expect, it } from '@jest/globals';
import type { CompanyRecord, EmployeeRecord } from '../../enrichment/domain/coresignal-records.js';
import { DEFAULT_UNIVERSE, generateCompanies, generateEmployees } from '../../enrichment/domain/demo-universe/demo-universe.js';
import type { AiRoleInput, AiRoleSignalPort } from './ai-role-signal.js';
import { classifyCandidates, classifyWithAi, reportingDepths, type Candidate, type ClassificationContext } from './role-classifier.js';

const NOW = Date.UTC(2026, 10, 1);
const companies = generateCompanies(DEFAULT_UNIVERSE);

/** The first demo company in the size range whose key executives include a title matching `exec` (deterministic). */
function companyWith(min: number, max: number, exec?: RegExp): CompanyRecord {
  const c = companies.find((x) => x.employees_count! >= min && x.employees_count! <= max && (!exec || x.key_executives.some((k) => exec.test(k.member_position_title))));
  if (!c) throw new Error('no such demo company');
  return c;
}
const candidatesOf = (records: EmployeeRecord[]): Candidate[] => records.map((e) => ({ personId: String(e.id), record: e }));
const ctxOf = (c: CompanyRecord, solutionCategory: string): ClassificationContext => ({
  seller: { solutionCategory },
  company: { id: c.id, name: c.company_name, employeeCount: c.employees_count },
  now: NOW,
});

describe('classifier over demo-universe org charts', () => {
  it('security seller, 7,329-person insurer: the CISO is the decision maker, the General Counsel a blocker', () => {
    const company = companyWith(1_000, 9_999, /^Chief Information Security Officer$/);
    expect(company.id).toBe(10017);
    const res = classifyCandidates(candidatesOf(generateEmployees(company, DEFAULT_UNIVERSE)), ctxOf(company, 'security'));
    const ciso = res.classified.find((m) => m.title === 'Chief Information Security Officer')!;
    expect(ciso.role).toBe('decision_maker');
    expect(ciso.confidence).toBeGreaterThanOrEqual(70);
    expect(res.classified.find((m) => m.title === 'General Counsel')!.role).toBe('blocker');
    expect(res.classified.find((m) => m.title === 'Group CEO')!.confidence).toBeLessThan(40);
    expect(res.ai).toEqual({ available: false, reason: 'no AI signal configured' });
  });

  it('revenue-technology seller, 668-person SaaS: the CRO decides, RevOps / Sales Ops champion, security/legal block', () => {
    const company = companyWith(200, 999, /^CRO$/);
    expect(company.id).toBe(10025);
    const res = classifyCandidates(candidatesOf(generateEmployees(company, DEFAULT_UNIVERSE)), ctxOf(company, 'revenue_technology'));
    expect(res.classified.find((m) => m.title === 'CRO')!.role).toBe('decision_maker');
    expect(res.classified.find((m) => m.title === 'Senior Vice President, Sales')!.role).toBe('decision_maker');
    const revops = res.classified.filter((m) => /rev(enue )?ops|revenue operations|sales operations|sales enablement/i.test(m.title) && ['manager', 'head', 'director'].includes(m.seniorityLevel));
    expect(revops.length).toBeGreaterThan(0);
    for (const m of revops) expect(m.role).toBe('champion');
    const gc = res.classified.find((m) => m.title === 'General Counsel and Chief Compliance Officer')!;
    expect(gc.role).toBe('blocker');
    for (const m of res.classified.filter((x) => x.function === 'security' || x.function === 'procurement')) expect(m.role).toBe('blocker');
  });

  it('HR-technology seller: the Chief People Officer decides; finance-technology seller: the CFO decides (627-person logistics company)', () => {
    const company = companyWith(500, 999, /^Chief People Officer$/);
    const records = generateEmployees(company, DEFAULT_UNIVERSE);
    const hr = classifyCandidates(candidatesOf(records), ctxOf(company, 'hr_technology'));
    expect(hr.classified.find((m) => m.title === 'Chief People Officer')!.role).toBe('decision_maker');
    expect(hr.classified.find((m) => m.title === 'CFO')!.role).toBe('stakeholder');
    const fin = classifyCandidates(candidatesOf(records), ctxOf(company, 'finance_technology'));
    expect(fin.classified.find((m) => m.title === 'CFO')!.role).toBe('decision_maker');
    expect(fin.classified.find((m) => m.title === 'Chief People Officer')!.role).toBe('stakeholder');
  });

  it('a 23-person company: the founder-CEO (n = 1) is the decision maker', () => {
    const company = companyWith(20, 30);
    const records = generateEmployees(company, DEFAULT_UNIVERSE);
    const res = classifyCandidates(candidatesOf(records), ctxOf(company, 'revenue_technology'));
    const ceo = res.classified.find((m) => m.personId === String(records[0]!.id))!;
    expect(ceo.role).toBe('decision_maker');
    expect(res.classified.filter((m) => m.role === 'decision_maker')).toHaveLength(1);
    expect(ceo.reportingDepth).toBe(0);
  });

  it('never classifies ex-employees, duplicates or deleted profiles: they are rejected as not current', () => {
    const company = companyWith(200, 999, /^CRO$/);
    const records = generateEmployees(company, DEFAULT_UNIVERSE);
    const res = classifyCandidates(candidatesOf(records), ctxOf(company, 'revenue_technology'));
    const formerIds = new Set(records.slice(company.employees_count!).map((e) => String(e.id)));
    expect(formerIds.size).toBeGreaterThan(0);
    expect(res.classified.some((m) => formerIds.has(m.personId))).toBe(false);
    const notCurrent = res.rejected.filter((r) => r.kind === 'not_current').map((r) => r.personId);
    expect(new Set(notCurrent)).toEqual(formerIds);
  });

  it('explains every role with the rules, the verification and the confidence formula', () => {
    const company = companyWith(200, 999, /^CRO$/);
    const res = classifyCandidates(candidatesOf(generateEmployees(company, DEFAULT_UNIVERSE)), ctxOf(company, 'revenue_technology'));
    const vp = res.classified.find((m) => m.title === 'Senior Vice President, Sales')!;
    expect(vp.reasons[0]).toMatch(/^"Senior Vice President, Sales" → authority 0\.9, function match 1\.0/);
    expect(vp.reasons.some((r) => /^verified current (today|\d+ days? ago)$/.test(r))).toBe(true);
    expect(vp.reasons.some((r) => r.startsWith('AI unavailable'))).toBe(true);
    expect(vp.reasons[vp.reasons.length - 1]).toMatch(/^confidence = 0\.85 × \(rules/);
  });
});

describe('classifier: the AI signal', () => {
  const company = companyWith(200, 999, /^CRO$/);
  const records = generateEmployees(company, DEFAULT_UNIVERSE).slice(0, company.employees_count!);
  const cands = candidatesOf(records);
  const ctx = ctxOf(company, 'revenue_technology');
  const cro = records.find((e) => e.active_experience_title === 'CRO')!;
  const ceo = records[0]!;

  const agreeingPort = (seen: AiRoleInput[][] = []): AiRoleSignalPort => ({
    classify: async (members) => {
      seen.push(members);
      return { available: true, opinions: members.map((m) => ({ personId: m.personId, role: m.personId === String(cro.id) ? 'decision_maker' : 'stakeholder', confidence: 0.9, reasoning: 'test' })) };
    },
  });

  it('an agreeing AI raises the confidence above the no-AI classification', async () => {
    const withAi = await classifyWithAi(cands, ctx, agreeingPort());
    const without = classifyCandidates(cands, ctx);
    const a = withAi.classified.find((m) => m.personId === String(cro.id))!;
    const b = without.classified.find((m) => m.personId === String(cro.id))!;
    expect(withAi.ai).toEqual({ available: true });
    expect(a.role).toBe('decision_maker');
    expect(a.confidence).toBeGreaterThan(b.confidence);
    expect(a.reasons).toContain('AI agreed: decision_maker 0.90 (test)');
  });

  it('only sends current, possibly relevant people to the AI', async () => {
    const seen: AiRoleInput[][] = [];
    const all = candidatesOf(generateEmployees(company, DEFAULT_UNIVERSE));
    await classifyWithAi(all, ctx, agreeingPort(seen));
    const sent = new Set(seen[0]!.map((m) => m.personId));
    expect(sent.size).toBeLessThan(company.employees_count!);
    for (const e of all.slice(company.employees_count!)) expect(sent.has(e.personId)).toBe(false);
  });

  it('says when the AI is unavailable or fails, and still classifies', async () => {
    const down: AiRoleSignalPort = { classify: async () => ({ available: false, reason: 'rate limited' }) };
    const broken: AiRoleSignalPort = { classify: async () => { throw new Error('boom'); } };
    const a = await classifyWithAi(cands, ctx, down);
    const b = await classifyWithAi(cands, ctx, broken);
    const c = await classifyWithAi(cands, ctx, null);
    expect(a.ai).toEqual({ available: false, reason: 'rate limited' });
    expect(b.ai).toEqual({ available: false, reason: 'AI call failed: boom' });
    expect(c.ai).toEqual({ available: false, reason: 'no AI key configured' });
    expect(a.classified.find((m) => m.personId === String(cro.id))!.role).toBe('decision_maker');
  });

  it('the AI cannot make a C-level an introducer, and its strong "not relevant" drops weak rule candidates', () => {
    const weakId = classifyCandidates(cands, ctx).classified.find((m) => m.signals.rules.score < 0.6)!.personId;
    const weak = records.find((e) => String(e.id) === weakId)!;
    const res = classifyCandidates(cands, ctx, {
      available: true,
      opinions: [
        { personId: String(ceo.id), role: 'introducer', confidence: 1, reasoning: 'knows everyone' },
        { personId: String(weak.id), role: 'not_relevant', confidence: 0.9, reasoning: 'no say' },
      ],
    });
    expect(res.classified.find((m) => m.personId === String(ceo.id))!.role).toBe('decision_maker');
    expect(res.rejected.find((r) => r.personId === String(weak.id))).toMatchObject({ kind: 'not_relevant' });
  });
});

describe('reportingDepths', () => {
  it('computes depth below the root and skips unresolved chains', () => {
    const d = reportingDepths([
      { id: 1, reports_to_id: null },
      { id: 2, reports_to_id: 1 },
      { id: 3, reports_to_id: 2 },
      { id: 4, reports_to_id: 99 },
    ]);
    expect([d.get('1'), d.get('2'), d.get('3'), d.get('4')]).toEqual([0, 1, 2, undefined]);
  });
});
