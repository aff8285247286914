import { Command } from '@nestjs/cqrs';
import type { Rejection } from '../../domain/notice-acceptance.js';

/** A delivery as it reached an endpoint: the body exactly as received (undefined when there was none). */
export type WebhookDelivery =
  | { form: 'coresignal'; token: string; body: Buffer | undefined }
  | { form: 'signed'; signature?: string; timestamp?: string; deliveryId?: string; body: Buffer | undefined };

export interface DeliveryReceipt {
  /** 202: accepted and handed to the message bus; 200: a duplicate, ignored */
  status: 200 | 202;
  body: {
    success: true;
    deliveryId: string;
    duplicate: boolean;
    /** notices (events) in the delivery, after removing repeats inside it */
    notices: number;
    /** messages published on provider.changes */
    published: number;
    /** notices left out: unknown members or companies */
    rejected: Rejection[];
    message: string;
  };
}

/**
 * Authenticates a webhook delivery, validates it, and hands its notices to the message bus (`provider.changes`),
 * answering only once the bus acknowledged them. Refusals are HTTP errors in the project's error shape.
 */
export class ReceiveWebhookDeliveryCommand extends Command<DeliveryReceipt> {
  constructor(
    readonly delivery: WebhookDelivery,
    readonly receivedAt: Date = new Date(),
  ) {
    super();
  }
}
