import { ChannelError, type Channel, type ChannelKind } from '../../channels/Channel.js';
import { hubChannels, type ChannelRegistry } from '../../channels/registry.js';
import { findUserByUsername } from '../../store/organisation.js';
import { listPublications } from '../../store/publications.js';
import { actorOf, type Actor } from '../../workflow/actor.js';
import { createContent, submitContent } from '../../workflow/content.js';
import type { ContentInput } from '../../workflow/contentInput.js';
import { deliverPublication, type DeliveryOutcome } from '../../workflow/delivery/index.js';
import type { Deps, Scheduler } from '../../workflow/deps.js';
import { publishContent } from '../../workflow/publish.js';
import { reviewContent } from '../../workflow/review.js';

/** A platform on the far side of the adapter interface that accepts every post, and counts them. */
export function acceptingPlatform(kind: Extract<ChannelKind, 'WECHAT' | 'WEIBO'>): Channel & { calls: number } {
  const platform = {
    kind,
    calls: 0,
    validate: () => [],
    async publish(_rendition: unknown, _account: unknown, key: string) {
      platform.calls++;
      return { externalId: `ext-${key}`, url: null };
    },
  };
  return platform;
}

/** A platform that refuses every post for good (the way a revoked API permission does). */
export function refusingPlatform(kind: Extract<ChannelKind, 'WECHAT' | 'WEIBO'>, message: string): Channel {
  return {
    kind,
    validate: () => [],
    async publish() {
      throw new ChannelError(message, false, 'PLATFORM_REFUSED');
    },
  };
}

export function platforms(overrides: ChannelRegistry = {}): ChannelRegistry {
  return { ...hubChannels(), WECHAT: acceptingPlatform('WECHAT'), WEIBO: acceptingPlatform('WEIBO'), ...overrides };
}

/** The hub's own dependencies with the clock under the test's control and no job queue. */
export function withClock(base: Deps, now: () => Date): Deps {
  const idle: Scheduler = { deliver: async () => {}, cancel: async () => {}, retract: async () => {} };
  return { ...base, now, scheduler: idle };
}

export async function actorNamed(deps: Deps, username: string): Promise<Actor> {
  const user = await findUserByUsername(deps.pool, username);
  if (!user) throw new Error(`no user ${username}`);
  return actorOf(user);
}

export async function approvedContent(deps: Deps, editor: Actor, reviewer: Actor, input: Partial<ContentInput> = {}): Promise<string> {
  const content = await createContent(deps, editor, { title: '关于开展冬季供暖检查的通知', body: '<p>各有关单位：请于本月底前完成供暖设施检查。</p>', categoryCode: 'tzgg', channels: ['PORTAL'], ...input });
  await submitContent(deps, editor, content.id);
  await reviewContent(deps, reviewer, content.id, { decision: 'APPROVE' });
  return content.id;
}

/** Publishes now (at the deps' clock) and runs each delivery as the worker would. */
export async function release(deps: Deps, editor: Actor, id: string, channels: ChannelRegistry = platforms()): Promise<DeliveryOutcome[]> {
  await publishContent(deps, editor, id);
  const outcomes: DeliveryOutcome[] = [];
  for (const p of await listPublications(deps.pool, id)) if (p.status === 'PENDING') outcomes.push(await deliverPublication(deps, channels, p.id));
  return outcomes;
}
