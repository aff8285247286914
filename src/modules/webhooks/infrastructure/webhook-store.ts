import { Inject, Injectable } from '@nestjs/common';
import { DATABASE, type Database, type Em } from '../../../shared/database/database.js';
import { sqlQuery } from '../../../shared/database/sql.js';
import type { OurSubscription } from '../domain/subscription-plan.js';

export type SubscriptionStatus = 'pending' | 'active' | 'failed' | 'deleted';

export interface SubscriptionRow extends OurSubscription {
  provider: string;
  kind: string;
  coverage: 'listed' | 'open';
  createdAt: Date;
  renewedAt: Date | null;
  lastError: string | null;
  lastErrorAt: Date | null;
  lastDeliveryAt: Date | null;
}

export interface DeliveryRecord {
  source: 'coresignal' | 'signed';
  deliveryId: string;
  subscriptionId: string | null;
  signatureHash: string | null;
  notices: number;
  published: number;
  rejected: number;
  receivedAt: Date;
}

export interface SubscriptionCounts {
  active: number;
  expiring_soon: number;
  failed: number;
  pending: number;
}

/** timestamptz columns come back as text through sqlQuery: rows carry Dates */
function withDates(row: SubscriptionRow): SubscriptionRow {
  const date = (value: Date | string | null) => (value === null ? null : new Date(value));
  return {
    ...row,
    createdAt: date(row.createdAt)!,
    expiresAt: date(row.expiresAt),
    renewedAt: date(row.renewedAt),
    lastErrorAt: date(row.lastErrorAt),
    lastDeliveryAt: date(row.lastDeliveryAt),
  };
}

const COLUMNS = `id, provider, kind, company_id as "companyId", workspaces, provider_subscription_id as "providerSubscriptionId",
  token_hash as "tokenHash", status, coverage, created_at as "createdAt", expires_at as "expiresAt", renewed_at as "renewedAt",
  last_error as "lastError", last_error_at as "lastErrorAt", last_delivery_at as "lastDeliveryAt"`;

/** The webhooks module's tables: webhook_subscriptions, webhook_subscription_members, webhook_deliveries. */
@Injectable()
export class WebhookStore {
  constructor(@Inject(DATABASE) private readonly db: Database) {}

  private em(): Em {
    return this.db.em.fork();
  }

  /** A subscription that is not deleted, by the hash of its callback token. */
  async findByTokenHash(tokenHash: string): Promise<SubscriptionRow | undefined> {
    const [row] = await sqlQuery<SubscriptionRow>(this.em(), `select ${COLUMNS} from webhook_subscriptions where token_hash = ? and status <> 'deleted'`, [tokenHash]);
    return row && withDates(row);
  }

  /** Every subscription that is not deleted, oldest first. */
  async listLive(): Promise<SubscriptionRow[]> {
    return (await sqlQuery<SubscriptionRow>(this.em(), `select ${COLUMNS} from webhook_subscriptions where status <> 'deleted' order by created_at, id`)).map(withDates);
  }

  /** The subscriptions that are not deleted and watch a company of the workspace. */
  async listForWorkspace(workspaceId: string): Promise<SubscriptionRow[]> {
    return (
      await sqlQuery<SubscriptionRow>(this.em(), `select ${COLUMNS} from webhook_subscriptions where status <> 'deleted' and ? = any(workspaces) order by company_id`, [workspaceId])
    ).map(withDates);
  }

  /** Those of the given token hashes that belong to deleted subscriptions. */
  async deletedTokenHashes(tokenHashes: string[]): Promise<Set<string>> {
    if (tokenHashes.length === 0) return new Set();
    const rows = await sqlQuery<{ tokenHash: string }>(
      this.em(),
      `select token_hash as "tokenHash" from webhook_subscriptions where status = 'deleted' and token_hash = any(?::text[])`,
      [tokenHashes],
    );
    return new Set(rows.map((row) => row.tokenHash));
  }

  async insertPending(row: { id: string; provider: string; kind: string; companyId: string; workspaces: string[]; tokenHash: string; now: Date }): Promise<void> {
    await sqlQuery(
      this.em(),
      `insert into webhook_subscriptions (id, provider, kind, company_id, workspaces, token_hash, status, created_at)
       values (?, ?, ?, ?, ?::text[], ?, 'pending', ?)`,
      [row.id, row.provider, row.kind, row.companyId, row.workspaces, row.tokenHash, row.now],
    );
  }

  async markActive(id: string, providerSubscriptionId: string, expiresAt: Date, renewedAt: Date | null): Promise<void> {
    await sqlQuery(
      this.em(),
      `update webhook_subscriptions set status = 'active', provider_subscription_id = ?, expires_at = ?,
         renewed_at = coalesce(?, renewed_at), last_error = null, last_error_at = null
       where id = ?`,
      [providerSubscriptionId, expiresAt, renewedAt, id],
    );
  }

  async markFailed(id: string, error: string, now: Date): Promise<void> {
    await sqlQuery(this.em(), `update webhook_subscriptions set status = 'failed', last_error = ?, last_error_at = ? where id = ? and status <> 'deleted'`, [
      error.slice(0, 2_000),
      now,
      id,
    ]);
  }

  async markDeleted(id: string, now: Date): Promise<void> {
    await sqlQuery(this.em(), `update webhook_subscriptions set status = 'deleted', deleted_at = ? where id = ?`, [now, id]);
  }

  async setWorkspaces(id: string, workspaces: string[]): Promise<void> {
    await sqlQuery(this.em(), `update webhook_subscriptions set workspaces = ?::text[] where id = ?`, [workspaces, id]);
  }

