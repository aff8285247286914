/**
 * The AI role signal over Anthropic's Messages API (PRODUCT.md §5.2, §3 deep_research).
 *
 * - People are sent in batches of `maxMembersPerCall`; the first batch goes alone (it writes the prompt cache),
 *   the rest run `concurrency` at a time (they read it).
 * - The answer is structured through tool use: one tool, forced with `tool_choice`, validated strictly
 *   ({@link parseRoleAssignments}).
 * - It never throws. Any failure (timeout, HTTP error, connection error, malformed or missing tool_use, budget)
 *   ends as `{ available: false, reason }`, so the title rules decide alone. When some batches succeed and
 *   others fail, the answered batches are kept (`partialFailure: 'use_answered'`, the default): members of the
 *   failed batches simply have no opinion, like members a successful answer left out. If the FIRST batch fails
 *   no further batch is sent (the API is unusable right now; answer fast); a transport failure of a later batch
 *   (timeout, 401/403, 429, 5xx/529, connection) stops new batches from starting.
 * - `timeoutMs` is a hard deadline per API call, retries included (the SDK retries 408/409/429/5xx/529 with
 *   backoff up to `maxRetries` times, but never past the deadline).
 * - The API key is never logged and is scrubbed from every reason string.
 */
import Anthropic from '@anthropic-ai/sdk';
import { clipText, createMessageWithin, describeError, type AnthropicCallFailureKind } from '../../../shared/ai/anthropic-call.js';
import type {
  AiGroupReasoningPort,
  AiRoleInput,
  AiRoleOpinion,
  AiRoleSignalCompany,
  AiRoleSignalPort,
  AiRoleSignalResult,
  GroupReasoningInput,
  SellerProfile,
} from '../domain/ai-role-signal.js';
import {
  buildGroupReasoningUserMessage,
  buildRoleUserMessage,
  parseRoleAssignments,
  ROLE_RUBRIC_SYSTEM_PROMPT,
  ROLE_TOOL_NAME,
  roleToolDefinition,
} from './anthropic-prompts.js';

export interface AnthropicRoleClassifierOptions {
  /** ANTHROPIC_API_KEY. Required, non-empty. */
  apiKey: string;
  /** ANTHROPIC_MODEL, e.g. 'claude-haiku-4-5' or 'claude-sonnet-4-6'. */
  model: string;
  /** ANTHROPIC_BASE_URL; default the SDK's (https://api.anthropic.com). Tests point it at the local server. */
  baseURL?: string;
  /** Hard deadline per API call, retries included (ANTHROPIC_TIMEOUT_MS). Default 20,000. */
  timeoutMs?: number;
  /** SDK retries per call for 408/409/429/5xx/529 and connection errors (ANTHROPIC_MAX_RETRIES). Default 2. */
  maxRetries?: number;
  /** People per API call (ANTHROPIC_MAX_MEMBERS_PER_CALL). Default 25, at most 100. */
  maxMembersPerCall?: number;
  /**
   * API calls per classify() (ANTHROPIC_MAX_CALLS_PER_REQUEST). Default 8. People beyond
   * maxCallsPerRequest × maxMembersPerCall (in the order given: pass the best candidates first) get no opinion.
   */
  maxCallsPerRequest?: number;
  /**
   * Token budget per classify(): input + output tokens, cache reads included (ANTHROPIC_MAX_TOKENS_PER_REQUEST).
   * No further call starts once the tokens used plus an estimate of the next call would pass it.
   * Default: no limit besides maxCallsPerRequest.
   */
  maxTokensPerRequest?: number;
  /** Parallel calls after the first one (ANTHROPIC_CONCURRENCY). Default 3. */
  concurrency?: number;
  /** What to do when some batches are answered and others fail or are skipped. Default 'use_answered'. */
  partialFailure?: 'use_answered' | 'unavailable';
  /** max_tokens of a group-reasoning call. Default 400. */
  groupReasoningMaxTokens?: number;
  /** For tests only: a custom fetch. */
  fetch?: typeof fetch;
}

