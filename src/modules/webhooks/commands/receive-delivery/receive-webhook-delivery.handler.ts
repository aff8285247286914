import {
  BadRequestException,
  ConflictException,
  HttpException,
  Inject,
  NotFoundException,
  ServiceUnavailableException,
  UnauthorizedException,
  UnprocessableEntityException,
} from '@nestjs/common';
import { CommandHandler, QueryBus, type ICommandHandler } from '@nestjs/cqrs';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '../../../../shared/config/app-config.js';
import { validationFailed } from '../../../../shared/http/validation.js';
import { MESSAGE_BUS, type MessageBus } from '../../../../shared/messaging/message-bus.js';
import { type ProviderChangeMessage } from '../../../../shared/messaging/provider-change.message.js';
import { LOGGER } from '../../../../shared/observability/logger.js';
import { Metrics } from '../../../../shared/observability/metrics.js';
import { FindPersonGroupsQuery } from '../../../discovery/queries/find-person-groups/find-person-groups.query.js';
import { ListMonitoredCompaniesQuery } from '../../../discovery/queries/list-monitored-companies/list-monitored-companies.query.js';
import { parseChangeEvents } from '../../domain/change-events.js';
import { parseCoresignalNotices } from '../../domain/coresignal-notices.js';
import { DeliveryShapeError } from '../../domain/delivery-problems.js';
import { coresignalDeliveryId, isWellFormedDeliveryId, signatureDigest } from '../../domain/delivery-identity.js';
import { acceptChangeEvents, acceptCoresignalNotices, type Rejection } from '../../domain/notice-acceptance.js';
import { verifyWebhookSignature } from '../../domain/webhook-signature.js';
import { hashWebhookToken, isWellFormedToken, sameDigest } from '../../domain/webhook-token.js';
import { WebhookStore } from '../../infrastructure/webhook-store.js';
import { changeEventMessages, coresignalMessages, toOutgoing } from './provider-change-messages.js';
import { ReceiveWebhookDeliveryCommand, type DeliveryReceipt, type WebhookDelivery } from './receive-webhook-delivery.command.js';

type Outcome = 'accepted' | 'duplicate' | 'unauthorized' | 'invalid' | 'unknown_members' | 'replayed' | 'unavailable' | 'disabled' | 'error';

class Refused extends HttpException {
  constructor(
    readonly outcome: Outcome,
    error: HttpException,
  ) {
    super(error.getResponse(), error.getStatus());
  }
}

/** Wrong token, wrong or stale signature: one answer for all, so a caller learns nothing from it. */
const invalidSignature = () => new Refused('unauthorized', new UnauthorizedException({ code: 'INVALID_WEBHOOK_SIGNATURE', message: 'Invalid webhook signature' }));

function jsonOf(body: Buffer | undefined, what: string): unknown {
  if (body === undefined || body.length === 0) {
    throw new Refused('invalid', new BadRequestException({ code: 'BAD_REQUEST', message: `request body is empty: expected a JSON array of ${what}` }));
  }
  try {
    return JSON.parse(body.toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    throw new Refused('invalid', new BadRequestException({ code: 'BAD_REQUEST', message: 'request body is not valid JSON' }));
  }
}

function shaped<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof DeliveryShapeError)) throw error;
    throw new Refused('invalid', new BadRequestException({ code: 'VALIDATION_FAILED', message: error.message, details: { fields: error.fields } }));
  }
}

function nothingAcceptable(rejected: Rejection[], what: string): Refused {
  const shown = rejected.slice(0, 20).map((rejection) => rejection.id);
  return new Refused(
    'unknown_members',
    new UnprocessableEntityException({
      code: 'UNKNOWN_MEMBERS',
      message: `no ${what} of this delivery concerns a person or company the service subscribed to or knows: ${shown.join(', ')}${rejected.length > shown.length ? ', ...' : ''}`,
      details: { rejected: rejected.slice(0, 100) },
    }),
  );
}

@CommandHandler(ReceiveWebhookDeliveryCommand)
export class ReceiveWebhookDeliveryHandler implements ICommandHandler<ReceiveWebhookDeliveryCommand> {
  constructor(
    private readonly store: WebhookStore,
    private readonly queries: QueryBus,
    @Inject(MESSAGE_BUS) private readonly bus: MessageBus,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly metrics: Metrics,
  ) {}

  async execute({ delivery, receivedAt }: ReceiveWebhookDeliveryCommand): Promise<DeliveryReceipt> {
    try {
      const receipt = delivery.form === 'coresignal' ? await this.coresignal(delivery, receivedAt) : await this.signed(delivery, receivedAt);
      this.metrics.webhookDeliveries.inc({ form: delivery.form, outcome: receipt.body.duplicate ? 'duplicate' : 'accepted' });
      return receipt;
    } catch (error) {
      this.metrics.webhookDeliveries.inc({ form: delivery.form, outcome: error instanceof Refused ? error.outcome : 'error' });
      throw error;
    }
  }

