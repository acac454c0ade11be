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

-- Portal pages are cached in each web process; a change to what they show (a publication published,
-- retracted or corrected, the catalogue, interpretation links) NOTIFYs them to drop their cache. One
-- notification per statement, and PostgreSQL folds repeats within a transaction into one.
CREATE FUNCTION notify_portal_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('tongfa_portal', '');
  RETURN NULL;
END $$;
CREATE TRIGGER publications_portal_changed AFTER INSERT OR DELETE OR UPDATE OF status, revision, published_at, retracted_at, url
  ON publications FOR EACH STATEMENT EXECUTE FUNCTION notify_portal_changed();
CREATE TRIGGER contents_portal_changed AFTER UPDATE OF status, retract_reason, category_code
  ON contents FOR EACH STATEMENT EXECUTE FUNCTION notify_portal_changed();
CREATE TRIGGER categories_portal_changed AFTER INSERT OR UPDATE OR DELETE
  ON categories FOR EACH STATEMENT EXECUTE FUNCTION notify_portal_changed();
CREATE TRIGGER interpretations_portal_changed AFTER INSERT OR UPDATE OR DELETE
  ON policy_interpretations FOR EACH STATEMENT EXECUTE FUNCTION notify_portal_changed();
