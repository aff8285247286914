/**
 * find-role-at-company over HTTP on the local demo dataset: the seed's three examples against demo companies, the
 * fallback substitution, "no people found" with suggestions, unknown companies, bad input, and the AI path against
 * the local Anthropic-compatible server (tools/anthropic-test-server), including its fallback to the parser.
 *
 * The first search of a fresh dataset waits for the one-time movers pass (15–35 s, longer on a busy machine) and
 * the first use of each company materialises its employees (about a second): beforeAll pays for both once.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import request from 'supertest';
import { DATABASE, type Database } from '../src/shared/database/database.js';
import { sqlQuery } from '../src/shared/database/sql.js';
import { createAnthropicTestServer, TEST_API_KEY, type AnthropicTestServer } from '../tools/anthropic-test-server/server.js';
import { startTestApp, WORKSPACE_A, type TestApp } from './support/test-app.js';

const ROUTE = '/api/ai-chat/tools/find-role-at-company';
const asA = { 'x-api-key': WORKSPACE_A.key };

/** Demo-universe companies (seed 42): whose key executives hold the role, and some that lack it. */
const DEMO = {
  withCfo: 'Umbrella Pine Commerce',
  withCto: 'Marlowe Health',
  withCmo: 'Ashgrove Resorts',
  /** no CFO; a VP Finance */
  vpFinanceNoCfo: 'Yewdale HQ',
  /** eight people: nobody in finance or security */
  tiny: 'Mistralis Analytics',
};

interface Person {
  personId: string;
  name: string;
  title: string;
  matchedRole: string;
  email: string | null;
  emailStatus: string;
  linkedin: string | null;
  confidence: number;
  why: string[];
}

