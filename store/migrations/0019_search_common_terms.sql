-- Search for a common word (通知, in nearly half of all items) ranked every match: each candidate's body was
-- read to count occurrences and every match counted for the total, so the time grew with the site (289 ms
-- p99 at 100,000 items). Past a number of candidates the ranking is capped instead:
-- - up to `exact_up_to` candidates (GIN says how many, reading at most that many +1): ranked exactly as
--   before — terms in the title first, then occurrences, then newest — with an exact total;
-- - beyond that, matches are listed newest first by walking an index on published_at and checking each
--   item until the page is full (with half of all items matching, a page of 20 reads about 40), and the
--   total is the planner's estimate from the token statistics, flagged `estimated` so the page says 约.
-- For a word that frequent the occurrence count separates nothing a reader cares about; recency does.

CREATE INDEX search_documents_recent_idx ON search_documents (published_at DESC, content_id DESC);

-- The index's element statistics are what the estimate reads: keep more of them than the default 100.
ALTER TABLE search_documents ALTER COLUMN tokens SET STATISTICS 1000;

-- The exact ranking of 0005 stays as it was, under another name; search_rank decides which way to go.
ALTER FUNCTION search_rank(text[], text[], integer, integer) RENAME TO search_rank_exact;

CREATE FUNCTION search_rank(want text[], terms text[], skip integer, take integer, exact_up_to integer DEFAULT 5000)
  RETURNS TABLE (content_id uuid, revision integer, title_hits integer, body_hits integer, total integer, ord bigint, estimated boolean)
  -- VOLATILE only because PostgreSQL runs no EXPLAIN (a utility statement) inside a STABLE function.
  LANGUAGE plpgsql VOLATILE SET enable_seqscan = off AS $$
#variable_conflict use_column
DECLARE
  candidates integer;
  plan json;
  guess integer;
BEGIN
  -- The planner's estimate first (well under a millisecond): a word it puts far past the cap is common without
  -- counting. Counting is not free: a GIN bitmap cannot stop early and each candidate's token array is read
  -- back to recheck it, which for thousands of candidates was most of the capped path's time.
  EXECUTE format('EXPLAIN (FORMAT JSON) SELECT 1 FROM search_documents WHERE tokens @> %L::text[]', want) INTO plan;
  guess := round((plan -> 0 -> 'Plan' ->> 'Plan Rows')::numeric)::integer;
  IF guess::bigint > 2::bigint * exact_up_to THEN
    candidates := guess;
  ELSE
    SELECT count(*) INTO candidates FROM (SELECT 1 FROM search_documents d WHERE d.tokens @> want LIMIT exact_up_to + 1) probe;
  END IF;

  IF candidates > exact_up_to THEN
    guess := greatest(candidates, guess);
    RETURN QUERY
    SELECT m.content_id, m.revision,
      (SELECT sum((octet_length(m.title) - octet_length(replace(m.title, t, ''))) / octet_length(t))::integer FROM unnest(terms) AS t),
      (SELECT sum((octet_length(m.body) - octet_length(replace(m.body, t, ''))) / octet_length(t))::integer FROM unnest(terms) AS t),
      guess, skip + row_number() OVER (ORDER BY m.published_at DESC, m.content_id DESC), true
    FROM (
      -- No `tokens @>` here: it would detoast every row's token array; the substring test is exact anyway.
      SELECT d.content_id, d.revision, d.published_at, d.title, d.body
      FROM search_documents d
      WHERE NOT EXISTS (SELECT 1 FROM unnest(terms) AS t
                        WHERE octet_length(replace(d.title, t, '')) = octet_length(d.title) AND octet_length(replace(d.body, t, '')) = octet_length(d.body))
      ORDER BY d.published_at DESC, d.content_id DESC OFFSET skip LIMIT take
    ) m;
  ELSE
    RETURN QUERY SELECT r.content_id, r.revision, r.title_hits, r.body_hits, r.total, r.ord, false FROM search_rank_exact(want, terms, skip, take) r;
  END IF;
END $$;