  async setCoverage(id: string, coverage: 'listed' | 'open'): Promise<void> {
    await sqlQuery(this.em(), `update webhook_subscriptions set coverage = ? where id = ?`, [coverage, id]);
  }

  /** Adds member ids to what the subscription covers (already covered ones are left as they are). */
  async addMembers(subscriptionId: string, memberIds: readonly string[], em: Em = this.em()): Promise<void> {
    for (let start = 0; start < memberIds.length; start += 5_000) {
      await sqlQuery(
        em,
        `insert into webhook_subscription_members (subscription_id, member_id)
         select ?::uuid, unnest(?::text[]) on conflict do nothing`,
        [subscriptionId, memberIds.slice(start, start + 5_000)],
      );
    }
  }

  /** Those of the member ids the subscription covers. */
  async coveredMembers(subscriptionId: string, memberIds: readonly string[]): Promise<Set<string>> {
    if (memberIds.length === 0) return new Set();
    const rows = await sqlQuery<{ memberId: string }>(
      this.em(),
      `select member_id as "memberId" from webhook_subscription_members where subscription_id = ? and member_id = any(?::text[])`,
      [subscriptionId, [...new Set(memberIds)]],
    );
    return new Set(rows.map((row) => row.memberId));
  }

  /** Whether each (company, person) pair is covered by a live subscription of the company. */
  async coveredPeople(pairs: readonly { companyId: string; personId: string }[]): Promise<Set<string>> {
    if (pairs.length === 0) return new Set();
    const rows = await sqlQuery<{ companyId: string; personId: string }>(
      this.em(),
      `select s.company_id as "companyId", m.member_id as "personId"
       from webhook_subscriptions s join webhook_subscription_members m on m.subscription_id = s.id
       join unnest(?::text[], ?::text[]) as asked(company_id, person_id) on asked.company_id = s.company_id and asked.person_id = m.member_id
       where s.status <> 'deleted'`,
      [pairs.map((pair) => pair.companyId), pairs.map((pair) => pair.personId)],
    );
    return new Set(rows.map((row) => `${row.companyId}/${row.personId}`));
  }

  /** Whether the delivery was recorded already (or, signed form, a delivery with the same signature was). */
  async deliveryKnown(source: 'coresignal' | 'signed', deliveryId: string, signatureHash?: string): Promise<boolean> {
    const rows = await sqlQuery(
      this.em(),
      `select 1 from webhook_deliveries where (source = ? and delivery_id = ?) or (?::text is not null and signature_hash = ?::text) limit 1`,
      [source, deliveryId, signatureHash ?? null, signatureHash ?? null],
    );
    return rows.length > 0;
  }

  /**
   * Records a delivery whose messages the bus acknowledged, the members that started matching through it and the
   * subscription's last delivery, in one transaction. False when the same delivery was recorded meanwhile (a
   * concurrent duplicate: its messages were published twice, which consumers absorb).
   */
  async recordDelivery(delivery: DeliveryRecord, startedMembers: readonly string[]): Promise<boolean> {
    return this.em().transactional(async (em) => {
      const inserted = await sqlQuery(
        em,
        `insert into webhook_deliveries (source, delivery_id, subscription_id, signature_hash, notices, published, rejected, received_at)
         values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing returning 1`,
        [
          delivery.source,
          delivery.deliveryId,
          delivery.subscriptionId,
          delivery.signatureHash,
          delivery.notices,
          delivery.published,
          delivery.rejected,
          delivery.receivedAt,
        ],
      );
      if (delivery.subscriptionId) {
        await this.addMembers(delivery.subscriptionId, startedMembers, em);
        await sqlQuery(em, `update webhook_subscriptions set last_delivery_at = greatest(last_delivery_at, ?) where id = ?`, [
          delivery.receivedAt,
          delivery.subscriptionId,
        ]);
      }
      return inserted.length > 0;
    });
  }

  /** Subscriptions by health state (exclusive): live and far from expiry, live but expiring within the window, failed, pending. */
  async counts(now: Date, renewWithinMs: number): Promise<SubscriptionCounts> {
    const [row] = await sqlQuery<SubscriptionCounts>(
      this.em(),
      `select
         count(*) filter (where status = 'active' and (expires_at is null or expires_at > ?))::int as active,
         count(*) filter (where status = 'active' and expires_at <= ?)::int as expiring_soon,
         count(*) filter (where status = 'failed')::int as failed,
         count(*) filter (where status = 'pending')::int as pending
       from webhook_subscriptions where status <> 'deleted'`,
      [new Date(now.getTime() + renewWithinMs), new Date(now.getTime() + renewWithinMs)],
    );
    return row;
  }

  /** The most recent delivery recorded, for /health. */
  async lastDelivery(): Promise<{ source: string; deliveryId: string; receivedAt: Date; published: number; rejected: number } | undefined> {
    const [row] = await sqlQuery<{ source: string; deliveryId: string; receivedAt: Date; published: number; rejected: number }>(
      this.em(),
      `select source, delivery_id as "deliveryId", received_at as "receivedAt", published, rejected from webhook_deliveries order by received_at desc limit 1`,
    );
    return row && { ...row, receivedAt: new Date(row.receivedAt) };
  }

  /** Forgets deliveries older than the cut-off (replay protection needs a day; the rest is delivery history). */
  async pruneDeliveries(before: Date): Promise<number> {
    const rows = await sqlQuery(this.em(), `delete from webhook_deliveries where received_at < ? returning 1`, [before]);
    return rows.length;
  }
}
