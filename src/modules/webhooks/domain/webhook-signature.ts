import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The signed form of webhook deliveries (CORESIGNAL.md, "Webhooks"; docs/webhooks.md):
 *   x-timestamp: <unix seconds>
 *   x-signature: sha256=<hex HMAC-SHA256(secret, "<x-timestamp>." + raw body bytes)>
 * Signing the timestamp with the body makes a captured request useless once it is older than the tolerance, and the
 * delivery id (remembered by the receiver) stops a replay inside it.
 */
export const SIGNATURE_TOLERANCE_MS = 5 * 60 * 1000;

export type SignatureFailure = 'missing_signature' | 'malformed_signature' | 'missing_timestamp' | 'malformed_timestamp' | 'stale_timestamp' | 'mismatch';

export type SignatureCheck = { ok: true; timestamp: Date } | { ok: false; reason: SignatureFailure };

export interface SignedRequest {
  secret: string;
  /** the x-signature header */
  signature: string | undefined;
  /** the x-timestamp header */
  timestamp: string | undefined;
  /** the body exactly as received */
  body: Buffer;
  now: Date;
  toleranceMs?: number;
}

function hmac(secret: string, timestamp: string, body: Buffer | string): Buffer {
  return createHmac('sha256', secret).update(`${timestamp}.`, 'utf8').update(body).digest();
}

/** The x-signature value for a body sent at `timestamp` (unix seconds): what a producer computes. */
export function signWebhookBody(secret: string, timestamp: number | string, body: Buffer | string): string {
  return `sha256=${hmac(secret, String(timestamp), body).toString('hex')}`;
}

/** Checks the signature over the raw body and the timestamp's skew (either direction), in constant time. */
export function verifyWebhookSignature(request: SignedRequest): SignatureCheck {
  const { signature, timestamp } = request;
  if (timestamp === undefined || timestamp === '') return { ok: false, reason: 'missing_timestamp' };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'malformed_timestamp' };
  if (signature === undefined || signature === '') return { ok: false, reason: 'missing_signature' };
  const match = /^sha256=([0-9a-fA-F]{64})$/.exec(signature.trim());
  if (!match) return { ok: false, reason: 'malformed_signature' };
  const expected = hmac(request.secret, timestamp, request.body);
  if (!timingSafeEqual(Buffer.from(match[1], 'hex'), expected)) return { ok: false, reason: 'mismatch' };
  const sent = new Date(Number(timestamp) * 1000);
  if (Math.abs(request.now.getTime() - sent.getTime()) > (request.toleranceMs ?? SIGNATURE_TOLERANCE_MS)) return { ok: false, reason: 'stale_timestamp' };
  return { ok: true, timestamp: sent };
}
