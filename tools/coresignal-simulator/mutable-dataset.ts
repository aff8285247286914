import type { CompanyRecord, EmployeeRecord } from '../../src/modules/enrichment/domain/coresignal-records.js';
import { currentCompanies, type SimulatorDataset } from './dataset.js';

/**
 * A dataset whose people can change while the simulator serves it: someone leaves, joins, is promoted or deleted,
 * as a provider's data changes between webhook notices. Tests and benchmarks change a record, then deliver the
 * notice; the simulator answers the next collect, search or preview from the new record.
 */
export class MutableDataset implements SimulatorDataset {
  private readonly companyById = new Map<number, CompanyRecord>();
  private readonly employeeById = new Map<number, EmployeeRecord>();
  private readonly byCompany = new Map<number, Map<number, EmployeeRecord>>();
  private companyList: CompanyRecord[] = [];

  constructor(companies: readonly CompanyRecord[] = [], employees: readonly EmployeeRecord[] = []) {
    for (const company of companies) this.putCompany(company);
    for (const employee of employees) this.put(employee);
  }

  putCompany(company: CompanyRecord): void {
    this.companyById.set(company.id, company);
    this.companyList = [...this.companyById.values()].sort((a, b) => a.id - b.id);
  }

  /** Adds or replaces an employee record (kept as given: change it through put or update only). */
  put(employee: EmployeeRecord): void {
    this.remove(employee.id);
    this.employeeById.set(employee.id, employee);
    for (const companyId of currentCompanies(employee)) {
      let staff = this.byCompany.get(companyId);
      if (!staff) this.byCompany.set(companyId, (staff = new Map()));
      staff.set(employee.id, employee);
    }
  }

  /** Replaces an employee by what `change` makes of a copy of them; returns the new record. */
  update(id: number, change: (employee: EmployeeRecord) => EmployeeRecord): EmployeeRecord {
    const existing = this.employeeById.get(id);
    if (!existing) throw new Error(`no employee ${id} in the dataset`);
    const next = change(structuredClone(existing));
    this.put(next);
    return next;
  }

  /** The provider forgets the person: collects answer 404. */
  remove(id: number): void {
    const existing = this.employeeById.get(id);
    if (!existing) return;
    this.employeeById.delete(id);
    for (const companyId of currentCompanies(existing)) this.byCompany.get(companyId)?.delete(id);
  }

  companies(): readonly CompanyRecord[] {
    return this.companyList;
  }

  company(id: number): CompanyRecord | undefined {
    return this.companyById.get(id);
  }

  employeesOf(companyId: number): readonly EmployeeRecord[] {
    return [...(this.byCompany.get(companyId)?.values() ?? [])].sort((a, b) => a.id - b.id);
  }

  employee(id: number): EmployeeRecord | undefined {
    return this.employeeById.get(id);
  }

  allEmployees(): Iterable<EmployeeRecord> {
    return this.employeeById.values();
  }
}
