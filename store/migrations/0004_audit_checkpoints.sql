-- Signed checkpoints of the audit chain, and indexes for the overseers' audit search.

-- A checkpoint says "the chain had `length` events and event #length hashed to `head_hash`", signed with
-- Ed25519. The public key travels with each row so an exported checkpoint verifies on its own; whether
-- that key is trusted is decided by the verifier (AUDIT_PUBLIC_KEY), never by this table.
CREATE TABLE audit_checkpoints (
  id          bigserial PRIMARY KEY,
  length      bigint NOT NULL CHECK (length >= 0),
  head_hash   text NOT NULL CHECK (head_hash ~ '^[0-9a-f]{64}$'),
  created_at  timestamptz NOT NULL,
  key_id      text NOT NULL,
  public_key  text NOT NULL,
  signature   text NOT NULL,
  created_by  text NOT NULL
);
CREATE INDEX audit_checkpoints_key_idx ON audit_checkpoints (key_id, length);

-- Checkpoints are evidence: like the events, they are never changed after the fact.
CREATE FUNCTION audit_checkpoints_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_checkpoints is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_checkpoints_no_update_delete BEFORE UPDATE OR DELETE ON audit_checkpoints
  FOR EACH ROW EXECUTE FUNCTION audit_checkpoints_append_only();
CREATE TRIGGER audit_checkpoints_no_truncate BEFORE TRUNCATE ON audit_checkpoints
  FOR EACH STATEMENT EXECUTE FUNCTION audit_checkpoints_append_only();

-- Search filters (actor and target already have theirs). text_pattern_ops serves both `action = x` and
-- the prefix form `action LIKE 'content.%'` whatever the database's collation.
CREATE INDEX audit_events_action_idx ON audit_events (action text_pattern_ops, seq);
CREATE INDEX audit_events_unit_idx ON audit_events (unit_code, seq);
CREATE INDEX audit_events_at_idx ON audit_events (at);
