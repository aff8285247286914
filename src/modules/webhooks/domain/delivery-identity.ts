import { createHash } from 'node:crypto';

/**
 * Identities of deliveries and notices. Coresignal sends no delivery id, so a delivery's id is derived from what
 * identifies it: the subscription it came for, its exact bytes and the UTC day it arrived. A retry of the same
 * delivery that day has the same id (a duplicate, ignored); the same notices on another day (cadence is daily to
 * weekly) are a new delivery, so a repeated real change is never mistaken for a retry. A retry that crosses midnight
 * is published again, which consumers absorb (they re-collect; the effect is idempotent).
 */
export function coresignalDeliveryId(subscriptionId: string, body: Buffer, receivedAt: Date): string {
  const day = receivedAt.toISOString().slice(0, 10);
  const digest = createHash('sha256').update(`${subscriptionId}\n${day}\n`, 'utf8').update(body).digest('hex');
  return `cs-${digest.slice(0, 40)}`;
}

/** A signed delivery's id is the producer's `x-delivery-id`: 1-128 letters, digits, ".", "_", ":" or "-". */
export const isWellFormedDeliveryId = (id: string | undefined): id is string => id !== undefined && /^[A-Za-z0-9._:-]{1,128}$/.test(id);

/** Stable for one notice of one delivery: a redelivered message carries the same id and consumers dedupe on it. */
export const noticeId = (source: 'coresignal' | 'signed', deliveryId: string, index: number): string => `${source}:${deliveryId}:${index}`;

/** What is remembered of a signature (signed form): a replay under a new delivery id carries the same one. */
export const signatureDigest = (signature: string): string => createHash('sha256').update(signature.trim().toLowerCase(), 'utf8').digest('hex');
