import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { csvRecords } from '../../../../shared/csv/csv.js';
import { V1_GROUPS_TABLE, V1_MEMBERS_TABLE, type V1Row } from '../../commands/import-v1-groups/v1-rows.js';
import { V1SourceError, type V1Batch, type V1SourceReader } from '../../commands/import-v1-groups/v1-source.js';

type FileRow = V1Row;
const unreadable = (row: V1Row): string | undefined => row.unreadable;

const groupKey = (row: V1Row): string | undefined => {
  const id = Object.entries(row.values).find(([column]) => column.toLowerCase().replace(/[^a-z0-9]/g, '') === 'id')?.[1];
  return id === undefined || id === null || id === '' ? undefined : String(id).trim();
};

const memberGroupKey = (row: V1Row): string | undefined => {
  const entry = Object.entries(row.values).find(([column]) => ['buyergroupid', 'groupid'].includes(column.toLowerCase().replace(/[^a-z0-9]/g, '')));
  return entry?.[1] === undefined || entry[1] === null || entry[1] === '' ? undefined : String(entry[1]).trim();
};

/**
 * An export of the V1 tables read whole into memory: JSON `{ "groups": [...], "members": [...] }` (or the table names
 * as keys, or members nested in their group as `members`), or two CSV files with a header line each. Positions are
 * `groups[3]` / `groups[3].members[0]` / `members[7]` for JSON and `file.csv:12` (the line) for CSV.
 */
export class V1FileReader implements V1SourceReader {
  readonly kind = 'file' as const;

  private constructor(
    readonly description: string,
    private readonly groups: FileRow[],
    private readonly members: FileRow[],
  ) {}

  static async json(file: string): Promise<V1FileReader> {
    let document: unknown;
    try {
      document = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw new V1SourceError(`cannot read ${file}: ${(error as Error).message}`);
    }
    const top = document as Record<string, unknown> | null;
    const groups = top && typeof top === 'object' && !Array.isArray(top) ? (top.groups ?? top[V1_GROUPS_TABLE]) : undefined;
    const members = top && typeof top === 'object' && !Array.isArray(top) ? (top.members ?? top[V1_MEMBERS_TABLE] ?? []) : undefined;
    if (!Array.isArray(groups) || !Array.isArray(members)) {
      throw new V1SourceError(`${file} must be a JSON object { "groups": [...], "members": [...] } (or keyed "${V1_GROUPS_TABLE}" and "${V1_MEMBERS_TABLE}")`);
    }
    const asRow = (value: unknown, position: string): FileRow =>
      value !== null && typeof value === 'object' && !Array.isArray(value)
        ? { position, values: value as Record<string, unknown> }
        : { position, values: {}, unreadable: `not a JSON object: ${JSON.stringify(value)?.slice(0, 60)}` };
    const groupRows: FileRow[] = [];
    const memberRows: FileRow[] = members.map((value, index) => asRow(value, `members[${index}]`));
    groups.forEach((value, index) => {
      const row = asRow(value, `groups[${index}]`);
      const nested = row.values.members;
      if (Array.isArray(nested)) {
        const { members: _members, ...values } = row.values;
        row.values = values;
        const id = groupKey(row);
        nested.forEach((member, memberIndex) => {
          const memberRow = asRow(member, `groups[${index}].members[${memberIndex}]`);
          if (!unreadable(memberRow) && memberGroupKey(memberRow) === undefined && id !== undefined) memberRow.values = { ...memberRow.values, buyerGroupId: id };
          memberRows.push(memberRow);
        });
      }
      groupRows.push(row);
    });
    return new V1FileReader(path.basename(file), groupRows, memberRows);
  }

  static async csv(groupsFile: string, membersFile: string): Promise<V1FileReader> {
    return new V1FileReader(
      `${path.basename(groupsFile)} + ${path.basename(membersFile)}`,
      await readCsv(groupsFile),
      await readCsv(membersFile),
    );
  }

  countGroups(): Promise<number> {
    return Promise.resolve(this.groups.length);
  }

  async *batches(groupsPerBatch: number): AsyncGenerator<V1Batch> {
    const byGroup = new Map<string, FileRow[]>();
    for (const member of this.members) {
      const key = memberGroupKey(member);
      if (key === undefined || unreadable(member)) continue;
      const list = byGroup.get(key);
      if (list) list.push(member);
      else byGroup.set(key, [member]);
    }
    for (let start = 0; start < this.groups.length; start += groupsPerBatch) {
      const groups = this.groups.slice(start, start + groupsPerBatch);
      const members: FileRow[] = [];
      for (const group of groups) {
        const key = groupKey(group);
        if (key === undefined || unreadable(group)) continue;
        // a duplicated group id takes its members with its first row
        members.push(...(byGroup.get(key) ?? []));
        byGroup.delete(key);
      }
      yield { groups, members };
    }
  }

  async *unmatchedMembers(): AsyncGenerator<V1Row> {
    const groupIds = new Set(this.groups.filter((group) => !unreadable(group)).map(groupKey));
    for (const member of this.members) {
      if (unreadable(member) || !groupIds.has(memberGroupKey(member))) yield member;
    }
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

async function readCsv(file: string): Promise<FileRow[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new V1SourceError(`cannot read ${file}: ${(error as Error).message}`);
  }
  const name = path.basename(file);
  let header: string[] | null = null;
  const rows: FileRow[] = [];
  for (const record of csvRecords(text)) {
    const position = `${name}:${record.line}`;
    if ('error' in record) {
      if (header === null) throw new V1SourceError(`${position}: the header line cannot be read: ${record.error}`);
      rows.push({ position, values: {}, unreadable: record.error });
      continue;
    }
    if (header === null) {
      header = record.fields;
      if (!header.some((column) => column.toLowerCase() === 'id')) {
        throw new V1SourceError(`${position}: the header must name the V1 table's columns, id among them; got ${JSON.stringify(header.join(','))}`);
      }
      continue;
    }
    if (record.fields.length > header.length) {
      rows.push({ position, values: {}, unreadable: `${record.fields.length} fields, but the header names ${header.length} columns` });
      continue;
    }
    rows.push({ position, values: Object.fromEntries(header.map((column, index) => [column, record.fields[index] ?? ''])) });
  }
  if (header === null) throw new V1SourceError(`${file} is empty: no header line`);
  return rows;
}
