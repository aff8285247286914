import { randomBytes } from 'node:crypto';
import pg from 'pg';

/** A new, empty database on the run's PostgreSQL, for one test file. Fails (never skips) when none is reachable. */
export async function createTestDatabase(label: string): Promise<string> {
  const admin = process.env.TEST_DATABASE_URL;
  if (!admin) throw new Error('TEST_DATABASE_URL is not set: the Jest global setup did not start PostgreSQL');
  const name = `bgi_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(`create database ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}
