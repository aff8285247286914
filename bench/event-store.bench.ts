/**
 * Event store benchmark: append 100,000 events (10 per stream, 10,000 streams), read them all back, rebuild the
 * buyer-group projections from them. Uses BENCH_DATABASE_URL when set, otherwise a fresh embedded PostgreSQL.
 * The last line of output is one JSON object.
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../src/shared/database/database.js';
import { startEmbeddedDatabase } from '../src/shared/database/embedded-database.js';
import { EventStore } from '../src/shared/event-store/event-store.js';
import type { EventMetadata } from '../src/shared/event-store/event.js';
import { UpcasterRegistry } from '../src/shared/event-store/upcasters.js';
import { createLogger } from '../src/shared/observability/logger.js';
import { decideBuyerGroup } from '../src/modules/discovery/domain/buyer-group.decide.js';
import { createGroupCommand, sampleMember } from '../src/modules/discovery/domain/buyer-group.fixtures.js';
import { buyerGroupAggregate } from '../src/modules/discovery/domain/buyer-group.state.js';
import { rebuildBuyerGroupProjections } from '../src/modules/discovery/infrastructure/projection-rebuilder.js';

const STREAMS = Number(process.env.BENCH_STREAMS ?? 10_000);
const EVENTS_PER_STREAM = 10;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 8);

const logger = createLogger('warn');
const dir = process.env.BENCH_DATABASE_URL ? undefined : await mkdtemp(path.join(tmpdir(), 'bgi-bench-'));
const embedded = dir ? await startEmbeddedDatabase(dir, logger) : undefined;
const db = await openDatabase(process.env.BENCH_DATABASE_URL ?? embedded!.url, logger, CONCURRENCY + 2);
const store = new EventStore(db, new UpcasterRegistry());
const metadata: EventMetadata = { workspaceId: 'bench', correlationId: randomUUID(), actor: 'bench', source: 'system' };

// One buyer group per stream: discovered with 9 members, so the rebuild has real work to do.
const streams = Array.from({ length: STREAMS }, () => randomUUID());
const eventsFor = (groupId: string) =>
  decideBuyerGroup(
    buyerGroupAggregate.initialState(),
    createGroupCommand(groupId, 'bench', Array.from({ length: EVENTS_PER_STREAM - 1 }, (_, index) => ({ ...sampleMember(index + 1), memberId: randomUUID() }))),
  );

let next = 0;
const appendStarted = performance.now();
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (next < streams.length) {
      const groupId = streams[next++];
      // one statement per append: the version check and the insert commit atomically without an explicit transaction
      await store.append(db.em.fork(), `buyer-group-${groupId}`, 0, eventsFor(groupId), metadata);
    }
  }),
);
const appendSeconds = (performance.now() - appendStarted) / 1000;
const totalEvents = STREAMS * EVENTS_PER_STREAM;

const readStarted = performance.now();
let read = 0;
let position = '0';
// read-all holds back events of transactions older than a running one (autovacuum's ANALYZE, say): wait for them
for (let idle = 0; read < totalEvents && idle < 600; ) {
  const page = await store.readAll(position, 10_000);
  if (page.length === 0) {
    idle++;
    await new Promise((resolve) => setTimeout(resolve, 50));
    continue;
  }
  read += page.length;
  position = page[page.length - 1].globalPosition;
}
const readSeconds = (performance.now() - readStarted) / 1000;

const rebuild = await rebuildBuyerGroupProjections(db, store);

await db.close(true);
await embedded?.stop();
if (dir) await rm(dir, { recursive: true, force: true });

const figures = {
  benchmark: 'event-store',
  events: totalEvents,
  streams: STREAMS,
  concurrency: CONCURRENCY,
  appendEventsPerSec: Math.round(totalEvents / appendSeconds),
  readAllEventsPerSec: Math.round(read / readSeconds),
  rebuildEventsPerSec: Math.round(rebuild.events / (rebuild.durationMs / 1000)),
  rebuiltGroups: rebuild.groups,
  rebuiltMembers: rebuild.members,
  peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  cores: availableParallelism(),
  database: process.env.BENCH_DATABASE_URL ? 'external' : 'embedded',
};
console.log(`appended ${totalEvents} events in ${appendSeconds.toFixed(1)} s, read ${read} in ${readSeconds.toFixed(1)} s, rebuilt ${rebuild.groups} groups in ${(rebuild.durationMs / 1000).toFixed(1)} s`);
console.log(JSON.stringify(figures));