/** Why a classification call gave no usable answer: the call itself failed, or its answer could not be used. */
export type AiFailureKind = AnthropicCallFailureKind | 'truncated' | 'refused' | 'budget';

/** Counters for metrics (monotonic since construction). */
export interface AnthropicUsageCounters {
  /** classify() and generateGroupReasoning() invocations */
  requests: number;
  /** of which answered available:false (classify) or undefined (group reasoning) */
  unavailable: number;
  /** API calls made (an SDK retry is part of one call) */
  calls: number;
  failedCalls: number;
  failures: Record<AiFailureKind, number>;
  inputTokens: number;
  outputTokens: number;
  cacheReadInputTokens: number;
  cacheCreationInputTokens: number;
  /** opinions returned to callers */
  opinions: number;
  /** entries of answers that were dropped (unknown personId, invalid role, ...) */
  droppedEntries: number;
  /** people who got no opinion because a budget (calls or tokens) stopped the batch they were in
   * (`failures.budget` counts the requests a budget cut short, once each; it is not a failed call) */
  membersSkippedByBudget: number;
}

type CallFailure = { ok: false; kind: AiFailureKind; reason: string };
type Call<T> = { ok: true; value: T } | CallFailure;

interface BatchOutcome {
  index: number;
  result: Call<{ opinions: AiRoleOpinion[]; dropped: number }> | { ok: false; kind: 'budget'; reason: string };
}

const DEFAULTS = {
  timeoutMs: 20_000,
  maxRetries: 2,
  maxMembersPerCall: 25,
  maxCallsPerRequest: 8,
  concurrency: 3,
  groupReasoningMaxTokens: 400,
};

const HALTING: ReadonlySet<AiFailureKind> = new Set<AiFailureKind>([
  'timeout',
  'connection',
  'auth',
  'rate_limited',
  'overloaded',
  'server_error',
]);

/** Roughly 4 characters per token: only used to decide whether a next call fits the token budget. */
const estimateTokens = (chars: number): number => Math.ceil(chars / 4);
const SYSTEM_AND_TOOL_CHARS = ROLE_RUBRIC_SYSTEM_PROMPT.length + JSON.stringify(roleToolDefinition()).length;

function emptyCounters(): AnthropicUsageCounters {
  return {
    requests: 0,
    unavailable: 0,
    calls: 0,
    failedCalls: 0,
    failures: {
      timeout: 0,
      connection: 0,
      auth: 0,
      rate_limited: 0,
      overloaded: 0,
      server_error: 0,
      bad_request: 0,
      http_error: 0,
      malformed: 0,
      truncated: 0,
      refused: 0,
      budget: 0,
      unexpected: 0,
    },
    inputTokens: 0,
    outputTokens: 0,
    cacheReadInputTokens: 0,
    cacheCreationInputTokens: 0,
    opinions: 0,
    droppedEntries: 0,
    membersSkippedByBudget: 0,
  };
}

function positiveInt(value: number | undefined, fallback: number, name: string, max = Number.MAX_SAFE_INTEGER): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new Error(`AnthropicRoleClassifier: ${name} must be an integer between 1 and ${max} (got ${value})`);
  }
  return value;
}

export class AnthropicRoleClassifier implements AiRoleSignalPort, AiGroupReasoningPort {
  private readonly client: Anthropic;
  private readonly model: string;
  private readonly timeoutMs: number;
  private readonly maxMembersPerCall: number;
  private readonly maxCallsPerRequest: number;
  private readonly maxTokensPerRequest: number | undefined;
  private readonly concurrency: number;
  private readonly partialFailure: 'use_answered' | 'unavailable';
  private readonly groupReasoningMaxTokens: number;
  private readonly counters = emptyCounters();
  /** Kept only to scrub it from reason strings; never logged, never exposed. */
  readonly #apiKey: string;

