import { op } from '../api';

/** 发布日历 and 渠道账号: the documents and the shapes they return (written by hand, as in queries.ts). */

export interface CalendarRelease {
  publicationId: string;
  contentId: string;
  contentStatus: string;
  title: string;
  channel: string;
  accountName: string | null;
  status: string;
  wechatMode: 'PUBLISH' | 'MASS_SEND' | null;
  at: string;
  massSendQuota: { period: 'DAY' | 'MONTH'; used: number; limit: number; rule: string } | null;
}

export interface ChannelInfo { kind: string; label: string; hosted: boolean; credentialFields: { name: string; required: boolean }[] }

export interface AccountCheck { ok: boolean; reachable: boolean; message: string; checkedAt: string }

export interface AccountRow {
  id: string;
  channel: string;
  name: string;
  unitCode: string;
  status: string;
  statusReason: string | null;
  statusChangedAt: string | null;
  lastCheck: AccountCheck | null;
  settings: { wechatMode: 'PUBLISH' | 'MASS_SEND' | null; wechatAccountType: 'SUBSCRIPTION' | 'SERVICE' | null };
  lastDelivered: { contentId: string; title: string; publishedAt: string } | null;
  staleness: { limitDays: number; daysLeft: number; daysSilent: number; stale: boolean } | null;
}

export interface FailedRelease { publicationId: string; contentId: string; title: string; channel: string; accountName: string | null; unitCode: string; attempts: number; lastError: string | null; failedAt: string }

export const RELEASE_CALENDAR = op<{ releaseCalendar: CalendarRelease[] }, { from: string; to: string; channel: string | null }>(
  `query ReleaseCalendar($from: DateTime!, $to: DateTime!, $channel: ChannelKind) { releaseCalendar(from: $from, to: $to, channel: $channel) {
    publicationId contentId contentStatus title channel accountName status wechatMode at massSendQuota { period used limit rule } } }`,
);
export const CHANNELS = op<{ channels: ChannelInfo[] }>(`query Channels { channels { kind label hosted credentialFields { name required } } }`);

const ACCOUNT = `id channel name unitCode status statusReason statusChangedAt lastCheck { ok reachable message checkedAt }
  settings { wechatMode wechatAccountType } lastDelivered { contentId title publishedAt } staleness { limitDays daysLeft daysSilent stale }`;
export const CHANNEL_ACCOUNTS = op<{ channelAccounts: AccountRow[] }>(`query ChannelAccounts { channelAccounts { ${ACCOUNT} } }`);
export const FAILED_RELEASES = op<{ failedReleases: FailedRelease[] }>(`query FailedReleases { failedReleases { publicationId contentId title channel accountName unitCode attempts lastError failedAt } }`);

export const CREATE_ACCOUNT = op<{ createChannelAccount: { id: string; lastCheck: CheckOutcome | null } }, { input: { channel: string; name: string; unitCode?: string | null; credentials: Record<string, string> } }>(
  `mutation CreateChannelAccount($input: ChannelAccountInput!) { createChannelAccount(input: $input) { id lastCheck { ok reachable } } }`,
);
/** What the platform said when the credentials were checked at the door (unreachable: not yet verified). */
export interface CheckOutcome { ok: boolean; reachable: boolean }
export const ROTATE_CREDENTIALS = op<{ rotateChannelCredentials: { id: string; lastCheck: CheckOutcome | null } }, { id: string; credentials: Record<string, string> }>(
  `mutation RotateChannelCredentials($id: ID!, $credentials: JSON!) { rotateChannelCredentials(id: $id, credentials: $credentials) { id lastCheck { ok reachable } } }`,
);
export const SUSPEND_ACCOUNT = op<{ suspendChannelAccount: { id: string } }, { id: string; reason: string }>(`mutation SuspendChannelAccount($id: ID!, $reason: String!) { suspendChannelAccount(id: $id, reason: $reason) { id } }`);
export const RESUME_ACCOUNT = op<{ resumeChannelAccount: { id: string } }, { id: string }>(`mutation ResumeChannelAccount($id: ID!) { resumeChannelAccount(id: $id) { id } }`);
export const CLOSE_ACCOUNT = op<{ closeChannelAccount: { id: string } }, { id: string; reason: string }>(`mutation CloseChannelAccount($id: ID!, $reason: String!) { closeChannelAccount(id: $id, reason: $reason) { id } }`);
export const TEST_ACCOUNT = op<{ testChannelAccount: AccountCheck }, { id: string }>(`mutation TestChannelAccount($id: ID!) { testChannelAccount(id: $id) { ok reachable message checkedAt } }`);
export const UPDATE_ACCOUNT_SETTINGS = op<{ updateChannelAccountSettings: { id: string } }, { id: string; input: { wechatMode?: 'PUBLISH' | 'MASS_SEND'; wechatAccountType?: 'SUBSCRIPTION' | 'SERVICE' } }>(
  `mutation UpdateChannelAccountSettings($id: ID!, $input: ChannelAccountSettingsInput!) { updateChannelAccountSettings(id: $id, input: $input) { id } }`,
);
