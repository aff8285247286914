import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DATABASE, type Database } from '../src/shared/database/database.js';
import { DomainError } from '../src/shared/domain/domain-error.js';
import type { EventMetadata } from '../src/shared/event-store/event.js';
import { ChangeBuyerGroupCommand } from '../src/modules/discovery/commands/change-buyer-group/change-buyer-group.command.js';
import { RebuildProjectionsCommand } from '../src/modules/discovery/commands/rebuild-projections/rebuild-projections.command.js';
import { BUYER_GROUP_ROLES, REMOVAL_REASONS } from '../src/modules/discovery/domain/buyer-group-role.js';
import type { BuyerGroupCommand } from '../src/modules/discovery/domain/buyer-group.decide.js';
import { createGroupCommand, sampleMember } from '../src/modules/discovery/domain/buyer-group.fixtures.js';
import type { BuyerGroupState } from '../src/modules/discovery/domain/buyer-group.state.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { sqlQuery } from '../src/shared/database/sql.js';

/** mulberry32: a seeded generator, so a failing sequence can be replayed. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function snapshot(db: Database) {
  const em = db.em.fork();
  return {
    groups: await sqlQuery(em, 'select * from "BuyerGroups" order by id'),
    members: await sqlQuery(em, 'select * from "BuyerGroupMembers" order by id'),
  };
}

describe('projection rebuild', () => {
  let context: TestApp;
  let db: Database;

  beforeAll(async () => {
    context = await startTestApp('projection_rebuild');
    db = context.app.get(DATABASE);
  });
  afterAll(() => context.close());

  it('gives exactly the live rows after a random sequence of 1,000 commands', async () => {
    const random = prng(20261127);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
    const states = new Map<string, BuyerGroupState>();
    const groupIds = Array.from({ length: 25 }, (_, index) => `0000${index.toString().padStart(4, '0')}-aaaa-4aaa-8aaa-000000000000`);
    let nextPerson = 1;
    let applied = 0;
    let refused = 0;

    for (let step = 0; step < 1000; step++) {
      const groupId = pick(groupIds);
      const state = states.get(groupId);
      const workspace = groupIds.indexOf(groupId) % 2 === 0 ? 'alpha' : 'beta';
      const meta: EventMetadata = { workspaceId: workspace, correlationId: `step-${step}`, actor: 'random', source: 'system' };
      const member = state?.members.length ? pick(state.members) : undefined;
      const memberId = member?.memberId ?? '00000000-0000-4000-8000-00000000dead';
      let command: BuyerGroupCommand;
      if (!state) {
        command = createGroupCommand(groupId, workspace, [sampleMember(nextPerson++, 'decision_maker', groupId.slice(0, 23))]);
      } else {
        const roll = random();
        const id = nextPerson++;
        command =
          roll < 0.3
            ? { kind: 'AddMember', member: { ...sampleMember(id, pick(BUYER_GROUP_ROLES), groupId.slice(0, 23)), priority: 1 + (id % 10) } }
            : roll < 0.45
              ? { kind: 'UpdateMember', memberId, changes: { title: pick(['VP Sales', 'CRO', 'Head of RevOps']), location: pick(['Berlin', 'Paris']) } }
              : roll < 0.6
                ? { kind: 'ChangeMemberRole', memberId, role: pick(BUYER_GROUP_ROLES), confidence: Math.floor(random() * 100), reasons: ['random'], byUser: random() < 0.3 }
                : roll < 0.7
                  ? { kind: 'SetMemberPinned', memberId, pinned: random() < 0.5 }
                  : roll < 0.8
                    ? { kind: 'RemoveMember', memberId, reason: pick(REMOVAL_REASONS) }
                    : roll < 0.9
                      ? {
                          kind: 'AssessQuality',
                          quality: { coverage: pick(['excellent', 'good', 'acceptable', 'poor'] as const), confidence: 70, dataQuality: 60, overallScore: Math.floor(random() * 100), missingRoles: ['blocker'] },
                        }
                      : roll < 0.995
                        ? { kind: 'RevalidateBuyerGroup' }
                        : { kind: 'ArchiveBuyerGroup', reason: 'random' };
      }
      try {
        states.set(groupId, await context.commands.execute(new ChangeBuyerGroupCommand(groupId, command, meta)));
        applied++;
      } catch (error) {
        expect(error).toBeInstanceOf(DomainError);
        refused++;
      }
    }
    expect(applied).toBeGreaterThan(600);
    expect(refused).toBeGreaterThan(0);

    const live = await snapshot(db);
    expect(live.groups.length).toBe(25);
    expect(live.members.length).toBeGreaterThan(50);
    const report = await context.commands.execute(new RebuildProjectionsCommand());
    expect(report.groups).toBe(25);
    const rebuilt = await snapshot(db);
    expect(rebuilt).toEqual(live);
  });

  it('rebuilds into empty tables when the projections were lost', async () => {
    const live = await snapshot(db);
    await sqlQuery(db.em.fork(), 'delete from "BuyerGroups"');
    expect((await snapshot(db)).groups).toHaveLength(0);
    await context.commands.execute(new RebuildProjectionsCommand());
    expect(await snapshot(db)).toEqual(live);
  });
});
