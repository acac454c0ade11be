/**
 * A channel is one folder with one descriptor. The hub never names a channel: the registry, the GraphQL enum,
 * content and account validation, inspection, statistics and callback routing all read the descriptors listed
 * in `plugins.ts`, so a new channel is its folder plus one line there.
 */
import type { Router } from 'express';
import type { z } from 'zod';
import type { Channel, ExternalStatus } from './Channel.js';

/** An environment variable a channel reads (an API base, a timeout), validated when the hub starts. */
export interface ChannelConfigKey {
  env: string;
  /** Used when the variable is unset. */
  default: string;
  /** Checked as an http(s) URL (and a trailing slash dropped). */
  url?: boolean;
  /** Checked as a request timeout: whole milliseconds within `CONFIG_TIMEOUT_RANGE_MS`. */
  timeoutMs?: boolean;
  description: string;
}

/** How an item goes out on a channel that offers more than one way (WeChat: 发布 to the account's page, 群发 to its followers). */
export type DeliveryMode = 'publish' | 'mass_send';

/** What a channel can do beyond publishing; the conformance suite holds adapters to these flags. */
export interface ChannelCapabilities {
  /** `status()`: the platform finishes asynchronously or can be asked whether an item is out. */
  status: boolean;
  /** `retract()`: an item can be taken down again. */
  retract: boolean;
  /** A 群发 to followers, besides publishing to the account's page. */
  massSend: boolean;
}

/** What the server hands a channel's webhook router: the data path stays server → workflow, never channel → store. */
export interface WebhookHooks {
  /** The decrypted credentials of an account of this channel (suspended ones too), or null when unknown. */
  credentials(accountId: string): Promise<Record<string, string> | null>;
  /** Records a platform's verdict on the publication with this external id within the account; false if unknown. */
  applyStatus(accountId: string, externalId: string, status: ExternalStatus): Promise<boolean>;
}

/** Settings a channel is built with: its config keys' values and where the portal lives. */
export interface ChannelSettings {
  env: Readonly<Record<string, string>>;
  publicBaseUrl: string;
  /**
   * Where a channel that fetches images for the platform may fetch them from (the admin's allowlist; see
   * workflow/imageSources.ts). Unset: nothing outside the hub's own media.
   */
  imageSources?: () => Promise<{ allowedHosts: string[]; allowAddresses?: string[] }>;
}

export interface ChannelDescriptor<K extends string = string> {
  /** Stable upper-case code: the GraphQL enum value and what the database stores. */
  readonly kind: K;
  /** The short Chinese name editors see (the console's channel checkbox). */
  readonly label: string;
  /** The formal name in reports (政务公开工作年度报告). */
  readonly formalLabel: string;
  /** Hosted by the hub itself (portal, feeds: no account) or published through a unit's channel account. */
  readonly hosted: boolean;
  /** Account channels only: the credentials an account must carry, validated when it is created or rotated. */
  readonly credentials?: z.ZodType<Record<string, string>>;
  readonly capabilities: ChannelCapabilities;
  /**
   * Channels with `capabilities.massSend`: how a release goes out when neither the release nor the account's
   * settings choose. The one place this default is decided (booking, the settings shown, an unbooked delivery).
   */
  readonly defaultDeliveryMode?: DeliveryMode;
  readonly config: readonly ChannelConfigKey[];
  /** One adapter per process (caches such as WeChat's token are per instance). */
  create(settings: ChannelSettings): Channel;
  /** Platform callbacks, mounted at `/channels/<kind in lower case>/`. */
  webhook?(hooks: WebhookHooks): Router;
}
