import { Query } from '@nestjs/cqrs';
import type { SubscriptionCounts } from '../../infrastructure/webhook-store.js';

export interface SubscriptionView {
  companyId: string;
  status: string;
  providerSubscriptionId: string | null;
  coverage: 'listed' | 'open';
  createdAt: string;
  expiresAt: string | null;
  renewedAt: string | null;
  lastDeliveryAt: string | null;
  lastError: string | null;
}

export interface SubscriptionHealth {
  /** "coresignal", or "local dataset: no subscriptions" */
  provider: string;
  subscriptions: SubscriptionCounts;
  /** renewal starts this many days before expiry */
  renewWithinDays: number;
  signedDeliveries: 'enabled' | 'disabled';
  lastDelivery: { source: string; deliveryId: string; receivedAt: string; published: number; rejected: number } | null;
  /** only when asked for a workspace: the subscriptions watching its companies */
  items?: SubscriptionView[];
}

/** Subscription health (counts by state, last delivery) and, for a workspace, its companies' subscriptions. */
export class GetSubscriptionHealthQuery extends Query<SubscriptionHealth> {
  constructor(readonly workspaceId?: string) {
    super();
  }
}