  constructor(options: AnthropicRoleClassifierOptions) {
    if (typeof options.apiKey !== 'string' || options.apiKey.trim() === '') {
      throw new Error('AnthropicRoleClassifier: apiKey is required');
    }
    if (typeof options.model !== 'string' || options.model.trim() === '') {
      throw new Error('AnthropicRoleClassifier: model is required');
    }
    this.#apiKey = options.apiKey;
    this.model = options.model.trim();
    this.timeoutMs = positiveInt(options.timeoutMs, DEFAULTS.timeoutMs, 'timeoutMs');
    const maxRetries = options.maxRetries ?? DEFAULTS.maxRetries;
    if (!Number.isInteger(maxRetries) || maxRetries < 0 || maxRetries > 10) {
      throw new Error(`AnthropicRoleClassifier: maxRetries must be an integer between 0 and 10 (got ${maxRetries})`);
    }
    this.maxMembersPerCall = positiveInt(options.maxMembersPerCall, DEFAULTS.maxMembersPerCall, 'maxMembersPerCall', 100);
    this.maxCallsPerRequest = positiveInt(options.maxCallsPerRequest, DEFAULTS.maxCallsPerRequest, 'maxCallsPerRequest');
    this.maxTokensPerRequest =
      options.maxTokensPerRequest === undefined
        ? undefined
        : positiveInt(options.maxTokensPerRequest, 0, 'maxTokensPerRequest');
    this.concurrency = positiveInt(options.concurrency, DEFAULTS.concurrency, 'concurrency', 16);
    this.partialFailure = options.partialFailure ?? 'use_answered';
    this.groupReasoningMaxTokens = positiveInt(
      options.groupReasoningMaxTokens,
      DEFAULTS.groupReasoningMaxTokens,
      'groupReasoningMaxTokens',
      4096,
    );
    this.client = new Anthropic({
      apiKey: options.apiKey,
      ...(options.baseURL ? { baseURL: options.baseURL } : {}),
      timeout: this.timeoutMs,
      maxRetries,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
  }

  /** A snapshot of the usage counters (for Prometheus gauges/counters; diff two snapshots for a rate). */
  get usage(): AnthropicUsageCounters {
    return { ...this.counters, failures: { ...this.counters.failures } };
  }

  get modelName(): string {
    return this.model;
  }

  /** Never shows the key. */
  toString(): string {
    return `AnthropicRoleClassifier(model=${this.model})`;
  }

  toJSON(): Record<string, unknown> {
    return { model: this.model, timeoutMs: this.timeoutMs, maxMembersPerCall: this.maxMembersPerCall };
  }

  async classify(
    members: AiRoleInput[],
    seller: SellerProfile,
    company: AiRoleSignalCompany,
  ): Promise<AiRoleSignalResult> {
    this.counters.requests++;
    try {
      const result = await this.classifyUnsafe(members, seller, company);
      if (!result.available) this.counters.unavailable++;
      else this.counters.opinions += result.opinions.length;
      return result;
    } catch (err) {
      // classifyUnsafe catches per call; this is the last line of defence (a bug), never a throw to the caller.
      this.counters.unavailable++;
      this.counters.failures.unexpected++;
      return { available: false, reason: this.scrub(`anthropic: unexpected error: ${describeError(err)}`) };
    }
  }

  private async classifyUnsafe(
    members: AiRoleInput[],
    seller: SellerProfile,
    company: AiRoleSignalCompany,
  ): Promise<AiRoleSignalResult> {
    // One entry per personId (first wins), people without an id or title are not sent.
    const unique = new Map<string, AiRoleInput>();
    for (const m of members ?? []) {
      if (m && typeof m.personId === 'string' && m.personId && typeof m.title === 'string' && !unique.has(m.personId)) {
        unique.set(m.personId, m);
      }
    }
    const people = [...unique.values()];
    if (people.length === 0) return { available: true, opinions: [] };

    const batches: AiRoleInput[][] = [];
    for (let i = 0; i < people.length; i += this.maxMembersPerCall) {
      batches.push(people.slice(i, i + this.maxMembersPerCall));
    }

    let tokensUsed = 0;
    let tokensReserved = 0;
    let callsStarted = 0;
    let budgetHit = false;
    const outcomes: BatchOutcome[] = [];

    const runBatch = async (index: number): Promise<BatchOutcome> => {
      const batch = batches[index]!;
      const userText = buildRoleUserMessage(batch, seller, company);
      const maxTokens = Math.min(8192, 256 + 110 * batch.length);
      const estimate = estimateTokens(SYSTEM_AND_TOOL_CHARS + userText.length) + maxTokens;
      if (callsStarted >= this.maxCallsPerRequest) {
        const first = !budgetHit;
        budgetHit = true;
        return this.skip(index, batch, `call budget of ${this.maxCallsPerRequest} per request reached`, first);
      }
      if (this.maxTokensPerRequest !== undefined && tokensUsed + tokensReserved + estimate > this.maxTokensPerRequest) {
        const first = !budgetHit;
        budgetHit = true;
        return this.skip(index, batch, `token budget of ${this.maxTokensPerRequest} per request reached`, first);
      }
      callsStarted++;
      tokensReserved += estimate;
      const call = await this.callRoleTool(batch, userText, maxTokens);
      tokensReserved -= estimate;
      tokensUsed += call.tokens;
      return { index, result: call.result };
    };

    // First batch alone: it writes the prompt cache, and if it fails the API is not usable now.
    const first = await runBatch(0);
    outcomes.push(first);
    if (!first.result.ok) {
      return { available: false, reason: this.scrub(`anthropic: ${first.result.reason}`) };
    }

    // A transport-level failure of a later batch (timeout, overload, auth, ...) stops starting new batches: the
    // ones in flight finish, the rest get no opinion. Content failures (one malformed answer) do not.
    let halted = false;
    let next = 1;
    const worker = async (): Promise<void> => {
      while (next < batches.length && !halted) {
        const index = next++;
        const outcome = await runBatch(index);
        if (!outcome.result.ok && HALTING.has(outcome.result.kind)) halted = true;
        outcomes.push(outcome);
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, batches.length - 1) }, () => worker()));

    outcomes.sort((a, b) => a.index - b.index);
    const failed = outcomes.filter((o) => !o.result.ok);
    const opinions = outcomes.flatMap((o) => (o.result.ok ? o.result.value.opinions : []));
    if (failed.length > 0 && this.partialFailure === 'unavailable') {
      const f = failed[0]!.result as CallFailure;
      return {
        available: false,
        reason: this.scrub(`anthropic: batch ${failed[0]!.index + 1}/${batches.length}: ${f.reason}`),
      };
    }
    return { available: true, opinions };
  }

