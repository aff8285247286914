/**
 * The Elasticsearch DSL subset Coresignal clients send (../../../shared/spec/CORESIGNAL.md), compiled to predicates
 * over plain JSON records. Deliberately small and strict: anything outside the subset is a {@link DslError} (422)
 * naming the construct, so a client never silently relies on something the simulator only pretends to understand.
 *
 * Semantics (simplified, documented so client writers know what they are tested against):
 * - Field paths walk objects; arrays of objects are flattened, except the dataset's nested paths (`experience` for
 *   employees), which only a `nested` query can reach (as in Elasticsearch, where they match nothing otherwise).
 *   Unknown fields match nothing. A `.exact` suffix means the whole value, case-sensitive.
 * - term / terms: whole-value equality; case-insensitive on strings unless `.exact`; numbers compare numerically,
 *   booleans as 1/0.
 * - match: tokenised (lower-case, split on anything that is not a letter or digit), any token (or all tokens with
 *   `operator: "and"`). match_phrase: the query's tokens appear contiguously, in order.
 * - query_string: terms, "quoted phrases", AND / OR / NOT (also && || ! + -), parentheses, `field:value`,
 *   `field:"phrase"`, `field:(a OR b)`, `*` / `?` wildcards in bare terms, `default_field` / `fields` /
 *   `default_operator`. A bare term that tokenises to several tokens is a phrase.
 * - range: gt / gte / lt / lte on numbers and ISO dates (also `now`, `now-30d`, units y M w d h m s).
 * - _score: every matching leaf scores 1; bool sums must and matched should (filter / must_not score 0); nested
 *   takes the best element.
 */

export type Doc = Record<string, unknown>;

/** A compiled query: the score of a matching record, or null when it does not match. */
export type Matcher = (doc: Doc) => number | null;

export class DslError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DslError';
  }
}

export interface DslLimits {
  /** maximum number of leaf clauses (terms values and query_string terms count one each) */
  maxClauses: number;
  /** maximum depth of nested bool / nested / query_string groups */
  maxDepth: number;
}

export interface CompileOptions extends DslLimits {
  /** fields holding arrays of objects that only a `nested` query reaches (e.g. ["experience"]) */
  nestedPaths: readonly string[];
  /** the clock `now` in range queries refers to (ms since epoch) */
  now: () => number;
}

export interface CompiledQuery {
  match: Matcher;
  /** number of leaf clauses */
  clauses: number;
  /** descriptions of date filters found (range over dates, `now`, or date-like fields); subscriptions refuse them */
  dateFilters: string[];
  /**
   * Necessary conditions found in the must / filter chain from the root, by key; each set alone holds every match's
   * value (so a dataset may scan only those partitions, picking the smallest set). Keys: a top-level field path
   * (term / terms), or `<nested path>.<field>@active` for a term / terms on that nested field in the same nested
   * query as `<nested path>.active_experience: 1` (e.g. `experience.company_id@active`: the record has a current
   * experience at one of these companies).
   */
  requiredValues: Map<string, Set<string>[]>;
}

interface Ctx {
  options: CompileOptions;
  clauses: number;
  dateFilters: string[];
  /** the nested path we are inside, or null at the top level */
  nested: string | null;
}

// ---------------------------------------------------------------------------------------------------------------
// field access and value normalisation

const EXACT = '.exact';

interface FieldRef {
  path: string;
  exact: boolean;
}

function fieldRef(name: string): FieldRef {
  if (name.endsWith(EXACT)) return { path: name.slice(0, -EXACT.length), exact: true };
  return { path: name, exact: false };
}

/** All leaf values at a dotted path; arrays flattened; nested paths only reachable inside a nested query. */
export function valuesAt(doc: Doc, path: string, nested: string | null, nestedPaths: readonly string[]): unknown[] {
  let rel = path;
  if (nested !== null) {
    if (!path.startsWith(nested + '.')) return [];
    rel = path.slice(nested.length + 1);
  } else if (nestedPaths.some((p) => path === p || path.startsWith(p + '.'))) {
    return [];
  }
  let current: unknown[] = [doc];
  for (const segment of rel.split('.')) {
    const next: unknown[] = [];
    for (const value of current) {
      if (value === null || typeof value !== 'object') continue;
      const child = (value as Record<string, unknown>)[segment];
      if (Array.isArray(child)) next.push(...child);
      else if (child !== undefined) next.push(child);
    }
    current = next;
    if (current.length === 0) return current;
  }
  const leaves: unknown[] = [];
  for (const value of current) {
    if (Array.isArray(value)) leaves.push(...value);
    else leaves.push(value);
  }
  return leaves.filter((v) => v !== null && v !== undefined);
}

function scalar(value: unknown, where: string): string | number | boolean {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  throw new DslError(`${where}: expected a string, number or boolean, got ${JSON.stringify(value)}`);
}

