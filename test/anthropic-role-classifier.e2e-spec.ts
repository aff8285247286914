/**
 * The AI role signal over real HTTP: the real `@anthropic-ai/sdk` client inside AnthropicRoleClassifier talks to
 * the local Anthropic test server (tools/anthropic-test-server). No mocks between the adapter and the socket.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { AiRoleInput, AiRoleSignalResult } from '../src/modules/classification/domain/ai-role-signal.js';
import {
  AnthropicRoleClassifier,
  type AnthropicRoleClassifierOptions,
} from '../src/modules/classification/infrastructure/anthropic-role-classifier.js';
import {
  createAnthropicTestServer,
  TEST_API_KEY,
  type AnthropicTestServer,
  type MalformedVariant,
  type ToolAnswerEntry,
} from '../tools/anthropic-test-server/server.js';

const seller = { solutionCategory: 'revenue_technology', targetMarket: 'mid_market' };
const company = { name: 'Northwind Analytics', employeeCount: 240, industry: 'Software' };

/** Titles the test server's keyword rules map to known roles. */
const TITLED: Array<[string, string]> = [
  ['VP Sales', 'decision_maker'],
  ['Director of Revenue Operations', 'champion'],
  ['Procurement Manager', 'blocker'],
  ['Senior Account Executive', 'introducer'],
  ['Marketing Director', 'stakeholder'],
  ['Warehouse Associate', 'not_relevant'],
];

function people(n: number): AiRoleInput[] {
  return Array.from({ length: n }, (_, i) => ({
    personId: `p${i + 1}`,
    title: TITLED[i % TITLED.length]![0],
    department: 'Sales',
    seniority: 'Manager',
  }));
}

let server: AnthropicTestServer;
/** every reason string any test saw, checked for the API key at the end */
const reasons: string[] = [];

function classifier(over: Partial<AnthropicRoleClassifierOptions> = {}): AnthropicRoleClassifier {
  return new AnthropicRoleClassifier({
    apiKey: TEST_API_KEY,
    model: 'claude-haiku-4-5',
    baseURL: server.url,
    timeoutMs: 3000,
    maxRetries: 0,
    maxMembersPerCall: 25,
    ...over,
  });
}

function unavailable(result: AiRoleSignalResult): string {
  expect(result.available).toBe(false);
  const reason = (result as { reason: string }).reason;
  expect(typeof reason).toBe('string');
  expect(reason.length).toBeGreaterThan(0);
  reasons.push(reason);
  return reason;
}

function opinionsOf(result: AiRoleSignalResult) {
  expect(result.available).toBe(true);
  return (result as Extract<AiRoleSignalResult, { available: true }>).opinions;
}

beforeAll(async () => {
  server = await createAnthropicTestServer();
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  server.reset();
});

