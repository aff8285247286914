import { Migration } from '@mikro-orm/migrations';

/** The event log, the buyer-group projections and the workspaces with their API keys. */
export class InitialSchema20261127000000 extends Migration {
  override name = '20261127000000-initial-schema';

  override up(): void {
    this.addSql(`create table events (
      global_position bigint generated always as identity primary key,
      event_id uuid not null unique,
      stream_id text not null,
      stream_version integer not null check (stream_version > 0),
      event_type text not null,
      schema_version integer not null default 1,
      data jsonb not null,
      metadata jsonb not null,
      recorded_at timestamptz not null,
      transaction_id xid8 not null default pg_current_xact_id(),
      unique (stream_id, stream_version)
    )`);
    this.addSql(`create index events_recorded_at on events (stream_id, recorded_at)`);

    this.addSql(`create table workspaces (
      id text primary key,
      name text not null,
      created_at timestamptz not null default now()
    )`);
    this.addSql(`create table api_keys (
      key_hash text primary key,
      workspace_id text not null references workspaces(id) on delete cascade,
      label text not null,
      created_at timestamptz not null default now()
    )`);

    this.addSql(`create type "BuyerGroupRole" as enum ('decision_maker', 'champion', 'stakeholder', 'blocker', 'introducer')`);
    this.addSql(`create table "BuyerGroups" (
      id uuid primary key,
      "workspaceId" text not null,
      "companyName" text not null,
      "companyId" text,
      website text,
      industry text,
      "employeeCount" integer,
      "sellerProfile" jsonb not null,
      "enrichmentLevel" text not null,
      status text not null,
      "totalMembers" integer not null,
      composition jsonb not null,
      coverage text,
      confidence integer,
      "dataQuality" integer,
      "overallScore" integer,
      "missingRoles" jsonb not null,
      "lastValidatedAt" timestamptz,
      version integer not null,
      "createdAt" timestamptz not null,
      "updatedAt" timestamptz not null
    )`);
    this.addSql(`create index buyer_groups_workspace on "BuyerGroups" ("workspaceId", "createdAt")`);
    this.addSql(`create table "BuyerGroupMembers" (
      id uuid primary key,
      "buyerGroupId" uuid not null,
      "workspaceId" text not null,
      "personId" text not null,
      name text not null,
      title text not null,
      department text,
      "seniorityLevel" text,
      role "BuyerGroupRole" not null,
      confidence integer not null,
      "influenceScore" integer not null,
      priority integer not null,
      email text,
      phone text,
      linkedin text,
      location text,
      reasons jsonb not null,
      pinned boolean not null,
      "roleOverridden" boolean not null,
      "createdAt" timestamptz not null,
      "updatedAt" timestamptz not null
    )`);
    this.addSql(`create index buyer_group_members_group on "BuyerGroupMembers" ("buyerGroupId")`);
  }

  override down(): void {
    this.addSql('drop table "BuyerGroupMembers"');
    this.addSql('drop table "BuyerGroups"');
    this.addSql('drop type "BuyerGroupRole"');
    this.addSql('drop table api_keys');
    this.addSql('drop table workspaces');
    this.addSql('drop table events');
  }
}
