import { Inject, Module, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '../../shared/config/app-config.js';
import { DATABASE, type Database } from '../../shared/database/database.js';
import { HealthRegistry } from '../../shared/observability/health-registry.js';
import { LOGGER } from '../../shared/observability/logger.js';
import { Metrics } from '../../shared/observability/metrics.js';
import { CqrsModule } from '@nestjs/cqrs';
import { ImportDatasetHandler } from './commands/import-dataset/import-dataset.handler.js';
import { LoadDemoDatasetHandler } from './commands/load-demo-dataset/load-demo-dataset.handler.js';
import { EMPLOYEE_DATA_PROVIDER, type EmployeeDataProvider } from './domain/employee-data.port.js';
import { CachingEmployeeDataProvider } from './infrastructure/cache/caching.provider.js';
import { ProviderCache } from './infrastructure/cache/provider-cache.js';
import { PROVIDER_SUBSCRIPTIONS, type ProviderSubscriptions } from './domain/provider-subscriptions.port.js';
import { CoresignalSubscriptions } from './infrastructure/coresignal/coresignal-subscriptions.js';
import { CoresignalEmployeeDataProvider } from './infrastructure/coresignal/coresignal.provider.js';
import { CoresignalHttpClient, type CoresignalCallMetric } from './infrastructure/coresignal/http-client.js';
import { SlidingWindowRateLimiter } from './infrastructure/coresignal/rate-limiter.js';
import { NoProviderSubscriptions } from './infrastructure/local/local-subscriptions.js';
import { DemoDatasetLoader } from './infrastructure/local/demo-dataset.loader.js';
import { LocalEmployeeDataProvider } from './infrastructure/local/local.provider.js';

const HOUR = 3_600_000;

/** The rate limit of the Coresignal key in this process, shared by data calls and subscription calls. */
const CORESIGNAL_RATE_LIMITER = Symbol('CORESIGNAL_RATE_LIMITER');

function createRateLimiter(config: AppConfig): SlidingWindowRateLimiter {
  return new SlidingWindowRateLimiter(
    config.coresignalRateProfile === 'seed' ? { perSecond: 1, minIntervalMs: 1_000, batchPauseMs: 3_000 } : { perSecond: config.coresignalRateLimit },
  );
}

/** Metric label of a Coresignal call, with record keys and subscription ids templated so the label set stays small. */
function endpointLabel(endpoint: string): string {
  return endpoint
    .replace(/\/collect\/[^/]+$/, '/collect/{key}')
    .replace(/^subscriptions\/(?!employee_multi_source\/|experience_changes\/)[^/]+/, 'subscriptions/{id}');
}

const countCall = (metrics: Metrics) => (call: CoresignalCallMetric) =>
  metrics.providerCalls.inc({ provider: 'coresignal', endpoint: endpointLabel(call.endpoint), outcome: call.outcome });

/** Coresignal with CORESIGNAL_API_KEY (behind the cache: nothing is bought twice in its window), else the local dataset. */
function createProvider(config: AppConfig, db: Database, loader: DemoDatasetLoader, metrics: Metrics, limiter: SlidingWindowRateLimiter): EmployeeDataProvider {
  if (!config.coresignalApiKey) return new LocalEmployeeDataProvider(db, loader);
  const coresignal = new CoresignalEmployeeDataProvider({
    apiKey: config.coresignalApiKey,
    baseUrl: config.coresignalBaseUrl,
    rateLimiter: limiter,
    // the company preview that ranked the winner carries every field discovery reads: no extra collect to resolve
    collectResolvedCompany: false,
    onCall: countCall(metrics),
  });
  const cache = new ProviderCache(
    db,
    'coresignal',
    { companyMs: config.cacheCompanyHours * HOUR, employeeMs: config.cachePersonDays * 24 * HOUR, previewMs: config.cacheCompanyHours * HOUR },
    {
      hit: (kind) => metrics.cacheLookups.inc({ kind, result: 'hit' }),
      miss: (kind) => metrics.cacheLookups.inc({ kind, result: 'miss' }),
    },
  );
  return new CachingEmployeeDataProvider(coresignal, cache);
}

/** Coresignal's subscriptions with a key (same key, same rate limit as the data calls); none for the local dataset. */
function createSubscriptions(config: AppConfig, metrics: Metrics, limiter: SlidingWindowRateLimiter): ProviderSubscriptions {
  if (!config.coresignalApiKey) return new NoProviderSubscriptions();
  return new CoresignalSubscriptions(
    new CoresignalHttpClient({ apiKey: config.coresignalApiKey, baseUrl: config.coresignalBaseUrl, limiter, onCall: countCall(metrics) }),
  );
}

/**
 * Loads the demo companies on first start; employees are materialised per company on first use, and the one-time
 * pass that places people who moved between demo companies runs in the background. Reports provider health.
 */
class EnrichmentLifecycle implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(
    @Inject(EMPLOYEE_DATA_PROVIDER) private readonly provider: EmployeeDataProvider,
    private readonly loader: DemoDatasetLoader,
    private readonly health: HealthRegistry,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.provider.name === 'local') {
      await this.loader.ensureLoaded();
      this.loader.warmUp((error) => this.logger.error({ err: error }, 'demo dataset warm-up failed; searches will retry it'));
    }
    this.health.register('employeeData', async () => {
      const report = await this.provider.checkHealth();
      return { status: report.ok ? 'up' : 'down', provider: this.provider.name, detail: report.detail };
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.loader.stop();
  }
}

/** Employee and company data: the provider port, its adapters, caching, limits and the local dataset. */
@Module({
  imports: [CqrsModule],
  providers: [
    ImportDatasetHandler,
    LoadDemoDatasetHandler,
    { provide: DemoDatasetLoader, inject: [DATABASE], useFactory: (db: Database) => new DemoDatasetLoader(db) },
    { provide: CORESIGNAL_RATE_LIMITER, inject: [APP_CONFIG], useFactory: createRateLimiter },
    { provide: EMPLOYEE_DATA_PROVIDER, inject: [APP_CONFIG, DATABASE, DemoDatasetLoader, Metrics, CORESIGNAL_RATE_LIMITER], useFactory: createProvider },
    { provide: PROVIDER_SUBSCRIPTIONS, inject: [APP_CONFIG, Metrics, CORESIGNAL_RATE_LIMITER], useFactory: createSubscriptions },
    EnrichmentLifecycle,
  ],
  exports: [EMPLOYEE_DATA_PROVIDER, PROVIDER_SUBSCRIPTIONS, DemoDatasetLoader],
})
export class EnrichmentModule {}
