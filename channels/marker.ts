/**
 * A per-publication marker on the portal link a post carries (`?s=<token>`), derived from the publication's
 * idempotency key. Platforms without idempotency keys (Weibo's share.json, WeChat's freepublish) show the link
 * back in the account's own lists, so a retry can tell "our earlier attempt got through" from "not there" —
 * and from another publication of the same words. The portal ignores the parameter.
 */
import { createHash } from 'node:crypto';

export function publicationMarker(idempotencyKey: string): string {
  return createHash('sha256').update(idempotencyKey).digest('base64url').slice(0, 12);
}

export function markedLink(portalUrl: string, marker: string): string {
  const url = new URL(portalUrl);
  url.searchParams.set('s', marker);
  return url.href;
}

export function carriesMarker(link: string | null | undefined, marker: string): boolean {
  if (!link) return false;
  try {
    return new URL(link).searchParams.get('s') === marker;
  } catch {
    return false;
  }
}
