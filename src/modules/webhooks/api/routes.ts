import { RAW_BODY_ROUTE } from '../../../shared/http/raw-body.middleware.js';
import { isWellFormedToken } from '../domain/webhook-token.js';

/** The webhooks module's routes: the ones whose bodies the HTTP layer keeps as raw bytes. */
export const WEBHOOKS_ROUTE = RAW_BODY_ROUTE.replace(/^\//, '');

const callbackPrefix = (base: string) => `${base.replace(/\/+$/, '')}/${WEBHOOKS_ROUTE}/coresignal/`;

/** Where Coresignal delivers for one subscription: `<base>/api/intelligence/buyer-group-v2/webhooks/coresignal/<token>`. */
export const callbackUrl = (base: string, token: string): string => `${callbackPrefix(base)}${token}`;

/** The token of one of this service's callback URLs under `base`; undefined for any other URL. */
export function tokenOfCallbackUrl(url: string, base: string): string | undefined {
  const prefix = callbackPrefix(base);
  if (!url.startsWith(prefix)) return undefined;
  const token = url.slice(prefix.length);
  return isWellFormedToken(token) ? token : undefined;
}
