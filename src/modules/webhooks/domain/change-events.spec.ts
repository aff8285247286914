import { describe, expect, it } from '@jest/globals';
import { parseChangeEvents } from './change-events.js';
import { DeliveryShapeError } from './delivery-problems.js';

const fieldsOf = (body: unknown): string[] => {
  try {
    parseChangeEvents(body);
  } catch (error) {
    if (error instanceof DeliveryShapeError) return error.fields.map((field) => field.field);
    throw error;
  }
  return [];
};

describe('signed change events', () => {
  it('reads each kind with its company, person and merge target', () => {
    expect(
      parseChangeEvents([
        { kind: 'employee.added', companyId: 2001, personId: 17 },
        { kind: 'employee.updated', companyId: '2001', personId: '18', changedFields: ['active_experience_title'] },
        { kind: 'employee.deleted', companyId: '2001', personId: '19' },
        { kind: 'company.updated', companyId: '2001', changedFields: ['website'] },
        { kind: 'company.merged', companyId: '2001', mergedIntoCompanyId: '2002' },
      ]),
    ).toEqual([
      { index: 0, kind: 'employee.added', companyId: '2001', personId: '17', changedFields: null },
      { index: 1, kind: 'employee.updated', companyId: '2001', personId: '18', changedFields: ['active_experience_title'] },
      { index: 2, kind: 'employee.deleted', companyId: '2001', personId: '19', changedFields: null },
      { index: 3, kind: 'company.updated', companyId: '2001', changedFields: ['website'] },
      { index: 4, kind: 'company.merged', companyId: '2001', mergedIntoCompanyId: '2002', changedFields: null },
    ]);
  });

  it('is strict: the fields each kind needs and allows, no unknown field, valid ids', () => {
    expect(fieldsOf([{ kind: 'employee.added', companyId: '2001' }])).toEqual(['[0].personId']);
    expect(fieldsOf([{ kind: 'company.updated', companyId: '2001', personId: '1' }])).toEqual(['[0].personId']);
    expect(fieldsOf([{ kind: 'company.merged', companyId: '2001' }])).toEqual(['[0].mergedIntoCompanyId']);
    expect(fieldsOf([{ kind: 'company.merged', companyId: '2001', mergedIntoCompanyId: '2001' }])).toEqual(['[0].mergedIntoCompanyId']);
    expect(fieldsOf([{ kind: 'employee.moved', companyId: '2001', personId: '1' }])).toEqual(['[0].kind']);
    expect(fieldsOf([{ kind: 'employee.updated', companyId: 'x y', personId: '1', colour: 'red' }])).toEqual(['[0].colour', '[0].companyId']);
    expect(fieldsOf([{ companyId: '2001' }])).toEqual(['[0].kind']);
    expect(fieldsOf([])).toEqual(['body']);
    expect(fieldsOf('[]')).toEqual(['body']);
  });
});
