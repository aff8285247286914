import { MikroORM, type EntityManager } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { Logger } from 'pino';
import { migrationsList } from '../../../migrations/index.js';
import { redactUrl } from '../config/app-config.js';

export type Database = MikroORM;
export type Em = EntityManager;
export const DATABASE = Symbol('DATABASE');

/** Connects MikroORM to PostgreSQL and applies pending migrations. Errors name the host, never the password. */
export async function openDatabase(url: string, logger: Logger, poolMax = 20): Promise<Database> {
  let orm: MikroORM;
  try {
    orm = await MikroORM.init({
      clientUrl: url,
      entities: [],
      discovery: { warnWhenNoEntities: false },
      extensions: [Migrator],
      migrations: { migrationsList, tableName: 'schema_migrations', transactional: true, allOrNothing: true, snapshot: false },
      pool: { min: 0, max: poolMax },
      debug: false,
      ensureDatabase: false,
      logger: (message) => logger.debug({ component: 'mikro-orm' }, message),
    });
    await orm.em.getConnection().execute('select 1');
  } catch (error) {
    throw new Error(`Database connection failed (${redactUrl(url)}): ${(error as Error).message}`);
  }
  const applied = await orm.migrator.up();
  if (applied.length > 0) logger.info({ migrations: applied.map((m) => m.name) }, 'applied database migrations');
  return orm;
}
