-- Three of the indexes Agenda's backend puts on its job table are read by no query of the hub (issue #11 "Speed",
-- PostgreSQL's share): idx_scan stayed 0 through a pipeline bench, while every claim, Agenda's own and ours, and the
-- queue gauge use agenda_jobs_unfinished_idx (store/jobs.ts), whose predicate their conditions imply. A job row is
-- inserted, then updated twice or more (claimed, saved; never HOT, as locked_at and next_run_at are indexed) for each
-- platform publication, and each version paid an entry in each of these. jobs/agendaIndexes.ts keeps a start from
-- creating them again. IF EXISTS: on a fresh database the job table comes after the migrations.
DROP INDEX IF EXISTS agenda_jobs_find_and_lock_idx;
DROP INDEX IF EXISTS agenda_jobs_locked_at_idx;
DROP INDEX IF EXISTS agenda_jobs_next_run_at_idx;
