import { CompiledQuery } from 'kysely';
import type { Em } from './database.js';

/**
 * Runs SQL with `?` placeholders as a real parameterised statement on the entity manager's connection (its
 * transaction when inside one). MikroORM's em.execute() inlines parameters as escaped literals, which costs more
 * than the query itself for the large JSON payloads the event store and projections send.
 */
export async function sqlQuery<Row = Record<string, unknown>>(em: Em, text: string, params: readonly unknown[] = []): Promise<Row[]> {
  let index = 0;
  const numbered = text.replace(/\?/g, () => `$${++index}`);
  if (index !== params.length) throw new Error(`sqlQuery: ${index} placeholders but ${params.length} parameters`);
  const result = await em.getKysely().executeQuery<Row>(CompiledQuery.raw(numbered, [...params]));
  return result.rows as Row[];
}
