/**
 * A local stand-in for Anthropic's Messages API, enough for the official SDK (`@anthropic-ai/sdk`) to talk to it
 * over real HTTP: `POST /v1/messages` with the SDK's headers, a realistic Message (tool_use or text content,
 * stop_reason, usage with prompt-cache accounting) and Anthropic's error shape `{type:'error', error:{type,message}}`.
 *
 * Default behaviour: when the request carries tools, it answers with a tool_use of the forced (or first) tool whose
 * input assigns a role to every person found in the last user message between `<members>` and `</members>`
 * (a JSON array of {personId, title, ...}), by simple title keywords. Without tools it answers a short text.
 *
 * Scriptable per test: {@link AnthropicTestServer.setMode} sets the mode of every following request,
 * {@link AnthropicTestServer.queueModes} sets one-shot modes consumed first, one per request, in order.
 * Every request is recorded (headers, parsed body, the people found, the mode used, the status answered).
 *
 * Prompt caching: a request whose tools/system carry `cache_control` has a cacheable prefix (model + tools + system
 * up to the last block marked). The first time a prefix of at least `minCacheableTokens` is seen, usage reports it
 * as `cache_creation_input_tokens`; later requests with the same prefix report `cache_read_input_tokens`.
 * Tokens are estimated as characters / 4.
 *
 * Authentication: the key may come as `x-api-key: <key>` (the documented header) or `Authorization: Bearer <key>`
 * (what SDK 1.x sends for `apiKey`); a missing or unknown key is a 401 `authentication_error`. A missing or
 * malformed `anthropic-version` is a 400 `invalid_request_error`.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export const TEST_API_KEY = 'sk-ant-api03-test0server0key0000000000000000000000000000000000';

export type MalformedVariant =
  /** tool_use whose input does not match the schema ({people: "..."}) */
  | 'schema'
  /** tool_use with an assignments array whose entries are all invalid */
  | 'invalid_entries'
  /** a text block instead of tool_use (stop_reason end_turn) */
  | 'text'
  /** a tool_use of another tool */
  | 'wrong_tool'
  /** empty content */
  | 'empty'
  /** HTTP 200, content-type application/json, body cut in the middle */
  | 'invalid_json'
  /** stop_reason max_tokens with a tool_use whose input is empty */
  | 'max_tokens';

export interface PersonSeen {
  personId: string;
  title: string;
  department?: string;
  seniority?: string;
}

export interface ToolAnswerEntry {
  personId: string;
  role: string;
  confidence: number;
  reasoning: string;
}

export type AnthropicTestMode =
  | {
      kind: 'ok';
      /** rewrite the default answer (tool input `{assignments}`, or the text) before it is sent */
      answer?: (defaults: ToolAnswerEntry[], request: RecordedRequest) => unknown;
      text?: string;
    }
  | { kind: 'malformed'; variant: MalformedVariant }
  | { kind: 'slow'; delayMs: number }
  | {
      kind: 'error';
      status: number;
      /** default by status: 401 authentication_error, 429 rate_limit_error, 529 overloaded_error, 500 api_error */
      type?: string;
      message?: string;
    }
  | { kind: 'partial'; /** share of the people answered, from the start of the list; default 0.5 */ fraction?: number };

export interface RecordedRequest {
  seq: number;
  method: string;
  path: string;
  /** lower-cased header names, raw values */
  headers: Record<string, string | string[] | undefined>;
  /** the credential as received (from x-api-key or Authorization: Bearer), or undefined */
  apiKey?: string;
  authHeader?: 'x-api-key' | 'authorization';
  /** parsed JSON body, or undefined when it was not JSON */
  body?: Record<string, unknown>;
  rawBody: string;
  /** people found in the last user message between <members> tags */
  members: PersonSeen[];
  mode: AnthropicTestMode['kind'];
  status?: number;
  receivedAt: number;
}

export interface AnthropicTestServerOptions {
  /** accepted keys (default [TEST_API_KEY]) */
  apiKeys?: string[];
  /** default 127.0.0.1 */
  host?: string;
  /** default 0 (any free port) */
  port?: number;
  /** smallest cacheable prefix, in estimated tokens (default 1024) */
  minCacheableTokens?: number;
  /** the initial mode (default ok) */
  mode?: AnthropicTestMode;
}