  private skip(index: number, batch: AiRoleInput[], reason: string, firstSkipOfRequest: boolean): BatchOutcome {
    if (firstSkipOfRequest) this.counters.failures.budget++;
    this.counters.membersSkippedByBudget += batch.length;
    return { index, result: { ok: false, kind: 'budget', reason: `budget exhausted: ${reason}` } };
  }

  private async callRoleTool(
    batch: AiRoleInput[],
    userText: string,
    maxTokens: number,
  ): Promise<{ result: Call<{ opinions: AiRoleOpinion[]; dropped: number }>; tokens: number }> {
    const tool = roleToolDefinition();
    const sent = await this.send({
      model: this.model,
      max_tokens: maxTokens,
      system: [{ type: 'text', text: ROLE_RUBRIC_SYSTEM_PROMPT, cache_control: { type: 'ephemeral' } }],
      tools: [tool],
      tool_choice: { type: 'tool', name: ROLE_TOOL_NAME, disable_parallel_tool_use: true },
      messages: [{ role: 'user', content: userText }],
    });
    if (!sent.ok) return { result: sent, tokens: 0 };
    const { message, tokens } = sent.value;
    const fail = (kind: AiFailureKind, reason: string) => ({ result: this.failure(kind, reason), tokens });

    if (message.stop_reason === 'max_tokens') return fail('truncated', 'answer cut off at max_tokens');
    if (message.stop_reason === 'refusal') return fail('refused', 'the model refused to answer');
    const content: unknown[] = Array.isArray(message.content) ? message.content : [];
    const toolUse = content.find(
      (b): b is { type: 'tool_use'; name: string; input: unknown } =>
        typeof b === 'object' && b !== null && (b as { type?: unknown }).type === 'tool_use',
    );
    if (!toolUse) {
      const kinds = content.map((b) => (typeof b === 'object' && b !== null ? String((b as { type?: unknown }).type) : typeof b));
      return fail('malformed', `no tool_use in the answer (content: [${kinds.join(', ')}], stop_reason: ${String(message.stop_reason)})`);
    }
    if (toolUse.name !== ROLE_TOOL_NAME) return fail('malformed', `tool_use of an unknown tool "${clipText(toolUse.name, 40)}"`);
    const parsed = parseRoleAssignments(toolUse.input, batch);
    if (!parsed.ok) return fail('malformed', `invalid ${ROLE_TOOL_NAME} input: ${parsed.reason}`);
    this.counters.droppedEntries += parsed.value.dropped;
    return { result: { ok: true, value: { opinions: parsed.value.opinions, dropped: parsed.value.dropped } }, tokens };
  }

