/**
 * The `provider.changes` topic: what the webhooks module hands to Kafka once a delivery is verified, and what the
 * discovery module's consumer turns into buyer-group commands. Keyed by company id, so changes at one company are
 * applied in order. JSON, one notice per message.
 */
export const PROVIDER_CHANGES_TOPIC = 'provider.changes';

export type ProviderChangeKind =
  | 'employee.added'
  | 'employee.updated'
  | 'employee.deleted'
  | 'company.updated'
  | 'company.merged';

export interface ProviderChangeMessage {
  /** stable for one notice of one delivery: a redelivered message carries the same id, so consumers dedupe on it */
  noticeId: string;
  /** the verified delivery it came in */
  deliveryId: string;
  /** a Coresignal delivery (token path) or a signed normalised event */
  source: 'coresignal' | 'signed';
  kind: ProviderChangeKind;
  /** Coresignal's own status, when source is coresignal */
  status?: 'started_matching_query' | 'stopped_matching_query' | 'changed';
  /** the person (Coresignal member id, as a string); absent for company events */
  personId?: string;
  /** the company the change concerns: the subscription's company for Coresignal notices */
  companyId: string;
  /** company.merged: the surviving company */
  mergedIntoCompanyId?: string;
  changedFields: string[] | null;
  /** when the webhook accepted it (ISO 8601): latency is measured from here */
  receivedAt: string;
}

export const providerChangeKey = (message: Pick<ProviderChangeMessage, 'companyId'>): string => message.companyId;