function looseEquals(fieldValue: unknown, queryValue: string | number | boolean, exact: boolean): boolean {
  if (fieldValue === null || fieldValue === undefined || typeof fieldValue === 'object') return false;
  const a = typeof fieldValue === 'boolean' ? (fieldValue ? 1 : 0) : fieldValue;
  const b = typeof queryValue === 'boolean' ? (queryValue ? 1 : 0) : queryValue;
  if (typeof a === 'number' || typeof b === 'number') {
    const x = Number(a);
    const y = Number(b);
    if (Number.isNaN(x) || Number.isNaN(y)) return false;
    if (typeof a === 'string' && a.trim() === '') return false;
    if (typeof b === 'string' && b.trim() === '') return false;
    return x === y;
  }
  if (exact) return a === b;
  return String(a).trim().toLowerCase() === String(b).trim().toLowerCase();
}

export function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

function containsSequence(haystack: string[], needle: string[]): boolean {
  if (needle.length === 0) return false;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// dates and numbers for range

const DATE_LIKE_FIELD = /(^|[._])(date|dates|date_from|date_to)($|[._])|_at$|_date$|^date_|\.date_/;

function isDateLikeField(path: string): boolean {
  return DATE_LIKE_FIELD.test(path);
}

const UNIT_MS: Record<string, number> = {
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 7 * 86_400_000,
  M: 30 * 86_400_000,
  y: 365 * 86_400_000,
};

/** ms since epoch for an ISO date / date-time or `now[+-N unit][/unit]`, or null. */
function parseDate(value: string, now: number): number | null {
  const math = /^now((?:[+-]\d+[smhdwMy])*)(?:\/[smhdwMy])?$/.exec(value.trim());
  if (math) {
    let t = now;
    for (const part of math[1]!.matchAll(/([+-])(\d+)([smhdwMy])/g)) {
      const delta = Number(part[2]) * UNIT_MS[part[3]!]!;
      t += part[1] === '+' ? delta : -delta;
    }
    return t;
  }
  if (!/^\d{4}(-\d{2}(-\d{2})?)?([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(value.trim())) return null;
  const normalised = /^\d{4}$/.test(value.trim()) ? `${value.trim()}-01-01` : value.trim();
  const t = Date.parse(normalised.length === 7 ? `${normalised}-01` : normalised);
  return Number.isNaN(t) ? null : t;
}

// ---------------------------------------------------------------------------------------------------------------
// compile

export function compileQuery(query: unknown, options: CompileOptions): CompiledQuery {
  const ctx: Ctx = { options, clauses: 0, dateFilters: [], nested: null };
  const requiredValues = new Map<string, Set<string>[]>();
  const match = compileNode(query, ctx, 0, requiredValues);
  return { match, clauses: ctx.clauses, dateFilters: ctx.dateFilters, requiredValues };
}

function asObject(value: unknown, where: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new DslError(`${where}: expected an object`);
  }
  return value as Record<string, unknown>;
}

function countClause(ctx: Ctx, n = 1): void {
  ctx.clauses += n;
  if (ctx.clauses > ctx.options.maxClauses) {
    throw new DslError(`query has more than ${ctx.options.maxClauses} clauses (too_many_clauses)`);
  }
}

/** `{"field": value}` or `{"field": {"value"|"query": ..., ...}}` with only allowed extra keys. */
function singleField(
  spec: unknown,
  construct: string,
  allowedTop: readonly string[] = ['boost', '_name'],
): { field: string; body: unknown } {
  const obj = asObject(spec, construct);
  const keys = Object.keys(obj).filter((k) => !allowedTop.includes(k));
  if (keys.length !== 1) throw new DslError(`${construct}: expected exactly one field, got ${keys.length}`);
  return { field: keys[0]!, body: obj[keys[0]!] };
}

function checkKeys(obj: Record<string, unknown>, allowed: readonly string[], construct: string): void {
  for (const key of Object.keys(obj)) {
    if (!allowed.includes(key)) throw new DslError(`${construct}: unsupported parameter "${key}"`);
  }
}

function recordDateField(ctx: Ctx, construct: string, field: string): void {
  if (isDateLikeField(field)) ctx.dateFilters.push(`${construct} on ${field}`);
}

function compileNode(node: unknown, ctx: Ctx, depth: number, required: Map<string, Set<string>[]> | null): Matcher {
  if (depth > ctx.options.maxDepth) throw new DslError(`query is nested deeper than ${ctx.options.maxDepth} levels`);
  const obj = asObject(node, 'query');
  const keys = Object.keys(obj);
  if (keys.length !== 1) {
    throw new DslError(`a query clause must have exactly one key, got ${keys.length ? keys.join(', ') : 'none'}`);
  }
  const kind = keys[0]!;
  const spec = obj[kind];
  switch (kind) {
    case 'bool':
      return compileBool(spec, ctx, depth, required);
    case 'term':
      return compileTerm(spec, ctx, required);
    case 'terms':
      return compileTerms(spec, ctx, required);
    case 'match':
      return compileMatch(spec, ctx);
    case 'match_phrase':
      return compileMatchPhrase(spec, ctx);
    case 'query_string':
      return compileQueryString(spec, ctx);
    case 'range':
      return compileRange(spec, ctx);
    case 'exists':
      return compileExists(spec, ctx);
    case 'nested':
      return compileNested(spec, ctx, depth, required);
    case 'match_all': {
      checkKeys(asObject(spec, 'match_all'), ['boost', '_name'], 'match_all');
      return () => 0;
    }
    case 'ids': {
      const o = asObject(spec, 'ids');
      checkKeys(o, ['values', 'boost', '_name'], 'ids');
      if (!Array.isArray(o.values)) throw new DslError('ids: "values" must be an array');
      countClause(ctx, Math.max(1, o.values.length));
      const wanted = new Set(o.values.map((v) => String(scalar(v, 'ids'))));
      return (doc) => (wanted.has(String(doc.id)) ? 1 : null);
    }
    default:
      throw new DslError(`unsupported query construct "${kind}"`);
  }
}

function clauseList(value: unknown, where: string): unknown[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value;
  if (value !== null && typeof value === 'object') return [value];
  throw new DslError(`${where}: expected a query object or an array of them`);
}

function minimumShouldMatch(spec: unknown, shouldCount: number, hasRequired: boolean): number {
  if (spec === undefined) return hasRequired ? 0 : Math.min(1, shouldCount);
  let n: number;
  if (typeof spec === 'number' && Number.isInteger(spec)) {
    n = spec;
  } else if (typeof spec === 'string' && /^-?\d+$/.test(spec.trim())) {
    n = Number(spec.trim());
  } else if (typeof spec === 'string' && /^-?\d+(\.\d+)?%$/.test(spec.trim())) {
    const pct = Number(spec.trim().slice(0, -1));
    n = pct < 0 ? -Math.floor((shouldCount * -pct) / 100) : Math.floor((shouldCount * pct) / 100);
  } else {
    throw new DslError(`bool: unsupported minimum_should_match ${JSON.stringify(spec)}`);
  }
  if (n < 0) n = shouldCount + n;
  return Math.max(0, n);
}

function compileBool(spec: unknown, ctx: Ctx, depth: number, required: Map<string, Set<string>[]> | null): Matcher {
  const obj = asObject(spec, 'bool');
  checkKeys(obj, ['must', 'filter', 'should', 'must_not', 'minimum_should_match', 'boost', '_name'], 'bool');
  const must = clauseList(obj.must, 'bool.must').map((c) => compileNode(c, ctx, depth + 1, required));
  const filter = clauseList(obj.filter, 'bool.filter').map((c) => compileNode(c, ctx, depth + 1, required));
  const shouldSpecs = clauseList(obj.should, 'bool.should');
  const should = shouldSpecs.map((c) => compileNode(c, ctx, depth + 1, null));
  const mustNot = clauseList(obj.must_not, 'bool.must_not').map((c) => compileNode(c, ctx, depth + 1, null));
  const msm = minimumShouldMatch(obj.minimum_should_match, should.length, must.length + filter.length > 0);
  return (doc) => {
    let score = 0;
    for (const m of filter) if (m(doc) === null) return null;
    for (const m of mustNot) if (m(doc) !== null) return null;
    for (const m of must) {
      const s = m(doc);
      if (s === null) return null;
      score += s;
    }
    let matched = 0;
    for (const m of should) {
      const s = m(doc);
      if (s !== null) {
        matched++;
        score += s;
      }
    }
    if (matched < msm) return null;
    return score;
  };
}

function noteRequired(
  required: Map<string, Set<string>[]> | null,
  ctx: Ctx,
  field: FieldRef,
  values: (string | number | boolean)[],
): void {
  if (!required) return;
  const set = new Set(values.map((v) => String(typeof v === 'boolean' ? (v ? 1 : 0) : v)));
  const list = required.get(field.path);
  if (list) list.push(set);
  else required.set(field.path, [set]);
}

function compileTerm(spec: unknown, ctx: Ctx, required: Map<string, Set<string>[]> | null): Matcher {
  const { field, body } = singleField(spec, 'term');
  let value: string | number | boolean;
  if (body !== null && typeof body === 'object' && !Array.isArray(body)) {
    const o = body as Record<string, unknown>;
    checkKeys(o, ['value', 'boost', 'case_insensitive', '_name'], 'term');
    value = scalar(o.value, `term.${field}.value`);
  } else {
    value = scalar(body, `term.${field}`);
  }
  countClause(ctx);
  recordDateField(ctx, 'term', field);
  const ref = fieldRef(field);
  noteRequired(required, ctx, ref, [value]);
  const { nested } = ctx;
  const { nestedPaths } = ctx.options;
  return (doc) => (valuesAt(doc, ref.path, nested, nestedPaths).some((v) => looseEquals(v, value, ref.exact)) ? 1 : null);
}

function compileTerms(spec: unknown, ctx: Ctx, required: Map<string, Set<string>[]> | null): Matcher {
  const { field, body } = singleField(spec, 'terms');
  if (!Array.isArray(body)) throw new DslError(`terms.${field}: expected an array of values (terms lookup unsupported)`);
  const values = body.map((v) => scalar(v, `terms.${field}`));
  countClause(ctx, Math.max(1, values.length));
  recordDateField(ctx, 'terms', field);
  const ref = fieldRef(field);
  noteRequired(required, ctx, ref, values);
  const { nested } = ctx;
  const { nestedPaths } = ctx.options;
  return (doc) => {
    const have = valuesAt(doc, ref.path, nested, nestedPaths);
    return have.some((h) => values.some((v) => looseEquals(h, v, ref.exact))) ? 1 : null;
  };
}

/** Matches a text query against one field: tokens (any/all) or phrase; `.exact` means whole-value equality. */
function textMatcher(
  ref: FieldRef,
  text: string,
  mode: 'any' | 'all' | 'phrase',
  ctx: Ctx,
): (doc: Doc) => boolean {
  const { nested } = ctx;
  const { nestedPaths } = ctx.options;
  if (ref.exact) {
    return (doc) => valuesAt(doc, ref.path, nested, nestedPaths).some((v) => textOf(v) === text);
  }
  const tokens = tokenize(text);
  if (tokens.length === 0) return () => false;
  return (doc) => {
    for (const value of valuesAt(doc, ref.path, nested, nestedPaths)) {
      const t = textOf(value);
      if (t === null) continue;
      const have = tokenize(t);
      const hit =
        mode === 'phrase'
          ? containsSequence(have, tokens)
          : mode === 'all'
            ? tokens.every((x) => have.includes(x))
            : tokens.some((x) => have.includes(x));
      if (hit) return true;
    }
    return false;
  };
}

function compileMatch(spec: unknown, ctx: Ctx): Matcher {
  const { field, body } = singleField(spec, 'match');
  let text: string;
  let mode: 'any' | 'all' = 'any';
  if (body !== null && typeof body === 'object' && !Array.isArray(body)) {
    const o = body as Record<string, unknown>;
    checkKeys(o, ['query', 'operator', 'boost', '_name'], 'match');
    text = String(scalar(o.query, `match.${field}.query`));
    if (o.operator !== undefined) {
      const op = String(o.operator).toLowerCase();
      if (op !== 'and' && op !== 'or') throw new DslError(`match: unsupported operator ${JSON.stringify(o.operator)}`);
      mode = op === 'and' ? 'all' : 'any';
    }
  } else {
    text = String(scalar(body, `match.${field}`));
  }
  countClause(ctx);
  recordDateField(ctx, 'match', field);
  const m = textMatcher(fieldRef(field), text, mode, ctx);
  return (doc) => (m(doc) ? 1 : null);
}

function compileMatchPhrase(spec: unknown, ctx: Ctx): Matcher {
  const { field, body } = singleField(spec, 'match_phrase');
  let text: string;
  if (body !== null && typeof body === 'object' && !Array.isArray(body)) {
    const o = body as Record<string, unknown>;
    checkKeys(o, ['query', 'boost', '_name'], 'match_phrase');
    text = String(scalar(o.query, `match_phrase.${field}.query`));
  } else {
    text = String(scalar(body, `match_phrase.${field}`));
  }
  countClause(ctx);
  recordDateField(ctx, 'match_phrase', field);
  const m = textMatcher(fieldRef(field), text, 'phrase', ctx);
  return (doc) => (m(doc) ? 1 : null);
}

function compileRange(spec: unknown, ctx: Ctx): Matcher {
  const { field, body } = singleField(spec, 'range');
  const o = asObject(body, `range.${field}`);
  checkKeys(o, ['gt', 'gte', 'lt', 'lte', 'format', 'time_zone', 'boost', '_name'], 'range');
  const now = ctx.options.now();
  type Bound = { op: 'gt' | 'gte' | 'lt' | 'lte'; num: number | null; date: number | null };
  const bounds: Bound[] = [];
  let isDate = isDateLikeField(field);
  for (const op of ['gt', 'gte', 'lt', 'lte'] as const) {
    const raw = o[op];
    if (raw === undefined || raw === null) continue;
    const v = scalar(raw, `range.${field}.${op}`);
    if (typeof v === 'number') {
      bounds.push({ op, num: v, date: null });
    } else if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim()) && !/^\d{4}$/.test(v.trim())) {
      bounds.push({ op, num: Number(v), date: null });
    } else if (typeof v === 'string') {
      const d = parseDate(v, now);
      if (d === null) throw new DslError(`range.${field}.${op}: not a number or an ISO date: ${JSON.stringify(v)}`);
      const year = /^\d{4}$/.test(v.trim()) ? Number(v) : null;
      bounds.push({ op, num: year, date: d });
      if (year === null) isDate = true;
    } else {
      throw new DslError(`range.${field}.${op}: not a number or an ISO date`);
    }
  }
  if (bounds.length === 0) throw new DslError(`range.${field}: needs at least one of gt, gte, lt, lte`);
  countClause(ctx);
  if (isDate) ctx.dateFilters.push(`range on ${field}`);
  const ref = fieldRef(field);
  const { nested } = ctx;
  const { nestedPaths } = ctx.options;
  const cmp = (x: number, b: Bound, y: number): boolean =>
    b.op === 'gt' ? x > y : b.op === 'gte' ? x >= y : b.op === 'lt' ? x < y : x <= y;
  return (doc) => {
    for (const value of valuesAt(doc, ref.path, nested, nestedPaths)) {
      const ok = bounds.every((b) => {
        if (typeof value === 'number') {
          if (b.num !== null) return cmp(value, b, b.num);
          return false;
        }
        if (typeof value === 'string') {
          if (b.date !== null) {
            const d = parseDate(value, now);
            return d !== null && cmp(d, b, b.date);
          }
          if (b.num !== null && /^-?\d+(\.\d+)?$/.test(value.trim())) return cmp(Number(value), b, b.num);
        }
        return false;
      });
      if (ok) return 1;
    }
    return null;
  };
}

