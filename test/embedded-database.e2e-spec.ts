import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { startEmbeddedDatabase } from '../src/shared/database/embedded-database.js';
import { createLogger } from '../src/shared/observability/logger.js';

const logger = createLogger('silent');

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('embedded PostgreSQL', () => {
  it('keeps its data across restarts in the data folder', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'bgi-embedded-'));
    const first = await startEmbeddedDatabase(dir, logger);
    await query(first.url, 'create table kept (value text); insert into kept values (\'survives\')');
    await first.stop();
    const second = await startEmbeddedDatabase(dir, logger);
    expect(await query(second.url, 'select value from kept')).toEqual([{ value: 'survives' }]);
    await second.stop();
  });

  it('adopts the server of a process that was killed, and stops it on exit', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'bgi-embedded-'));
    // a separate process starts the database and is then killed with SIGKILL, leaving postgres running
    const script = `
      import { startEmbeddedDatabase } from '${path.resolve('dist/src/shared/database/embedded-database.js')}';
      import { createLogger } from '${path.resolve('dist/src/shared/observability/logger.js')}';
      await startEmbeddedDatabase(${JSON.stringify(dir)}, createLogger('silent'));
      console.log('ready');
      setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
      child.once('exit', (code) => reject(new Error(`child exited with ${code}`)));
    });
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    const orphanPid = Number((await readFile(path.join(dir, 'postgres', 'postmaster.pid'), 'utf8')).split('\n')[0]);
    expect(isAlive(orphanPid)).toBe(true);

    const adopted = await startEmbeddedDatabase(dir, logger);
    expect(await query(adopted.url, 'select 1 as ok')).toEqual([{ ok: 1 }]);
    await adopted.stop();
    expect(isAlive(orphanPid)).toBe(false);
  });
});
