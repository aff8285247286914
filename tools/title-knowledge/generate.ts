/**
 * Generates src/modules/classification/domain/title-knowledge.data.ts: compact word lists that fill the gaps of the
 * hand-written lexicon (title-lexicon.ts).
 *
 *  - ONET_HEAD_NOUNS: English occupation words (Accountant, Paralegal, Welder, Pharmacist…) whose O*NET 27.0
 *    alternate/reported titles fall mostly (≥ 75 %) into one of our functions, via the SOC-code map (soc-functions.ts).
 *  Words the lexicon already knows, regions and stop words are left out.
 *
 *  The curated department titles (department-v2.csv) shaped the hand-written lexicon instead, from their train
 *  split: word statistics drawn from them here (an earlier CURATED_TOKENS list) decided 2 of their 10,145 titles
 *  and misread O*NET titles, because that file is almost all sales and marketing.
 *
 * Run: npx tsc -p tsconfig.build.json && node dist/tools/title-knowledge/generate.js
 * Input: ONET_DIR (default ../shared/data/onet).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { lexiconKnowsToken } from '../../src/modules/classification/domain/title-normalizer.js';
import type { TitleFunction } from '../../src/modules/classification/domain/title-taxonomy.js';
import { foldTokens } from '../../src/modules/classification/domain/title-text.js';
import { REGION_PHRASES } from '../../src/modules/classification/domain/title-lexicon.js';
import { functionOfSoc, readOnetTsv } from './soc-functions.js';

const ONET_DIR = process.env.ONET_DIR ?? path.resolve('..', 'shared', 'data', 'onet');
const OUT = path.resolve('src', 'modules', 'classification', 'domain', 'title-knowledge.data.ts');

const STOP_WORDS = new Set(
  (
    'and und et y e en of de der die das des du la le les el los las il lo di da do dos van het een the a an for fur ' +
    'in im am at bei to zu with mit von vom zum zur on per par pour para por al all und or oder ou o ' +
    'gmbh ag kg co inc ltd llc sa sas srl bv nv se plc group gruppe groupe team department abteilung division ' +
    'new neue neuer global senior junior sr jr lead head chief all other others general ' +
    // generic English words that end many O*NET titles without naming a trade
    'member word register studies reading driving basic middle severe contained adapted exceptional expanded ' +
    'computed companion provider orientation resident registered acute intensive oral vision power generation ' +
    'logic profile custom final open out top over under set side touch form single double layout structure ' +
    'structures component components matrix satellite broadband search paid meeting conference convention ' +
    'model supplies able bodied hop mate captain scout crime climate habitat breakdown four try last lap bed ' +
    'bench beam cup down draw dress edge element finish frame grid hands hand header heading hole mask mock ' +
    'multiple negative offset pad panel pattern pin pointer pot printed ring rough ruler scroll seat size ' +
    'slide spot straight stress strip tip trim tune turning wind treat combination continuous timing ' +
    'controls stationary making maker makers host author writer blogger ambassador youth history english'
  ).split(' '),
);
const REGIONS = new Set(REGION_PHRASES.split('|').filter((r) => !r.includes(' ')));

function usable(token: string): boolean {
  return (
    token.length >= 3 &&
    !/\d/.test(token) &&
    !STOP_WORDS.has(token) &&
    !REGIONS.has(token) &&
    !lexiconKnowsToken(token)
  );
}

type Counts = Map<string, Map<TitleFunction, number>>;
function count(counts: Counts, token: string, fn: TitleFunction): void {
  let m = counts.get(token);
  if (!m) counts.set(token, (m = new Map()));
  m.set(fn, (m.get(fn) ?? 0) + 1);
}

function select(counts: Counts, minCount: number, minShare: number): Map<TitleFunction, string[]> {
  const out = new Map<TitleFunction, string[]>();
  for (const [token, m] of counts) {
    let total = 0;
    let best: TitleFunction | null = null;
    let bestN = 0;
    for (const [fn, n] of m) {
      total += n;
      if (n > bestN) [best, bestN] = [fn, n];
    }
    if (best && total >= minCount && bestN / total >= minShare) {
      const list = out.get(best) ?? [];
      list.push(token);
      out.set(best, list);
    }
  }
  for (const list of out.values()) list.sort();
  return out;
}

function onetVocabulary(): Map<TitleFunction, string[]> {
  const heads: Counts = new Map();
  const words: Counts = new Map();
  const titles: Array<[string, string]> = [];
  for (const [code, title] of readOnetTsv(path.join(ONET_DIR, 'Alternate_Titles.txt'))) titles.push([code!, title!]);
  for (const [code, title] of readOnetTsv(path.join(ONET_DIR, 'Sample_of_Reported_Titles.txt'))) titles.push([code!, title!]);
  for (const [code, title] of readOnetTsv(path.join(ONET_DIR, 'Occupation_Data.txt'))) titles.push([code!, title!]);
  for (const [code, title] of titles) {
    const fn = functionOfSoc(code);
    if (!fn) continue;
    const tokens = foldTokens(title.replace(/\([^)]*\)/g, ' ').split(',')[0]!);
    const head = tokens[tokens.length - 1];
    if (head && usable(head)) count(heads, head, fn);
    for (const t of new Set(tokens)) if (usable(t)) count(words, t, fn);
  }
  const result = select(heads, 3, 0.75);
  // Non-final words only when very frequent and unambiguous ("pharmacy", "veterinary", "welding").
  for (const [fn, list] of select(words, 25, 0.95)) {
    const merged = new Set([...(result.get(fn) ?? []), ...list]);
    result.set(fn, [...merged].sort());
  }
  return result;
}

function render(name: string, doc: string, vocab: Map<TitleFunction, string[]>): string {
  const lines = [`/** ${doc} */`, `export const ${name}: Readonly<Partial<Record<TitleFunction, string>>> = {`];
  for (const fn of [...vocab.keys()].sort()) {
    const words = vocab.get(fn)!;
    const chunks: string[] = [];
    let line = '';
    for (const w of words) {
      if (line.length + w.length + 1 > 100) {
        chunks.push(line);
        line = '';
      }
      line += (line ? ' ' : '') + w;
    }
    if (line) chunks.push(line);
    lines.push(`  ${fn}:`);
    chunks.forEach((c, i) => lines.push(`    '${c}${i < chunks.length - 1 ? ' ' : ''}'${i < chunks.length - 1 ? ' +' : ','}`));
  }
  lines.push('};');
  return lines.join('\n');
}

const onet = onetVocabulary();
const header = `/**
 * GENERATED by tools/title-knowledge/generate.ts: do not edit by hand; re-run the generator instead.
 *
 * This product includes information from the O*NET 27.0 Database by the U.S. Department of Labor, Employment and
 * Training Administration (USDOL/ETA), used under the CC BY 4.0 license. ONET_HEAD_NOUNS is derived from O*NET
 * occupation, alternate and reported titles (word statistics per occupation group); O*NET® is a trademark of
 * USDOL/ETA, which has not approved, endorsed or tested this derived vocabulary.
 * Each entry is a space-separated list of folded words (lower case, no diacritics) for one function.
 */
import type { TitleFunction } from './title-taxonomy.js';
`;
const body = [
  header,
  render('ONET_HEAD_NOUNS', 'English occupation words mostly (≥ 75 %) found in one function\'s O*NET titles.', onet),
  '',
].join('\n');
writeFileSync(OUT, body);
const n = (v: Map<TitleFunction, string[]>) => [...v.values()].reduce((a, l) => a + l.length, 0);
console.log(`wrote ${OUT}: ${n(onet)} O*NET words, ${body.length} bytes`);
