-- The portal's page cache is told only of changes to what its cached pages read (issue #11 "Speed", the two
-- workers' waits). At COMMIT a notifying transaction takes the database's one notification-queue lock and holds
-- it through its WAL flush, so notifying commits run one at a time, each with a flush of its own, whatever the
-- number of workers. Sampled during a release (bench/pipeline.workers.ts, BENCH_SAMPLE_WAITS=1) the commits
-- queued on that lock were the only lock waits there were; and every WeChat or Weibo delivery's PUBLISHED
-- (and the item's status it settles) notified, although the cached pages (`/`, `/categories/…`, `/articles/…`
-- and the /mn/ ones, server/portal.ts) read only PORTAL rows and, of the item, its category and retraction.


-- 1. Publications: PORTAL rows only (the APP feed is not cached); the same changes as before (0031).
DROP TRIGGER publications_portal_insert ON publications;
DROP TRIGGER publications_portal_changed ON publications;
DROP TRIGGER publications_portal_delete ON publications;
CREATE TRIGGER publications_portal_insert AFTER INSERT ON publications
  FOR EACH ROW WHEN (NEW.channel = 'PORTAL' AND NEW.status IN ('PUBLISHED', 'RETRACTED')) EXECUTE FUNCTION notify_portal_changed();
CREATE TRIGGER publications_portal_changed AFTER UPDATE OF status, revision, published_at, retracted_at, url ON publications
  FOR EACH ROW WHEN (NEW.channel = 'PORTAL' AND (OLD.status IN ('PUBLISHED', 'RETRACTED') OR NEW.status IN ('PUBLISHED', 'RETRACTED'))
    AND (OLD.status, OLD.revision, OLD.published_at, OLD.retracted_at, OLD.url) IS DISTINCT FROM (NEW.status, NEW.revision, NEW.published_at, NEW.retracted_at, NEW.url))
  EXECUTE FUNCTION notify_portal_changed();
CREATE TRIGGER publications_portal_delete AFTER DELETE ON publications
  FOR EACH ROW WHEN (OLD.channel = 'PORTAL' AND OLD.status IN ('PUBLISHED', 'RETRACTED')) EXECUTE FUNCTION notify_portal_changed();

-- 2. Items: a cached page shows an item's category and, once retracted, its reason; not its workflow status
--    and time (what is live is the PORTAL publication's status, notified above). A status-only change, such
--    as the item settling when its last channel is published, no longer notifies.
DROP TRIGGER contents_portal_changed ON contents;
CREATE TRIGGER contents_portal_changed AFTER UPDATE OF retract_reason, retracted_at, category_code ON contents
  FOR EACH ROW WHEN ((OLD.retract_reason, OLD.retracted_at, OLD.category_code) IS DISTINCT FROM (NEW.retract_reason, NEW.retracted_at, NEW.category_code))
  EXECUTE FUNCTION notify_portal_changed();
