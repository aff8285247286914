import { Migration } from '@mikro-orm/migrations';

/**
 * The local employee-data dataset: companies and employees stored as Coresignal multi-source records (jsonb) with
 * the few columns lookups and searches need extracted next to them. Rows come from the demo universe ('demo',
 * materialised lazily per company) or from imports ('import', never overwritten by the demo generator).
 */
export class LocalDataset20261127010000 extends Migration {
  override name = '20261127010000-local-dataset';

  override up(): void {
    this.addSql('create extension if not exists pg_trgm');

    this.addSql(`create table dataset_companies (
      id bigint primary key,
      record jsonb not null,
      name text not null,
      name_norm text not null,
      domain text,
      linkedin_shorthand text,
      industry text,
      employees_count integer,
      hq_country text,
      source text not null check (source in ('demo', 'import')),
      materialised_at timestamptz,
      updated_at timestamptz not null default now()
    )`);
    this.addSql('create index dataset_companies_name_trgm on dataset_companies using gin (name_norm gin_trgm_ops)');
    this.addSql('create index dataset_companies_name_norm on dataset_companies (name_norm)');
    this.addSql('create index dataset_companies_domain on dataset_companies (domain) where domain is not null');
    this.addSql(
      'create index dataset_companies_linkedin on dataset_companies (linkedin_shorthand) where linkedin_shorthand is not null',
    );

    // ~1M rows at scale 1: only what searches and lookups filter on is extracted; everything else stays in record.
    this.addSql(`create table dataset_employees (
      id bigint primary key,
      record jsonb not null,
      parent_id bigint,
      is_parent smallint not null,
      is_deleted smallint not null,
      is_working smallint not null,
      is_decision_maker smallint not null,
      company_id bigint,
      title_tokens text,
      department text,
      management_level text,
      location_country text,
      email text,
      linkedin_shorthand text,
      full_name text,
      source text not null check (source in ('demo', 'import')),
      updated_at timestamptz not null default now()
    )`);
    this.addSql(`comment on column dataset_employees.title_tokens is
      'current title as lower-case letter/digit tokens between single spaces (" vp of sales "): whole-phrase match is like ''% vp sales %'''`);
    // searches always name one company and only ever want current, live parent records
    this.addSql(
      'create index dataset_employees_current on dataset_employees (company_id, id) where is_parent = 1 and is_deleted = 0',
    );
    this.addSql(
      'create index dataset_employees_linkedin on dataset_employees (linkedin_shorthand) where linkedin_shorthand is not null',
    );
    this.addSql('create index dataset_employees_email on dataset_employees (email) where email is not null');

    // records are 1-3 kB of JSON: lz4 compresses them faster than the default pglz where the server supports it
    this.addSql(`do $$ begin
      alter table dataset_employees alter column record set compression lz4;
      alter table dataset_companies alter column record set compression lz4;
    exception when others then null;
    end $$`);

    this.addSql(`create table dataset_meta (
      key text primary key,
      value jsonb not null,
      updated_at timestamptz not null default now()
    )`);
  }

  override down(): void {
    this.addSql('drop table dataset_meta');
    this.addSql('drop table dataset_employees');
    this.addSql('drop table dataset_companies');
  }
}
