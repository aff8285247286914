import { Migration } from '@mikro-orm/migrations';

/** Where each events-out relay got to in the log: it publishes the events after `position`, then moves it. */
export class RelayCheckpoints20261127030000 extends Migration {
  override name = '20261127030000-relay-checkpoints';

  override up(): void {
    this.addSql(`create table relay_checkpoints (
      name text primary key,
      position bigint not null,
      updated_at timestamptz
    )`);
  }

  override down(): void {
    this.addSql('drop table relay_checkpoints');
  }
}
