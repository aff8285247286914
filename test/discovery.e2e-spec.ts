import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { DATABASE, type Database } from '../src/shared/database/database.js';
import { sqlQuery } from '../src/shared/database/sql.js';
import { startTestApp, WORKSPACE_A, WORKSPACE_B, type TestApp } from './support/test-app.js';

const BASE = '/api/intelligence/buyer-group-v2';
const asA = { 'x-api-key': WORKSPACE_A.key };

interface Member {
  id: string;
  personId: string;
  name: string;
  title: string;
  role: string;
  confidence: number;
  reasons: string[];
}

describe('buyer group discovery over the local dataset', () => {
  let context: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  let db: Database;

  const companyWith = async (where: string, params: unknown[] = []) => {
    const [row] = await sqlQuery<{ id: string; name: string; employees_count: number }>(
      db.em.fork(),
      `select id::text, name, employees_count from dataset_companies where ${where} order by id limit 1`,
      params,
    );
    if (!row) throw new Error(`no demo company where ${where}`);
    return row;
  };
  const discover = (body: Record<string, unknown>, key = asA) => request(server).post(BASE).set(key).send(body);

  beforeAll(async () => {
    context = await startTestApp('discovery');
    server = context.app.getHttpServer();
    db = context.app.get(DATABASE);
  });
  afterAll(() => context.close());

  it('deep_research without an AI key: the group is found and a note says group reasoning needs ANTHROPIC_API_KEY', async () => {
    const company = await companyWith('employees_count between 60 and 120');
    const { body } = await discover({ companyId: company.id, sellerProfile: { solutionCategory: 'security' }, enrichmentLevel: 'deep_research', saveToDatabase: false }).expect(200);
    expect(body.buyerGroup.totalMembers).toBeGreaterThan(0);
    expect(body.buyerGroup.reasoning).toBeUndefined();
    expect(body.notes).toContain('deep_research: no AI-written group reasoning without ANTHROPIC_API_KEY');
  });

  it('finds, explains and saves a group for a small company: the CEO decides, 3-6 members, only current employees', async () => {
    const company = await companyWith('employees_count between 20 and 30');
    const response = await discover({ companyName: company.name, sellerProfile: { solutionCategory: 'revenue_technology' }, enrichmentLevel: 'identify' }).expect(200);
    const body = response.body;
    expect(body.company).toMatchObject({ id: company.id, name: company.name, matchedBy: 'name' });
    expect(body.buyerGroup.saved).toBe(true);
    expect(body.buyerGroup.totalMembers).toBeGreaterThanOrEqual(3);
    expect(body.buyerGroup.totalMembers).toBeLessThanOrEqual(6);
    const deciders = (body.buyerGroup.members as Member[]).filter((member) => member.role === 'decision_maker');
    // the demo universe numbers each company's top person (CEO, founder, Geschäftsführer...) n = 1
    expect(deciders.map((member) => member.personId)).toContain(String(Number(company.id) * 1_000_000 + 1));
    for (const member of body.buyerGroup.members as Member[]) {
      expect(member.reasons.length).toBeGreaterThan(0);
      expect(member.confidence).toBeGreaterThan(0);
    }
    expect(body.quality).toEqual(expect.objectContaining({ coverage: expect.any(String), overallScore: expect.any(Number), missingRoles: expect.any(Array) }));

    const ids = (body.buyerGroup.members as Member[]).map((member) => member.personId);
    const current = await sqlQuery<{ id: string }>(
      db.em.fork(),
      'select id::text from dataset_employees where id = any(?::bigint[]) and company_id = ? and is_parent = 1 and is_deleted = 0 and is_working = 1',
      [ids, company.id],
    );
    expect(current.map((row) => row.id).sort()).toEqual([...ids].sort());

    const saved = await request(server).get(`${BASE}/${body.buyerGroup.id}`).set(asA).expect(200);
    expect(saved.body.buyerGroup.totalMembers).toBe(body.buyerGroup.totalMembers);
    const history = await request(server).get(`${BASE}/${body.buyerGroup.id}/history`).set(asA).expect(200);
    expect(history.body.history[0]).toMatchObject({ type: 'BuyerGroupDiscovered', cause: { source: 'discovery' } });
  });

  it('makes the CISO the decision maker for a security seller', async () => {
    const company = await companyWith("employees_count between 2000 and 9000 and exists (select 1 from jsonb_array_elements(record->'key_executives') e where e->>'member_position_title' ~* '(CISO|Chief Information Security)')");
    const response = await discover({ companyId: company.id, sellerProfile: { solutionCategory: 'security', dealSize: 'large' }, enrichmentLevel: 'identify', saveToDatabase: false }).expect(200);
    const members = response.body.buyerGroup.members as Member[];
    const deciders = members.filter((member) => member.role === 'decision_maker').map((member) => member.title);
    expect(deciders.join(' | ')).toMatch(/CISO|Chief Information Security Officer/i);
    expect(members.filter((member) => member.role === 'blocker').length).toBeGreaterThan(0);
    expect(response.body.buyerGroup.saved).toBe(false);
  });

  it('makes the CRO / VP Sales the decision maker and RevOps the champion for a revenue-technology seller', async () => {
    const company = await companyWith("employees_count between 500 and 999 and exists (select 1 from jsonb_array_elements(record->'key_executives') e where e->>'member_position_title' ~* '(Chief Revenue|Chief Sales|CRO|VP Sales)')");
    const response = await discover({ companyId: company.id, sellerProfile: { solutionCategory: 'revenue_technology' }, enrichmentLevel: 'identify', saveToDatabase: false }).expect(200);
    const members = response.body.buyerGroup.members as Member[];
    expect(members.filter((member) => member.role === 'decision_maker').map((member) => member.title).join(' | ')).toMatch(/Revenue|Sales/i);
    expect(members.filter((member) => member.role === 'champion').map((member) => member.title).join(' | ')).toMatch(/Rev(enue )?Ops|Revenue Operations|Sales Op|Enablement|Sales/i);
  });

  it('turns a re-run into change events on the same group and keeps user exclusions', async () => {
    const company = await companyWith('employees_count between 100 and 300');
    const first = await discover({ companyId: company.id, sellerProfile: { solutionCategory: 'marketing_technology' }, enrichmentLevel: 'identify' }).expect(200);
    const groupId = first.body.buyerGroup.id as string;
    const excluded = (first.body.buyerGroup.members as Member[])[0];
    await request(server).patch(`${BASE}/${groupId}/members/${excluded.id}`).set(asA).send({ excluded: true, actor: 'rep' }).expect(200);

    const second = await discover({ companyId: company.id, sellerProfile: { solutionCategory: 'marketing_technology' }, enrichmentLevel: 'identify' }).expect(200);
    expect(second.body.buyerGroup.id).toBe(groupId);
    expect((second.body.buyerGroup.members as Member[]).map((member) => member.personId)).not.toContain(excluded.personId);
    const history = await request(server).get(`${BASE}/${groupId}/history`).set(asA).expect(200);
    const types = (history.body.history as { type: string }[]).map((entry) => entry.type);
    expect(types.filter((type) => type === 'BuyerGroupDiscovered')).toHaveLength(1);
    expect(types).toContain('BuyerGroupRevalidated');
    const list = await request(server).get(`${BASE}/groups`).set(asA).expect(200);
    expect((list.body.buyerGroups as { id: string }[]).filter((group) => group.id === groupId)).toHaveLength(1);
    // another workspace discovering the same company gets its own group
    const other = await discover({ companyId: company.id, sellerProfile: { solutionCategory: 'marketing_technology' }, enrichmentLevel: 'identify' }, { 'x-api-key': WORKSPACE_B.key }).expect(200);
    expect(other.body.buyerGroup.id).not.toBe(groupId);
  });

  it('returns the plan and its credit estimate on a dry run without saving anything', async () => {
    const company = await companyWith('employees_count > 20000');
    const before = await request(server).get(`${BASE}/groups`).set(asA).expect(200);
    const response = await discover({ companyId: company.id, sellerProfile: { solutionCategory: 'revenue_technology' }, enrichmentLevel: 'enrich', dryRun: true }).expect(200);
    expect(response.body.dryRun).toBe(true);
    expect(response.body.plan.estimate.previewCredits).toBeLessThanOrEqual(100);
    expect(response.body.plan.searches.length).toBeGreaterThan(1);
    expect(response.body.buyerGroup).toMatchObject({ id: null, saved: false, totalMembers: 0 });
    const after = await request(server).get(`${BASE}/groups`).set(asA).expect(200);
    expect(after.body.total).toBe(before.body.total);
  });

  it('rejects malformed requests with 400 naming the field, and unknown companies with 404 and suggestions', async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ sellerProfile: { solutionCategory: 'security' }, enrichmentLevel: 'identify' }, /companyName/],
      [{ companyName: 'X', sellerProfile: { solutionCategory: 'space_lasers' }, enrichmentLevel: 'identify' }, /solutionCategory/],
      [{ companyName: 'X', sellerProfile: { solutionCategory: 'security' }, enrichmentLevel: 'everything' }, /enrichmentLevel/],
      [{ companyName: 'X', sellerProfile: { solutionCategory: 'security' }, enrichmentLevel: 'identify', creditBudget: -5 }, /creditBudget/],
      [{ companyName: 'X', enrichmentLevel: 'identify' }, /sellerProfile/],
      [{ companyName: 'X', sellerProfile: { solutionCategory: 'security' }, enrichmentLevel: 'identify', surprise: 1 }, /surprise/],
    ];
    for (const [body, field] of cases) {
      const response = await discover(body).expect(400);
      expect(response.body.error.message).toMatch(field);
    }
    const company = await companyWith('employees_count between 50 and 200');
    const misspelled = company.name.slice(0, -2) + 'zz';
    const unknown = await discover({ companyName: `${misspelled} Nonexistent Holdings`, sellerProfile: { solutionCategory: 'security' }, enrichmentLevel: 'identify' });
    expect([404, 409]).toContain(unknown.status);
    const gone = await discover({ companyName: 'Qwertyuiop Zxcvbnm', sellerProfile: { solutionCategory: 'security' }, enrichmentLevel: 'identify' }).expect(404);
    expect(gone.body.error.code).toBe('NOT_FOUND');
    expect(gone.body.error.details).toHaveProperty('suggestions');
  });
});
