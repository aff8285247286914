import { describe, expect, it } from '@jest/globals';
import type { ChangeEvent } from './change-events.js';
import type { CoresignalNotice } from './coresignal-notices.js';
import { acceptChangeEvents, acceptCoresignalNotices } from './notice-acceptance.js';

const notice = (index: number, memberId: string, status: CoresignalNotice['status']): CoresignalNotice => ({ index, memberId, status, changedFields: null });

describe('which notices are acted on', () => {
  const notices = [
    notice(0, '1', 'changed'), // covered (listed employee)
    notice(1, '2', 'stopped_matching_query'), // a group member
    notice(2, '3', 'started_matching_query'), // new: a hire
    notice(3, '4', 'changed'), // nobody we know
    notice(4, '5', 'stopped_matching_query'), // nobody we know
  ];

  it('Coresignal: covered or group members for changes, anyone who starts matching; the rest rejected', () => {
    const result = acceptCoresignalNotices(notices, { coverage: 'listed', covered: new Set(['1']), groupMembers: new Set(['2']) });
    expect(result.accepted.map((n) => n.memberId)).toEqual(['1', '2', '3']);
    expect(result.rejected.map((r) => [r.index, r.id])).toEqual([
      [3, '4'],
      [4, '5'],
    ]);
    expect(result.rejected[0].reason).toMatch(/unknown member/);
  });

  it('Coresignal: open coverage (a company too large to list) accepts every member', () => {
    expect(acceptCoresignalNotices(notices, { coverage: 'open', covered: new Set(), groupMembers: new Set() }).rejected).toEqual([]);
  });

  it('signed: company events and additions need a watched company, deletions a known person there', () => {
    const events: ChangeEvent[] = [
      { index: 0, kind: 'employee.added', companyId: '10', personId: '1', changedFields: null },
      { index: 1, kind: 'employee.updated', companyId: '11', personId: '2', changedFields: null },
      { index: 2, kind: 'employee.deleted', companyId: '10', personId: '3', changedFields: null },
      { index: 3, kind: 'employee.deleted', companyId: '10', personId: '4', changedFields: null },
      { index: 4, kind: 'company.updated', companyId: '10', changedFields: null },
      { index: 5, kind: 'company.merged', companyId: '12', mergedIntoCompanyId: '10', changedFields: null },
      { index: 6, kind: 'company.updated', companyId: '12', changedFields: null },
    ];
    const result = acceptChangeEvents(events, { monitoredCompanies: new Set(['10']), knowsPerson: (company, person) => company === '10' && person === '3' });
    expect(result.accepted.map((event) => event.index)).toEqual([0, 2, 4, 5]);
    expect(result.rejected.map((rejection) => rejection.id)).toEqual(['11', '10/4', '12']);
  });
});