describe('AnthropicRoleClassifier — happy path', () => {
  it('maps the tool answer back to the people, with one forced tool call', async () => {
    const ai = classifier();
    const members = people(6);
    const result = await ai.classify(members, seller, company);
    const opinions = opinionsOf(result);

    expect(opinions).toHaveLength(6);
    for (const [i, [, role]] of TITLED.entries()) {
      const o = opinions.find((x) => x.personId === `p${i + 1}`)!;
      expect(o.role).toBe(role);
      expect(o.confidence).toBeGreaterThanOrEqual(0);
      expect(o.confidence).toBeLessThanOrEqual(1);
      expect(o.reasoning.length).toBeGreaterThan(0);
      expect(o.reasoning.length).toBeLessThanOrEqual(200);
    }

    expect(server.requests).toHaveLength(1);
    const req = server.requests[0]!;
    expect(req.method).toBe('POST');
    expect(req.path).toBe('/v1/messages');
    expect(req.status).toBe(200);
    // The key travels in the auth header the SDK uses, and nowhere else in the request.
    expect(req.apiKey).toBe(TEST_API_KEY);
    expect(['x-api-key', 'authorization']).toContain(req.authHeader);
    expect(req.rawBody).not.toContain(TEST_API_KEY);
    expect(req.headers['anthropic-version']).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const body = req.body!;
    expect(body.model).toBe('claude-haiku-4-5');
    expect(body.tool_choice).toMatchObject({ type: 'tool', name: 'record_buyer_roles' });
    const tools = body.tools as Array<{ name: string; input_schema: Record<string, unknown> }>;
    expect(tools.map((t) => t.name)).toEqual(['record_buyer_roles']);
    const item = (tools[0]!.input_schema as { properties: { assignments: { items: { properties: Record<string, { enum?: string[] }> } } } })
      .properties.assignments.items;
    expect(item.properties.role!.enum).toEqual([
      'decision_maker',
      'champion',
      'stakeholder',
      'blocker',
      'introducer',
      'not_relevant',
    ]);
    // The fixed rubric is a cached system block; the variable part is in the user message.
    const system = body.system as Array<{ type: string; text: string; cache_control?: { type: string } }>;
    expect(system).toHaveLength(1);
    expect(system[0]!.cache_control).toEqual({ type: 'ephemeral' });
    expect(system[0]!.text).toContain('Authority beats function');
    expect(system[0]!.text).not.toContain('Northwind');
    expect(req.members.map((m) => m.personId)).toEqual(members.map((m) => m.personId));
    const user = JSON.stringify(body.messages);
    expect(user).toContain('revenue_technology');
    expect(user).toContain('Northwind Analytics');

    const usage = ai.usage;
    expect(usage.calls).toBe(1);
    expect(usage.failedCalls).toBe(0);
    expect(usage.inputTokens).toBeGreaterThan(0);
    expect(usage.outputTokens).toBeGreaterThan(0);
    expect(usage.opinions).toBe(6);
  });

  it('batches: 60 people with maxMembersPerCall 25 → 3 calls of 25, 25, 10, every person answered once', async () => {
    const ai = classifier({ maxMembersPerCall: 25 });
    const members = people(60);
    const opinions = opinionsOf(await ai.classify(members, seller, company));

    expect(server.requests.map((r) => r.members.length)).toEqual([25, 25, 10]);
    const sent = server.requests.flatMap((r) => r.members.map((m) => m.personId)).sort();
    expect(sent).toEqual(members.map((m) => m.personId).sort());
    expect(opinions).toHaveLength(60);
    expect(new Set(opinions.map((o) => o.personId)).size).toBe(60);
    for (const r of server.requests) expect(r.body!.tool_choice).toMatchObject({ type: 'tool', name: 'record_buyer_roles' });
    expect(ai.usage.calls).toBe(3);
  });

  it('prompt caching: the first call writes the cache, the next ones read it', async () => {
    const ai = classifier({ maxMembersPerCall: 10, concurrency: 1 });
    opinionsOf(await ai.classify(people(30), seller, company));
    expect(server.requests).toHaveLength(3);
    const after = ai.usage;
    expect(after.cacheCreationInputTokens).toBeGreaterThan(1000);
    expect(after.cacheReadInputTokens).toBe(after.cacheCreationInputTokens * 2);

    // A second request (another company) reads the same cached rubric.
    opinionsOf(await ai.classify(people(4), seller, { name: 'Contoso', employeeCount: 5000 }));
    const later = ai.usage;
    expect(later.cacheCreationInputTokens).toBe(after.cacheCreationInputTokens);
    expect(later.cacheReadInputTokens).toBe(after.cacheCreationInputTokens * 3);
  });

  it('deduplicates people and answers an empty list without a call', async () => {
    const ai = classifier();
    expect(opinionsOf(await ai.classify([], seller, company))).toEqual([]);
    expect(server.requests).toHaveLength(0);
    const members = [...people(3), { personId: 'p1', title: 'CEO' }];
    const opinions = opinionsOf(await ai.classify(members, seller, company));
    expect(server.requests[0]!.members.map((m) => m.personId)).toEqual(['p1', 'p2', 'p3']);
    expect(opinions.find((o) => o.personId === 'p1')!.role).toBe('decision_maker');
  });

  it('retries an overloaded answer (529) inside the deadline when maxRetries allows', async () => {
    const ai = classifier({ maxRetries: 1, timeoutMs: 10_000 });
    server.queueModes({ kind: 'error', status: 529 });
    const opinions = opinionsOf(await ai.classify(people(3), seller, company));
    expect(opinions).toHaveLength(3);
    expect(server.requests.map((r) => r.status)).toEqual([529, 200]);
    expect(server.requests[1]!.headers['x-stainless-retry-count']).toBe('1');
    expect(ai.usage.calls).toBe(1);
  });
});

