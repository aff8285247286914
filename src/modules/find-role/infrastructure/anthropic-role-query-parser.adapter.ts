/**
 * The AI query parser over Anthropic's Messages API: one call per query, structured through tool use (one tool,
 * forced with `tool_choice`), validated strictly. It never throws: a timeout, an HTTP or connection error, a refusal
 * or a malformed answer is `{ available: false, reason }` and the deterministic parser answers instead.
 *
 * - `timeoutMs` is a hard deadline for the call, retries included (ANTHROPIC_TIMEOUT_MS, the classifier's setting).
 * - The API key is never logged and is scrubbed from every reason.
 */
import Anthropic from '@anthropic-ai/sdk';
import { createMessageWithin, describeError } from '../../../shared/ai/anthropic-call.js';
import type { AiRoleQueryResult, RoleQueryParserPort } from '../domain/role-query-parser.port.js';

export interface AnthropicRoleQueryParserOptions {
  /** ANTHROPIC_API_KEY; required */
  apiKey: string;
  /** ANTHROPIC_MODEL */
  model: string;
  /** ANTHROPIC_BASE_URL; tests point it at tools/anthropic-test-server */
  baseURL?: string;
  /** hard deadline per query, retries included (ANTHROPIC_TIMEOUT_MS); default 20,000 */
  timeoutMs?: number;
  /** SDK retries of 408/409/429/5xx; default 1 (a chat tool answers fast or falls back) */
  maxRetries?: number;
  /** for tests only */
  fetch?: typeof fetch;
}

export const ROLE_QUERY_TOOL_NAME = 'record_role_query';

const SYSTEM_PROMPT = [
  'You read one request to find a person in a given role at a given company, in any language, and record the role and',
  'the company by calling the record_role_query tool. Always answer with that tool and nothing else.',
  '- role: the job role asked for, as a standard English title: CFO, CEO, CTO, CMO, COO, CIO, CISO, CRO, CHRO,',
  '  General Counsel, VP Sales, Head of Security, Marketing Director, Founder, ... Translate other languages',
  '  (Finanzvorstand, DAF, director financiero, financieel directeur → CFO; Vertriebsleiter → Head of Sales) and fix',
  '  typos (cheif financial officer → CFO, vp of slaes → VP Sales).',
  "- company: the company's name exactly as the user wrote it, without articles, a possessive 's or the words",
  '  around it (at, of, bei, chez, de, van, di, da ...).',
  'When the request names no role or no company, record an empty string for it.',
].join('\n');

function toolDefinition(): Anthropic.Tool {
  return {
    name: ROLE_QUERY_TOOL_NAME,
    description: 'Record the job role and the company a request asks about.',
    input_schema: {
      type: 'object',
      properties: {
        role: { type: 'string', description: 'the role asked for, as a standard English job title (e.g. "CFO", "VP Sales", "Head of Security")' },
        company: { type: 'string', description: 'the company name exactly as written in the request' },
      },
      required: ['role', 'company'],
    },
  };
}

type Failure = { available: false; reason: string };

export class AnthropicRoleQueryParser implements RoleQueryParserPort {
  readonly model: string;
  private readonly client: Anthropic;
  private readonly timeoutMs: number;
  readonly #apiKey: string;

  constructor(options: AnthropicRoleQueryParserOptions) {
    if (typeof options.apiKey !== 'string' || options.apiKey.trim() === '') throw new Error('AnthropicRoleQueryParser: apiKey is required');
    if (typeof options.model !== 'string' || options.model.trim() === '') throw new Error('AnthropicRoleQueryParser: model is required');
    this.#apiKey = options.apiKey;
    this.model = options.model.trim();
    this.timeoutMs = options.timeoutMs ?? 20_000;
    this.client = new Anthropic({
      apiKey: options.apiKey,
      ...(options.baseURL ? { baseURL: options.baseURL } : {}),
      timeout: this.timeoutMs,
      maxRetries: options.maxRetries ?? 1,
      ...(options.fetch ? { fetch: options.fetch } : {}),
    });
  }

  toString(): string {
    return `AnthropicRoleQueryParser(model=${this.model})`;
  }

  toJSON(): Record<string, unknown> {
    return { model: this.model, timeoutMs: this.timeoutMs };
  }

  async parse(query: string): Promise<AiRoleQueryResult> {
    try {
      return await this.parseUnsafe(query);
    } catch (error) {
      return this.fail(`unexpected error: ${describeError(error)}`);
    }
  }

  private async parseUnsafe(query: string): Promise<AiRoleQueryResult> {
    const answer = await createMessageWithin(
      this.client,
      {
        model: this.model,
        max_tokens: 200,
        system: SYSTEM_PROMPT,
        tools: [toolDefinition()],
        tool_choice: { type: 'tool', name: ROLE_QUERY_TOOL_NAME, disable_parallel_tool_use: true },
        messages: [{ role: 'user', content: `<request>${query.slice(0, 1_000)}</request>` }],
      },
      this.timeoutMs,
    );
    if (!answer.ok) return this.fail(answer.kind === 'malformed' ? `malformed answer: ${answer.reason}` : answer.reason);
    return this.read(answer.message);
  }

  private read(message: Anthropic.Message): AiRoleQueryResult {
    if (message.stop_reason === 'refusal') return this.fail('the model refused to answer');
    if (message.stop_reason === 'max_tokens') return this.fail('malformed answer: cut off at max_tokens');
    const content: unknown[] = Array.isArray(message.content) ? message.content : [];
    const toolUse = content.find(
      (block): block is { type: 'tool_use'; name: string; input: unknown } =>
        typeof block === 'object' && block !== null && (block as { type?: unknown }).type === 'tool_use',
    );
    if (!toolUse) return this.fail(`malformed answer: no tool_use (stop_reason ${String(message.stop_reason)})`);
    if (toolUse.name !== ROLE_QUERY_TOOL_NAME) return this.fail(`malformed answer: tool_use of an unknown tool "${String(toolUse.name).slice(0, 40)}"`);
    const input = toolUse.input as { role?: unknown; company?: unknown } | null;
    if (typeof input !== 'object' || input === null || typeof input.role !== 'string' || typeof input.company !== 'string') {
      return this.fail(`malformed answer: ${ROLE_QUERY_TOOL_NAME} input is not { role: string, company: string }`);
    }
    return { available: true, role: input.role.trim(), company: input.company.trim() };
  }

  private fail(reason: string): Failure {
    let out = `anthropic: ${reason}`;
    if (this.#apiKey) out = out.split(this.#apiKey).join('[redacted]');
    return { available: false, reason: out.replace(/sk-ant-[A-Za-z0-9_-]+/g, '[redacted]') };
  }
}
