/**
 * Change subscriptions at the employee data provider (CORESIGNAL.md, "Webhooks"): the provider POSTs change notices
 * to `webhookUrl` for the records its query matches. Coresignal keeps one 91 days, renewable up to a year from its
 * creation. The local dataset has none (`supported` is false and every call refuses).
 */
export interface ProviderSubscription {
  /** the provider's id */
  id: string;
  webhookUrl: string;
  /** what it watches: employees matching an Elasticsearch DSL query, or a list of employee ids */
  type: 'es_dsl' | 'ids';
  /** ISO 8601, when known */
  createdAt?: string;
  /** ISO 8601, when known */
  expiresAt?: string;
  status: 'active' | 'expired';
}

export interface ProviderSubscriptions {
  /** false: this provider delivers no change notices (the local dataset) */
  readonly supported: boolean;
  /** one line for people: "coresignal" or "local dataset: no subscriptions" */
  readonly description: string;
  /** one es_dsl subscription matching the company's current employees (the same scope as an employee search) */
  subscribeToCompanyEmployees(companyId: number, webhookUrl: string): Promise<ProviderSubscription>;
  /** extends the subscription's life; a provider refusal (beyond a year) is a ProviderRequestError with status 422 */
  renew(id: string): Promise<ProviderSubscription>;
  /** 'not_found' when the provider no longer has it (deleted or expired and purged) */
  remove(id: string): Promise<'deleted' | 'not_found'>;
  /** every subscription of this account */
  list(): Promise<ProviderSubscription[]>;
}

export const PROVIDER_SUBSCRIPTIONS = Symbol('PROVIDER_SUBSCRIPTIONS');