describe('AnthropicRoleClassifier — answers are validated strictly', () => {
  it('drops unknown personIds, invalid roles, duplicates and non-numeric confidences; clamps confidence; cuts reasoning', async () => {
    const ai = classifier();
    server.setMode({
      kind: 'ok',
      answer: (entries: ToolAnswerEntry[]) => ({
        assignments: [
          ...entries.map((e) => {
            if (e.personId === 'p2') return { ...e, role: 'ceo' };
            if (e.personId === 'p3') return { ...e, confidence: 1.7 };
            if (e.personId === 'p4') return { ...e, confidence: -0.2 };
            if (e.personId === 'p5') return { ...e, confidence: 'high' };
            if (e.personId === 'p6') return { ...e, reasoning: 'x'.repeat(500) };
            return e;
          }),
          { personId: 'intruder', role: 'decision_maker', confidence: 0.9, reasoning: 'not in the list' },
          { personId: 'p1', role: 'blocker', confidence: 0.9, reasoning: 'duplicate' },
          'not an object',
        ],
      }),
    });
    const opinions = opinionsOf(await ai.classify(people(6), seller, company));
    const byId = new Map(opinions.map((o) => [o.personId, o]));

    expect([...byId.keys()].sort()).toEqual(['p1', 'p3', 'p4', 'p6']);
    expect(byId.get('p1')!.role).toBe('decision_maker'); // the first entry wins over the duplicate
    expect(byId.get('p3')!.confidence).toBe(1);
    expect(byId.get('p4')!.confidence).toBe(0);
    expect(byId.get('p6')!.reasoning.length).toBeLessThanOrEqual(200);
    expect(ai.usage.droppedEntries).toBe(5);
  });

  it('partial answers → opinions only for the people answered', async () => {
    const ai = classifier();
    server.setMode({ kind: 'partial', fraction: 0.5 });
    const opinions = opinionsOf(await ai.classify(people(10), seller, company));
    expect(opinions.map((o) => o.personId)).toEqual(['p1', 'p2', 'p3', 'p4', 'p5']);
  });

  const variants: MalformedVariant[] = ['schema', 'invalid_entries', 'text', 'wrong_tool', 'empty', 'invalid_json', 'max_tokens'];
  it.each(variants)('malformed answer (%s) → available:false with a reason, no throw', async (variant) => {
    const ai = classifier();
    server.setMode({ kind: 'malformed', variant });
    const reason = unavailable(await ai.classify(people(4), seller, company));
    expect(reason).toMatch(/^anthropic: /);
    const expected: Record<MalformedVariant, RegExp> = {
      schema: /no "assignments" array/,
      invalid_entries: /none of the 4 entries was valid/,
      text: /no tool_use in the answer \(content: \[text\]/,
      wrong_tool: /unknown tool "web_search"/,
      empty: /no tool_use in the answer \(content: \[\]/,
      invalid_json: /JSON/,
      max_tokens: /max_tokens/,
    };
    expect(reason).toMatch(expected[variant]);
    expect(ai.usage.failedCalls).toBe(1);
    expect(server.requests).toHaveLength(1);
  });
});

describe('AnthropicRoleClassifier — failures leave the decision to the rules', () => {
  it('a slow answer → timeout → available:false within the deadline (retries included), later batches not sent', async () => {
    const timeoutMs = 500;
    const ai = classifier({ timeoutMs, maxRetries: 2 });
    server.setMode({ kind: 'slow', delayMs: 10_000 });
    const started = Date.now();
    const reason = unavailable(await ai.classify(people(60), seller, company));
    const elapsed = Date.now() - started;

    expect(reason).toBe('anthropic: no answer within 500 ms');
    // the server would answer after 10 s: well under that proves the deadline, without timing the machine
    expect(elapsed).toBeLessThan(10 * timeoutMs);
    expect(server.requests.length).toBeLessThanOrEqual(2); // the first batch only (an SDK retry at most)
    expect(ai.usage.failures.timeout).toBe(1);
  });

  it.each([
    [500, 'server_error', /^anthropic: HTTP 500 api_error: Internal server error$/],
    [529, 'overloaded', /^anthropic: HTTP 529 overloaded_error: Overloaded$/],
    [401, 'auth', /^anthropic: HTTP 401 authentication_error: invalid x-api-key$/],
    [429, 'rate_limited', /^anthropic: HTTP 429 rate_limit_error: /],
  ] as const)('HTTP %i → available:false (%s)', async (status, kind, pattern) => {
    const ai = classifier();
    server.setMode({ kind: 'error', status });
    const reason = unavailable(await ai.classify(people(30), seller, company));
    expect(reason).toMatch(pattern);
    expect(ai.usage.failures[kind]).toBe(1);
    expect(server.requests).toHaveLength(1); // first batch failed: no further batch
  });

  it('a wrong key → 401 from the server, and the key is not in the reason even when the server echoes it', async () => {
    const secret = 'sk-ant-api03-WRONG-secret-key-do-not-leak-000000000000';
    const ai = classifier({ apiKey: secret });
    const reason = unavailable(await ai.classify(people(2), seller, company));
    expect(reason).toMatch(/HTTP 401 authentication_error/);
    expect(server.requests[0]!.apiKey).toBe(secret);

    expect(reason).not.toContain(secret);

    // A server that echoes the key in its error message: scrubbed.
    const other = classifier();
    server.setMode({ kind: 'error', status: 401, message: `invalid x-api-key: ${TEST_API_KEY}` });
    const echoed = unavailable(await other.classify(people(2), seller, company));
    expect(echoed).toBe('anthropic: HTTP 401 authentication_error: invalid x-api-key: [redacted]');
    server.setMode({ kind: 'error', status: 500, message: `upstream said ${TEST_API_KEY}` });
    const scrubbed = unavailable(await other.classify(people(2), seller, company));
    expect(scrubbed).not.toContain(TEST_API_KEY);
    expect(String(other)).not.toContain(TEST_API_KEY);
    expect(JSON.stringify(other)).not.toContain(TEST_API_KEY);
    expect(JSON.stringify(other.usage)).not.toContain(TEST_API_KEY);
  });

  it('nothing listening → connection failure → available:false', async () => {
    const closed = await createAnthropicTestServer();
    const url = closed.url;
    await closed.close();
    const ai = new AnthropicRoleClassifier({ apiKey: TEST_API_KEY, model: 'm', baseURL: url, timeoutMs: 3000, maxRetries: 0 });
    const reason = unavailable(await ai.classify(people(2), seller, company));
    expect(reason).toMatch(/^anthropic: connection failed/);
  });

  it('a later batch failing keeps the answered batches (default), or makes the signal unavailable (strict)', async () => {
    const lenient = classifier({ concurrency: 1 });
    // A malformed answer for batch 2: batches 1 and 3 still count.
    server.queueModes({ kind: 'ok' }, { kind: 'malformed', variant: 'text' }, { kind: 'ok' });
    const opinions = opinionsOf(await lenient.classify(people(60), seller, company));
    expect(opinions).toHaveLength(35);
    expect(opinions.some((o) => o.personId === 'p30')).toBe(false);
    expect(opinions.some((o) => o.personId === 'p55')).toBe(true);

    // A transport failure (500) for batch 2: no new batch is started after it.
    server.reset();
    server.queueModes({ kind: 'ok' }, { kind: 'error', status: 500 }, { kind: 'ok' });
    const halted = opinionsOf(await lenient.classify(people(60), seller, company));
    expect(halted.map((o) => o.personId)).toEqual(people(25).map((p) => p.personId));
    expect(server.requests).toHaveLength(2);

    server.reset();
    const strict = classifier({ concurrency: 1, partialFailure: 'unavailable' });
    server.queueModes({ kind: 'ok' }, { kind: 'error', status: 500 }, { kind: 'ok' });
    const reason = unavailable(await strict.classify(people(60), seller, company));
    expect(reason).toMatch(/^anthropic: batch 2\/3: HTTP 500/);
  });
});

describe('AnthropicRoleClassifier — budgets', () => {
  it('maxCallsPerRequest: 60 people, 25 per call, 2 calls allowed → 2 calls, the last 10 people have no opinion', async () => {
    const ai = classifier({ maxCallsPerRequest: 2 });
    const opinions = opinionsOf(await ai.classify(people(60), seller, company));
    expect(server.requests).toHaveLength(2);
    expect(opinions).toHaveLength(50);
    expect(opinions.some((o) => o.personId === 'p51')).toBe(false);
    expect(ai.usage.membersSkippedByBudget).toBe(10);
    expect(ai.usage.failures.budget).toBe(1);

    // The budget is per request: the next request gets its 2 calls again.
    opinionsOf(await ai.classify(people(30), seller, company));
    expect(server.requests).toHaveLength(4);

    server.reset();
    const strict = classifier({ maxCallsPerRequest: 2, partialFailure: 'unavailable' });
    const reason = unavailable(await strict.classify(people(60), seller, company));
    expect(reason).toMatch(/budget exhausted: call budget of 2 per request reached/);
    expect(server.requests).toHaveLength(2);
  });

  it('maxTokensPerRequest: a budget too small for even one call → no call, available:false', async () => {
    const ai = classifier({ maxTokensPerRequest: 500 });
    const reason = unavailable(await ai.classify(people(10), seller, company));
    expect(reason).toMatch(/^anthropic: budget exhausted: token budget of 500/);
    expect(server.requests).toHaveLength(0);
  });

  it('maxTokensPerRequest: stops starting calls once the tokens used would pass the budget', async () => {
    const ai = classifier({ maxMembersPerCall: 5, concurrency: 1, maxTokensPerRequest: 9_000 });
    const opinions = opinionsOf(await ai.classify(people(40), seller, company));
    expect(server.requests.length).toBeGreaterThanOrEqual(1);
    expect(server.requests.length).toBeLessThan(8);
    expect(opinions).toHaveLength(server.requests.length * 5);
    const u = ai.usage;
    expect(u.inputTokens + u.outputTokens + u.cacheReadInputTokens + u.cacheCreationInputTokens).toBeLessThanOrEqual(9_000);
  });
});

describe('AnthropicRoleClassifier — group reasoning (deep_research)', () => {
  const group = {
    seller,
    company,
    coverage: 'good',
    missingRoles: ['introducer'],
    members: [
      { title: 'VP Sales', role: 'decision_maker', reasons: ['VP Sales → authority 0.9'] },
      { title: 'Director of Revenue Operations', role: 'champion' },
      { title: 'Procurement Manager', role: 'blocker' },
    ],
  };

  it('answers a short plain-text paragraph from a text answer (no tools sent)', async () => {
    const ai = classifier();
    server.setMode({ kind: 'ok', text: '  The VP Sales decides;\n the RevOps director will champion it.  ' });
    const text = await ai.generateGroupReasoning(group);
    expect(text).toBe('The VP Sales decides; the RevOps director will champion it.');
    const body = server.requests[0]!.body!;
    expect(body.tools).toBeUndefined();
    expect(body.tool_choice).toBeUndefined();
    expect((body.system as Array<{ cache_control?: unknown }>)[0]!.cache_control).toEqual({ type: 'ephemeral' });
    expect(JSON.stringify(body.messages)).toContain('missing roles: introducer');
  });

  it('undefined on any failure, never throws, returns within the deadline', async () => {
    const ai = classifier({ timeoutMs: 400 });
    server.setMode({ kind: 'error', status: 529 });
    expect(await ai.generateGroupReasoning(group)).toBeUndefined();
    server.setMode({ kind: 'malformed', variant: 'empty' });
    expect(await ai.generateGroupReasoning(group)).toBeUndefined();
    server.setMode({ kind: 'malformed', variant: 'invalid_json' });
    expect(await ai.generateGroupReasoning(group)).toBeUndefined();
    server.setMode({ kind: 'slow', delayMs: 10_000 });
    const started = Date.now();
    expect(await ai.generateGroupReasoning(group)).toBeUndefined();
    // the server would answer after 10 s: returning within a few seconds proves the deadline applied
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await ai.generateGroupReasoning({ ...group, members: [] })).toBeUndefined();
    expect(ai.usage.unavailable).toBe(5);
  });
});

describe('Anthropic test server contract', () => {
  const post = (headers: Record<string, string>, body: unknown) =>
    fetch(`${server.url}/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const minimal = { model: 'claude-haiku-4-5', max_tokens: 16, messages: [{ role: 'user', content: 'hi' }] };

  it('accepts x-api-key, rejects a missing key / version / invalid body with Anthropic error bodies', async () => {
    const ok = await post({ 'x-api-key': TEST_API_KEY, 'anthropic-version': '2023-06-01' }, minimal);
    expect(ok.status).toBe(200);
    const msg = (await ok.json()) as Record<string, unknown>;
    expect(msg).toMatchObject({ type: 'message', role: 'assistant', model: 'claude-haiku-4-5', stop_reason: 'end_turn' });
    expect(String(msg.id)).toMatch(/^msg_/);
    expect(server.requests[0]!.authHeader).toBe('x-api-key');

    const noKey = await post({ 'anthropic-version': '2023-06-01' }, minimal);
    expect(noKey.status).toBe(401);
    expect(await noKey.json()).toMatchObject({ type: 'error', error: { type: 'authentication_error' } });

    const noVersion = await post({ 'x-api-key': TEST_API_KEY }, minimal);
    expect(noVersion.status).toBe(400);
    expect(await noVersion.json()).toMatchObject({ type: 'error', error: { type: 'invalid_request_error' } });

    const badChoice = await post(
      { 'x-api-key': TEST_API_KEY, 'anthropic-version': '2023-06-01' },
      { ...minimal, tool_choice: { type: 'tool', name: 'missing' } },
    );
    expect(badChoice.status).toBe(400);

    const notJson = await post({ 'x-api-key': TEST_API_KEY, 'anthropic-version': '2023-06-01' }, '{oops');
    expect(notJson.status).toBe(400);
  });
});

afterAll(() => {
  // No reason string seen in this file carries an API key.
  expect(reasons.length).toBeGreaterThan(10);
  for (const r of reasons) {
    expect(r).not.toContain(TEST_API_KEY);
    expect(r).not.toMatch(/sk-ant-/);
  }
});

describe('AnthropicRoleClassifier — a model whose cache minimum the rubric does not reach', () => {
  it('still answers; usage simply reports no cache tokens', async () => {
    const strictCache = await createAnthropicTestServer({ minCacheableTokens: 4096 });
    try {
      const ai = new AnthropicRoleClassifier({
        apiKey: TEST_API_KEY,
        model: 'claude-haiku-4-5',
        baseURL: strictCache.url,
        timeoutMs: 3000,
        maxRetries: 0,
        maxMembersPerCall: 5,
      });
      expect(opinionsOf(await ai.classify(people(10), seller, company))).toHaveLength(10);
      expect(ai.usage.cacheCreationInputTokens).toBe(0);
      expect(ai.usage.cacheReadInputTokens).toBe(0);
      expect(strictCache.requests).toHaveLength(2);
    } finally {
      await strictCache.close();
    }
  });
});
