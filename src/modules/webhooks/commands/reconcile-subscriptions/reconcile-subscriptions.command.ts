import { Command } from '@nestjs/cqrs';
import type { SubscriptionAction } from '../../domain/subscription-plan.js';
import type { SubscriptionCounts } from '../../infrastructure/webhook-store.js';

export interface ActionResult {
  action: SubscriptionAction['action'];
  companyId?: string;
  providerSubscriptionId?: string;
  outcome: 'ok' | 'failed';
  detail?: string;
}

export type ReconcileReport =
  | { ran: false; reason: string }
  | {
      ran: true;
      /** the provider's subscriptions, or why there are none ("local dataset: no subscriptions") */
      provider: string;
      /** companies with active saved groups that can be watched */
      watched: number;
      /** companies with active groups but no provider company id */
      skipped: number;
      actions: ActionResult[];
      subscriptions: SubscriptionCounts;
      prunedDeliveries: number;
    };

/**
 * Brings the provider's subscriptions in line with the saved groups: one subscription per company with active groups,
 * renewed before it expires, deleted when the company has none left. One instance reconciles at a time.
 */
export class ReconcileSubscriptionsCommand extends Command<ReconcileReport> {
  constructor(readonly options: { now?: Date; whileLocked?: () => Promise<void> } = {}) {
    super();
  }
}