export interface AnthropicTestServer {
  /** base URL for the SDK's `baseURL` (no trailing /v1) */
  url: string;
  requests: RecordedRequest[];
  setMode(mode: AnthropicTestMode): void;
  queueModes(...modes: AnthropicTestMode[]): void;
  /** forget requests, one-shot modes and the prompt cache; mode back to ok */
  reset(): void;
  close(): Promise<void>;
}

const ERROR_TYPES: Record<number, string> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  403: 'permission_error',
  404: 'not_found_error',
  413: 'request_too_large',
  429: 'rate_limit_error',
  500: 'api_error',
  504: 'timeout_error',
  529: 'overloaded_error',
};

const ERROR_MESSAGES: Record<string, string> = {
  authentication_error: 'invalid x-api-key',
  permission_error: 'Your API key does not have permission to use the specified resource.',
  rate_limit_error: 'Number of request tokens has exceeded your per-minute rate limit',
  api_error: 'Internal server error',
  overloaded_error: 'Overloaded',
  timeout_error: 'Request timeout',
};

/** The default answer: a role per title by keyword. Order matters (gatekeepers, then authority, then function). */
export function keywordRole(title: string): { role: string; confidence: number; keyword?: string } {
  const t = ` ${title.toLowerCase()} `;
  const rules: Array<[RegExp, string, number]> = [
    [/\b(former|ex-|retired)\b/, 'not_relevant', 0.9],
    [/\b(procurement|purchasing|legal|counsel|security|ciso|compliance|privacy|controller)\b/, 'blocker', 0.8],
    [/\b(ceo|cro|founder|president|chief revenue|chief executive|vp sales|vp of sales|vice president)\b/, 'decision_maker', 0.85],
    [/\b(sales op\w*|revenue op\w*|revops|enablement|head of sales|sales director|director of sales)\b/, 'champion', 0.8],
    [/\b(account executive|account manager|partner|alliance|customer success manager)\b/, 'introducer', 0.75],
    [/\b(marketing|cmo|cto|cfo|cio|it|analytics|finance|customer success|data)\b/, 'stakeholder', 0.7],
  ];
  for (const [re, role, confidence] of rules) {
    const m = re.exec(t);
    if (m) return { role, confidence, keyword: m[0].trim() };
  }
  return { role: 'not_relevant', confidence: 0.3 };
}

const estimateTokens = (text: string): number => Math.max(1, Math.ceil(text.length / 4));

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function blockText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    return content
      .map((b) => (isRecord(b) && typeof b.text === 'string' ? b.text : isRecord(b) ? JSON.stringify(b) : ''))
      .join('\n');
  }
  return '';
}

function membersOf(body: Record<string, unknown> | undefined): PersonSeen[] {
  const messages = Array.isArray(body?.messages) ? (body!.messages as unknown[]) : [];
  const lastUser = [...messages].reverse().find((m) => isRecord(m) && m.role === 'user');
  const text = isRecord(lastUser) ? blockText(lastUser.content) : '';
  const match = /<members>\s*([\s\S]*?)\s*<\/members>/.exec(text);
  if (!match) return [];
  try {
    const list: unknown = JSON.parse(match[1]!);
    if (!Array.isArray(list)) return [];
    return list
      .filter((p): p is Record<string, unknown> => isRecord(p) && typeof p.personId === 'string')
      .map((p) => ({
        personId: p.personId as string,
        title: typeof p.title === 'string' ? p.title : '',
        ...(typeof p.department === 'string' ? { department: p.department } : {}),
        ...(typeof p.seniority === 'string' ? { seniority: p.seniority } : {}),
      }));
  } catch {
    return [];
  }
}

