import { companySummaryOf, type CompanyRecord } from '../../enrichment/domain/coresignal-records.js';
import type { CompanySnapshot } from './buyer-group.events.js';

/** What a group records of its company: the provider's summary, without the LinkedIn URL (a group keeps no URL). */
export function companySnapshotOf(company: CompanyRecord): CompanySnapshot {
  const { linkedinUrl: _linkedinUrl, ...snapshot } = companySummaryOf(company);
  return snapshot;
}
