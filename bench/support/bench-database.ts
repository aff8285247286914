/**
 * A fresh, empty PostgreSQL database for one benchmark run. With BENCH_DATABASE_URL (a server URL, e.g.
 * postgresql://postgres@127.0.0.1:5432/postgres) a new database is created on that server and dropped afterwards;
 * without it an embedded PostgreSQL is started in a temporary folder and removed afterwards.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Logger } from 'pino';
import { startEmbeddedDatabase } from '../../src/shared/database/embedded-database.js';

export interface BenchDatabase {
  url: string;
  kind: 'external' | 'embedded';
  /** a scratch folder for the app's dataDir */
  dataDir: string;
  dispose(): Promise<void>;
}

export async function openBenchDatabase(label: string, logger: Logger): Promise<BenchDatabase> {
  const dataDir = await mkdtemp(path.join(tmpdir(), `bgi-bench-${label}-`));
  const admin = process.env.BENCH_DATABASE_URL;
  if (!admin) {
    const embedded = await startEmbeddedDatabase(dataDir, logger);
    return {
      url: embedded.url,
      kind: 'embedded',
      dataDir,
      dispose: async () => {
        await embedded.stop();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  }
  const name = `bgi_bench_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  await adminQuery(admin, `create database ${name}`);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    kind: 'external',
    dataDir,
    dispose: async () => {
      await adminQuery(admin, `drop database if exists ${name} with (force)`).catch(() => undefined);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

async function adminQuery(admin: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
