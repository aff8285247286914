/**
 * Typed configuration read once from the environment. Every variable is optional; a variable that is set but
 * wrong stops start-up with a message naming it and saying what it accepts.
 */
export interface ApiKeyBinding {
  workspace: string;
  key: string;
}

export interface AppConfig {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  apiKeys: ApiKeyBinding[];
  coresignalApiKey?: string;
  coresignalBaseUrl: string;
  /** request starts per second toward Coresignal; never exceeded */
  coresignalRateLimit: number;
  /** 'default': the rate above; 'seed': 1 s between calls and 3 s between batches, as the seed did */
  coresignalRateProfile: 'default' | 'seed';
  cacheCompanyHours: number;
  cachePersonDays: number;
  cacheBuyerGroupDays: number;
  anthropicApiKey?: string;
  anthropicModel: string;
  anthropicBaseUrl?: string;
  anthropicTimeoutMs: number;
  coresignalWebhookSecret?: string;
  kafkaBrokers: string[];
  redisUrl?: string;
  buyerGroupSampling: boolean;
  realTimeUpdates: boolean;
  /** the topic provider change notices travel on (default provider.changes) */
  providerChangesTopic: string;
  /** the consumer group that applies them to buyer groups (default buyer-group-updater) */
  providerChangesGroup: string;
  maxCompaniesPerRequest: number;
  maxEmployeesPerCompany: number;
  maxBuyerGroupSize: number;
  maxBodyBytes: number;
  commandRetryAttempts: number;
  /** Redis key prefix of the Bull queues */
  jobsPrefix: string;
  /** false: this instance only queues and reads jobs (the CLI), it runs none */
  jobsWorker: boolean;
  /** cron expression for the stale-group scan; null = no schedule */
  revalidationCron: string | null;
  revalidationAttempts: number;
  revalidationBackoffMs: number;
  /** how Coresignal reaches this service (webhook callback URLs); default http://127.0.0.1:<listening port> */
  publicBaseUrl?: string;
  /** cron expression for reconciling provider subscriptions with the saved groups; null = no schedule */
  subscriptionsCron: string | null;
  /** a subscription expiring within this many days is renewed (Coresignal's live 91 days) */
  subscriptionRenewDays: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
}

