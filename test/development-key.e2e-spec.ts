import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import request from 'supertest';
import { createLogger } from '../src/shared/observability/logger.js';
import { startTestApp, type TestApp } from './support/test-app.js';

describe('development API key (no API_KEYS configured)', () => {
  let context: TestApp;
  const lines: string[] = [];

  beforeAll(async () => {
    const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
    context = await startTestApp('development_key', { apiKeys: [], logLevel: 'info' }, logger);
  });
  afterAll(() => context.close());

  it('creates a key for the workspace "default" in a file only its owner reads, and never logs the key', async () => {
    const file = path.join(context.config.dataDir, 'dev-api-key');
    const key = (await readFile(file, 'utf8')).trim();
    expect(key).toMatch(/^bgi_dev_[\w-]{32}$/);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const announcement = lines.find((line) => line.includes('created a development API key'));
    expect(announcement).toContain(file);
    expect(lines.join('\n')).not.toContain(key);
    const answer = await request(context.app.getHttpServer()).get('/api/intelligence/buyer-group-v2/groups').set('x-api-key', key);
    expect(answer.status).toBe(200);
    expect(lines.join('\n')).not.toContain(key);
  });
});
