-- The search document of a published item is computed once per refresh (issue #11 "Speed", PostgreSQL's share).
-- search_refresh built it as `INSERT … SELECT …, search_tokens(t.title || t.body), … FROM (SELECT … AS title,
-- … AS body) t`: the planner flattens that subquery, so each of its expressions was written out twice, once for
-- its column and once inside search_tokens. Counted with track_functions during a release of 600 publications
-- (bench/pipeline.workers.ts, WORKERS_STATEMENTS=1): per refresh, search_synonyms_apply ran 4 times and
-- search_info_text twice instead of 2 and 1, and the HTML was stripped (search_document_text, inlined, so it shows
-- in search_refresh's self time: 1.9 ms of PostgreSQL's 4.8 ms per channel publication) twice. The refresh is the
-- largest single cost of a release, paid inside its transaction. Same document, same tokens: only computed once.
CREATE OR REPLACE FUNCTION search_refresh(target uuid, force boolean) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  live record;
  current record;
  doc_title text;
  doc_body text;
BEGIN
  SELECT p.revision, p.published_at, r.title, r.html INTO live
    FROM publications p JOIN renditions r ON r.content_id = p.content_id AND r.revision = p.revision
    WHERE p.content_id = target AND p.channel = 'PORTAL' AND p.status = 'PUBLISHED'
    ORDER BY p.revision DESC LIMIT 1;
  IF NOT FOUND THEN
    DELETE FROM search_documents WHERE content_id = target;
    RETURN;
  END IF;
  SELECT revision, published_at INTO current FROM search_documents WHERE content_id = target;
  IF FOUND AND NOT force AND current.revision = live.revision AND current.published_at IS NOT DISTINCT FROM live.published_at THEN
    RETURN;
  END IF;
  doc_title := search_synonyms_apply(search_normalize(live.title));
  doc_body := search_synonyms_apply(search_document_text(live.html) || E'\n' || search_info_text(target));
  INSERT INTO search_documents AS d (content_id, revision, title, body, tokens, published_at)
  VALUES (target, live.revision, doc_title, doc_body, search_tokens(doc_title || E'\n' || doc_body), coalesce(live.published_at, now()))
  ON CONFLICT (content_id) DO UPDATE SET revision = EXCLUDED.revision, title = EXCLUDED.title, body = EXCLUDED.body,
    tokens = EXCLUDED.tokens, published_at = EXCLUDED.published_at;
END $$;