  /**
   * deep_research: a short AI-written paragraph about one group (titles and roles only, no names or contact data).
   * Undefined on any failure; never throws.
   */
  async generateGroupReasoning(input: GroupReasoningInput): Promise<string | undefined> {
    this.counters.requests++;
    try {
      if (!input || !Array.isArray(input.members) || input.members.length === 0) {
        this.counters.unavailable++;
        return undefined;
      }
      const sent = await this.send({
        model: this.model,
        max_tokens: this.groupReasoningMaxTokens,
        system: [{ type: 'text', text: ROLE_RUBRIC_SYSTEM_PROMPT, cache_control: { type: 'ephemeral' } }],
        messages: [{ role: 'user', content: buildGroupReasoningUserMessage(input) }],
      });
      if (!sent.ok) {
        this.counters.unavailable++;
        return undefined;
      }
      const { message } = sent.value;
      if (message.stop_reason === 'refusal') {
        this.failure('refused', 'the model refused to answer');
        this.counters.unavailable++;
        return undefined;
      }
      const content: unknown[] = Array.isArray(message.content) ? message.content : [];
      const text = content
        .filter(
          (b): b is { type: 'text'; text: string } =>
            typeof b === 'object' && b !== null && (b as { type?: unknown }).type === 'text' &&
            typeof (b as { text?: unknown }).text === 'string',
        )
        .map((b) => b.text)
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
      if (!text) {
        this.failure('malformed', 'no text in the answer');
        this.counters.unavailable++;
        return undefined;
      }
      return text.length > 1200 ? `${text.slice(0, 1199)}…` : text;
    } catch {
      this.counters.failures.unexpected++;
      this.counters.unavailable++;
      return undefined;
    }
  }

  /** One Messages API call with a hard deadline (createMessageWithin); counts its usage; never throws. */
  private async send(
    params: Anthropic.MessageCreateParamsNonStreaming,
  ): Promise<Call<{ message: Anthropic.Message; tokens: number }>> {
    this.counters.calls++;
    const answer = await createMessageWithin(this.client, params, this.timeoutMs);
    if (!answer.ok) return this.failure(answer.kind, answer.reason);
    const { message } = answer;
    const usage = (message as { usage?: Partial<Anthropic.Usage> | null }).usage ?? {};
    const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 0);
    const input = num(usage.input_tokens);
    const output = num(usage.output_tokens);
    const cacheRead = num(usage.cache_read_input_tokens);
    const cacheCreation = num(usage.cache_creation_input_tokens);
    this.counters.inputTokens += input;
    this.counters.outputTokens += output;
    this.counters.cacheReadInputTokens += cacheRead;
    this.counters.cacheCreationInputTokens += cacheCreation;
    return { ok: true, value: { message, tokens: input + output + cacheRead + cacheCreation } };
  }

  private failure(kind: AiFailureKind, reason: string): CallFailure {
    this.counters.failedCalls++;
    this.counters.failures[kind]++;
    return { ok: false, kind, reason: this.scrub(reason) };
  }

  /** Removes the API key (and anything that looks like an Anthropic key) from a text. */
  private scrub(text: string): string {
    let out = text;
    if (this.#apiKey) out = out.split(this.#apiKey).join('[redacted]');
    return out.replace(/sk-ant-[A-Za-z0-9_-]+/g, '[redacted]');
  }
}
