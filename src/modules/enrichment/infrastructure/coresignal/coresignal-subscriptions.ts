import { ProviderInputError, ProviderUnavailableError } from '../../domain/provider-errors.js';
import { validCompanyId } from '../../domain/provider-input.js';
import type { ProviderSubscription, ProviderSubscriptions } from '../../domain/provider-subscriptions.port.js';
import { buildEmployeeQuery } from './coresignal-query.js';
import type { CoresignalHttpClient } from './http-client.js';

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function unexpected(what: string, detail: string): ProviderUnavailableError {
  return new ProviderUnavailableError(`Coresignal ${what}: unexpected response (${detail})`, { status: 200, detail });
}

const isoOrUndefined = (value: unknown): string | undefined =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : undefined;

/** One subscription as Coresignal describes it; the envelope and most fields are unconfirmed, so only `id` is required. */
function subscriptionOf(body: unknown, what: string): ProviderSubscription {
  const value = isObject(body) && !('id' in body) && isObject(body.data) ? body.data : body;
  if (!isObject(value)) throw unexpected(what, 'expected a subscription object');
  const id = value.id;
  if (!((typeof id === 'string' && id.trim() !== '') || Number.isSafeInteger(id))) throw unexpected(what, 'subscription without an id');
  const expiresAt = isoOrUndefined(value.expires_at);
  const expired = value.status === 'expired' || (expiresAt !== undefined && Date.parse(expiresAt) <= Date.now());
  return {
    id: String(id),
    webhookUrl: typeof value.webhook_url === 'string' ? value.webhook_url : '',
    type: value.type === 'ids' ? 'ids' : 'es_dsl',
    createdAt: isoOrUndefined(value.created_at),
    expiresAt,
    status: expired ? 'expired' : 'active',
  };
}

/** A subscription id as a path segment: the provider's own ids are uuids or integers; anything else is refused. */
function subscriptionPath(id: string, suffix = ''): string {
  if (typeof id !== 'string' || !/^[A-Za-z0-9_-]{1,128}$/.test(id)) throw new ProviderInputError(`not a subscription id: ${JSON.stringify(id)}`, 'id');
  return `subscriptions/${encodeURIComponent(id)}${suffix}`;
}

/**
 * Coresignal's subscription endpoints (CORESIGNAL.md, "Webhooks") over the adapter's HTTP client, so they share its
 * rate limiter, retries and error table. Subscriptions cost no credits. The company scope is the employee search's
 * (current, parent, undeleted employees of the company) and carries no date filter, which Coresignal refuses.
 */
export class CoresignalSubscriptions implements ProviderSubscriptions {
  readonly supported = true;
  readonly description = 'coresignal';

  constructor(private readonly http: CoresignalHttpClient) {}

  async subscribeToCompanyEmployees(companyId: number, webhookUrl: string): Promise<ProviderSubscription> {
    const id = validCompanyId(companyId, 'companyId');
    let url: URL;
    try {
      url = new URL(webhookUrl);
    } catch {
      throw new ProviderInputError('webhookUrl must be an absolute http(s) URL', 'webhookUrl');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ProviderInputError('webhookUrl must be an absolute http(s) URL', 'webhookUrl');
    const res = await this.http.request({
      method: 'POST',
      path: 'subscriptions/employee_multi_source/es_dsl',
      body: { webhook_url: webhookUrl, es_dsl_query: buildEmployeeQuery({ companyId: id }) },
    });
    return subscriptionOf(res.body, 'subscription create');
  }

  async renew(id: string): Promise<ProviderSubscription> {
    const res = await this.http.request({ method: 'POST', path: subscriptionPath(id, '/renew') });
    return subscriptionOf(res.body, 'subscription renew');
  }

  async remove(id: string): Promise<'deleted' | 'not_found'> {
    const res = await this.http.request({ method: 'DELETE', path: subscriptionPath(id), allowNotFound: true });
    return res.status === 404 ? 'not_found' : 'deleted';
  }

  async list(): Promise<ProviderSubscription[]> {
    const res = await this.http.request({ method: 'GET', path: 'subscriptions' });
    const body = isObject(res.body) && Array.isArray(res.body.data) ? res.body.data : res.body;
    if (!Array.isArray(body)) throw unexpected('subscription list', 'expected an array of subscriptions');
    return body.map((entry) => subscriptionOf(entry, 'subscription list'));
  }
}
