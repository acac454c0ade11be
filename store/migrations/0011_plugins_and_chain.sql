-- Channels are plugins (channels/plugins.ts): the set of channel kinds is validated in code against the
-- registered descriptors, so adding a channel needs no migration. The database keeps only the shape of a code.
ALTER TABLE channel_accounts DROP CONSTRAINT IF EXISTS channel_accounts_channel_check;
ALTER TABLE channel_accounts ADD CONSTRAINT channel_accounts_channel_code CHECK (channel ~ '^[A-Z][A-Z0-9_]{1,31}$');
ALTER TABLE publications DROP CONSTRAINT IF EXISTS publications_channel_check;
ALTER TABLE publications ADD CONSTRAINT publications_channel_code CHECK (channel ~ '^[A-Z][A-Z0-9_]{1,31}$');

-- The audit chain off the writers' critical path. Events are inserted in the business transaction with a
-- plain sequence number (no head row to lock); one background chainer seals them in order by INSERTing
-- their hashes into audit_chain. Both tables are INSERT-only. A rolled-back transaction leaves a gap in the
-- sequence: the chain links each event to the previous *existing* one, so gaps are harmless, and deleting
-- an event or its chain row breaks the link of the next one.
CREATE SEQUENCE audit_events_seq AS bigint;
SELECT setval('audit_events_seq', GREATEST(seq, 1), seq > 0) FROM audit_head;
ALTER TABLE audit_events ALTER COLUMN prev_hash DROP NOT NULL, ALTER COLUMN hash DROP NOT NULL;

CREATE TABLE audit_chain (
  seq        bigint PRIMARY KEY,
  prev_hash  text NOT NULL,
  hash       text NOT NULL
);
-- Events chained before this migration carry their hashes in-row: the chain table starts with them.
INSERT INTO audit_chain (seq, prev_hash, hash) SELECT seq, prev_hash, hash FROM audit_events ORDER BY seq;

CREATE FUNCTION audit_chain_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_chain is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_chain_no_update_delete BEFORE UPDATE OR DELETE ON audit_chain
  FOR EACH ROW EXECUTE FUNCTION audit_chain_append_only();
CREATE TRIGGER audit_chain_no_truncate BEFORE TRUNCATE ON audit_chain
  FOR EACH STATEMENT EXECUTE FUNCTION audit_chain_append_only();
-- audit_head is no longer maintained (the sealed head is the last audit_chain row); it stays for old readers.
