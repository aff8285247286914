import { describe, expect, it } from '@jest/globals';
import { DAY_MS, planSubscriptions, type OurSubscription, type PlanInput, type TheirSubscription } from './subscription-plan.js';

const NOW = new Date('2026-11-27T00:00:00Z');
const inDays = (days: number) => new Date(NOW.getTime() + days * DAY_MS);
const BASE = 'https://bgi.example/api/intelligence/buyer-group-v2/webhooks/coresignal/';
const url = (token: string) => `${BASE}${token}`;

const ours = (id: string, companyId: string, extra: Partial<OurSubscription> = {}): OurSubscription => ({
  id,
  companyId,
  status: 'active',
  providerSubscriptionId: `p-${id}`,
  tokenHash: `hash-${id}`,
  expiresAt: inDays(80),
  workspaces: ['alpha'],
  ...extra,
});
const theirs = (id: string, token: string, extra: Partial<TheirSubscription> = {}): TheirSubscription => ({
  id,
  webhookUrl: url(token),
  expiresAt: inDays(80).toISOString(),
  status: 'active',
  ...extra,
});

const plan = (input: Partial<PlanInput>) =>
  planSubscriptions({
    watched: [],
    ours: [],
    theirs: [],
    tokenHashOf: (webhookUrl) => (webhookUrl.startsWith(BASE) ? `hash-${webhookUrl.slice(BASE.length)}` : undefined),
    deletedTokenHashes: new Set(),
    now: NOW,
    renewWithinMs: 14 * DAY_MS,
    ...input,
  });

describe('subscription plan', () => {
  it('creates one subscription per watched company that has none', () => {
    expect(plan({ watched: [{ companyId: '1', workspaces: ['beta', 'alpha'] }] })).toEqual([{ action: 'create', companyId: '1', workspaces: ['alpha', 'beta'] }]);
  });

  it('leaves a healthy subscription alone, renews one expiring within the window, deletes one no group needs', () => {
    const actions = plan({
      watched: [
        { companyId: '1', workspaces: ['alpha'] },
        { companyId: '2', workspaces: ['alpha'] },
      ],
      ours: [ours('a', '1'), ours('b', '2'), ours('c', '3')],
      theirs: [theirs('p-a', 'a'), theirs('p-b', 'b', { expiresAt: inDays(10).toISOString() }), theirs('p-c', 'c')],
    });
    expect(actions).toEqual([
      { action: 'renew', subscriptionId: 'b', providerSubscriptionId: 'p-b', companyId: '2', workspaces: ['alpha'] },
      { action: 'delete', subscriptionId: 'c', providerSubscriptionId: 'p-c', companyId: '3' },
    ]);
  });

  it("replaces what the provider lost, expired, never created, or calls back elsewhere", () => {
    const watched = ['1', '2', '3', '4'].map((companyId) => ({ companyId, workspaces: ['alpha'] }));
    const actions = plan({
      watched,
      ours: [ours('a', '1'), ours('b', '2'), ours('c', '3', { providerSubscriptionId: null, status: 'failed' }), ours('d', '4')],
      theirs: [theirs('p-b', 'b', { status: 'expired' }), { ...theirs('p-d', 'd'), webhookUrl: 'https://old.example/hook/d' }],
    });
    expect(actions.map((action) => [action.action, 'reason' in action ? action.reason : ''])).toEqual([
      ['replace', 'gone at the provider'],
      ['replace', 'expired at the provider'],
      ['replace', 'never created at the provider'],
      ['replace', 'calls back to another base URL'],
    ]);
  });

  it('adopts a subscription created before a crash, removes orphans and duplicates, never touches other deployments', () => {
    const actions = plan({
      watched: [{ companyId: '1', workspaces: ['alpha'] }],
      ours: [ours('a', '1', { providerSubscriptionId: null, status: 'pending' })],
      theirs: [theirs('p-1', 'a'), theirs('p-2', 'a'), theirs('p-3', 'gone'), { ...theirs('p-4', 'x'), webhookUrl: 'https://staging.example/hook/x' }],
      deletedTokenHashes: new Set(['hash-gone']),
    });
    expect(actions).toEqual([
      { action: 'remove_orphan', providerSubscriptionId: 'p-2', reason: 'a second subscription for the same token' },
      { action: 'remove_orphan', providerSubscriptionId: 'p-3', reason: 'its subscription was deleted' },
      { action: 'adopt', subscriptionId: 'a', providerSubscriptionId: 'p-1', companyId: '1', expiresAt: inDays(80).toISOString() },
    ]);
  });

  it('keeps the workspaces of a subscription current', () => {
    const actions = plan({ watched: [{ companyId: '1', workspaces: ['beta', 'alpha'] }], ours: [ours('a', '1')], theirs: [theirs('p-a', 'a')] });
    expect(actions).toEqual([{ action: 'set_workspaces', subscriptionId: 'a', companyId: '1', workspaces: ['alpha', 'beta'] }]);
  });
});
