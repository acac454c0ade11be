-- Delivery to the platforms: durable progress of a multi-step publish (so a restarted worker resumes
-- instead of posting again), status polls of asynchronous publishes, and retraction on the platforms.
ALTER TABLE publications ADD COLUMN progress jsonb NOT NULL DEFAULT '{}';
ALTER TABLE publications ADD COLUMN polls integer NOT NULL DEFAULT 0;
ALTER TABLE publications ADD COLUMN retract_error text;
-- A delivery in flight holds a lease it keeps renewing; a second run of the same job waits for it to lapse.
ALTER TABLE publications ADD COLUMN lease_until timestamptz;
ALTER TABLE publications DROP CONSTRAINT publications_status_check;
ALTER TABLE publications ADD CONSTRAINT publications_status_check
  CHECK (status IN ('PENDING', 'PUBLISHING', 'PUBLISHED', 'FAILED', 'RETRACTING', 'RETRACTED', 'RETRACT_FAILED', 'CANCELLED'));
CREATE INDEX publications_external_idx ON publications (channel, external_id) WHERE external_id IS NOT NULL;
