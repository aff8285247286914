import type { ChangeEvent } from './change-events.js';
import type { CoresignalNotice } from './coresignal-notices.js';

/**
 * Which notices the service acts on: only people it subscribed to or already knows (CORESIGNAL.md, "Webhooks").
 *
 * Coresignal (token form), for the subscription the token belongs to:
 * - `started_matching_query`: accepted for any member: the subscription watches the company's current employees,
 *   so a new id is a new hire (or a record that now matches), exactly what it is for; the id joins its coverage.
 * - `changed` and `stopped_matching_query`: accepted when the member is covered (listed as a current employee when
 *   the subscription was created or renewed, or started matching since) or is a member of an active buyer group of
 *   the company. A subscription whose company had too many employees to list has open coverage: every id counts.
 *
 * Signed form (normalised events), for the company each event names:
 * - company.updated / company.merged, employee.added / employee.updated: the company (for a merge, either company)
 *   has an active buyer group;
 * - employee.deleted: the person is a member of an active group of that company, or covered by its subscription.
 *
 * Anything else is rejected: left out of what is published and listed in the answer. A delivery with nothing
 * acceptable is refused as a whole (422) and leaves no trace.
 */
export interface CoresignalFacts {
  coverage: 'listed' | 'open';
  /** member ids the subscription covers, among the delivery's */
  covered: ReadonlySet<string>;
  /** member ids in an active group of the subscription's company, among the delivery's */
  groupMembers: ReadonlySet<string>;
}

export interface Rejection {
  index: number;
  /** the member id or "<companyId>" / "<companyId>/<personId>" */
  id: string;
  reason: string;
}

export interface Acceptance<T> {
  accepted: T[];
  rejected: Rejection[];
}

export function acceptCoresignalNotices(notices: readonly CoresignalNotice[], facts: CoresignalFacts): Acceptance<CoresignalNotice> {
  const accepted: CoresignalNotice[] = [];
  const rejected: Rejection[] = [];
  for (const notice of notices) {
    if (facts.coverage === 'open' || notice.status === 'started_matching_query' || facts.covered.has(notice.memberId) || facts.groupMembers.has(notice.memberId)) {
      accepted.push(notice);
    } else {
      rejected.push({ index: notice.index, id: notice.memberId, reason: `unknown member: not covered by the subscription and in no buyer group of its company (${notice.status})` });
    }
  }
  return { accepted, rejected };
}

export interface ChangeEventFacts {
  /** companies with an active buyer group, among the delivery's */
  monitoredCompanies: ReadonlySet<string>;
  /** whether the person is in an active group of the company or covered by the company's subscription */
  knowsPerson(companyId: string, personId: string): boolean;
}

export function acceptChangeEvents(events: readonly ChangeEvent[], facts: ChangeEventFacts): Acceptance<ChangeEvent> {
  const accepted: ChangeEvent[] = [];
  const rejected: Rejection[] = [];
  for (const event of events) {
    const monitored = facts.monitoredCompanies.has(event.companyId) || (event.mergedIntoCompanyId !== undefined && facts.monitoredCompanies.has(event.mergedIntoCompanyId));
    if (event.kind === 'employee.deleted') {
      if (facts.knowsPerson(event.companyId, event.personId!)) accepted.push(event);
      else rejected.push({ index: event.index, id: `${event.companyId}/${event.personId}`, reason: 'unknown person: in no buyer group of the company and not covered by its subscription' });
    } else if (monitored) {
      accepted.push(event);
    } else {
      rejected.push({ index: event.index, id: event.companyId, reason: 'unknown company: no active buyer group' });
    }
  }
  return { accepted, rejected };
}
