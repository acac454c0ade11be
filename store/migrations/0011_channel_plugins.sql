-- Channels are plugins (channels/plugins.ts): the set of channel kinds is validated in code against the
-- registered descriptors, so adding a channel needs no migration. The database keeps only the shape of a code.
ALTER TABLE channel_accounts DROP CONSTRAINT IF EXISTS channel_accounts_channel_check;
ALTER TABLE channel_accounts ADD CONSTRAINT channel_accounts_channel_code CHECK (channel ~ '^[A-Z][A-Z0-9_]{1,31}$');
ALTER TABLE publications DROP CONSTRAINT IF EXISTS publications_channel_check;
ALTER TABLE publications ADD CONSTRAINT publications_channel_code CHECK (channel ~ '^[A-Z][A-Z0-9_]{1,31}$');
