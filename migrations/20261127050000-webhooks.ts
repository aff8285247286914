import { Migration } from '@mikro-orm/migrations';

/**
 * Webhook ingestion and provider subscriptions (src/modules/webhooks): our subscriptions at the provider, with only
 * a hash of each callback token; the member ids each one covers; the deliveries received, for replay protection and
 * delivery status.
 */
export class Webhooks20261127050000 extends Migration {
  override name = '20261127050000-webhooks';

  override up(): void {
    this.addSql(`create table webhook_subscriptions (
      id uuid primary key,
      provider text not null,
      kind text not null,
      company_id text not null,
      workspaces text[] not null default '{}',
      provider_subscription_id text unique,
      token_hash text not null unique,
      status text not null check (status in ('pending', 'active', 'failed', 'deleted')),
      coverage text not null default 'listed' check (coverage in ('listed', 'open')),
      created_at timestamptz not null,
      expires_at timestamptz,
      renewed_at timestamptz,
      deleted_at timestamptz,
      last_error text,
      last_error_at timestamptz,
      last_delivery_at timestamptz
    )`);
    // one live subscription per company and kind; deleted ones are kept for the record
    this.addSql(`create unique index webhook_subscriptions_company on webhook_subscriptions (company_id, kind) where status <> 'deleted'`);
    this.addSql(`create table webhook_subscription_members (
      subscription_id uuid not null references webhook_subscriptions(id) on delete cascade,
      member_id text not null,
      primary key (subscription_id, member_id)
    )`);
    this.addSql(`create table webhook_deliveries (
      source text not null,
      delivery_id text not null,
      subscription_id uuid references webhook_subscriptions(id) on delete set null,
      signature_hash text unique,
      notices integer not null,
      published integer not null,
      rejected integer not null,
      received_at timestamptz not null,
      primary key (source, delivery_id)
    )`);
    this.addSql(`create index webhook_deliveries_received on webhook_deliveries (received_at)`);
  }

  override down(): void {
    this.addSql('drop table webhook_deliveries');
    this.addSql('drop table webhook_subscription_members');
    this.addSql('drop table webhook_subscriptions');
  }
}
