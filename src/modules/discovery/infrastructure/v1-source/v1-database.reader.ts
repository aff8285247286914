import pg from 'pg';
import { redactUrl } from '../../../../shared/config/app-config.js';
import { V1_GROUPS_TABLE, V1_MEMBERS_TABLE, type V1Row } from '../../commands/import-v1-groups/v1-rows.js';
import { V1SourceError, type V1Batch, type V1SourceReader } from '../../commands/import-v1-groups/v1-source.js';

const normaliseKey = (key: string): string => key.toLowerCase().replace(/[^a-z0-9]/g, '');

interface Column {
  name: string;
  /** the column's type as SQL can cast to it, e.g. text, uuid, int8 */
  type: string;
}

const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/**
 * Reads V1's "BuyerGroups" and "BuyerGroupMembers" from V1's PostgreSQL (its own database, given by URL) with the
 * project's `pg` driver: groups in id order, a page at a time (keyset), with their members, so memory stays bounded
 * whatever the size of V1. Timestamps without a time zone are read as UTC. Positions are the rows' primary keys.
 */
export class V1DatabaseReader implements V1SourceReader {
  readonly kind = 'database' as const;

  private constructor(
    private readonly client: pg.Client,
    readonly description: string,
    private readonly groupId: Column,
    private readonly memberId: Column,
    private readonly memberGroupId: Column,
  ) {}

  static async open(url: string): Promise<V1DatabaseReader> {
    const raw = (value: string) => value;
    const client = new pg.Client({
      connectionString: url,
      // timestamp and date without a zone as written (the row reader takes them as UTC), not as this machine's local time
      types: {
        getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
          oid === pg.types.builtins.TIMESTAMP || oid === pg.types.builtins.DATE ? raw : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
      },
    });
    const description = redactUrl(url);
    try {
      await client.connect();
    } catch (error) {
      throw new V1SourceError(`V1 database connection failed (${description}): ${(error as Error).message}`);
    }
    try {
      const { rows } = await client.query<{ table_name: string; column_name: string; udt_name: string }>(
        `select table_name, column_name, udt_name from information_schema.columns
         where table_schema = current_schema() and table_name = any($1::text[]) order by table_name, ordinal_position`,
        [[V1_GROUPS_TABLE, V1_MEMBERS_TABLE, 'events']],
      );
      const columns = (table: string): Column[] =>
        rows.filter((row) => row.table_name === table).map((row) => ({ name: row.column_name, type: row.udt_name }));
      const find = (table: string, ...aliases: string[]): Column => {
        const found = aliases.map((alias) => columns(table).find((column) => normaliseKey(column.name) === normaliseKey(alias))).find(Boolean);
        if (!found) throw new V1SourceError(`the V1 table "${table}" has no column ${aliases.map((alias) => `"${alias}"`).join(' or ')} (${description})`);
        return found;
      };
      for (const table of [V1_GROUPS_TABLE, V1_MEMBERS_TABLE]) {
        if (columns(table).length === 0) throw new V1SourceError(`the database has no table "${table}" in its schema ${await schemaOf(client)} (${description})`);
      }
      if (columns('events').length > 0 && columns(V1_GROUPS_TABLE).some((column) => column.name === 'sellerProfile')) {
        throw new V1SourceError(`${description} is this service's own database (its "BuyerGroups" is a projection of its event log), not a V1 database`);
      }
      return new V1DatabaseReader(
        client,
        description,
        find(V1_GROUPS_TABLE, 'id'),
        find(V1_MEMBERS_TABLE, 'id'),
        find(V1_MEMBERS_TABLE, 'buyerGroupId', 'groupId'),
      );
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
  }

  async countGroups(): Promise<number> {
    const { rows } = await this.client.query<{ total: string }>(`select count(*) as total from ${ident(V1_GROUPS_TABLE)}`);
    return Number(rows[0]!.total);
  }

  async *batches(groupsPerBatch: number): AsyncGenerator<V1Batch> {
    const id = ident(this.groupId.name);
    let after: unknown = null;
    let first = true;
    for (;;) {
      const { rows: groups } = await this.client.query<Record<string, unknown>>(
        `select * from ${ident(V1_GROUPS_TABLE)} where $1::boolean or ${id} > $2::${ident(this.groupId.type)}
         order by ${id} limit $3`,
        [first, first ? null : after, groupsPerBatch],
      );
      if (groups.length === 0) return;
      first = false;
      after = groups.at(-1)![this.groupId.name];
      const ids = groups.map((group) => group[this.groupId.name]).filter((value) => value !== null);
      const { rows: members } = await this.client.query<Record<string, unknown>>(
        `select * from ${ident(V1_MEMBERS_TABLE)} where ${ident(this.memberGroupId.name)} = any($1::${ident(this.memberGroupId.type)}[])
         order by ${ident(this.memberId.name)}`,
        [ids.map(String)],
      );
      yield {
        groups: groups.map((values) => this.row(V1_GROUPS_TABLE, this.groupId.name, values)),
        members: members.map((values) => this.row(V1_MEMBERS_TABLE, this.memberId.name, values)),
      };
      if (groups.length < groupsPerBatch) return;
    }
  }

  async *unmatchedMembers(): AsyncGenerator<V1Row> {
    const { rows } = await this.client.query<Record<string, unknown>>(
      `select m.* from ${ident(V1_MEMBERS_TABLE)} m
       where not exists (select 1 from ${ident(V1_GROUPS_TABLE)} g
                         where g.${ident(this.groupId.name)}::text = m.${ident(this.memberGroupId.name)}::text)
       order by m.${ident(this.memberId.name)}`,
    );
    for (const values of rows) yield this.row(V1_MEMBERS_TABLE, this.memberId.name, values);
  }

  close(): Promise<void> {
    return this.client.end();
  }

  private row(table: string, idColumn: string, values: Record<string, unknown>): V1Row {
    const id = values[idColumn];
    return { position: `"${table}" id=${id === null || id === undefined ? 'null' : String(id)}`, values };
  }
}

async function schemaOf(client: pg.Client): Promise<string> {
  const { rows } = await client.query<{ schema: string }>('select current_schema() as schema');
  return rows[0]?.schema ?? '(none)';
}
