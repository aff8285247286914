import { createHash, randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { DATABASE, type Database } from '../database/database.js';
import { LOGGER } from '../observability/logger.js';
import { sqlQuery } from '../database/sql.js';

export interface WorkspaceIdentity {
  workspaceId: string;
  keyLabel: string;
}

const hashKey = (key: string) => createHash('sha256').update(key).digest('hex');

/**
 * API keys map to workspaces. Only SHA-256 hashes are stored. Keys come from API_KEYS, from `bgi api-key create`, or,
 * on a first start with neither, a development key for workspace "default" written to the data folder.
 */
@Injectable()
export class WorkspaceKeys implements OnModuleInit {
  private readonly cache = new Map<string, WorkspaceIdentity | null>();

  constructor(
    @Inject(DATABASE) private readonly db: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onModuleInit(): Promise<void> {
    await this.db.em.fork().transactional(async (em) => {
      await sqlQuery(em, 'select pg_advisory_xact_lock(7461001)');
      for (const binding of this.config.apiKeys) {
        await sqlQuery(em, 'insert into workspaces (id, name) values (?, ?) on conflict do nothing', [
          binding.workspace,
          binding.workspace,
        ]);
        await sqlQuery(em, 
          'insert into api_keys (key_hash, workspace_id, label) values (?, ?, ?) on conflict (key_hash) do update set workspace_id = excluded.workspace_id',
          [hashKey(binding.key), binding.workspace, 'API_KEYS'],
        );
      }
      if (this.config.apiKeys.length > 0) return;
      const [{ count }] = await sqlQuery<{ count: number }>(em, 'select count(*)::int as count from api_keys');
      if (count > 0) return;
      const key = `bgi_dev_${randomBytes(24).toString('base64url')}`;
      await sqlQuery(em, "insert into workspaces (id, name) values ('default', 'default') on conflict do nothing");
      await sqlQuery(em, "insert into api_keys (key_hash, workspace_id, label) values (?, 'default', 'development')", [
        hashKey(key),
      ]);
      const file = path.resolve(this.config.dataDir, 'dev-api-key');
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, `${key}\n`, { mode: 0o600 });
      // the key itself stays out of the log (logs are shipped and kept): the file, readable by its owner only, holds it
      this.logger.warn({ workspace: 'default', file }, `created a development API key for workspace "default": read it with \`cat ${file}\``);
    });
  }

  async createKey(workspaceId: string, label: string): Promise<string> {
    const key = `bgi_${randomBytes(24).toString('base64url')}`;
    await this.db.em.fork().transactional(async (em) => {
      await sqlQuery(em, 'insert into workspaces (id, name) values (?, ?) on conflict do nothing', [workspaceId, workspaceId]);
      await sqlQuery(em, 'insert into api_keys (key_hash, workspace_id, label) values (?, ?, ?)', [
        hashKey(key),
        workspaceId,
        label,
      ]);
    });
    return key;
  }

  async resolve(key: string): Promise<WorkspaceIdentity | undefined> {
    const hash = hashKey(key);
    if (this.cache.has(hash)) return this.cache.get(hash) ?? undefined;
    const rows = await sqlQuery<{ workspace_id: string; label: string }>(this.db.em.fork(), 'select workspace_id, label from api_keys where key_hash = ?', [hash]);
    const identity = rows[0] ? { workspaceId: rows[0].workspace_id, keyLabel: rows[0].label } : null;
    // Unknown keys are not cached, so a key created by the CLI works without a restart and guessing fills no memory.
    if (identity) this.cache.set(hash, identity);
    return identity ?? undefined;
  }
}
