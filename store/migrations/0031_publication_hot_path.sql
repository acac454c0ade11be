-- What a channel publication costs inside PostgreSQL (issue #11, "Speed"): the triggers and indexes every
-- delivery statement pays for, cut to what can change something. Measured with bench/pipeline.profile.ts,
-- which reads each backend's CPU around each statement (the README's "Database cost per publication").

-- 1. The search index follows only the rows it can depend on: the document is the newest PUBLISHED portal
--    revision, so a publication row that is not PUBLISHED before or after a change cannot alter it. Before,
--    every release's INSERT (PENDING) and every claim (PENDING → PUBLISHING) of a portal publication ran
--    search_refresh, which looked for a live row, found none and deleted nothing: half the trigger's calls,
--    and on a connection that had not yet run it, its first call compiles the search functions' regexes.
DROP TRIGGER search_publications_sync ON publications;
DROP TRIGGER search_publications_delete ON publications;
CREATE TRIGGER search_publications_insert AFTER INSERT ON publications
  FOR EACH ROW WHEN (NEW.channel = 'PORTAL' AND NEW.status = 'PUBLISHED') EXECUTE FUNCTION search_publications_changed();
CREATE TRIGGER search_publications_sync AFTER UPDATE OF status, revision, published_at ON publications
  FOR EACH ROW WHEN (NEW.channel = 'PORTAL' AND (OLD.status = 'PUBLISHED' OR NEW.status = 'PUBLISHED')
    AND (OLD.status, OLD.revision, OLD.published_at) IS DISTINCT FROM (NEW.status, NEW.revision, NEW.published_at))
  EXECUTE FUNCTION search_publications_changed();
CREATE TRIGGER search_publications_delete AFTER DELETE ON publications
  FOR EACH ROW WHEN (OLD.channel = 'PORTAL' AND OLD.status = 'PUBLISHED') EXECUTE FUNCTION search_publications_changed();

-- 2. The portal's page cache is told only of changes it can show: a publication that is (or was) PUBLISHED or
--    RETRACTED (the portal lists PUBLISHED rows; feeds read the last RETRACTED time). A statement trigger fired
--    on every release, claim and lease write, matched or not, and each NOTIFY costs more than the call: at
--    COMMIT a notifying transaction takes the database's notification-queue lock and holds it through its WAL
--    flush, so every delivery transaction was queued behind every other one's commit.
DROP TRIGGER publications_portal_changed ON publications;
CREATE TRIGGER publications_portal_insert AFTER INSERT ON publications
  FOR EACH ROW WHEN (NEW.status IN ('PUBLISHED', 'RETRACTED')) EXECUTE FUNCTION notify_portal_changed();
CREATE TRIGGER publications_portal_changed AFTER UPDATE OF status, revision, published_at, retracted_at, url ON publications
  FOR EACH ROW WHEN ((OLD.status IN ('PUBLISHED', 'RETRACTED') OR NEW.status IN ('PUBLISHED', 'RETRACTED'))
    AND (OLD.status, OLD.revision, OLD.published_at, OLD.retracted_at, OLD.url) IS DISTINCT FROM (NEW.status, NEW.revision, NEW.published_at, NEW.retracted_at, NEW.url))
  EXECUTE FUNCTION notify_portal_changed();
CREATE TRIGGER publications_portal_delete AFTER DELETE ON publications
  FOR EACH ROW WHEN (OLD.status IN ('PUBLISHED', 'RETRACTED')) EXECUTE FUNCTION notify_portal_changed();

-- 3. Fewer index entries per status change. A status change can never be a HOT update (status is indexed), so
--    it writes an entry into every index of the table; publications_portal_idx (channel, status, published_at)
--    took one for each of a delivery's states although the portal reads only PUBLISHED rows (newest first)
--    and the RETRACTED ones' latest time. Two partial indexes serve exactly those reads and take entries only
--    from rows in those states.
CREATE INDEX publications_live_idx ON publications (channel, published_at DESC, content_id DESC) WHERE status = 'PUBLISHED';
CREATE INDEX publications_retracted_idx ON publications (channel, retracted_at) WHERE status = 'RETRACTED';
DROP INDEX publications_portal_idx;

-- Not done: fillfactor < 100 on publications. The updates that could be HOT (lease release, progress) already are
-- (41 % of the table's updates; pruning of the non-HOT status changes' old versions frees the room), and
-- fillfactor 80 measured 43 %: not worth a fifth more table for every scan.
