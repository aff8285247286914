import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { DATABASE, type Database } from '../src/shared/database/database.js';
import { EventStore } from '../src/shared/event-store/event-store.js';
import { ConcurrencyError, type EventMetadata } from '../src/shared/event-store/event.js';
import { UpcasterRegistry } from '../src/shared/event-store/upcasters.js';
import { ChangeBuyerGroupCommand } from '../src/modules/discovery/commands/change-buyer-group/change-buyer-group.command.js';
import { createGroupCommand, sampleMember } from '../src/modules/discovery/domain/buyer-group.fixtures.js';
import type { BuyerGroupState } from '../src/modules/discovery/domain/buyer-group.state.js';
import { BuyerGroupRepository } from '../src/modules/discovery/infrastructure/buyer-group.repository.js';
import { decideBuyerGroup } from '../src/modules/discovery/domain/buyer-group.decide.js';
import { Metrics } from '../src/shared/observability/metrics.js';
import { APP_CONFIG, type AppConfig } from '../src/shared/config/app-config.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { sqlQuery } from '../src/shared/database/sql.js';

/** Polls until `probe` gives a value (read-all holds back events while an older transaction is still open). */
async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  for (const started = Date.now(); ; ) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`nothing after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const meta: EventMetadata = { workspaceId: 'alpha', correlationId: 'test', actor: 'test', source: 'system' };

describe('event store on real PostgreSQL', () => {
  let context: TestApp;
  let db: Database;
  let store: EventStore;

  beforeAll(async () => {
    context = await startTestApp('event_store');
    db = context.app.get(DATABASE);
    store = context.app.get(EventStore);
  });
  afterAll(() => context.close());

  it('lets exactly one of 100 concurrent appends at the same expected version win', async () => {
    const stream = `test-${randomUUID()}`;
    await db.em.fork().transactional((em) => store.append(em, stream, 0, [{ type: 'Started', data: {} }], meta));
    const results = await Promise.allSettled(
      Array.from({ length: 100 }, (_, writer) =>
        db.em.fork().transactional((em) => store.append(em, stream, 1, [{ type: 'Wrote', data: { writer } }], meta)),
      ),
    );
    const won = results.filter((result) => result.status === 'fulfilled');
    const lost = results.filter((result) => result.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(99);
    for (const loss of lost) expect((loss as PromiseRejectedResult).reason).toBeInstanceOf(ConcurrencyError);
    const events = await store.readStream(stream);
    expect(events.map((event) => event.streamVersion)).toEqual([1, 2]);
  });

  it('retries losers so 100 concurrent writers in four processes all land, each once', async () => {
    const groupId = randomUUID();
    await context.commands.execute(new ChangeBuyerGroupCommand(groupId, createGroupCommand(groupId, 'alpha'), meta));
    // four repositories stand for four service processes: each queues its own commands, and they race each other
    const metrics = context.app.get(Metrics);
    const config = context.app.get<AppConfig>(APP_CONFIG);
    const processes = Array.from({ length: 4 }, () => new BuyerGroupRepository(db, store, metrics, config));
    const retriesBefore = (await metrics.concurrencyRetries.get()).values[0]?.value ?? 0;
    const members = Array.from({ length: 100 }, (_, index) => sampleMember(index + 1, 'stakeholder', groupId.slice(0, 23)));
    await Promise.all(
      members.map((member, index) =>
        processes[index % 4].handle(`buyer-group-${groupId}`, (state) => decideBuyerGroup(state, { kind: 'AddMember', member }), meta),
      ),
    );
    const retries = ((await metrics.concurrencyRetries.get()).values[0]?.value ?? 0) - retriesBefore;
    expect(retries).toBeGreaterThan(0);
    const events = await store.readStream(`buyer-group-${groupId}`);
    expect(events).toHaveLength(101);
    expect(events.map((event) => event.streamVersion)).toEqual(Array.from({ length: 101 }, (_, index) => index + 1));
    const added = events.filter((event) => event.type === 'MemberAdded').map((event) => (event.data as { personId: string }).personId);
    expect(new Set(added).size).toBe(100);
    const [row] = await sqlQuery<{ totalMembers: number; version: number }>(
      db.em.fork(),
      'select "totalMembers", version from "BuyerGroups" where id = ?',
      [groupId],
    );
    expect(row).toEqual({ totalMembers: 100, version: 101 });
  });

  it('decides again on fresh state, without a retry delay, when the state it has cached is behind another process', async () => {
    const groupId = randomUUID();
    const streamId = `buyer-group-${groupId}`;
    await context.commands.execute(new ChangeBuyerGroupCommand(groupId, createGroupCommand(groupId, 'alpha'), meta));
    const metrics = context.app.get(Metrics);
    const config = context.app.get<AppConfig>(APP_CONFIG);
    const [behind, other] = [new BuyerGroupRepository(db, store, metrics, config), new BuyerGroupRepository(db, store, metrics, config)];
    expect((await behind.load(streamId)).version).toBe(1);
    const member = sampleMember(7, 'champion', groupId.slice(0, 23));
    const add = (state: BuyerGroupState) => decideBuyerGroup(state, { kind: 'AddMember', member });
    expect((await other.handle(streamId, add, meta)).version).toBe(2);
    const retriesBefore = (await metrics.concurrencyRetries.get()).values[0]?.value ?? 0;
    // on its cached version 1 the person is not a member yet; the append at version 1 fails, and on version 2 the
    // person is there already: nothing is added twice
    const decision = await behind.handle(streamId, add, meta);
    expect(decision.events).toHaveLength(0);
    expect(decision.version).toBe(2);
    expect(decision.state.members.filter((each) => each.personId === member.personId)).toHaveLength(1);
    expect((await metrics.concurrencyRetries.get()).values[0]?.value ?? 0).toBe(retriesBefore);
    // and its cache now holds version 2: the next command appends at 3
    const removed = await behind.handle(streamId, (state) => decideBuyerGroup(state, { kind: 'RemoveMember', memberId: state.members[0]!.memberId, reason: 'left_company' }), meta);
    expect(removed.version).toBe(3);
    expect((await store.readStream(streamId)).map((event) => event.type)).toEqual(['BuyerGroupDiscovered', 'MemberAdded', 'MemberRemoved']);
  });

  it('queues concurrent commands for one group inside a process instead of failing them', async () => {
    const groupId = randomUUID();
    await context.commands.execute(new ChangeBuyerGroupCommand(groupId, createGroupCommand(groupId, 'alpha'), meta));
    const members = Array.from({ length: 50 }, (_, index) => sampleMember(index + 1, 'champion', groupId.slice(0, 23)));
    await Promise.all(members.map((member) => context.commands.execute(new ChangeBuyerGroupCommand(groupId, { kind: 'AddMember', member }, meta))));
    expect(await store.readStream(`buyer-group-${groupId}`)).toHaveLength(51);
  });

  it('reads old schema versions in the current shape (upcasting)', async () => {
    const upcasters = new UpcasterRegistry();
    upcasters.register('ContactFound', 3, {
      1: (data) => ({ ...data, fullName: data.name, name: undefined }),
      2: (data) => ({ ...data, emailStatus: data.emailStatus ?? 'unknown' }),
    });
    const stream = `upcast-${randomUUID()}`;
    await sqlQuery(db.em.fork(), 
        `insert into events (event_id, stream_id, stream_version, event_type, schema_version, data, metadata, recorded_at)
         values (?, ?, 1, 'ContactFound', 1, ?::jsonb, ?::jsonb, now())`,
        [randomUUID(), stream, JSON.stringify({ name: 'Ada' }), JSON.stringify(meta)],
      );
    const [event] = await new EventStore(db, upcasters).readStream(stream);
    expect(event.schemaVersion).toBe(3);
    expect(event.data).toEqual({ fullName: 'Ada', emailStatus: 'unknown' });
    expect(() => upcasters.register('Broken', 2)).toThrow(/no upcaster from schema version 1/);
  });

  it('never lets read-all skip an event committed later with a lower position', async () => {
    const before = await store.readAll('0', 1_000_000);
    const last = before.at(-1)?.globalPosition ?? '0';
    const slow = db.em.fork();
    await slow.begin();
    await store.append(slow, `slow-${randomUUID()}`, 0, [{ type: 'Slow', data: {} }], meta);
    await db.em.fork().transactional((em) => store.append(em, `fast-${randomUUID()}`, 0, [{ type: 'Fast', data: {} }], meta));
    expect((await store.readAll(last, 100)).filter((event) => ['Slow', 'Fast'].includes(event.type))).toEqual([]);
    await slow.commit();
    // other writers (the demo dataset's background loading) may hold visibility back a little longer: wait for it
    const after = await eventually(async () => {
      const events = (await store.readAll(last, 1_000)).filter((event) => ['Slow', 'Fast'].includes(event.type));
      return events.length === 2 ? events : undefined;
    });
    expect(after.map((event) => event.type)).toEqual(['Slow', 'Fast']);
  });

  it('reads all events in global order across many pages', async () => {
    const start = (await store.readAll('0', 1_000_000)).at(-1)?.globalPosition ?? '0';
    for (let batch = 0; batch < 12; batch++) {
      await db.em.fork().transactional((em) =>
        store.append(em, `paged-${randomUUID()}`, 0, Array.from({ length: 10 }, (_, n) => ({ type: 'Paged', data: { n } })), meta),
      );
    }
    const positions: bigint[] = [];
    let position = start;
    await eventually(async () => {
      for (;;) {
        const page = await store.readAll(position, 7);
        if (page.length === 0) return positions.length >= 120 ? true : undefined;
        positions.push(...page.filter((event) => event.type === 'Paged').map((event) => BigInt(event.globalPosition)));
        position = page[page.length - 1].globalPosition;
      }
    });
    expect(positions).toHaveLength(120);
    expect(positions.every((value, index) => index === 0 || value > positions[index - 1])).toBe(true);
  });

  it('keeps metadata with every event', async () => {
    const stream = `meta-${randomUUID()}`;
    const full: EventMetadata = { workspaceId: 'alpha', correlationId: 'req-1', causationId: 'evt-0', actor: 'rep@x', source: 'api' };
    await db.em.fork().transactional((em) => store.append(em, stream, 0, [{ type: 'Noted', data: { a: 1 } }], full));
    const [event] = await store.readStream(stream);
    expect(event.metadata).toEqual(full);
    expect(event.eventId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('returns the state as of an earlier instant', async () => {
    const groupId = randomUUID();
    const state1: BuyerGroupState = await context.commands.execute(
      new ChangeBuyerGroupCommand(groupId, createGroupCommand(groupId, 'alpha', [sampleMember(1, 'champion', groupId.slice(0, 23))]), meta),
    );
    const between = new Date();
    await new Promise((resolve) => setTimeout(resolve, 20));
    await context.commands.execute(
      new ChangeBuyerGroupCommand(groupId, { kind: 'RemoveMember', memberId: state1.members[0].memberId, reason: 'left_company' }, meta),
    );
    const repository = context.app.get(BuyerGroupRepository);
    expect((await repository.load(`buyer-group-${groupId}`, between)).state.members).toHaveLength(1);
    expect((await repository.load(`buyer-group-${groupId}`)).state.members).toHaveLength(0);
  });
});
