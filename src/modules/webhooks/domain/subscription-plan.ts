/**
 * What the subscription reconciler must do, decided from three lists: the companies that should be watched (those
 * with active saved buyer groups), our subscriptions, and the provider's. Pure: the handler carries the actions out.
 *
 * - a watched company without a live subscription → create one;
 * - ours, live at the provider, expiring within the renewal window → renew (the handler replaces it when the
 *   provider refuses, at a year from creation);
 * - ours, gone at the provider, expired there, never created, or calling back to another base URL → replace it
 *   (a new subscription with a new token; the old one is removed);
 * - ours whose company is no longer watched → delete;
 * - the provider's, calling back to us with a token of a subscription we lost track of (a crash between the
 *   provider's answer and our write) → adopt it; one of a deleted subscription, or a second one for a token → remove.
 * Subscriptions of the account calling back elsewhere (another deployment) are never touched.
 */
export const SUBSCRIPTION_LIFETIME_DAYS = 91;
export const DAY_MS = 86_400_000;

export interface WatchedCompany {
  companyId: string;
  workspaces: readonly string[];
}

export interface OurSubscription {
  id: string;
  companyId: string;
  status: 'pending' | 'active' | 'failed';
  providerSubscriptionId: string | null;
  tokenHash: string;
  expiresAt: Date | null;
  workspaces: readonly string[];
}

export interface TheirSubscription {
  id: string;
  webhookUrl: string;
  expiresAt?: string;
  status: 'active' | 'expired';
}

export type SubscriptionAction =
  | { action: 'create'; companyId: string; workspaces: string[] }
  | { action: 'renew'; subscriptionId: string; providerSubscriptionId: string; companyId: string; workspaces: string[] }
  | { action: 'replace'; subscriptionId: string; providerSubscriptionId: string | null; companyId: string; workspaces: string[]; reason: string }
  | { action: 'delete'; subscriptionId: string; providerSubscriptionId: string | null; companyId: string }
  | { action: 'adopt'; subscriptionId: string; providerSubscriptionId: string; companyId: string; expiresAt: string | null }
  | { action: 'remove_orphan'; providerSubscriptionId: string; reason: string }
  | { action: 'set_workspaces'; subscriptionId: string; companyId: string; workspaces: string[] };

export interface PlanInput {
  watched: readonly WatchedCompany[];
  ours: readonly OurSubscription[];
  theirs: readonly TheirSubscription[];
  /** the token hash of one of our callback URLs (under the current base URL); undefined for any other URL */
  tokenHashOf(webhookUrl: string): string | undefined;
  /** hashes of the tokens of our deleted subscriptions */
  deletedTokenHashes: ReadonlySet<string>;
  now: Date;
  renewWithinMs: number;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value, index) => value === b[index]);

export function planSubscriptions(input: PlanInput): SubscriptionAction[] {
  const actions: SubscriptionAction[] = [];
  const watched = new Map(input.watched.map((company) => [company.companyId, [...company.workspaces].sort()]));
  const theirsById = new Map(input.theirs.map((subscription) => [subscription.id, subscription]));
  const oursByToken = new Map(input.ours.map((subscription) => [subscription.tokenHash, subscription]));
  const adopted = new Map<string, TheirSubscription>();

  // the provider's view first: what calls back to us, and which of our subscriptions it belongs to
  for (const theirs of input.theirs) {
    const hash = input.tokenHashOf(theirs.webhookUrl);
    if (hash === undefined) continue;
    const ours = oursByToken.get(hash);
    if (!ours) {
      const reason = input.deletedTokenHashes.has(hash) ? 'its subscription was deleted' : 'no subscription of ours has its token';
      actions.push({ action: 'remove_orphan', providerSubscriptionId: theirs.id, reason });
    } else if (ours.providerSubscriptionId === theirs.id) {
      continue;
    } else if (ours.providerSubscriptionId === null && !adopted.has(ours.id) && theirs.status === 'active') {
      adopted.set(ours.id, theirs);
    } else {
      actions.push({ action: 'remove_orphan', providerSubscriptionId: theirs.id, reason: 'a second subscription for the same token' });
    }
  }

  const live = new Set<string>();
  for (const ours of input.ours) {
    const workspaces = watched.get(ours.companyId);
    if (!workspaces) {
      actions.push({ action: 'delete', subscriptionId: ours.id, providerSubscriptionId: ours.providerSubscriptionId, companyId: ours.companyId });
      continue;
    }
    if (live.has(ours.companyId)) {
      // two of ours for one company cannot happen (a unique index), but if it did, one is enough
      actions.push({ action: 'delete', subscriptionId: ours.id, providerSubscriptionId: ours.providerSubscriptionId, companyId: ours.companyId });
      continue;
    }
    live.add(ours.companyId);
    const replace = (reason: string) =>
      actions.push({ action: 'replace', subscriptionId: ours.id, providerSubscriptionId: ours.providerSubscriptionId, companyId: ours.companyId, workspaces, reason });
    const found = adopted.get(ours.id);
    if (found) {
      actions.push({ action: 'adopt', subscriptionId: ours.id, providerSubscriptionId: found.id, companyId: ours.companyId, expiresAt: found.expiresAt ?? null });
    } else if (ours.providerSubscriptionId === null) {
      replace('never created at the provider');
      continue;
    } else {
      const theirs = theirsById.get(ours.providerSubscriptionId);
      if (!theirs) {
        replace('gone at the provider');
        continue;
      }
      if (theirs.status === 'expired') {
        replace('expired at the provider');
        continue;
      }
      if (theirs.webhookUrl !== '' && input.tokenHashOf(theirs.webhookUrl) === undefined) {
        replace('calls back to another base URL');
        continue;
      }
      const expiresAt = theirs.expiresAt ? new Date(theirs.expiresAt) : ours.expiresAt;
      if (!expiresAt || expiresAt.getTime() - input.now.getTime() <= input.renewWithinMs) {
        actions.push({ action: 'renew', subscriptionId: ours.id, providerSubscriptionId: ours.providerSubscriptionId, companyId: ours.companyId, workspaces });
      }
    }
    if (!sameList([...ours.workspaces].sort(), workspaces)) actions.push({ action: 'set_workspaces', subscriptionId: ours.id, companyId: ours.companyId, workspaces });
  }

  for (const [companyId, workspaces] of watched) {
    if (!live.has(companyId)) actions.push({ action: 'create', companyId, workspaces });
  }
  return actions;
}