export class ConfigError extends Error {
  constructor(readonly variable: string, message: string) {
    super(`${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function text(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, `must be a whole number from ${min} to ${max} (got "${raw}")`);
  }
  return Number(raw);
}

function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = text(env, name)?.toLowerCase();
  if (raw === undefined) return fallback;
  if (['true', '1', 'yes', 'on'].includes(raw)) return true;
  if (['false', '0', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(name, `must be true or false (got "${raw}")`);
}

function url(env: Env, name: string, protocols: string[]): string | undefined {
  const raw = text(env, name);
  if (raw === undefined) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, `must be a URL such as ${protocols[0]}//host:port/...`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must use ${protocols.join(' or ')} (got ${parsed.protocol})`);
  }
  return raw;
}

function apiKeys(env: Env): ApiKeyBinding[] {
  const raw = text(env, 'API_KEYS');
  if (raw === undefined) return [];
  return raw.split(',').map((entry) => {
    const [workspace, key, ...rest] = entry.trim().split(':');
    if (!workspace || !key || rest.length > 0 || !/^[a-z0-9][a-z0-9_-]{0,62}$/.test(workspace) || key.length < 16) {
      throw new ConfigError(
        'API_KEYS',
        'must be a comma-separated list of workspace:key pairs (workspace in lower case letters, digits, - or _; key at least 16 characters)',
      );
    }
    return { workspace, key };
  });
}

function brokers(env: Env): string[] {
  const raw = text(env, 'KAFKA_BROKERS');
  if (raw === undefined) return [];
  return raw.split(',').map((broker) => {
    const trimmed = broker.trim();
    if (!/^[A-Za-z0-9.-]+:\d{1,5}$/.test(trimmed)) {
      throw new ConfigError('KAFKA_BROKERS', `must be a comma-separated list of host:port (got "${trimmed}")`);
    }
    return trimmed;
  });
}

/** A Kafka topic or consumer group name: 1-249 letters, digits, ".", "_" or "-". */
function kafkaName(env: Env, name: string, fallback: string): string {
  const raw = text(env, name) ?? fallback;
  if (!/^[A-Za-z0-9._-]{1,249}$/.test(raw)) throw new ConfigError(name, `must be 1-249 letters, digits, ".", "_" or "-" (got "${raw}")`);
  return raw;
}

function oneOf<T extends string>(env: Env, name: string, values: readonly T[], fallback: T): T {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  if (!(values as readonly string[]).includes(raw)) throw new ConfigError(name, `must be one of ${values.join(', ')} (got "${raw}")`);
  return raw as T;
}

function jobsPrefix(env: Env): string {
  const raw = text(env, 'JOBS_PREFIX') ?? 'bgi';
  if (!/^[A-Za-z0-9_.-]{1,64}$/.test(raw)) throw new ConfigError('JOBS_PREFIX', 'must be 1-64 letters, digits, ".", "_" or "-"');
  return raw;
}

/** Five cron fields (the scheduler checks the expression itself at start-up); "off" turns the schedule off. */
function revalidationCron(env: Env): string | null {
  const raw = text(env, 'REVALIDATION_CRON') ?? '0 * * * *';
  if (['off', 'false', 'none', 'disabled'].includes(raw.toLowerCase())) return null;
  if (raw.split(/\s+/).length < 5) throw new ConfigError('REVALIDATION_CRON', `must be a cron expression such as "0 * * * *", or off (got "${raw}")`);
  return raw;
}

/** Where Coresignal sends webhooks: an http(s) origin with an optional path prefix, no query or fragment. */
function publicBaseUrl(env: Env): string | undefined {
  const raw = url(env, 'PUBLIC_BASE_URL', ['https:', 'http:']);
  if (raw === undefined) return undefined;
  const parsed = new URL(raw);
  if (parsed.search || parsed.hash || parsed.username || parsed.password) {
    throw new ConfigError('PUBLIC_BASE_URL', 'must be an origin with an optional path, without query, fragment or credentials');
  }
  return raw.replace(/\/+$/, '');
}

function subscriptionsCron(env: Env): string | null {
  const raw = text(env, 'SUBSCRIPTIONS_CRON') ?? '23 * * * *';
  if (['off', 'false', 'none', 'disabled'].includes(raw.toLowerCase())) return null;
  if (raw.split(/\s+/).length < 5) throw new ConfigError('SUBSCRIPTIONS_CRON', `must be a cron expression such as "23 * * * *", or off (got "${raw}")`);
  return raw;
}

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function logLevel(env: Env): AppConfig['logLevel'] {
  const debug = text(env, 'DEBUG');
  if (debug !== undefined && debug.split(',').some((pattern) => /^buyer-group-v2(:|$)|^\*$/.test(pattern.trim()))) {
    return 'debug';
  }
  const raw = text(env, 'LOG_LEVEL');
  if (raw === undefined) return 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(raw)) {
    throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}`);
  }
  return raw as AppConfig['logLevel'];
}

export function loadConfig(env: Env = process.env): AppConfig {
  return {
    port: integer(env, 'PORT', 3000, 0, 65535),
    host: text(env, 'HOST') ?? '0.0.0.0',
    dataDir: text(env, 'DATA_DIR') ?? '.data',
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    apiKeys: apiKeys(env),
    coresignalApiKey: text(env, 'CORESIGNAL_API_KEY'),
    coresignalBaseUrl: url(env, 'CORESIGNAL_BASE_URL', ['http:', 'https:']) ?? 'https://api.coresignal.com/cdapi/v2',
    coresignalRateLimit: integer(env, 'CORESIGNAL_RATE_LIMIT', 5, 1, 1000),
    coresignalRateProfile: oneOf(env, 'CORESIGNAL_RATE_PROFILE', ['default', 'seed'] as const, 'default'),
    cacheCompanyHours: integer(env, 'CACHE_COMPANY_HOURS', 24, 0, 24 * 365),
    cachePersonDays: integer(env, 'CACHE_PERSON_DAYS', 7, 0, 365),
    cacheBuyerGroupDays: integer(env, 'CACHE_BUYER_GROUP_DAYS', 30, 0, 365),
    anthropicApiKey: text(env, 'ANTHROPIC_API_KEY'),
    anthropicModel: text(env, 'ANTHROPIC_MODEL') ?? 'claude-haiku-4-5',
    anthropicBaseUrl: url(env, 'ANTHROPIC_BASE_URL', ['http:', 'https:']),
    anthropicTimeoutMs: integer(env, 'ANTHROPIC_TIMEOUT_MS', 20_000, 100, 600_000),
    coresignalWebhookSecret: text(env, 'CORESIGNAL_WEBHOOK_SECRET'),
    kafkaBrokers: brokers(env),
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']),
    buyerGroupSampling: flag(env, 'BUYER_GROUP_SAMPLING', true),
    realTimeUpdates: flag(env, 'REAL_TIME_UPDATES', true),
    providerChangesTopic: kafkaName(env, 'PROVIDER_CHANGES_TOPIC', 'provider.changes'),
    providerChangesGroup: kafkaName(env, 'PROVIDER_CHANGES_GROUP', 'buyer-group-updater'),
    maxCompaniesPerRequest: integer(env, 'MAX_COMPANIES_PER_REQUEST', 50, 1, 1000),
    maxEmployeesPerCompany: integer(env, 'MAX_EMPLOYEES_PER_COMPANY', 200, 1, 100000),
    maxBuyerGroupSize: integer(env, 'MAX_BUYER_GROUP_SIZE', 18, 1, 100),
    maxBodyBytes: integer(env, 'MAX_BODY_BYTES', 1_048_576, 1024, 104_857_600),
    commandRetryAttempts: integer(env, 'COMMAND_RETRY_ATTEMPTS', 25, 1, 1000),
    jobsPrefix: jobsPrefix(env),
    jobsWorker: flag(env, 'JOBS_WORKER', true),
    revalidationCron: revalidationCron(env),
    revalidationAttempts: integer(env, 'REVALIDATION_ATTEMPTS', 5, 1, 100),
    revalidationBackoffMs: integer(env, 'REVALIDATION_BACKOFF_MS', 60_000, 0, 86_400_000),
    publicBaseUrl: publicBaseUrl(env),
    subscriptionsCron: subscriptionsCron(env),
    subscriptionRenewDays: integer(env, 'SUBSCRIPTION_RENEW_DAYS', 14, 1, 90),
    logLevel: logLevel(env),
  };
}

export interface FeatureFlags {
  buyerGroupSampling: boolean;
  realTimeUpdates: boolean;
  aiClassification: boolean;
  coresignalProvider: boolean;
  kafkaTransport: boolean;
  redisQueues: boolean;
  embeddedDatabase: boolean;
}

export function getFeatureFlags(config: AppConfig): FeatureFlags {
  return {
    buyerGroupSampling: config.buyerGroupSampling,
    realTimeUpdates: config.realTimeUpdates,
    aiClassification: config.anthropicApiKey !== undefined,
    coresignalProvider: config.coresignalApiKey !== undefined,
    kafkaTransport: config.kafkaBrokers.length > 0,
    redisQueues: config.redisUrl !== undefined,
    embeddedDatabase: config.databaseUrl === undefined,
  };
}

/** The configuration as it may be logged: secrets replaced by whether they are set, URLs without passwords. */
export function describeConfig(config: AppConfig): Record<string, unknown> {
  return {
    ...config,
    databaseUrl: config.databaseUrl ? redactUrl(config.databaseUrl) : 'embedded',
    redisUrl: config.redisUrl ? redactUrl(config.redisUrl) : undefined,
    apiKeys: config.apiKeys.map((binding) => binding.workspace),
    coresignalApiKey: config.coresignalApiKey ? 'set' : 'not set',
    anthropicApiKey: config.anthropicApiKey ? 'set' : 'not set',
    coresignalWebhookSecret: config.coresignalWebhookSecret ? 'set' : 'not set',
  };
}

export function redactUrl(raw: string): string {
  try {
    const parsed = new URL(raw);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}

export const APP_CONFIG = Symbol('APP_CONFIG');
