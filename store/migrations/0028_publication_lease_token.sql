-- Fencing of deliveries: every claim of a publication takes the next lease token, and every write a delivery
-- makes after its platform call (progress, lease extension, outcome) is conditional on still holding that
-- token. A worker stalled past its lease (CPU starvation, GC, SIGSTOP) can then neither start a publishing
-- call nor overwrite what the worker that took over recorded.
ALTER TABLE publications ADD COLUMN lease_token integer NOT NULL DEFAULT 0;
