import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { createAnthropicTestServer, TEST_API_KEY, type AnthropicTestServer } from '../tools/anthropic-test-server/server.js';
import { DATABASE } from '../src/shared/database/database.js';
import { sqlQuery } from '../src/shared/database/sql.js';
import { startTestApp, WORKSPACE_A, type TestApp } from './support/test-app.js';

const BASE = '/api/intelligence/buyer-group-v2';
const asA = { 'x-api-key': WORKSPACE_A.key };
const REASONING = 'The CEO signs; the head of sales will carry it inside; finance will ask for the business case.';

describe('deep_research: AI-written reasoning about the group (Anthropic-compatible test server)', () => {
  let ai: AnthropicTestServer;
  let withAi: TestApp;
  let companyId: string;

  beforeAll(async () => {
    ai = await createAnthropicTestServer({ mode: { kind: 'ok', text: REASONING } });
    withAi = await startTestApp('deep-research', { anthropicApiKey: TEST_API_KEY, anthropicBaseUrl: ai.url });
    const [row] = await sqlQuery<{ id: string }>(
      withAi.app.get(DATABASE).em.fork(),
      'select id::text from dataset_companies where employees_count between 60 and 120 order by id limit 1',
    );
    companyId = row.id;
  });
  afterAll(async () => {
    await withAi.close();
    await ai.close();
  });

  const discover = (level: string) =>
    request(withAi.app.getHttpServer())
      .post(BASE)
      .set(asA)
      .send({ companyId, sellerProfile: { solutionCategory: 'revenue_technology' }, enrichmentLevel: level, saveToDatabase: false });

  it('returns the AI reasoning with the group, and the AI opinion in the members\' reasons', async () => {
    const { body } = await discover('deep_research').expect(200);
    expect(body.ai).toEqual({ available: true });
    expect(body.buyerGroup.reasoning).toBe(REASONING);
    const reasons = (body.buyerGroup.members as { reasons: string[] }[]).flatMap((member) => member.reasons);
    expect(reasons.some((reason) => reason.startsWith('AI '))).toBe(true);
    const groupCall = ai.requests.find((call) => call.body && call.body.tools === undefined);
    expect(JSON.stringify(groupCall?.body?.messages)).toContain('missing roles:');
  });

  it('writes no group reasoning below deep_research', async () => {
    ai.reset();
    ai.setMode({ kind: 'ok', text: REASONING });
    const { body } = await discover('enrich').expect(200);
    expect(body.buyerGroup.reasoning).toBeUndefined();
    expect(ai.requests.every((call) => call.body?.tools !== undefined)).toBe(true);
  });

  it('says why there is no reasoning when the AI fails, and still answers with the rules', async () => {
    ai.reset();
    ai.setMode({ kind: 'error', status: 529 });
    const { body } = await discover('deep_research').expect(200);
    expect(body.buyerGroup.reasoning).toBeUndefined();
    expect(body.ai.available).toBe(false);
    expect(body.notes).toContain('deep_research: the AI did not answer; no group reasoning this time');
    expect(body.buyerGroup.totalMembers).toBeGreaterThan(0);
  });
});