/** Validates the request body like the API would, for what the adapter uses. Returns an error message or null. */
function validateBody(body: Record<string, unknown>): string | null {
  if (typeof body.model !== 'string' || !body.model) return 'model: Field required';
  if (!Number.isInteger(body.max_tokens) || (body.max_tokens as number) < 1) return 'max_tokens: Field required';
  if (!Array.isArray(body.messages) || body.messages.length === 0) return 'messages: at least one message is required';
  let expected = 'user';
  for (const [i, m] of (body.messages as unknown[]).entries()) {
    if (!isRecord(m) || (m.role !== 'user' && m.role !== 'assistant')) return `messages.${i}.role: Input should be 'user' or 'assistant'`;
    if (m.role !== expected && i === 0) return 'messages: first message must use the "user" role';
    expected = m.role === 'user' ? 'assistant' : 'user';
    if (typeof m.content !== 'string' && !Array.isArray(m.content)) return `messages.${i}.content: Field required`;
  }
  if (body.system !== undefined && typeof body.system !== 'string' && !Array.isArray(body.system)) {
    return 'system: Input should be a valid string or list';
  }
  if (Array.isArray(body.system)) {
    for (const [i, b] of body.system.entries()) {
      if (!isRecord(b) || b.type !== 'text' || typeof b.text !== 'string') return `system.${i}: Input should be a text block`;
      if (b.cache_control !== undefined && !(isRecord(b.cache_control) && b.cache_control.type === 'ephemeral')) {
        return `system.${i}.cache_control.type: Input should be 'ephemeral'`;
      }
    }
  }
  const tools = body.tools;
  if (tools !== undefined) {
    if (!Array.isArray(tools)) return 'tools: Input should be a valid list';
    for (const [i, t] of tools.entries()) {
      if (!isRecord(t) || typeof t.name !== 'string' || !/^[a-zA-Z0-9_-]{1,128}$/.test(t.name)) return `tools.${i}.name: invalid`;
      if (!isRecord(t.input_schema) || t.input_schema.type !== 'object') return `tools.${i}.input_schema.type: Input should be 'object'`;
    }
  }
  const choice = body.tool_choice;
  if (choice !== undefined) {
    if (!isRecord(choice) || !['auto', 'any', 'tool', 'none'].includes(String(choice.type))) return 'tool_choice: invalid';
    if (choice.type === 'tool') {
      const names = Array.isArray(tools) ? tools.map((t) => (isRecord(t) ? t.name : undefined)) : [];
      if (!names.includes(choice.name)) return `tool_choice.name: tool '${String(choice.name)}' not found in tools`;
    }
  }
  return null;
}

