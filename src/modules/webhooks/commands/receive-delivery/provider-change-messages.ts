import type { OutgoingMessage } from '../../../../shared/messaging/message-bus.js';
import { providerChangeKey, type ProviderChangeMessage } from '../../../../shared/messaging/provider-change.message.js';
import type { ChangeEvent } from '../../domain/change-events.js';
import { KIND_OF_STATUS, type CoresignalNotice } from '../../domain/coresignal-notices.js';
import { noticeId } from '../../domain/delivery-identity.js';

/** One `provider.changes` message per accepted Coresignal notice, for the subscription's company. */
export function coresignalMessages(
  notices: readonly CoresignalNotice[],
  delivery: { deliveryId: string; companyId: string; receivedAt: Date },
): ProviderChangeMessage[] {
  return notices.map((notice) => ({
    noticeId: noticeId('coresignal', delivery.deliveryId, notice.index),
    deliveryId: delivery.deliveryId,
    source: 'coresignal',
    kind: KIND_OF_STATUS[notice.status],
    status: notice.status,
    personId: notice.memberId,
    companyId: delivery.companyId,
    changedFields: notice.changedFields,
    receivedAt: delivery.receivedAt.toISOString(),
  }));
}

/** One `provider.changes` message per accepted signed change event. */
export function changeEventMessages(events: readonly ChangeEvent[], delivery: { deliveryId: string; receivedAt: Date }): ProviderChangeMessage[] {
  return events.map((event) => ({
    noticeId: noticeId('signed', delivery.deliveryId, event.index),
    deliveryId: delivery.deliveryId,
    source: 'signed',
    kind: event.kind,
    ...(event.personId === undefined ? {} : { personId: event.personId }),
    companyId: event.companyId,
    ...(event.mergedIntoCompanyId === undefined ? {} : { mergedIntoCompanyId: event.mergedIntoCompanyId }),
    changedFields: event.changedFields,
    receivedAt: delivery.receivedAt.toISOString(),
  }));
}

/** Keyed by company (changes at one company keep their order), JSON, the notice id also as a header. */
export const toOutgoing = (messages: readonly ProviderChangeMessage[]): OutgoingMessage[] =>
  messages.map((message) => ({
    key: providerChangeKey(message),
    value: JSON.stringify(message),
    headers: { 'content-type': 'application/json', 'notice-id': message.noticeId },
  }));
