import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The secret in a Coresignal callback path (`.../webhooks/coresignal/<token>`): 32 random bytes, base64url (43
 * characters). Only its SHA-256 is stored; a presented token is hashed and compared in constant time.
 */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export const newWebhookToken = (): string => randomBytes(32).toString('base64url');

export const isWellFormedToken = (token: string): boolean => TOKEN.test(token);

export const hashWebhookToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/** Constant-time equality of two hex digests of the same length (different lengths are simply unequal). */
export function sameDigest(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right);
}