describe('find role at company (local dataset)', () => {
  let context: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  let db: Database;

  const ask = (query: unknown, headers: Record<string, string> = asA) => request(server).post(ROUTE).set(headers).send(query === undefined ? {} : { query });
  /** the key executive of a demo company whose title matches, from the dataset's company record */
  const keyExecutive = async (company: string, title: RegExp) => {
    const [row] = await sqlQuery<{ record: { key_executives: { parent_id: number; member_full_name: string; member_position_title: string }[] } }>(
      db.em.fork(),
      'select record from dataset_companies where name = ?',
      [company],
    );
    const executive = row?.record.key_executives.find((e) => title.test(e.member_position_title));
    if (!executive) throw new Error(`${company} has no key executive titled ${title}`);
    return executive;
  };

  beforeAll(async () => {
    context = await startTestApp('find_role');
    server = context.app.getHttpServer();
    db = context.app.get(DATABASE);
    // pays for the movers pass and the first materialisation once
    await ask(`find the CFO at ${DEMO.withCfo}`).expect(200);
  }, 600_000);
  afterAll(() => context?.close());

  describe("the seed's three examples, on demo companies", () => {
    it.each([
      [`find CFO at ${DEMO.withCfo}`, DEMO.withCfo, 'CFO', /^(CFO|Chief Financial Officer)/],
      [`who is the CTO at ${DEMO.withCto}`, DEMO.withCto, 'CTO', /^(CTO|Chief Technology Officer)/],
      [`get me the CMO of ${DEMO.withCmo}`, DEMO.withCmo, 'CMO', /^(CMO|Chief Marketing Officer)/],
    ])('%s', async (query, company, role, title) => {
      const expected = await keyExecutive(company, title);
      const { body } = await ask(query).expect(200);
      expect(body).toMatchObject({ success: true, found: true, substitution: null, query: { role, company, parsedBy: 'rules' }, company: { name: company } });
      const person = body.person as Person;
      expect(person.personId).toBe(String(expected.parent_id));
      expect(person.name).toBe(expected.member_full_name);
      expect(person.matchedRole).toBe(role);
      expect(person.confidence).toBeGreaterThanOrEqual(90);
      expect(person.linkedin).toMatch(/^https:\/\/www\.linkedin\.com\/in\//);
      // the one collect brings the email and its status, as the dataset holds it
      const [record] = await sqlQuery<{ email: string | null; status: string | null }>(
        db.em.fork(),
        "select record->>'primary_professional_email' as email, record->>'primary_professional_email_status' as status from dataset_employees where id = ?",
        [expected.parent_id],
      );
      expect(person.email).toBe(record!.email);
      expect(person.emailStatus).toBe(record!.email ? record!.status : 'none');
      expect(person.why.join(' | ')).toMatch(new RegExp(`names the ${role}|= ${role}`));
      expect(person.why.join(' | ')).toMatch(/listed among .* key executives/);
      expect(body.answer).toBe(`${person.name} is the ${role} at ${company} (${person.title}).`);
      // cost: the company's key executives name the holder, so no search and no preview, one collect
      expect(body.providerCalls).toEqual({ resolve: 1, search: 0, preview: 0, collect: 1 });
      expect(body.creditsUsed).toMatchObject({ total: 0 });
    });
  });

  it('reads other languages, company-first forms and typos to the same person', async () => {
    const expected = await keyExecutive(DEMO.withCfo, /^CFO/);
    for (const query of [
      `finde den CFO bei ${DEMO.withCfo}`,
      `qui est le DAF de ${DEMO.withCfo}`,
      `¿quién es el director financiero de ${DEMO.withCfo}?`,
      `${DEMO.withCfo}'s cheif financial officer`,
      `wie is de CFO van ${DEMO.withCfo}`,
    ]) {
      const { body } = await ask(query).expect(200);
      expect({ query, person: body.person?.personId }).toEqual({ query, person: String(expected.parent_id) });
    }
    const { body } = await ask(`${DEMO.withCfo}'s cheif financial officer`).expect(200);
    expect(body.query.corrections).toEqual(['cheif → chief']);
    expect(body.notes.join(' ')).toMatch(/cheif → chief/);
  });

  it('says so when it substitutes a fallback role: no CFO → the VP Finance', async () => {
    const cfos = await sqlQuery<{ title: string }>(
      db.em.fork(),
      `select e.record->>'active_experience_title' as title from dataset_employees e join dataset_companies c on c.id = e.company_id
       where c.name = ? and e.is_parent = 1 and e.is_deleted = 0 and e.title_tokens ~ ' (cfo|chief financial officer) '`,
      [DEMO.vpFinanceNoCfo],
    );
    expect(cfos.filter((row) => !/assistant/i.test(row.title))).toEqual([]);
    const { body } = await ask(`find the CFO at ${DEMO.vpFinanceNoCfo}`).expect(200);
    expect(body.found).toBe(true);
    expect(body.person.title).toMatch(/VP Finance/);
    expect(body.person.matchedRole).toBe('VP Finance');
    expect(body.substitution).toMatchObject({ wanted: 'CFO', found: 'VP Finance', chain: ['CFO', 'VP Finance', 'Head of Finance', 'Finance Director'] });
    expect(body.answer).toMatch(/^No CFO found at Yewdale HQ; .*VP Finance/);
    expect(body.person.why.join(' | ')).toMatch(/no CFO found: the VP Finance is next/);
    expect(body.person.confidence).toBeLessThan(90);
    expect(body.suggestions.roles).toEqual(expect.arrayContaining(['Head of Finance', 'Finance Director']));
    // no key executive is the CFO: free searches find no CFO title and some fallbacks; one preview of those, one collect
    expect(body.providerCalls).toMatchObject({ preview: 1, collect: 1 });
    expect(body.searches).toEqual([
      { source: 'exact', candidates: 0, previewed: false },
      { source: 'fallback', candidates: expect.any(Number), previewed: true },
      { source: 'function', candidates: null, previewed: false },
    ]);
    for (const alternative of body.alternatives as Person[]) {
      expect(alternative.emailStatus).toBe('not_collected');
      expect(alternative.confidence).toBeLessThanOrEqual(body.person.confidence);
    }
  });

  it('searches when a key executive holding the role has left, and says so (still one collect)', async () => {
    // a stale company record: it lists the CFO of another company as this one's CFO
    const elsewhere = await keyExecutive(DEMO.withCfo, /^CFO/);
    await sqlQuery(
      db.em.fork(),
      `update dataset_companies set record = jsonb_set(record, '{key_executives}', (record->'key_executives') || ?::jsonb) where name = ?`,
      [JSON.stringify([{ parent_id: elsewhere.parent_id, member_full_name: elsewhere.member_full_name, member_position_title: 'Chief Financial Officer' }]), DEMO.vpFinanceNoCfo],
    );
    const { body } = await ask(`find the CFO at ${DEMO.vpFinanceNoCfo}`).expect(200);
    expect(body.notes.join(' | ')).toMatch(new RegExp(`${elsewhere.member_full_name} no longer works at ${DEMO.vpFinanceNoCfo}`));
    expect(body.person.personId).not.toBe(String(elsewhere.parent_id));
    expect(body.person.matchedRole).toBe('VP Finance');
    expect(body.person.emailStatus).toBe('not_collected');
    expect(body.providerCalls.collect).toBe(1);
    expect(body.providerCalls.preview).toBeGreaterThanOrEqual(1);
  });

  it('answers "No people found for <role> at <company>" with role variations and similar company names', async () => {
    const { body } = await ask(`who is the CISO at ${DEMO.tiny}`).expect(200);
    expect(body).toMatchObject({ success: true, found: false, person: null, alternatives: [] });
    expect(body.answer).toMatch(new RegExp(`^No people found for CISO at ${DEMO.tiny}\\.`));
    expect(body.suggestions.roles).toEqual(expect.arrayContaining(['VP Security', 'Head of Security']));
    expect(body.suggestions.companies.length).toBeGreaterThan(0);
    expect(body.suggestions.companies.map((c: { name: string }) => c.name)).not.toContain(DEMO.tiny);
    expect(body.providerCalls.collect).toBe(0);
  });

  it('answers an unknown company with 404 and similar names; an ambiguous one with 409 and the candidates', async () => {
    const unknown = await ask('find the CFO at Zzyzx Telecom').expect(404);
    expect(unknown.body.error.code).toBe('NOT_FOUND');
    expect(unknown.body.error.message).toMatch(/^No company found for "Zzyzx Telecom"; similar names: /);
    expect(unknown.body.error.details.suggestions.length).toBeGreaterThan(0);
    expect(unknown.body.error.details.query).toEqual({ role: 'CFO', company: 'Zzyzx Telecom' });

    const nothingLike = await ask('find the CFO at Qwertyuiop Zxcvbnm').expect(404);
    expect(nothingLike.body.error.details.suggestions).toEqual([]);

    const ambiguous = await ask('find the CFO at Everholt').expect(409);
    expect(ambiguous.body.error.code).toBe('CONFLICT');
    expect(ambiguous.body.error.details.candidates.length).toBeGreaterThan(1);
  });

  it('rejects bad input with 400 naming `query`, and a missing API key with 401', async () => {
    const cases: [unknown, RegExp][] = [
      [undefined, /query/],
      ['', /query/],
      ['   ', /query/],
      [42, /query/],
      ['x'.repeat(10 * 1024), /query.*500/],
      ['find someone nice', /query: no known role/],
      ['find the CFO', /query: no company named/],
    ];
    for (const [query, message] of cases) {
      const response = await ask(query).expect(400);
      expect(response.body.success).toBe(false);
      expect(response.body.error.message).toMatch(message);
      const fields = (response.body.error.details?.fields ?? []) as { field: string }[];
      expect(fields.map((f) => f.field)).toContain('query');
    }
    const extra = await request(server).post(ROUTE).set(asA).send({ query: 'find CFO at Acme', company: 'Acme' }).expect(400);
    expect(extra.body.error.message).toMatch(/company/);
    await request(server).post(ROUTE).send({ query: `find CFO at ${DEMO.withCfo}` }).expect(401);
  });

  describe('with ANTHROPIC_API_KEY: Claude parses (tool use), the parser is the fallback', () => {
    let anthropic: AnthropicTestServer;
    let ai: TestApp;
    let aiServer: ReturnType<TestApp['app']['getHttpServer']>;
    const askAi = (query: string) => request(aiServer).post(ROUTE).set(asA).send({ query });

    beforeAll(async () => {
      anthropic = await createAnthropicTestServer();
      // the same (already warm) database, a second app configured with the AI
      ai = await startTestApp('find_role_ai', {
        databaseUrl: context.config.databaseUrl,
        anthropicApiKey: TEST_API_KEY,
        anthropicBaseUrl: anthropic.url,
        anthropicTimeoutMs: 1_500,
      });
      aiServer = ai.app.getHttpServer();
    }, 300_000);
    afterAll(async () => {
      await ai?.close();
      await anthropic?.close();
    });
    beforeEach(() => anthropic.reset());

    it('uses the role and company Claude recorded with the forced tool', async () => {
      anthropic.setMode({ kind: 'ok', answer: () => ({ role: 'Chief Financial Officer', company: DEMO.withCfo }) });
      const expected = await keyExecutive(DEMO.withCfo, /^CFO/);
      const { body } = await askAi(`hola, necesito al responsable máximo de finanzas de ${DEMO.withCfo}`).expect(200);
      expect(body.parser).toEqual({ method: 'ai', model: ai.config.anthropicModel });
      expect(body.query).toMatchObject({ role: 'CFO', company: DEMO.withCfo, parsedBy: 'ai' });
      expect(body.person.personId).toBe(String(expected.parent_id));
      expect(anthropic.requests).toHaveLength(1);
      const sent = anthropic.requests[0]!;
      expect(sent.apiKey).toBe(TEST_API_KEY);
      expect(sent.body).toMatchObject({ tool_choice: { type: 'tool', name: 'record_role_query' }, tools: [expect.objectContaining({ name: 'record_role_query' })] });
      expect(JSON.stringify(sent.body?.messages)).toContain(DEMO.withCfo);
    });

    it.each([
      ['a text answer instead of the tool', { kind: 'malformed', variant: 'text' } as const, /no tool_use/],
      ['a tool input of the wrong shape', { kind: 'malformed', variant: 'schema' } as const, /input is not/],
      ['a body that is not JSON', { kind: 'malformed', variant: 'invalid_json' } as const, /malformed answer: the body is not valid JSON/],
      ['a refused key (HTTP 401, not retried)', { kind: 'error', status: 401 } as const, /HTTP 401/],
      ['no answer in time', { kind: 'slow', delayMs: 5_000 } as const, /no answer within 1500 ms/],
    ])('falls back to the parser on %s, and says so', async (_what, mode, reason) => {
      anthropic.setMode(mode);
      const expected = await keyExecutive(DEMO.withCto, /^(CTO|Chief Technology Officer)/);
      const started = Date.now();
      const { body } = await askAi(`who is the CTO at ${DEMO.withCto}`).expect(200);
      expect(Date.now() - started).toBeLessThan(20_000);
      expect(body.parser.method).toBe('rules');
      expect(body.parser.fallbackReason).toMatch(reason);
      expect(body.query.parsedBy).toBe('rules');
      expect(body.notes.join(' ')).toMatch(/AI parsing unavailable .*the built-in parser read the query/);
      expect(body.person.personId).toBe(String(expected.parent_id));
      expect(JSON.stringify(body)).not.toContain(TEST_API_KEY);
    });

    it('does not trust an answer naming a company the query does not name', async () => {
      anthropic.setMode({ kind: 'ok', answer: () => ({ role: 'CMO', company: 'Some Other Company' }) });
      const { body } = await askAi(`get me the CMO of ${DEMO.withCmo}`).expect(200);
      expect(body.parser.method).toBe('rules');
      expect(body.parser.fallbackReason).toMatch(/not in the query/);
      expect(body.company.name).toBe(DEMO.withCmo);
    });

    it('still answers 400 naming `query` when neither the AI nor the parser finds a role', async () => {
      anthropic.setMode({ kind: 'ok', answer: () => ({ role: '', company: '' }) });
      const response = await askAi('hello there').expect(400);
      expect(response.body.error.message).toMatch(/^query: /);
      expect(response.body.error.details.ai).toMatch(/no role or no company/);
    });
  });
});
