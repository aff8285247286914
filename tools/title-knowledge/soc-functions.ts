/**
 * O*NET-SOC occupation codes mapped onto our title functions. The generator derives ONET_HEAD_NOUNS from it, and
 * bench:titles labels O*NET titles with it (through the benchmark mapping) as a second, independent check of the
 * department classification: O*NET is rich in the occupations the curated files hardly hold (engineering outside
 * IT, finance, legal, healthcare), which the benchmark's "Other" class stands for.
 */
import { readFileSync } from 'node:fs';
import type { TitleFunction } from '../../src/modules/classification/domain/title-taxonomy.js';

/** O*NET-SOC code prefix → our function; the longest matching prefix wins. Unlisted codes are ignored. */
export const SOC_FUNCTIONS: ReadonlyArray<readonly [string, TitleFunction]> = [
  ['11-1011', 'executive'],
  ['11-1021', 'operations'],
  ['11-2011', 'marketing'],
  ['11-2021', 'marketing'],
  ['11-2022', 'sales'],
  ['11-2032', 'marketing'],
  ['11-2033', 'marketing'],
  ['11-3012', 'administrative'],
  ['11-3013', 'operations'],
  ['11-3021', 'it'],
  ['11-3031', 'finance'],
  ['11-3051', 'manufacturing'],
  ['11-3061', 'procurement'],
  ['11-3071', 'operations'],
  ['11-3111', 'hr'],
  ['11-3121', 'hr'],
  ['11-3131', 'hr'],
  ['11-9031', 'education'],
  ['11-9032', 'education'],
  ['11-9033', 'education'],
  ['11-9039', 'education'],
  ['11-9041', 'manufacturing'],
  ['11-9111', 'healthcare'],
  ['11-9121', 'research'],
  ['13-1020', 'procurement'],
  ['13-1021', 'procurement'],
  ['13-1022', 'procurement'],
  ['13-1023', 'procurement'],
  ['13-1031', 'finance'],
  ['13-1032', 'finance'],
  ['13-1041', 'legal'],
  ['13-1051', 'finance'],
  ['13-1071', 'hr'],
  ['13-1075', 'hr'],
  ['13-1081', 'operations'],
  ['13-1082', 'project_management'],
  ['13-1111', 'consulting'],
  ['13-1121', 'marketing'],
  ['13-1131', 'marketing'],
  ['13-1141', 'hr'],
  ['13-1151', 'hr'],
  ['13-1161', 'marketing'],
  ['13-2', 'finance'],
  ['15-1211', 'it'],
  ['15-1212', 'security'],
  ['15-1221', 'research'],
  ['15-1231', 'customer_support'],
  ['15-1232', 'customer_support'],
  ['15-1241', 'it'],
  ['15-1242', 'data'],
  ['15-1243', 'data'],
  ['15-1244', 'it'],
  ['15-125', 'engineering'],
  ['15-1299', 'it'],
  ['15-2011', 'finance'],
  ['15-2021', 'data'],
  ['15-2031', 'data'],
  ['15-2041', 'data'],
  ['15-2051', 'data'],
  ['17-', 'manufacturing'],
  ['19-', 'research'],
  ['23-', 'legal'],
  ['25-', 'education'],
  ['27-1024', 'marketing'],
  ['27-1011', 'marketing'],
  ['27-3', 'marketing'],
  ['27-3091', 'other'],
  ['27-3092', 'legal'],
  ['29-', 'healthcare'],
  ['31-', 'healthcare'],
  ['41-', 'sales'],
  ['43-3', 'finance'],
  ['43-3061', 'procurement'],
  ['43-4051', 'customer_support'],
  ['43-4161', 'hr'],
  ['43-5', 'operations'],
  ['43-9011', 'it'],
  ['43-', 'administrative'],
  ['49-', 'manufacturing'],
  ['51-', 'manufacturing'],
  ['53-', 'operations'],
];

export function functionOfSoc(code: string): TitleFunction | null {
  let best: readonly [string, TitleFunction] | null = null;
  for (const entry of SOC_FUNCTIONS) {
    if (code.startsWith(entry[0]) && (!best || entry[0].length > best[0].length)) best = entry;
  }
  return best ? best[1] : null;
}

/** Rows of an O*NET tab-separated file, header skipped. */
export function readOnetTsv(file: string): string[][] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.length > 0)
    .map((l) => l.split('\t'));
}
