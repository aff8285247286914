import { describe, expect, it } from '@jest/globals';
import { parseChangeEvents } from '../../domain/change-events.js';
import { parseCoresignalNotices } from '../../domain/coresignal-notices.js';
import { changeEventMessages, coresignalMessages, toOutgoing } from './provider-change-messages.js';

const RECEIVED = new Date('2026-11-27T12:00:00.000Z');

describe('provider.changes messages', () => {
  it('Coresignal notices: kind from the status (status kept), the subscription company, stable notice ids', () => {
    const notices = parseCoresignalNotices([
      { member_id: 7, status: 'started_matching_query', changed_fields: null },
      { member_id: 8, status: 'stopped_matching_query', changed_fields: null },
      { member_id: 9, status: 'changed', changed_fields: ['active_experience_title'] },
    ]);
    const messages = coresignalMessages(notices, { deliveryId: 'cs-abc', companyId: '2001', receivedAt: RECEIVED });
    expect(messages).toEqual([
      { noticeId: 'coresignal:cs-abc:0', deliveryId: 'cs-abc', source: 'coresignal', kind: 'employee.added', status: 'started_matching_query', personId: '7', companyId: '2001', changedFields: null, receivedAt: '2026-11-27T12:00:00.000Z' },
      { noticeId: 'coresignal:cs-abc:1', deliveryId: 'cs-abc', source: 'coresignal', kind: 'employee.deleted', status: 'stopped_matching_query', personId: '8', companyId: '2001', changedFields: null, receivedAt: '2026-11-27T12:00:00.000Z' },
      { noticeId: 'coresignal:cs-abc:2', deliveryId: 'cs-abc', source: 'coresignal', kind: 'employee.updated', status: 'changed', personId: '9', companyId: '2001', changedFields: ['active_experience_title'], receivedAt: '2026-11-27T12:00:00.000Z' },
    ]);
    // the same delivery mapped again (a redelivery) gives the same ids
    expect(coresignalMessages(notices, { deliveryId: 'cs-abc', companyId: '2001', receivedAt: RECEIVED })).toEqual(messages);
  });

  it('signed events: kind as sent, no status, the merge target', () => {
    const events = parseChangeEvents([{ kind: 'company.merged', companyId: '2001', mergedIntoCompanyId: '2002' }]);
    expect(changeEventMessages(events, { deliveryId: 'hr-42', receivedAt: RECEIVED })).toEqual([
      { noticeId: 'signed:hr-42:0', deliveryId: 'hr-42', source: 'signed', kind: 'company.merged', companyId: '2001', mergedIntoCompanyId: '2002', changedFields: null, receivedAt: '2026-11-27T12:00:00.000Z' },
    ]);
  });

  it('keyed by company, JSON values', () => {
    const [message] = coresignalMessages(parseCoresignalNotices([{ member_id: 7, status: 'changed', changed_fields: null }]), { deliveryId: 'd', companyId: '2001', receivedAt: RECEIVED });
    const [outgoing] = toOutgoing([message]);
    expect(outgoing.key).toBe('2001');
    expect(JSON.parse(String(outgoing.value))).toEqual(message);
    expect(outgoing.headers).toEqual({ 'content-type': 'application/json', 'notice-id': 'coresignal:d:0' });
  });
});