function compileExists(spec: unknown, ctx: Ctx): Matcher {
  const o = asObject(spec, 'exists');
  checkKeys(o, ['field', 'boost', '_name'], 'exists');
  if (typeof o.field !== 'string' || o.field === '') throw new DslError('exists: "field" must be a field name');
  countClause(ctx);
  const ref = fieldRef(o.field);
  const { nested } = ctx;
  const { nestedPaths } = ctx.options;
  return (doc) =>
    valuesAt(doc, ref.path, nested, nestedPaths).some((v) => v !== '' && !(Array.isArray(v) && v.length === 0))
      ? 1
      : null;
}

function compileNested(spec: unknown, ctx: Ctx, depth: number, required: Map<string, Set<string>[]> | null): Matcher {
  const o = asObject(spec, 'nested');
  checkKeys(o, ['path', 'query', 'score_mode', 'ignore_unmapped', 'boost', '_name'], 'nested');
  if (typeof o.path !== 'string') throw new DslError('nested: "path" must be a string');
  if (ctx.nested !== null) throw new DslError('nested: a nested query inside another nested query is unsupported');
  const path = o.path;
  if (!ctx.options.nestedPaths.includes(path)) {
    throw new DslError(
      `nested: "${path}" is not a nested field here (nested fields: ${ctx.options.nestedPaths.join(', ') || 'none'})`,
    );
  }
  if (o.query === undefined) throw new DslError('nested: "query" is required');
  const scoreMode = o.score_mode === undefined ? 'max' : String(o.score_mode);
  if (!['avg', 'max', 'min', 'sum', 'none'].includes(scoreMode)) {
    throw new DslError(`nested: unsupported score_mode ${JSON.stringify(o.score_mode)}`);
  }
  ctx.nested = path;
  const innerRequired = required ? new Map<string, Set<string>[]>() : null;
  let inner: Matcher;
  try {
    inner = compileNode(o.query, ctx, depth + 1, innerRequired);
  } finally {
    ctx.nested = null;
  }
  if (required && innerRequired) {
    const active = innerRequired.get(`${path}.active_experience`) ?? [];
    if (active.some((set) => set.size === 1 && set.has('1'))) {
      for (const [key, sets] of innerRequired) {
        if (key === `${path}.active_experience`) continue;
        const outerKey = `${key}@active`;
        required.set(outerKey, [...(required.get(outerKey) ?? []), ...sets]);
      }
    }
  }
  return (doc) => {
    const elements = doc[path];
    if (!Array.isArray(elements)) return null;
    const scores: number[] = [];
    for (const element of elements) {
      if (element === null || typeof element !== 'object' || Array.isArray(element)) continue;
      const s = inner(element as Doc);
      if (s !== null) scores.push(s);
    }
    if (scores.length === 0) return null;
    switch (scoreMode) {
      case 'none':
        return 0;
      case 'sum':
        return scores.reduce((a, b) => a + b, 0);
      case 'avg':
        return scores.reduce((a, b) => a + b, 0) / scores.length;
      case 'min':
        return Math.min(...scores);
      default:
        return Math.max(...scores);
    }
  };
}

