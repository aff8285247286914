import { Migration } from '@mikro-orm/migrations';

/**
 * Provider change notices the buyer-group updater has applied (their ids, so a redelivered notice is skipped), and
 * the two lookups it makes per notice: the active groups of a company, the groups a person is a member of.
 */
export class ProviderChangeNotices20261127080000 extends Migration {
  override name = '20261127080000-provider-change-notices';

  override up(): void {
    this.addSql(`create table provider_change_notices (
      notice_id text primary key,
      delivery_id text not null,
      kind text not null,
      company_id text not null,
      person_id text,
      received_at timestamptz not null,
      processed_at timestamptz not null default clock_timestamp(),
      groups_changed integer not null,
      events integer not null
    )`);
    this.addSql('create index provider_change_notices_processed on provider_change_notices (processed_at)');
    this.addSql('create index buyer_group_members_person on "BuyerGroupMembers" ("personId")');
    this.addSql(`create index buyer_groups_company on "BuyerGroups" ("companyId") where status = 'active'`);
  }

  override down(): void {
    this.addSql('drop index buyer_groups_company');
    this.addSql('drop index buyer_group_members_person');
    this.addSql('drop table provider_change_notices');
  }
}
