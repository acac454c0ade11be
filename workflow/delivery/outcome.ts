import { SYSTEM, type Actor } from '../actor.js';
import { ChannelError } from '../../channels/Channel.js';

/** Asynchronous publishes (WeChat) are polled soon after submission, then every 5 s, up to an hour of polls. */
export const POLL_INTERVAL_MS = 5_000;
export const MAX_POLLS = 720;
export const pollDelay = (polls: number): number => Math.min(POLL_INTERVAL_MS, 1000 * 2 ** Math.max(0, polls - 1));

/** The actor of every audit event the delivery job writes. */
export const DELIVERY_ACTOR = 'system:deliver';

/** The delivery job as the transition table's actor (its moves are the table's `system` actions). */
export const DELIVERY_SYSTEM_ACTOR: Actor = { ...SYSTEM, username: DELIVERY_ACTOR };

export type DeliveryOutcome =
  | { kind: 'published'; url: string | null }
  | { kind: 'skipped'; reason: string }
  /** `leaseHandedBack`: the run already gave its lease back in its last write (no separate hand-back needed). */
  | { kind: 'wait'; until: Date; leaseHandedBack?: true }
  | { kind: 'retry'; at: Date; error: string }
  | { kind: 'failed'; error: string };

/**
 * Exponential backoff with full jitter (a uniform pick between 0 and the exponential ceiling): retries of many
 * publications after one outage do not hit the platform in step.
 */
export function backoffDelay(attempt: number, baseMs = 2000, capMs = 10 * 60 * 1000, random = Math.random): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(random() * ceiling);
}

/** Anything an adapter throws, as a ChannelError; an unknown throw is treated as passing (retryable). */
export function asChannelError(error: unknown): ChannelError {
  return error instanceof ChannelError ? error : new ChannelError(error instanceof Error ? error.message : String(error), true, 'UNEXPECTED');
}
