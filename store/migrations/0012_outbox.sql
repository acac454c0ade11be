-- Transactional outbox: a state change and what must follow it (a mail, arming a delivery job) are written
-- in one transaction, and a dispatcher carries the rows out afterwards. A crash between the commit and the
-- send leaves the row here instead of losing the mail or the job.
CREATE TABLE outbox (
  id               bigserial PRIMARY KEY,
  kind             text NOT NULL CHECK (kind IN ('mail', 'deliver', 'retract', 'cancel')),
  payload          jsonb NOT NULL,
  created_at       timestamptz NOT NULL DEFAULT now(),
  next_attempt_at  timestamptz NOT NULL DEFAULT now(),
  attempts         integer NOT NULL DEFAULT 0,
  last_error       text,
  -- Set when carried out, or when given up after too many attempts (last_error says why).
  done_at          timestamptz
);
CREATE INDEX outbox_due_idx ON outbox (next_attempt_at) WHERE done_at IS NULL;
