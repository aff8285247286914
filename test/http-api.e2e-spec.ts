import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { EventMetadata } from '../src/shared/event-store/event.js';
import { ChangeBuyerGroupCommand } from '../src/modules/discovery/commands/change-buyer-group/change-buyer-group.command.js';
import { createGroupCommand, sampleMember } from '../src/modules/discovery/domain/buyer-group.fixtures.js';
import type { BuyerGroupState } from '../src/modules/discovery/domain/buyer-group.state.js';
import { startTestApp, WORKSPACE_A, WORKSPACE_B, type TestApp } from './support/test-app.js';

const BASE = '/api/intelligence/buyer-group-v2';
const asA = { 'x-api-key': WORKSPACE_A.key };
const asB = { 'x-api-key': WORKSPACE_B.key };

function expectErrorShape(body: unknown, code?: string) {
  expect(body).toMatchObject({ success: false, error: { code: expect.any(String), message: expect.any(String) } });
  if (code) expect((body as { error: { code: string } }).error.code).toBe(code);
}

describe('HTTP API', () => {
  let context: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  let groupA: BuyerGroupState;
  let groupB: BuyerGroupState;

  const createGroup = (workspaceId: string) => {
    const id = randomUUID();
    const meta: EventMetadata = { workspaceId, correlationId: 'setup', actor: 'test', source: 'cli' };
    return context.commands.execute(
      new ChangeBuyerGroupCommand(
        id,
        createGroupCommand(id, workspaceId, [sampleMember(1, 'decision_maker', id.slice(0, 23)), sampleMember(2, 'champion', id.slice(0, 23))]),
        meta,
      ),
    );
  };

  beforeAll(async () => {
    context = await startTestApp('http_api');
    server = context.app.getHttpServer();
    groupA = await createGroup('alpha');
    groupB = await createGroup('beta');
  });
  afterAll(() => context.close());

  it('answers health, metrics, feature flags and the OpenAPI document without a key', async () => {
    const health = await request(server).get('/health').expect(200);
    expect(health.body).toMatchObject({ success: true, status: 'ok', checks: { database: { status: 'up' } } });
    const metrics = await request(server).get('/metrics').expect(200);
    expect(metrics.text).toContain('bgi_http_request_duration_seconds');
    expect(metrics.text).toContain('bgi_events_appended_total');
    const flags = await request(server).get('/feature-flags').expect(200);
    expect(flags.body.featureFlags).toMatchObject({ buyerGroupSampling: true, aiClassification: false, embeddedDatabase: false });
    const docs = await request(server).get('/docs/openapi.json').expect(200);
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining([`${BASE}/{id}`, `${BASE}/{id}/history`, `${BASE}/{id}/members/{memberId}`, '/health']),
    );
    expect((await request(server).get('/docs/')).status).toBe(200);
  });

  it('rejects missing and wrong keys with 401 in the error shape', async () => {
    const missing = await request(server).get(`${BASE}/${groupA.id}`).expect(401);
    expectErrorShape(missing.body, 'UNAUTHORIZED');
    const wrong = await request(server).get(`${BASE}/${groupA.id}`).set('x-api-key', 'nope').expect(401);
    expectErrorShape(wrong.body, 'UNAUTHORIZED');
    await request(server).get(`${BASE}/${groupA.id}`).set('authorization', `Bearer ${WORKSPACE_A.key}`).expect(200);
  });

  it('returns a group with its members, sorted by priority, and a request id', async () => {
    const response = await request(server).get(`${BASE}/${groupA.id}`).set(asA).set('x-request-id', 'trace-123').expect(200);
    expect(response.headers['x-request-id']).toBe('trace-123');
    expect(response.body.buyerGroup).toMatchObject({
      id: groupA.id,
      company: { name: 'Northwind Analytics' },
      totalMembers: 2,
      composition: { decision_maker: 1, champion: 1, stakeholder: 0, blocker: 0, introducer: 0 },
    });
    expect(response.body.buyerGroup.members.map((member: { personId: string }) => member.personId)).toEqual(['person-1', 'person-2']);
  });

  it("never lets one workspace read, list or change another's group (404, not 403)", async () => {
    expectErrorShape((await request(server).get(`${BASE}/${groupB.id}`).set(asA).expect(404)).body, 'NOT_FOUND');
    expectErrorShape((await request(server).get(`${BASE}/${groupB.id}/history`).set(asA).expect(404)).body, 'NOT_FOUND');
    expectErrorShape((await request(server).get(`${BASE}/${groupB.id}?asOf=2099-01-01T00:00:00Z`).set(asA).expect(404)).body, 'NOT_FOUND');
    const memberB = groupB.members[0].memberId;
    const patch = await request(server).patch(`${BASE}/${groupB.id}/members/${memberB}`).set(asA).send({ pinned: true }).expect(404);
    expectErrorShape(patch.body, 'NOT_FOUND');
    const list = await request(server).get(`${BASE}/groups`).set(asA).expect(200);
    expect(list.body.buyerGroups.map((group: { id: string }) => group.id)).toEqual([groupA.id]);
    const untouched = await request(server).get(`${BASE}/${groupB.id}/history`).set(asB).expect(200);
    expect(untouched.body.history.map((entry: { type: string }) => entry.type)).not.toContain('MemberPinned');
  });

  it('records overrides with the acting user, shows them in history and serves the earlier state by asOf', async () => {
    const member = groupA.members[1];
    const before = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 15));
    const patched = await request(server)
      .patch(`${BASE}/${groupA.id}/members/${member.memberId}`)
      .set(asA)
      .send({ role: 'decision_maker', pinned: true, actor: 'jane@seller.test' })
      .expect(200);
    const updated = patched.body.buyerGroup.members.find((m: { id: string }) => m.id === member.memberId);
    expect(updated).toMatchObject({ role: 'decision_maker', pinned: true, roleOverridden: true });

    const history = await request(server).get(`${BASE}/${groupA.id}/history`).set(asA).expect(200);
    const types = history.body.history.map((entry: { type: string }) => entry.type);
    expect(types).toEqual(['BuyerGroupDiscovered', 'MemberAdded', 'MemberAdded', 'MemberRoleChanged', 'MemberPinned']);
    expect(history.body.history[3].cause).toMatchObject({ source: 'api', actor: 'jane@seller.test' });

    const past = await request(server).get(`${BASE}/${groupA.id}`).query({ asOf: before }).set(asA).expect(200);
    const earlier = past.body.buyerGroup.members.find((m: { id: string }) => m.id === member.memberId);
    expect(earlier).toMatchObject({ role: 'champion', pinned: false });
    await request(server).get(`${BASE}/${groupA.id}`).query({ asOf: '2000-01-01T00:00:00Z' }).set(asA).expect(404);

    const excluded = await request(server).patch(`${BASE}/${groupA.id}/members/${member.memberId}`).set(asA).send({ excluded: true }).expect(200);
    expect(excluded.body.buyerGroup.totalMembers).toBe(1);
    const gone = await request(server).patch(`${BASE}/${groupA.id}/members/${member.memberId}`).set(asA).send({ pinned: false }).expect(404);
    expectErrorShape(gone.body, 'NOT_FOUND');
    const empty = await request(server).patch(`${BASE}/${groupA.id}/members/${groupA.members[0].memberId}`).set(asA).send({}).expect(400);
    expectErrorShape(empty.body, 'INVALID_ARGUMENT');
  });

  it('answers every kind of malformed input with a 4xx in the error shape', async () => {
    const member = groupA.members[0].memberId;
    const cases: [request.Test, number, string][] = [
      [request(server).get(`${BASE}/not-a-uuid`).set(asA), 400, 'VALIDATION_FAILED'],
      [request(server).get(`${BASE}/${groupA.id}?asOf=yesterday`).set(asA), 400, 'VALIDATION_FAILED'],
      [request(server).get(`${BASE}/${groupA.id}?unknown=1`).set(asA), 400, 'VALIDATION_FAILED'],
      [request(server).get(`${BASE}/groups?limit=0`).set(asA), 400, 'VALIDATION_FAILED'],
      [request(server).patch(`${BASE}/${groupA.id}/members/${member}`).set(asA).send({ pinned: 'yes' }), 400, 'VALIDATION_FAILED'],
      [request(server).patch(`${BASE}/${groupA.id}/members/${member}`).set(asA).send({ role: 'king' }), 400, 'VALIDATION_FAILED'],
      [request(server).patch(`${BASE}/${groupA.id}/members/${member}`).set(asA).send({ pinned: true, extra: 1 }), 400, 'VALIDATION_FAILED'],
      [request(server).patch(`${BASE}/${groupA.id}/members/${member}`).set(asA).send({ excluded: false }), 400, 'VALIDATION_FAILED'],
      [request(server).patch(`${BASE}/${groupA.id}/members/${member}`).set(asA).set('content-type', 'application/json').send('{"pinned":'), 400, 'BAD_REQUEST'],
      [request(server).patch(`${BASE}/${groupA.id}/members/${member}`).set(asA).send({ actor: 'x'.repeat(2_000_000) }), 413, 'PAYLOAD_TOO_LARGE'],
      [request(server).delete(`${BASE}/${groupA.id}`).set(asA), 404, 'NOT_FOUND'],
    ];
    for (const [pending, status, code] of cases) {
      const response = await pending;
      expect({ status: response.status, code: response.body?.error?.code }).toEqual({ status, code });
      expectErrorShape(response.body);
    }
  });

  it('never answers 5xx to 1,000 generated malformed requests', async () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
    const ids = [groupA.id, groupB.id, randomUUID(), 'abc', '0', '../../etc/passwd', '%00', 'x'.repeat(300), '😀', "1' or '1'='1"];
    const values: unknown[] = [null, true, false, 0, -1, 1e308, 'x', '', 'x'.repeat(5000), [], [1, 2], {}, { a: { b: { c: 1 } } }, 'decision_maker', '2026-13-45', '<script>'];
    const fields = ['pinned', 'excluded', 'role', 'actor', 'extra', '__proto__', 'constructor', 'limit', 'asOf'];
    const statuses = new Map<number, number>();
    for (let index = 0; index < 1000; index++) {
      const id = encodeURIComponent(pick(ids));
      const body = Object.fromEntries(Array.from({ length: Math.floor(random() * 4) }, () => [pick(fields), pick(values)]));
      const key = pick([asA, asB, { 'x-api-key': 'bogus' }, {}]);
      const query = Object.fromEntries(Array.from({ length: Math.floor(random() * 3) }, () => [pick(fields), String(pick(values))]));
      const kind = Math.floor(random() * 6);
      let pending: request.Test;
      if (kind === 0) pending = request(server).get(`${BASE}/${id}`).query(query);
      else if (kind === 1) pending = request(server).get(`${BASE}/${id}/history`).query(query);
      else if (kind === 2) pending = request(server).get(`${BASE}/groups`).query(query);
      else if (kind === 3) pending = request(server).patch(`${BASE}/${id}/members/${encodeURIComponent(pick(ids))}`).send(body);
      else if (kind === 4) pending = request(server).patch(`${BASE}/${groupA.id}/members/${groupA.members[0].memberId}`).set('content-type', 'application/json').send(JSON.stringify(body).slice(0, Math.floor(random() * 40)));
      else pending = request(server).post(`${BASE}/${id}`).send(body);
      const response = await pending.set(key);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      expect(response.status).toBeLessThan(500);
      if (response.status >= 400) expectErrorShape(response.body);
    }
    expect([...statuses.keys()].some((status) => status >= 400)).toBe(true);
  });
});