  private async coresignal(delivery: Extract<WebhookDelivery, { form: 'coresignal' }>, receivedAt: Date): Promise<DeliveryReceipt> {
    if (!isWellFormedToken(delivery.token)) throw invalidSignature();
    const tokenHash = hashWebhookToken(delivery.token);
    const subscription = await this.store.findByTokenHash(tokenHash);
    if (!subscription || !sameDigest(tokenHash, subscription.tokenHash)) throw invalidSignature();

    const notices = shaped(() => parseCoresignalNotices(jsonOf(delivery.body, 'change notices')));
    const deliveryId = coresignalDeliveryId(subscription.id, delivery.body!, receivedAt);
    if (await this.store.deliveryKnown('coresignal', deliveryId)) return duplicate(deliveryId, notices.length);

    const ids = notices.map((notice) => notice.memberId);
    const [covered, memberships] = await Promise.all([
      this.store.coveredMembers(subscription.id, ids),
      this.queries.execute(new FindPersonGroupsQuery(ids, subscription.companyId)),
    ]);
    const { accepted, rejected } = acceptCoresignalNotices(notices, {
      coverage: subscription.coverage,
      covered,
      groupMembers: new Set(memberships.map((membership) => membership.personId)),
    });
    if (accepted.length === 0) throw nothingAcceptable(rejected, 'notice');

    const messages = coresignalMessages(accepted, { deliveryId, companyId: subscription.companyId, receivedAt });
    await this.publish(messages);
    const started = accepted.filter((notice) => notice.status === 'started_matching_query').map((notice) => notice.memberId);
    await this.store.recordDelivery(
      { source: 'coresignal', deliveryId, subscriptionId: subscription.id, signatureHash: null, notices: notices.length, published: messages.length, rejected: rejected.length, receivedAt },
      started,
    );
    return acceptedReceipt(deliveryId, notices.length, messages.length, rejected);
  }

  private async signed(delivery: Extract<WebhookDelivery, { form: 'signed' }>, receivedAt: Date): Promise<DeliveryReceipt> {
    const secret = this.config.coresignalWebhookSecret;
    if (!secret) {
      throw new Refused('disabled', new NotFoundException({ code: 'NOT_FOUND', message: 'signed webhook deliveries are not enabled: CORESIGNAL_WEBHOOK_SECRET is not set' }));
    }
    const body = delivery.body ?? Buffer.alloc(0);
    const check = verifyWebhookSignature({ secret, signature: delivery.signature, timestamp: delivery.timestamp, body, now: receivedAt });
    if (!check.ok) {
      this.logger.warn({ reason: check.reason }, 'signed webhook delivery refused');
      throw invalidSignature();
    }
    const deliveryId = delivery.deliveryId;
    if (!isWellFormedDeliveryId(deliveryId)) {
      const problem = 'must be 1-128 letters, digits, ".", "_", ":" or "-"';
      throw new Refused('invalid', validationFailed([{ field: 'x-delivery-id', problems: [problem] }]));
    }
    const signatureHash = signatureDigest(delivery.signature!);
    if (await this.store.deliveryKnown('signed', deliveryId, signatureHash)) {
      throw new Refused(
        'replayed',
        new ConflictException({ code: 'DUPLICATE_DELIVERY', message: `delivery ${deliveryId} was already received (a replay, or a retry of an accepted delivery): ignored` }),
      );
    }

    const events = shaped(() => parseChangeEvents(jsonOf(body, 'change events')));
    const companies = [...new Set(events.flatMap((event) => [event.companyId, ...(event.mergedIntoCompanyId ? [event.mergedIntoCompanyId] : [])]))];
    const deleted = events.filter((event) => event.kind === 'employee.deleted').map((event) => ({ companyId: event.companyId, personId: event.personId! }));
    const [monitored, memberships, covered] = await Promise.all([
      this.queries.execute(new ListMonitoredCompaniesQuery(companies)),
      this.queries.execute(new FindPersonGroupsQuery(deleted.map((pair) => pair.personId))),
      this.store.coveredPeople(deleted),
    ]);
    const members = new Set(memberships.map((membership) => `${membership.companyId}/${membership.personId}`));
    const { accepted, rejected } = acceptChangeEvents(events, {
      monitoredCompanies: new Set(monitored.map((company) => company.companyId)),
      knowsPerson: (companyId, personId) => members.has(`${companyId}/${personId}`) || covered.has(`${companyId}/${personId}`),
    });
    if (accepted.length === 0) throw nothingAcceptable(rejected, 'event');

    const messages = changeEventMessages(accepted, { deliveryId, receivedAt });
    await this.publish(messages);
    await this.store.recordDelivery(
      { source: 'signed', deliveryId, subscriptionId: null, signatureHash, notices: events.length, published: messages.length, rejected: rejected.length, receivedAt },
      [],
    );
    return acceptedReceipt(deliveryId, events.length, messages.length, rejected);
  }

  /** Resolves once the bus has the messages durably (Kafka: every in-sync replica); anything else is a 503. */
  private async publish(messages: ProviderChangeMessage[]): Promise<void> {
    try {
      await this.bus.publish(this.config.providerChangesTopic, toOutgoing(messages));
    } catch (error) {
      this.logger.error({ err: error, messages: messages.length }, 'could not hand a webhook delivery to the message bus');
      throw new Refused(
        'unavailable',
        new ServiceUnavailableException({ code: 'SERVICE_UNAVAILABLE', message: 'the delivery could not be handed to the message bus; retry it' }),
      );
    }
    for (const message of messages) this.metrics.webhookNoticesPublished.inc({ source: message.source, kind: message.kind });
  }
}

function duplicate(deliveryId: string, notices: number): DeliveryReceipt {
  return { status: 200, body: { success: true, deliveryId, duplicate: true, notices, published: 0, rejected: [], message: 'duplicate delivery, ignored' } };
}

function acceptedReceipt(deliveryId: string, notices: number, published: number, rejected: Rejection[]): DeliveryReceipt {
  const message = rejected.length > 0 ? `accepted; ${rejected.length} left out (unknown)` : 'accepted';
  return { status: 202, body: { success: true, deliveryId, duplicate: false, notices, published, rejected, message } };
}
