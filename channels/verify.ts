/**
 * "Test connection": each platform adapter that can prove an account's credentials with a harmless call
 * (WeChat: a stable_token request; Weibo: account/get_uid.json) offers `verifyCredentials`. A refusal is a
 * non-retryable ChannelError; an unreachable platform a retryable one.
 */
import type { AccountCredentials, ChannelKind } from './Channel.js';
import { WechatChannel } from './wechat/index.js';
import { WeiboChannel } from './weibo/index.js';

export interface CredentialVerifier {
  verifyCredentials(account: AccountCredentials): Promise<void>;
}

/** Verifiers at the configured API bases; a fresh client each time, so no cached token vouches for new credentials. */
export function credentialVerifier(channel: ChannelKind, bases: { wechatApiBase: string; weiboApiBase: string }, timeoutMs = 8000): CredentialVerifier | null {
  if (channel === 'WECHAT') return new WechatChannel({ apiBase: bases.wechatApiBase, timeoutMs, busyBackoffMs: 200 });
  if (channel === 'WEIBO') return new WeiboChannel({ apiBase: bases.weiboApiBase, timeoutMs });
  return null;
}