export async function createAnthropicTestServer(options: AnthropicTestServerOptions = {}): Promise<AnthropicTestServer> {
  const apiKeys = new Set(options.apiKeys ?? [TEST_API_KEY]);
  const minCacheable = options.minCacheableTokens ?? 1024;
  const requests: RecordedRequest[] = [];
  const cache = new Set<string>();
  let mode: AnthropicTestMode = options.mode ?? { kind: 'ok' };
  let queue: AnthropicTestMode[] = [];
  let seq = 0;
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();

  const id = (prefix: string): string => `${prefix}_01${randomBytes(12).toString('hex')}`;

  const send = (res: ServerResponse, rec: RecordedRequest | undefined, status: number, payload: unknown): void => {
    if (rec) rec.status = status;
    if (res.writableEnded || res.destroyed) return;
    const body = typeof payload === 'string' ? payload : JSON.stringify(payload);
    res.writeHead(status, {
      'content-type': 'application/json',
      'request-id': id('req'),
      'anthropic-organization-id': '00000000-0000-4000-8000-000000000000',
      ...(status === 429 ? { 'retry-after': '1' } : {}),
    });
    res.end(body);
  };

  const sendError = (res: ServerResponse, rec: RecordedRequest | undefined, status: number, type?: string, message?: string): void => {
    const t = type ?? ERROR_TYPES[status] ?? 'api_error';
    send(res, rec, status, { type: 'error', error: { type: t, message: message ?? ERROR_MESSAGES[t] ?? 'Error' }, request_id: id('req') });
  };

  /** Usage with prompt-cache accounting. */
  const usageFor = (body: Record<string, unknown>, outputText: string) => {
    const tools = Array.isArray(body.tools) ? (body.tools as unknown[]) : [];
    const system = typeof body.system === 'string' ? [{ type: 'text', text: body.system }] : Array.isArray(body.system) ? body.system : [];
    const total =
      estimateTokens(JSON.stringify(tools)) * (tools.length ? 1 : 0) +
      system.reduce((n: number, b: unknown) => n + (isRecord(b) && typeof b.text === 'string' ? estimateTokens(b.text) : 0), 0) +
      (Array.isArray(body.messages) ? (body.messages as unknown[]) : []).reduce(
        (n: number, m) => n + (isRecord(m) ? estimateTokens(blockText(m.content)) : 0),
        0,
      );
    // The cacheable prefix: tools, then system blocks, up to the last block with cache_control.
    const prefixParts: unknown[] = [body.model];
    let prefixTokens = 0;
    let cachedParts: unknown[] | undefined;
    let cachedTokens = 0;
    for (const t of tools) {
      prefixParts.push(t);
      prefixTokens += estimateTokens(JSON.stringify(t));
      if (isRecord(t) && isRecord(t.cache_control)) [cachedParts, cachedTokens] = [[...prefixParts], prefixTokens];
    }
    for (const b of system) {
      prefixParts.push(isRecord(b) ? b.text : b);
      prefixTokens += isRecord(b) && typeof b.text === 'string' ? estimateTokens(b.text) : 0;
      if (isRecord(b) && isRecord(b.cache_control)) [cachedParts, cachedTokens] = [[...prefixParts], prefixTokens];
    }
    let read = 0;
    let creation = 0;
    if (cachedParts && cachedTokens >= minCacheable) {
      const key = createHash('sha256').update(JSON.stringify(cachedParts)).digest('hex');
      if (cache.has(key)) read = cachedTokens;
      else {
        creation = cachedTokens;
        cache.add(key);
      }
    }
    return {
      input_tokens: Math.max(1, total - read - creation),
      output_tokens: estimateTokens(outputText),
      cache_creation_input_tokens: creation,
      cache_read_input_tokens: read,
      cache_creation: { ephemeral_5m_input_tokens: creation, ephemeral_1h_input_tokens: 0 },
      service_tier: 'standard',
    };
  };

  const message = (body: Record<string, unknown>, content: unknown[], stopReason: string) => ({
    id: id('msg'),
    type: 'message',
    role: 'assistant',
    model: body.model,
    content,
    stop_reason: stopReason,
    stop_sequence: null,
    usage: usageFor(body, JSON.stringify(content)),
  });

  const defaultEntries = (members: PersonSeen[]): ToolAnswerEntry[] =>
    members.map((p) => {
      const { role, confidence, keyword } = keywordRole(p.title);
      return {
        personId: p.personId,
        role,
        confidence,
        reasoning: keyword ? `Title "${p.title}" matches "${keyword}".` : `No buyer-group signal in "${p.title}".`,
      };
    });

  const toolNameOf = (body: Record<string, unknown>): string | undefined => {
    const choice = body.tool_choice;
    if (isRecord(choice) && choice.type === 'tool' && typeof choice.name === 'string') return choice.name;
    const tools = Array.isArray(body.tools) ? body.tools : [];
    return isRecord(tools[0]) && typeof tools[0].name === 'string' ? tools[0].name : undefined;
  };

  const answer = (res: ServerResponse, rec: RecordedRequest, body: Record<string, unknown>, m: AnthropicTestMode): void => {
    const toolName = toolNameOf(body);
    const wantsTool = toolName !== undefined && !(isRecord(body.tool_choice) && body.tool_choice.type === 'none');
    const toolUse = (input: unknown, name = toolName!) => ({ type: 'tool_use', id: id('toolu'), name, input });
    switch (m.kind) {
      case 'ok':
      case 'partial': {
        if (!wantsTool) {
          const text =
            (m.kind === 'ok' && m.text) ||
            'The group is led by its decision maker, with operational champions who own the problem; expect ' +
              'procurement and security reviews before signature.';
          const out = m.kind === 'ok' && m.answer ? m.answer([], rec) : text;
          send(res, rec, 200, message(body, [{ type: 'text', text: String(out) }], 'end_turn'));
          return;
        }
        let entries = defaultEntries(rec.members);
        if (m.kind === 'partial') entries = entries.slice(0, Math.floor(entries.length * (m.fraction ?? 0.5)));
        const input = m.kind === 'ok' && m.answer ? m.answer(entries, rec) : { assignments: entries };
        send(res, rec, 200, message(body, [toolUse(input)], 'tool_use'));
        return;
      }
      case 'malformed':
        switch (m.variant) {
          case 'schema':
            send(res, rec, 200, message(body, [toolUse({ people: 'decision makers are the VPs' })], 'tool_use'));
            return;
          case 'invalid_entries':
            send(
              res,
              rec,
              200,
              message(body, [toolUse({ assignments: rec.members.map((p) => ({ personId: p.personId, role: 'boss', confidence: 'high' })) })], 'tool_use'),
            );
            return;
          case 'text':
            send(res, rec, 200, message(body, [{ type: 'text', text: 'Here are the roles: the VP of Sales decides.' }], 'end_turn'));
            return;
          case 'wrong_tool':
            send(res, rec, 200, message(body, [toolUse({ query: 'buyer group' }, 'web_search')], 'tool_use'));
            return;
          case 'empty':
            send(res, rec, 200, message(body, [], 'end_turn'));
            return;
          case 'max_tokens':
            send(res, rec, 200, message(body, [toolUse({})], 'max_tokens'));
            return;
          case 'invalid_json': {
            const full = JSON.stringify(message(body, [toolUse({ assignments: defaultEntries(rec.members) })], 'tool_use'));
            send(res, rec, 200, full.slice(0, Math.floor(full.length / 2)));
            return;
          }
        }
        return;
      case 'slow': {
        const timer = setTimeout(() => {
          timers.delete(timer);
          answer(res, rec, body, { kind: 'ok' });
        }, m.delayMs);
        timers.add(timer);
        res.on('close', () => {
          clearTimeout(timer);
          timers.delete(timer);
        });
        return;
      }
      case 'error':
        sendError(res, rec, m.status, m.type, m.message);
        return;
    }
  };

  const handle = (req: IncomingMessage, res: ServerResponse, rawBody: string): void => {
    const path = (req.url ?? '/').split('?')[0]!;
    const headers: Record<string, string | string[] | undefined> = { ...req.headers };
    const xKey = typeof req.headers['x-api-key'] === 'string' ? req.headers['x-api-key'] : undefined;
    const bearer = /^Bearer\s+(.+)$/i.exec(String(req.headers.authorization ?? ''))?.[1];
    let body: Record<string, unknown> | undefined;
    try {
      const parsed: unknown = rawBody ? JSON.parse(rawBody) : undefined;
      body = isRecord(parsed) ? parsed : undefined;
    } catch {
      body = undefined;
    }
    const m = queue.length ? queue.shift()! : mode;
    const rec: RecordedRequest = {
      seq: ++seq,
      method: req.method ?? 'GET',
      path,
      headers,
      ...(xKey !== undefined ? { apiKey: xKey, authHeader: 'x-api-key' as const } : bearer !== undefined ? { apiKey: bearer, authHeader: 'authorization' as const } : {}),
      ...(body ? { body } : {}),
      rawBody,
      members: membersOf(body),
      mode: m.kind,
      receivedAt: Date.now(),
    };
    requests.push(rec);

    if (path !== '/v1/messages') return sendError(res, rec, 404, 'not_found_error', `Not found: ${path}`);
    if (req.method !== 'POST') return sendError(res, rec, 405, 'invalid_request_error', `Method ${req.method} not allowed`);
    if (rec.apiKey === undefined) return sendError(res, rec, 401, 'authentication_error', 'x-api-key header is required');
    if (!apiKeys.has(rec.apiKey)) return sendError(res, rec, 401, 'authentication_error', 'invalid x-api-key');
    const version = req.headers['anthropic-version'];
    if (typeof version !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(version)) {
      return sendError(res, rec, 400, 'invalid_request_error', 'anthropic-version: header is required');
    }
    if (!body) return sendError(res, rec, 400, 'invalid_request_error', 'The request body is not valid JSON');
    const invalid = validateBody(body);
    if (invalid) return sendError(res, rec, 400, 'invalid_request_error', invalid);
    if (body.stream === true) return sendError(res, rec, 400, 'invalid_request_error', 'stream: not supported by the test server');
    answer(res, rec, body, m);
  };

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handle(req, res, Buffer.concat(chunks).toString('utf8')));
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;

  return {
    url: `http://${address}:${port}`,
    requests,
    setMode(next) {
      mode = next;
    },
    queueModes(...modes) {
      queue.push(...modes);
    },
    reset() {
      requests.length = 0;
      queue = [];
      cache.clear();
      mode = { kind: 'ok' };
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
