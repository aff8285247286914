import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '../../../../shared/config/app-config.js';
import { DATABASE, type Database } from '../../../../shared/database/database.js';
import { sqlQuery } from '../../../../shared/database/sql.js';
import { LOGGER } from '../../../../shared/observability/logger.js';
import { Metrics } from '../../../../shared/observability/metrics.js';
import { ListMonitoredCompaniesQuery } from '../../../discovery/queries/list-monitored-companies/list-monitored-companies.query.js';
import { EMPLOYEE_DATA_PROVIDER, type EmployeeDataProvider } from '../../../enrichment/domain/employee-data.port.js';
import { ProviderRequestError } from '../../../enrichment/domain/provider-errors.js';
import { PROVIDER_SUBSCRIPTIONS, type ProviderSubscription, type ProviderSubscriptions } from '../../../enrichment/domain/provider-subscriptions.port.js';
import { callbackUrl, tokenOfCallbackUrl } from '../../api/routes.js';
import { DAY_MS, planSubscriptions, SUBSCRIPTION_LIFETIME_DAYS, type SubscriptionAction } from '../../domain/subscription-plan.js';
import { hashWebhookToken, newWebhookToken } from '../../domain/webhook-token.js';
import { CallbackBase } from '../../infrastructure/callback-base.js';
import { WebhookStore } from '../../infrastructure/webhook-store.js';
import { ReconcileSubscriptionsCommand, type ActionResult, type ReconcileReport } from './reconcile-subscriptions.command.js';

/** pg_try_advisory_xact_lock(namespace, key): "BGW1" and 1, so only one instance reconciles at a time */
export const RECONCILE_LOCK = { namespace: 0x42475731, key: 1 };
/** member ids listed as a new subscription's coverage; a company with more employees gets open coverage */
export const COVERAGE_LIMIT = 10_000;
/** deliveries are remembered this long (replay protection needs a day; the rest is delivery history) */
export const DELIVERY_HISTORY_DAYS = 30;
const KIND = 'company_employees';

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Runs the plan of domain/subscription-plan.ts against the provider, one action at a time, each on its own: a failure
 * marks that subscription failed (with the error, shown in /health and on the subscriptions endpoint) and the next
 * action goes on. A new subscription's row (with only its token's hash) is written before the provider is called,
 * so a crash in between leaves a row the next run adopts or replaces, never an untracked subscription.
 */
@CommandHandler(ReconcileSubscriptionsCommand)
export class ReconcileSubscriptionsHandler implements ICommandHandler<ReconcileSubscriptionsCommand> {
  constructor(
    private readonly store: WebhookStore,
    private readonly queries: QueryBus,
    private readonly callbackBase: CallbackBase,
    @Inject(PROVIDER_SUBSCRIPTIONS) private readonly subscriptions: ProviderSubscriptions,
    @Inject(EMPLOYEE_DATA_PROVIDER) private readonly employees: EmployeeDataProvider,
    @Inject(DATABASE) private readonly db: Database,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly metrics: Metrics,
  ) {}

  async execute({ options }: ReconcileSubscriptionsCommand): Promise<ReconcileReport> {
    return this.db.em.fork().transactional(async (em): Promise<ReconcileReport> => {
      const [lock] = await sqlQuery<{ locked: boolean }>(em, 'select pg_try_advisory_xact_lock(?, ?) as locked', [RECONCILE_LOCK.namespace, RECONCILE_LOCK.key]);
      if (!lock.locked) return { ran: false, reason: 'another instance is reconciling' };
      await options.whileLocked?.();
      return this.reconcile(options.now ?? new Date());
    });
  }

  private async reconcile(now: Date): Promise<ReconcileReport> {
    const renewWithinMs = this.config.subscriptionRenewDays * DAY_MS;
    const monitored = await this.queries.execute(new ListMonitoredCompaniesQuery());
    const watchable = monitored.filter((company) => /^[1-9]\d{0,15}$/.test(company.companyId));
    const report = async (provider: string, actions: ActionResult[]): Promise<ReconcileReport> => ({
      ran: true,
      provider,
      watched: watchable.length,
      skipped: monitored.length - watchable.length,
      actions,
      subscriptions: await this.store.counts(now, renewWithinMs),
      prunedDeliveries: await this.store.pruneDeliveries(new Date(now.getTime() - DELIVERY_HISTORY_DAYS * DAY_MS)),
    });
    if (!this.subscriptions.supported) return report(this.subscriptions.description, []);

    const base = this.callbackBase.resolve();
    const tokenHashOf = (url: string) => {
      const token = tokenOfCallbackUrl(url, base);
      return token === undefined ? undefined : hashWebhookToken(token);
    };
    const [ours, theirs] = await Promise.all([this.store.listLive(), this.subscriptions.list()]);
    const live = new Set(ours.map((row) => row.tokenHash));
    const foreign = theirs.map((subscription) => tokenHashOf(subscription.webhookUrl)).filter((hash): hash is string => hash !== undefined && !live.has(hash));
    const plan = planSubscriptions({
      watched: watchable,
      ours,
      theirs,
      tokenHashOf,
      deletedTokenHashes: await this.store.deletedTokenHashes(foreign),
      now,
      renewWithinMs,
    });
    const results: ActionResult[] = [];
    for (const action of plan) {
      const result = await this.run(action, base, now);
      this.metrics.subscriptionReconciles.inc({ action: action.action, outcome: result.outcome });
      if (result.outcome === 'failed') this.logger.warn({ ...result }, 'subscription action failed');
      results.push(result);
    }
    return report(this.subscriptions.description, results);
  }

