import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { DATABASE, type Database } from '../src/shared/database/database.js';
import { EventStore } from '../src/shared/event-store/event-store.js';
import { ChangeBuyerGroupCommand } from '../src/modules/discovery/commands/change-buyer-group/change-buyer-group.command.js';
import { RebuildProjectionsCommand } from '../src/modules/discovery/commands/rebuild-projections/rebuild-projections.command.js';
import { BUYER_GROUP_ROLES } from '../src/modules/discovery/domain/buyer-group-role.js';
import { createGroupCommand, sampleMember } from '../src/modules/discovery/domain/buyer-group.fixtures.js';
import type { BuyerGroupState } from '../src/modules/discovery/domain/buyer-group.state.js';
import { freePort, startService } from './support/service-process.js';
import { startTestApp, WORKSPACE_A, type TestApp } from './support/test-app.js';
import { sqlQuery } from '../src/shared/database/sql.js';

describe('crash safety', () => {
  let context: TestApp;
  let db: Database;
  let group: BuyerGroupState;

  beforeAll(async () => {
    context = await startTestApp('crash_safety');
    db = context.app.get(DATABASE);
    const id = randomUUID();
    const members = Array.from({ length: 12 }, (_, index) => sampleMember(index + 1, 'stakeholder', id.slice(0, 23)));
    group = await context.commands.execute(
      new ChangeBuyerGroupCommand(id, createGroupCommand(id, 'alpha', members), { workspaceId: 'alpha', correlationId: 'setup', actor: 'test', source: 'cli' }),
    );
  });
  afterAll(() => context.close());

  it('loses no acknowledged write and leaves no half-applied projection when killed mid-burst', async () => {
    const port = await freePort();
    let service = await startService(context.config.databaseUrl!, port);
    const acked: { version: number; memberId: string }[] = [];
    let killed = false;
    let sent = 0;
    const writer = async (worker: number) => {
      for (let n = 0; !killed; n++) {
        const member = group.members[(worker * 7 + n) % group.members.length];
        const body = n % 2 === 0 ? { pinned: (n + worker) % 4 < 2 } : { role: BUYER_GROUP_ROLES[(n + worker) % 5], actor: `worker-${worker}` };
        sent++;
        try {
          const response = await fetch(`http://127.0.0.1:${port}/api/intelligence/buyer-group-v2/${group.id}/members/${member.memberId}`, {
            method: 'PATCH',
            headers: { 'content-type': 'application/json', 'x-api-key': WORKSPACE_A.key },
            body: JSON.stringify(body),
          });
          if (response.status === 200) acked.push({ version: ((await response.json()) as { buyerGroup: { version: number } }).buyerGroup.version, memberId: member.memberId });
        } catch {
          // connection reset by the kill: not acknowledged, so it may or may not have happened
        }
      }
    };
    const writers = Array.from({ length: 8 }, (_, worker) => writer(worker));
    while (acked.length < 150) await new Promise((resolve) => setTimeout(resolve, 5));
    service.kill('SIGKILL');
    killed = true;
    await Promise.all(writers);
    await new Promise((resolve) => (service.exitCode !== null || service.signalCode !== null ? resolve(undefined) : service.once('exit', resolve)));
    // killed, not stopped: whatever was in flight was cut off wherever it was
    expect(service.signalCode).toBe('SIGKILL');
    expect(sent).toBeGreaterThanOrEqual(acked.length);

    service = await startService(context.config.databaseUrl!, port);
    try {
      const events = await context.app.get(EventStore).readStream(`buyer-group-${group.id}`);
      const versions = new Set(events.map((event) => event.streamVersion));
      for (const ack of acked) expect(versions.has(ack.version)).toBe(true);
      const [row] = await sqlQuery<{ version: number }>(db.em.fork(), 'select version from "BuyerGroups" where id = ?', [group.id]);
      expect(row.version).toBe(events.at(-1)!.streamVersion);

      const snapshot = async () => ({
        groups: await sqlQuery(db.em.fork(), 'select * from "BuyerGroups" order by id'),
        members: await sqlQuery(db.em.fork(), 'select * from "BuyerGroupMembers" order by id'),
      });
      const live = await snapshot();
      await context.commands.execute(new RebuildProjectionsCommand());
      expect(await snapshot()).toEqual(live);

      // the restarted service serves the same state
      const response = await fetch(`http://127.0.0.1:${port}/api/intelligence/buyer-group-v2/${group.id}`, { headers: { 'x-api-key': WORKSPACE_A.key } });
      expect(((await response.json()) as { buyerGroup: { version: number } }).buyerGroup.version).toBe(row.version);
    } finally {
      service.kill('SIGTERM');
      await new Promise((resolve) => service.once('exit', resolve));
    }
  });
});
