import Anthropic, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from '@anthropic-ai/sdk';

/** Why a Messages API call gave no message. */
export type AnthropicCallFailureKind =
  | 'timeout'
  | 'connection'
  | 'auth'
  | 'rate_limited'
  | 'overloaded'
  | 'server_error'
  | 'bad_request'
  | 'http_error'
  | 'malformed'
  | 'unexpected';

export type AnthropicCallResult =
  | { ok: true; message: Anthropic.Message }
  | { ok: false; kind: AnthropicCallFailureKind; reason: string };

export function clipText(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export function describeError(error: unknown): string {
  return clipText(error instanceof Error ? `${error.name}: ${error.message}` : String(error), 300);
}

/**
 * One Messages API call with a hard deadline; never throws. The SDK's own timeout is per attempt and its retry
 * back-off does not watch the abort signal, so the deadline is raced here: at `timeoutMs` the call answers, and the
 * abort cancels whatever the SDK is still doing. A failure comes back classified, with a short reason.
 */
export async function createMessageWithin(
  client: Anthropic,
  params: Anthropic.MessageCreateParamsNonStreaming,
  timeoutMs: number,
): Promise<AnthropicCallResult> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'deadline'>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve('deadline');
    }, timeoutMs);
  });
  try {
    const pending = client.messages.create(params, { signal: controller.signal, timeout: timeoutMs });
    pending.catch(() => undefined); // it may reject after the deadline won the race
    const winner = await Promise.race([pending, deadline]);
    if (winner === 'deadline') return { ok: false, kind: 'timeout', reason: `no answer within ${timeoutMs} ms` };
    if (typeof winner !== 'object' || winner === null) return { ok: false, kind: 'malformed', reason: 'the body is not a message object' };
    return { ok: true, message: winner };
  } catch (error) {
    return { ok: false, ...classifyError(error, controller.signal.aborted, timeoutMs) };
  } finally {
    clearTimeout(timer);
  }
}

function classifyError(error: unknown, deadlinePassed: boolean, timeoutMs: number): { kind: AnthropicCallFailureKind; reason: string } {
  if (deadlinePassed || error instanceof APIConnectionTimeoutError || error instanceof APIUserAbortError) {
    return { kind: 'timeout', reason: `no answer within ${timeoutMs} ms` };
  }
  if (error instanceof APIConnectionError) return { kind: 'connection', reason: `connection failed: ${describeError(error.cause ?? error)}` };
  if (error instanceof APIError) {
    const status = error.status;
    const body = error.error as { error?: { type?: unknown; message?: unknown } } | undefined;
    const type = typeof body?.error?.type === 'string' ? body.error.type : undefined;
    const text = typeof body?.error?.message === 'string' ? body.error.message : error.message;
    const reason = `HTTP ${status ?? '?'}${type ? ` ${type}` : ''}: ${clipText(text, 200)}`;
    if (status === 401 || status === 403) return { kind: 'auth', reason };
    if (status === 429) return { kind: 'rate_limited', reason };
    if (status === 529 || type === 'overloaded_error') return { kind: 'overloaded', reason };
    if (status !== undefined && status >= 500) return { kind: 'server_error', reason };
    if (status === 400 || status === 413 || status === 422) return { kind: 'bad_request', reason };
    return { kind: 'http_error', reason };
  }
  // by name: a SyntaxError from another realm (the SDK's JSON.parse under a test runner's VM) is not `instanceof` here
  const { name, message } = (typeof error === 'object' && error !== null ? error : {}) as { name?: unknown; message?: unknown };
  if (name === 'SyntaxError') return { kind: 'malformed', reason: `the body is not valid JSON (${clipText(String(message), 120)})` };
  return { kind: 'unexpected', reason: describeError(error) };
}