  private async run(action: SubscriptionAction, base: string, now: Date): Promise<ActionResult> {
    const done = (extra: Partial<ActionResult> = {}): ActionResult => ({
      action: action.action,
      ...('companyId' in action ? { companyId: action.companyId } : {}),
      ...('providerSubscriptionId' in action && action.providerSubscriptionId ? { providerSubscriptionId: action.providerSubscriptionId } : {}),
      outcome: 'ok',
      ...extra,
    });
    const failed = (error: unknown) => done({ outcome: 'failed', detail: message(error) });
    try {
      switch (action.action) {
        case 'create': {
          const created = await this.create(action.companyId, action.workspaces, base, now);
          return done({ providerSubscriptionId: created.id });
        }
        case 'renew': {
          let renewed: ProviderSubscription;
          try {
            renewed = await this.subscriptions.renew(action.providerSubscriptionId);
          } catch (error) {
            // refused (a year after creation) or gone: a new subscription takes over
            if (error instanceof ProviderRequestError && (error.status === 422 || error.status === 404)) {
              return this.run({ ...action, action: 'replace', reason: `renewal refused: ${message(error)}` }, base, now);
            }
            await this.store.markFailed(action.subscriptionId, `renew: ${message(error)}`, now);
            return failed(error);
          }
          const expiresAt = this.expiry(renewed, now);
          await this.store.markActive(action.subscriptionId, action.providerSubscriptionId, expiresAt, now);
          // people who joined without a notice reaching us: best effort, the previous list stays valid
          await this.cover(action.subscriptionId, action.companyId).catch((error: unknown) => this.logger.warn({ err: error, companyId: action.companyId }, 'subscription coverage not refreshed'));
          return done({ detail: `expires ${expiresAt.toISOString()}` });
        }
        case 'replace': {
          await this.store.markDeleted(action.subscriptionId, now);
          const created = await this.create(action.companyId, action.workspaces, base, now);
          if (action.providerSubscriptionId) await this.subscriptions.remove(action.providerSubscriptionId).catch((error: unknown) => this.logger.warn({ err: error }, 'could not remove a replaced subscription: the next run removes it'));
          return done({ providerSubscriptionId: created.id, detail: action.reason });
        }
        case 'delete':
          try {
            if (action.providerSubscriptionId) await this.subscriptions.remove(action.providerSubscriptionId);
            await this.store.markDeleted(action.subscriptionId, now);
            return done();
          } catch (error) {
            await this.store.markFailed(action.subscriptionId, `delete: ${message(error)}`, now);
            return failed(error);
          }
        case 'adopt': {
          const expiresAt = action.expiresAt ? new Date(action.expiresAt) : new Date(now.getTime() + SUBSCRIPTION_LIFETIME_DAYS * DAY_MS);
          await this.store.markActive(action.subscriptionId, action.providerSubscriptionId, expiresAt, null);
          return done();
        }
        case 'remove_orphan': {
          const outcome = await this.subscriptions.remove(action.providerSubscriptionId);
          return done({ detail: `${action.reason} (${outcome})` });
        }
        case 'set_workspaces':
          await this.store.setWorkspaces(action.subscriptionId, action.workspaces);
          return done({ detail: action.workspaces.join(', ') });
      }
    } catch (error) {
      return failed(error);
    }
  }

  /** A new subscription: its row first (token hash only), then its coverage, then the provider's subscription. */
  private async create(companyId: string, workspaces: string[], base: string, now: Date): Promise<ProviderSubscription> {
    const id = randomUUID();
    const token = newWebhookToken();
    await this.store.insertPending({ id, provider: this.subscriptions.description, kind: KIND, companyId, workspaces, tokenHash: hashWebhookToken(token), now });
    try {
      await this.cover(id, companyId);
      const created = await this.subscriptions.subscribeToCompanyEmployees(Number(companyId), callbackUrl(base, token));
      await this.store.markActive(id, created.id, this.expiry(created, now), null);
      return created;
    } catch (error) {
      await this.store.markFailed(id, `create: ${message(error)}`, now);
      throw error;
    }
  }

  /** Lists the company's current employees (a free search) as the subscription's coverage. */
  private async cover(subscriptionId: string, companyId: string): Promise<void> {
    const { ids, total } = await this.employees.searchEmployees({ companyId: Number(companyId) }, COVERAGE_LIMIT);
    await this.store.addMembers(subscriptionId, ids.map(String));
    await this.store.setCoverage(subscriptionId, total > ids.length ? 'open' : 'listed');
  }

  private expiry(subscription: ProviderSubscription, now: Date): Date {
    return subscription.expiresAt ? new Date(subscription.expiresAt) : new Date(now.getTime() + SUBSCRIPTION_LIFETIME_DAYS * DAY_MS);
  }
}
