import { Migration } from '@mikro-orm/migrations';

/** Records bought from the employee-data provider, kept for their cache window, and claims that make fetches single-flight. */
export class ProviderCache20261127020000 extends Migration {
  override name = '20261127020000-provider-cache';

  override up(): void {
    this.addSql(`create table provider_cache (
      provider text not null,
      kind text not null,
      key text not null,
      record jsonb not null,
      fetched_at timestamptz not null,
      expires_at timestamptz not null,
      primary key (provider, kind, key)
    )`);
    this.addSql('create index provider_cache_expiry on provider_cache (expires_at)');
    this.addSql(`create table provider_cache_claims (
      provider text not null,
      kind text not null,
      key text not null,
      claimed_until timestamptz not null,
      primary key (provider, kind, key)
    )`);
  }

  override down(): void {
    this.addSql('drop table provider_cache_claims');
    this.addSql('drop table provider_cache');
  }
}