// ---------------------------------------------------------------------------------------------------------------
// query_string

type QsToken =
  | { t: 'word'; v: string; quoted: boolean }
  | { t: 'and' }
  | { t: 'or' }
  | { t: 'not' }
  | { t: 'must' }
  | { t: 'lparen' }
  | { t: 'rparen' }
  | { t: 'colon' };

function lexQueryString(input: string): QsToken[] {
  const tokens: QsToken[] = [];
  let i = 0;
  while (i < input.length) {
    const c = input[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      let text = '';
      while (j < input.length && input[j] !== '"') {
        if (input[j] === '\\' && j + 1 < input.length) j++;
        text += input[j];
        j++;
      }
      if (j >= input.length) throw new DslError('query_string: unterminated quoted phrase');
      tokens.push({ t: 'word', v: text, quoted: true });
      i = j + 1;
      // a proximity / boost suffix such as "a b"~2 or "a b"^2 is unsupported
      if (input[i] === '~' || input[i] === '^') throw new DslError(`query_string: unsupported "${input[i]}" operator`);
      continue;
    }
    if (c === '(') {
      tokens.push({ t: 'lparen' });
      i++;
      continue;
    }
    if (c === ')') {
      tokens.push({ t: 'rparen' });
      i++;
      continue;
    }
    if (c === ':') {
      tokens.push({ t: 'colon' });
      i++;
      continue;
    }
    if (c === '&' && input[i + 1] === '&') {
      tokens.push({ t: 'and' });
      i += 2;
      continue;
    }
    if (c === '|' && input[i + 1] === '|') {
      tokens.push({ t: 'or' });
      i += 2;
      continue;
    }
    if (c === '!' || c === '-') {
      tokens.push({ t: 'not' });
      i++;
      continue;
    }
    if (c === '+') {
      tokens.push({ t: 'must' });
      i++;
      continue;
    }
    if ('[]{}~^/'.includes(c)) throw new DslError(`query_string: unsupported syntax "${c}"`);
    let j = i;
    let text = '';
    while (j < input.length && !/[\s"():]/.test(input[j]!)) {
      if (input[j] === '\\' && j + 1 < input.length) {
        j++;
        text += input[j];
        j++;
        continue;
      }
      if ('[]{}~^'.includes(input[j]!)) throw new DslError(`query_string: unsupported syntax "${input[j]}"`);
      text += input[j];
      j++;
    }
    i = j;
    if (text === 'AND') tokens.push({ t: 'and' });
    else if (text === 'OR') tokens.push({ t: 'or' });
    else if (text === 'NOT') tokens.push({ t: 'not' });
    else tokens.push({ t: 'word', v: text, quoted: false });
  }
  return tokens;
}

/**
 * Lucene semantics: a group is a boolean query of clauses; NOT / - makes a clause prohibited, + required, AND makes
 * both sides required; otherwise clauses are optional and (with no required clause) at least one must match.
 * So `a -b` and `a OR NOT b` both mean "a, but not b", as in Elasticsearch.
 */
type QsNode =
  | { k: 'group'; must: QsNode[]; should: QsNode[]; mustNot: QsNode[] }
  | { k: 'leaf'; field: string | null; text: string; quoted: boolean };

type Mod = 'none' | 'must' | 'not';

class QsParser {
  private pos = 0;
  constructor(
    private readonly tokens: QsToken[],
    private readonly defaultAnd: boolean,
    private readonly maxDepth: number,
  ) {}

  parse(): QsNode {
    if (this.tokens.length === 0) throw new DslError('query_string: empty query');
    const node = this.parseGroup(null, 0);
    if (this.pos < this.tokens.length) throw new DslError('query_string: unexpected ")"');
    return node;
  }

  private peek(): QsToken | undefined {
    return this.tokens[this.pos];
  }

  private startsClause(tok: QsToken | undefined): boolean {
    return tok !== undefined && (tok.t === 'word' || tok.t === 'lparen' || tok.t === 'not' || tok.t === 'must');
  }

  /** A sequence of clauses up to ")" or the end. AND (or, under default_operator AND, juxtaposition) makes both
   * neighbours required; OR leaves them optional. */
  private parseGroup(field: string | null, depth: number): QsNode {
    if (depth > this.maxDepth) throw new DslError('query_string: too deeply nested');
    const clauses: { node: QsNode; mod: Mod }[] = [];
    let join: 'and' | 'or' | null = null;
    for (;;) {
      const tok = this.peek();
      if (tok === undefined || tok.t === 'rparen') break;
      if (tok.t === 'and' || tok.t === 'or') {
        if (clauses.length === 0 || join !== null) {
          throw new DslError(`query_string: ${tok.t.toUpperCase()} without a left operand`);
        }
        this.pos++;
        if (!this.startsClause(this.peek())) {
          throw new DslError(`query_string: ${tok.t.toUpperCase()} without a right operand`);
        }
        join = tok.t;
        continue;
      }
      const clause = this.parseClause(field, depth);
      const last = clauses[clauses.length - 1];
      if (last && (join === 'and' || (join === null && this.defaultAnd))) {
        if (last.mod === 'none') last.mod = 'must';
        if (clause.mod === 'none') clause.mod = 'must';
      }
      join = null;
      clauses.push(clause);
    }
    if (clauses.length === 0) throw new DslError('query_string: empty group');
    if (clauses.length === 1 && clauses[0]!.mod !== 'not') return clauses[0]!.node;
    return {
      k: 'group',
      must: clauses.filter((c) => c.mod === 'must').map((c) => c.node),
      should: clauses.filter((c) => c.mod === 'none').map((c) => c.node),
      mustNot: clauses.filter((c) => c.mod === 'not').map((c) => c.node),
    };
  }

  private parseClause(field: string | null, depth: number): { node: QsNode; mod: Mod } {
    const tok = this.peek();
    if (tok?.t === 'not') {
      this.pos++;
      const inner = this.parseClause(field, depth);
      return { node: inner.node, mod: inner.mod === 'not' ? 'none' : 'not' };
    }
    if (tok?.t === 'must') {
      this.pos++;
      const inner = this.parseClause(field, depth);
      return { node: inner.node, mod: inner.mod === 'not' ? 'not' : 'must' };
    }
    return { node: this.parsePrimary(field, depth), mod: 'none' };
  }

  private parsePrimary(field: string | null, depth: number): QsNode {
    if (depth > this.maxDepth) throw new DslError('query_string: too deeply nested');
    const tok = this.peek();
    if (tok === undefined) throw new DslError('query_string: unexpected end of query');
    if (tok.t === 'lparen') {
      this.pos++;
      const inner = this.parseGroup(field, depth + 1);
      if (this.peek()?.t !== 'rparen') throw new DslError('query_string: missing ")"');
      this.pos++;
      return inner;
    }
    if (tok.t === 'word') {
      this.pos++;
      if (!tok.quoted && this.peek()?.t === 'colon') {
        if (field !== null) throw new DslError('query_string: a field inside a field group is unsupported');
        this.pos++;
        const next = this.peek();
        if (next === undefined) throw new DslError(`query_string: missing value after "${tok.v}:"`);
        if (next.t === 'lparen' || next.t === 'word') return this.parsePrimary(tok.v, depth + 1);
        throw new DslError(`query_string: unexpected token after "${tok.v}:"`);
      }
      return { k: 'leaf', field, text: tok.v, quoted: tok.quoted };
    }
    throw new DslError(`query_string: unexpected ${tok.t === 'rparen' ? '")"' : tok.t.toUpperCase()}`);
  }
}

function wildcardRegex(pattern: string): RegExp {
  const escaped = pattern
    .toLowerCase()
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(`^${escaped}$`, 'u');
}

function expandFields(fields: string[], doc: Doc, nested: string | null): string[] {
  const out: string[] = [];
  for (const f of fields) {
    if (!f.includes('*')) {
      out.push(f);
      continue;
    }
    const re = wildcardRegex(f);
    for (const key of Object.keys(doc)) {
      const full = nested === null ? key : `${nested}.${key}`;
      if (re.test(full.toLowerCase()) && typeof doc[key] === 'string') out.push(full);
    }
  }
  return out;
}

function compileQueryString(spec: unknown, ctx: Ctx): Matcher {
  const o = asObject(spec, 'query_string');
  checkKeys(
    o,
    ['query', 'default_field', 'fields', 'default_operator', 'analyze_wildcard', 'allow_leading_wildcard', 'boost', '_name'],
    'query_string',
  );
  if (typeof o.query !== 'string') throw new DslError('query_string: "query" must be a string');
  let fields: string[];
  if (o.fields !== undefined) {
    if (!Array.isArray(o.fields) || o.fields.some((f) => typeof f !== 'string')) {
      throw new DslError('query_string: "fields" must be an array of field names');
    }
    fields = (o.fields as string[]).map((f) => f.replace(/\^\d+(\.\d+)?$/, ''));
  } else if (o.default_field !== undefined) {
    if (typeof o.default_field !== 'string') throw new DslError('query_string: "default_field" must be a string');
    fields = [o.default_field];
  } else {
    fields = ['*'];
  }
  let defaultAnd = false;
  if (o.default_operator !== undefined) {
    const op = String(o.default_operator).toUpperCase();
    if (op !== 'AND' && op !== 'OR') {
      throw new DslError(`query_string: unsupported default_operator ${JSON.stringify(o.default_operator)}`);
    }
    defaultAnd = op === 'AND';
  }
  const tree = new QsParser(lexQueryString(o.query), defaultAnd, ctx.options.maxDepth).parse();
  const { nested } = ctx;
  const build = (node: QsNode, d: number): ((doc: Doc) => boolean) => {
    if (d > ctx.options.maxDepth) throw new DslError('query_string: too deeply nested');
    switch (node.k) {
      case 'group': {
        const must = node.must.map((n) => build(n, d + 1));
        const should = node.should.map((n) => build(n, d + 1));
        const mustNot = node.mustNot.map((n) => build(n, d + 1));
        return (doc) =>
          must.every((p) => p(doc)) &&
          !mustNot.some((p) => p(doc)) &&
          (must.length > 0 || should.length === 0 || should.some((p) => p(doc)));
      }
      case 'leaf': {
        countClause(ctx);
        const leafFields = node.field !== null ? [node.field] : fields;
        for (const f of leafFields) recordDateField(ctx, 'query_string', f);
        const hasWildcard = !node.quoted && /[*?]/.test(node.text);
        const matchers = (fieldNames: string[]): ((doc: Doc) => boolean)[] =>
          fieldNames.map((f) => {
            const ref = fieldRef(f);
            if (hasWildcard) {
              const re = wildcardRegex(node.text);
              return (doc: Doc) =>
                valuesAt(doc, ref.path, nested, ctx.options.nestedPaths).some((v) => {
                  const t = textOf(v);
                  if (t === null) return false;
                  return ref.exact ? re.test(t.toLowerCase()) : tokenize(t).some((tok) => re.test(tok)) || re.test(t.toLowerCase());
                });
            }
            return textMatcher(ref, node.text, 'phrase', ctx);
          });
        if (leafFields.some((f) => f.includes('*'))) {
          return (doc) => matchers(expandFields(leafFields, doc, nested)).some((m) => m(doc));
        }
        const fixed = matchers(leafFields);
        return (doc) => fixed.some((m) => m(doc));
      }
    }
  };
  const predicate = build(tree, 0);
  return (doc) => (predicate(doc) ? 1 : null);
}

// ---------------------------------------------------------------------------------------------------------------
// sort

export interface SortKey {
  field: string;
  order: 'asc' | 'desc';
}

export function parseSort(spec: unknown): SortKey[] {
  if (spec === undefined) return [{ field: '_score', order: 'desc' }];
  const items = Array.isArray(spec) ? spec : [spec];
  const keys: SortKey[] = [];
  for (const item of items) {
    if (typeof item === 'string') {
      keys.push({ field: item, order: item === '_score' ? 'desc' : 'asc' });
      continue;
    }
    const o = asObject(item, 'sort');
    const names = Object.keys(o);
    if (names.length !== 1) throw new DslError('sort: each sort item must name exactly one field');
    const field = names[0]!;
    const body = o[field];
    let order: string;
    if (typeof body === 'string') {
      order = body;
    } else {
      const b = asObject(body, `sort.${field}`);
      checkKeys(b, ['order', 'missing', 'unmapped_type'], 'sort');
      order = b.order === undefined ? (field === '_score' ? 'desc' : 'asc') : String(b.order);
    }
    if (order !== 'asc' && order !== 'desc') throw new DslError(`sort: unsupported order ${JSON.stringify(order)}`);
    keys.push({ field, order });
  }
  return keys;
}

/** Comparator over (doc, score) pairs; missing values sort last; ties broken by ascending id. */
export function sortComparator(
  keys: SortKey[],
  nestedPaths: readonly string[],
): (a: { doc: Doc; score: number }, b: { doc: Doc; score: number }) => number {
  const value = (x: { doc: Doc; score: number }, field: string): unknown => {
    if (field === '_score') return x.score;
    const ref = fieldRef(field);
    const vs = valuesAt(x.doc, ref.path, null, nestedPaths);
    return vs.length ? vs[0] : undefined;
  };
  return (a, b) => {
    for (const key of keys) {
      const va = value(a, key.field);
      const vb = value(b, key.field);
      if (va === undefined && vb === undefined) continue;
      if (va === undefined) return 1;
      if (vb === undefined) return -1;
      let c: number;
      if (typeof va === 'number' && typeof vb === 'number') c = va - vb;
      else c = String(va).localeCompare(String(vb));
      if (c !== 0) return key.order === 'asc' ? c : -c;
    }
    return Number(a.doc.id) - Number(b.doc.id);
  };
}
