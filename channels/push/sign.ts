/**
 * The push channel's request signature, shared by the adapter and any receiver written against it.
 *
 *   X-Tongfa-Timestamp: <Unix seconds>
 *   X-Tongfa-Signature: sha256=<hex HMAC-SHA256(secret, timestamp + "\n" + METHOD + " " + path + "\n" + body)>
 *
 * The timestamp bounds replays (receivers should refuse one more than five minutes off); the method and path bind a
 * signature to one item, so a captured DELETE cannot be replayed against another.
 */
import { createHmac } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-tongfa-signature';
export const TIMESTAMP_HEADER = 'x-tongfa-timestamp';
export const IDEMPOTENCY_HEADER = 'idempotency-key';

export interface SignedParts {
  timestamp: string;
  method: string;
  path: string;
  body: string;
}

export function pushSignature(secret: string, parts: SignedParts): string {
  const mac = createHmac('sha256', secret).update(`${parts.timestamp}\n${parts.method.toUpperCase()} ${parts.path}\n${parts.body}`).digest('hex');
  return `sha256=${mac}`;
}
