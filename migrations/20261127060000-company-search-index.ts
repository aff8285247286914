import { Migration } from '@mikro-orm/migrations';

/**
 * The account search (optimal buyer search, phase 1) filters the local dataset's companies by industry and size, or
 * by headquarters country, comparing trimmed, lower-cased whole values. Over the demo universe's 1,021 companies a
 * scan is as fast; over an imported company file (hundreds of thousands of rows) these keep a search on one
 * industry from reading every company record.
 */
export class CompanySearchIndex20261127060000 extends Migration {
  override name = '20261127060000-company-search-index';

  override up(): void {
    this.addSql('create index dataset_companies_industry_size on dataset_companies (lower(btrim(industry)), employees_count)');
    this.addSql('create index dataset_companies_country on dataset_companies (lower(btrim(hq_country)))');
  }

  override down(): void {
    this.addSql('drop index dataset_companies_country');
    this.addSql('drop index dataset_companies_industry_size');
  }
}
