-- Channels: retry deadlines, WeChat 群发 (mass send) beside 发布, per-account channel settings.
-- When the first attempt of the current delivery round was made: retryable failures are retried with backoff
-- until DELIVERY_GIVE_UP_AFTER_MS after it. Cleared when the publication fails, so a manual retry starts afresh.
ALTER TABLE publications ADD COLUMN first_attempt_at timestamptz;
-- How a WeChat publication goes out: 'publish' (发布: draft + freepublish) or 'mass_send' (群发 to followers);
-- NULL takes the account's setting.
ALTER TABLE publications ADD COLUMN delivery_mode text CHECK (delivery_mode IN ('publish', 'mass_send'));
-- Per-account settings that are not secrets: WeChat's default mode, account type (subscription / service, for the
-- 群发 quota) and whether API群发保护 is on (an administrator confirms each 群发 on the phone).
ALTER TABLE channel_accounts ADD COLUMN settings jsonb NOT NULL DEFAULT '{}';
CREATE INDEX publications_mass_send_idx ON publications (account_id, published_at) WHERE delivery_mode = 'mass_send';
