import { ProviderRequestError } from '../../domain/provider-errors.js';
import type { ProviderSubscription, ProviderSubscriptions } from '../../domain/provider-subscriptions.port.js';

/** The local dataset changes only when it is imported again: no provider pushes notices for it. */
export class NoProviderSubscriptions implements ProviderSubscriptions {
  readonly supported = false;
  readonly description = 'local dataset: no subscriptions';

  private refuse(): never {
    throw new ProviderRequestError(501, this.description);
  }

  subscribeToCompanyEmployees(): Promise<ProviderSubscription> {
    return Promise.resolve().then(() => this.refuse());
  }

  renew(): Promise<ProviderSubscription> {
    return Promise.resolve().then(() => this.refuse());
  }

  remove(): Promise<'deleted' | 'not_found'> {
    return Promise.resolve().then(() => this.refuse());
  }

  async list(): Promise<ProviderSubscription[]> {
    return [];
  }
}
