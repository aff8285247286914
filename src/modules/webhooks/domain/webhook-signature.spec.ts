import { describe, expect, it } from '@jest/globals';
import { createHmac } from 'node:crypto';
import { signWebhookBody, verifyWebhookSignature } from './webhook-signature.js';

const SECRET = 'whsec_test_0123456789';
const BODY = Buffer.from('[{"kind":"employee.updated","companyId":"2001","personId":"17"}]');
const NOW = new Date('2026-11-27T12:00:00Z');
const TS = String(NOW.getTime() / 1000);

const check = (overrides: Partial<Parameters<typeof verifyWebhookSignature>[0]> = {}) =>
  verifyWebhookSignature({ secret: SECRET, signature: signWebhookBody(SECRET, TS, BODY), timestamp: TS, body: BODY, now: NOW, ...overrides });

describe('webhook signature (HMAC-SHA256 over "<timestamp>.<raw body>")', () => {
  it('is the documented HMAC, hex, with a sha256= prefix', () => {
    const expected = createHmac('sha256', SECRET).update(`${TS}.`).update(BODY).digest('hex');
    expect(signWebhookBody(SECRET, TS, BODY)).toBe(`sha256=${expected}`);
    expect(signWebhookBody(SECRET, Number(TS), BODY.toString('utf8'))).toBe(`sha256=${expected}`);
  });

  it('accepts the right signature, in upper-case hex too, within the tolerance either way', () => {
    expect(check()).toEqual({ ok: true, timestamp: NOW });
    const hex = signWebhookBody(SECRET, TS, BODY).slice('sha256='.length);
    expect(check({ signature: `sha256=${hex.toUpperCase()}` }).ok).toBe(true);
    for (const skewSeconds of [-299, 299]) {
      const ts = String(Number(TS) + skewSeconds);
      expect(check({ timestamp: ts, signature: signWebhookBody(SECRET, ts, BODY) }).ok).toBe(true);
    }
  });

  it('refuses a signature over other bytes: one byte changed, re-serialised JSON, another secret, another timestamp', () => {
    const tampered = Buffer.from(BODY);
    tampered[tampered.length - 3] = 0x38; // "17" → "18"
    expect(check({ body: tampered })).toEqual({ ok: false, reason: 'mismatch' });
    const reserialised = Buffer.from(JSON.stringify(JSON.parse(BODY.toString()), null, 1));
    expect(check({ body: reserialised })).toEqual({ ok: false, reason: 'mismatch' });
    expect(check({ signature: signWebhookBody('another secret', TS, BODY) })).toEqual({ ok: false, reason: 'mismatch' });
    expect(check({ timestamp: String(Number(TS) + 1) })).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('refuses a stale or future timestamp beyond 5 minutes even when signed correctly', () => {
    for (const skewSeconds of [-301, 301, -86_400]) {
      const ts = String(Number(TS) + skewSeconds);
      expect(check({ timestamp: ts, signature: signWebhookBody(SECRET, ts, BODY) })).toEqual({ ok: false, reason: 'stale_timestamp' });
    }
  });

  it('names what is missing or malformed', () => {
    expect(check({ signature: undefined })).toEqual({ ok: false, reason: 'missing_signature' });
    expect(check({ timestamp: undefined })).toEqual({ ok: false, reason: 'missing_timestamp' });
    expect(check({ timestamp: '2026-11-27T12:00:00Z' })).toEqual({ ok: false, reason: 'malformed_timestamp' });
    expect(check({ timestamp: '-5' })).toEqual({ ok: false, reason: 'malformed_timestamp' });
    expect(check({ signature: 'deadbeef' })).toEqual({ ok: false, reason: 'malformed_signature' });
    expect(check({ signature: `sha1=${'a'.repeat(40)}` })).toEqual({ ok: false, reason: 'malformed_signature' });
    expect(check({ signature: `sha256=${'g'.repeat(64)}` })).toEqual({ ok: false, reason: 'malformed_signature' });
  });
});
