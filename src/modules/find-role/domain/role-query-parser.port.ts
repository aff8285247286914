/**
 * The AI query parser (PRODUCT.md §5.6: "parses with AI when available"): a port an infrastructure adapter
 * (Anthropic Claude, tool use) implements. It returns the role and the company as the model read them; the
 * deterministic catalog then decides what the role is (role-query-parser.ts `fromAiAnswer`), and the deterministic
 * parser answers instead whenever the AI is unavailable, slow or wrong. Pure types only.
 */

export type AiRoleQueryResult =
  | { available: true; role: string; company: string }
  | { available: false; reason: string };

export interface RoleQueryParserPort {
  /** the model answering, for the response ("claude-haiku-4-5") */
  readonly model: string;
  /** never throws: every failure is `{ available: false, reason }` */
  parse(query: string): Promise<AiRoleQueryResult>;
}

/** Nest injection token; null when ANTHROPIC_API_KEY is not set. */
export const AI_ROLE_QUERY_PARSER = Symbol('AI_ROLE_QUERY_PARSER');
