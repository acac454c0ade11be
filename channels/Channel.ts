/**
 * One interface for every channel (一网两微一端). The portal and the app feed are the hub's own channels and
 * need no account; WeChat and Weibo publish through a unit's channel account.
 */
import type { CHANNEL_DESCRIPTORS } from './plugins.js';

/** The registered channels' codes (see plugins.ts). */
export type ChannelKind = (typeof CHANNEL_DESCRIPTORS)[number]['kind'];

/** What leaves the building: the approved revision, sanitized and de-identified. Never the raw draft. */
export interface Rendition {
  contentId: string;
  revision: number;
  title: string;
  /** Sanitized, de-identified HTML. */
  html: string;
  /** Plain-text summary, de-identified. */
  summary: string;
  categoryCode: string;
  categoryName: string;
  unitName: string;
  /** Absolute URL of the portal article, the link other channels point to. */
  portalUrl: string;
  publishedAt: Date;
  /** 渠道文案 the editor wrote for the platforms (gated and de-identified with the item); absent = derived. */
  variants?: ChannelVariants | null;
  /** The WeChat cover the editor chose (variants.wechatCoverId), read from the hub's media store; absent = derived. */
  wechatCover?: CoverImage | null;
}

/** An image the hub supplies itself (never fetched from a URL). */
export interface CoverImage {
  bytes: Uint8Array;
  contentType: 'image/jpeg' | 'image/png';
}

/** Per-channel copy of an approved revision; null fields are derived from the item by each adapter. */
export interface ChannelVariants {
  /** Weibo text without the link: the adapter appends the portal link. */
  weiboText: string | null;
  wechatDigest: string | null;
  wechatAuthor: string | null;
  /** 原文链接 (content_source_url); the portal article when null. */
  sourceUrl: string | null;
  /** WeChat 封面: an image attachment (JPEG/PNG) of the item; null = the first body image or the placeholder. */
  wechatCoverId?: string | null;
}

/** The decrypted credentials of a channel account, handed only to its adapter. */
export interface AccountCredentials {
  accountId: string;
  name: string;
  credentials: Record<string, string>;
}

export interface PublishResult {
  externalId: string;
  url: string | null;
  /** True when the platform accepted the item but finishes publishing asynchronously (poll `status`). */
  pending?: boolean;
}

export type ExternalStatus =
  | { state: 'published'; url: string | null }
  | { state: 'publishing' }
  | { state: 'failed'; message: string };

/** An adapter's verdict on an error: retry later, or give up and tell the channel admins. */
export class ChannelError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly code: string,
    /** The account itself is unusable (token revoked) until an admin re-authorises it. */
    readonly accountNeedsReauth = false,
    /**
     * The platform's own hint for how long to stay away (frequency limits). The job layer should wait at
     * least this long before the next attempt instead of its usual exponential step; absent = no hint.
     */
    readonly retryAfterMs?: number,
  ) {
    super(message);
    this.name = 'ChannelError';
  }
}

/**
 * What the job layer knows about the delivery it is running. Optional so that a caller that knows nothing
 * (a CLI re-send, a test) still works; adapters must then assume a first attempt.
 */
export interface PublishContext {
  /**
   * 1 for the first try of this idempotency key, higher for every retry (after a crash or a failure).
   * Platforms without idempotency keys (Weibo) use it to read a duplicate-content reply as "our earlier
   * attempt got through" instead of as an error.
   */
  attempt?: number;
  /**
   * Progress an earlier, interrupted attempt saved with `checkpoint` (e.g. WeChat's draft media_id), so a
   * restarted worker resumes the same platform objects instead of creating new ones.
   */
  resume?: Readonly<Record<string, string>>;
  /**
   * Saves progress durably before a step that cannot be repeated safely. Throws a ChannelError `LEASE_LOST`
   * when another worker has taken the delivery over meanwhile: nothing may be sent then.
   */
  checkpoint?: (progress: Record<string, string>) => Promise<void>;
  /**
   * Right before a call that may publish (WeChat's submit and 群发, Weibo's share): saves `progress` and makes
   * sure this delivery still holds its publication for the whole call — `timeoutMs` is the call's own timeout —
   * or throws `LEASE_LOST`. The call must leave the process by `sendBy` (pass it to the API client, which refuses
   * to send later); no other worker can take the publication over before `settledBy`, by which the request has
   * landed or died. The delivery layer also saves `settledBy` as `sendSettledBy` in the progress, so the next
   * attempt knows until when an earlier, unanswered request may still land.
   */
  beforeSend?: (progress: Record<string, string>, timeoutMs: number) => Promise<SendWindow>;
}

/** When a publishing call must have been sent, and when it has certainly landed or died (epoch ms). */
export interface SendWindow {
  sendBy: number;
  settledBy: number;
}

/** The progress key under which the delivery layer keeps the last publishing call's `settledBy` (ISO). */
export const SEND_SETTLED_BY = 'sendSettledBy';

/**
 * Before a call that may publish: saves `progress` and, under a delivery, takes the lease for the call; answers
 * the instant by which it must be sent (undefined when the caller tracks no lease: a CLI re-send, a test).
 */
export async function sendDeadline(context: PublishContext | undefined, progress: Record<string, string>, timeoutMs: number): Promise<number | undefined> {
  if (context?.beforeSend) return (await context.beforeSend(progress, timeoutMs)).sendBy;
  await context?.checkpoint?.(progress);
  return undefined;
}

/** What a delivery that lost its lease meets at its next checkpoint: retryable, and nothing was sent. */
export function leaseLost(): ChannelError {
  return new ChannelError('本次发布已由另一个发布进程接管（本进程的发布租约已失效），本进程不再向平台发送', true, 'LEASE_LOST');
}

export interface Channel {
  readonly kind: ChannelKind;
  /** Per-channel constraints, as messages for the editor; empty when the rendition fits. */
  validate(rendition: Rendition, account: AccountCredentials | null): string[];
  /** Must be safe to call again with the same idempotency key after a crash. */
  publish(
    rendition: Rendition,
    account: AccountCredentials | null,
    idempotencyKey: string,
    context?: PublishContext,
  ): Promise<PublishResult>;
  status?(externalId: string, account: AccountCredentials | null): Promise<ExternalStatus>;
  retract?(externalId: string, account: AccountCredentials | null): Promise<void>;
}
