-- Portal search (站内搜索): one search document per item live on the portal, indexed by character n-grams.
--
-- Why n-grams of our own and not pg_trgm: Chinese has no spaces, and the words people search for are mostly
-- two characters (补贴, 供暖). A trigram index cannot serve a two-character pattern: `LIKE '%补贴%'` yields no
-- complete trigram, so pg_trgm cannot narrow anything: measured on this cluster (PostgreSQL 18, C.UTF-8) with a
-- gin_trgm_ops index, EXPLAIN shows a Seq Scan for LIKE '%补贴%' and an index scan only for '%补贴发放%'.
-- Whether pg_trgm sees CJK at all also depends on the cluster's ctype (it keeps only "alphanumeric"
-- characters; under C.UTF-8 CJK counts, under plain C it does not). Full-text search (tsvector) has no
-- Chinese parser without an extension (zhparser) we cannot assume.
--
-- So each document stores its distinct characters and distinct adjacent-character pairs (bigrams) in a
-- text[] under a GIN index. A query term of one character looks up that character; a longer term looks
-- up all its bigrams (`tokens @> ...`), which narrows to the documents holding every pair, and the exact
-- substring is then checked on those few rows. Distinct tokens rather than a positional tsvector: a
-- 1,000,000-character body would overflow tsvector's 1 MB limit, while its distinct bigrams stay bounded
-- by the vocabulary.
--
-- The documents follow the publications table through triggers, so every path that publishes, retracts
-- or republishes (workflow, jobs, a manual fix in SQL) keeps the index in step without remembering to.

-- Text as the index sees it: NFKC (full-width Ｆ２ → f2, compatibility ideographs → unified), lower case,
-- runs of spaces collapsed, and no space next to a non-ASCII character — Chinese does not use them, so
-- 供暖 补贴 and 供暖补贴 are the same text. A line break is kept: it separates paragraphs (see below).
-- The regular expressions are written to match rarely (lookarounds rather than a capture per character):
-- each replacement costs, and a body has thousands of CJK characters.
CREATE FUNCTION search_normalize(input text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT btrim(regexp_replace(regexp_replace(regexp_replace(lower(normalize(input, NFKC)),
    '[ \t\r\f\v]+', ' ', 'g'),
    ' ?\n[ \n]*', E'\n', 'g'),
    ' (?=[^\x01-\x7f])|(?<=[^\x01-\x7f]) ', '', 'g'), E' \n')
$$;

-- The rendition is sanitized HTML. Inline tags vanish (<strong>供暖</strong>补贴 is one phrase), block tags
-- become a line break, which no query term contains, so words never join across paragraphs.
CREATE FUNCTION search_html_text(html text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT replace(replace(replace(replace(replace(replace(
    regexp_replace(
      regexp_replace(regexp_replace(html, '\s+', ' ', 'g'),
        '</?(?:p|div|br|li|ul|ol|h[1-6]|table|thead|tbody|tr|td|th|blockquote|pre|hr|section|article|figure|figcaption|dl|dt|dd)(?:[\s/][^>]*)?>', E'\n', 'gi'),
      '<[^>]*>', '', 'g'),
    '&nbsp;', ' '), '&lt;', '<'), '&gt;', '>'), '&quot;', '"'), '&#39;', ''''), '&amp;', '&')
$$;

CREATE FUNCTION search_document_text(html text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT search_normalize(search_html_text(html))
$$;

-- Distinct characters and adjacent pairs of normalized text; nothing that spans a space or a line break.
-- A PL/pgSQL loop over the characters and one hash aggregate: measured about three times faster than the
-- same in set-returning SQL (unnest, lateral pairs, DISTINCT), which is what a backfill of 100,000 waits on.
CREATE FUNCTION search_tokens(doc text) RETURNS text[] LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS $$
DECLARE
  prev text;
  ch text;
  toks text[] := '{}';
BEGIN
  FOREACH ch IN ARRAY string_to_array(doc, NULL) LOOP
    IF ch = ' ' OR ch = E'\n' THEN
      prev := NULL;
      CONTINUE;
    END IF;
    toks := array_append(toks, ch);
    IF prev IS NOT NULL THEN
      toks := array_append(toks, prev || ch);
    END IF;
    prev := ch;
  END LOOP;
  RETURN ARRAY(SELECT t FROM unnest(toks) AS t GROUP BY t);
END $$;

-- What a normalized query term must find: its bigrams, or the character itself for a one-character term.
CREATE FUNCTION search_query_tokens(term text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT CASE WHEN length(term) < 2 THEN ARRAY[term]
    ELSE (SELECT array_agg(DISTINCT substr(term, i, 2)) FROM generate_series(1, length(term) - 1) AS i) END
$$;

CREATE TABLE search_documents (
  content_id    uuid PRIMARY KEY REFERENCES contents(id),
  revision      integer NOT NULL,
  -- Normalized copies (see search_normalize): matching and hit counting run on these, display on the rendition.
  title         text NOT NULL,
  body          text NOT NULL,
  tokens        text[] NOT NULL,
  published_at  timestamptz NOT NULL,
  FOREIGN KEY (content_id, revision) REFERENCES renditions(content_id, revision)
);
CREATE INDEX search_documents_tokens_idx ON search_documents USING gin (tokens);

-- The ranked matches of a search: documents holding every n-gram in `want` whose text contains every term
-- (already normalized), ordered by how many terms the title holds, then by total occurrences, then newest.
-- Returns only the page asked for, with the total number of matches on each row.
--
-- What it costs is reading each candidate once, so every choice below is about that (each measured):
-- - occurrences are counted with octet_length and replace: octet_length reads the length word, while
--   length() and strpos() walk multibyte text character by character, three to four times slower;
-- - OFFSET 0 fences the counting subquery: without it the planner copies the counting expressions into
--   the filter and the sort key and evaluates them two or three times a row;
-- - one term (the usual query) skips the per-row unnest and aggregate that several terms need, which cost
--   more than the counting itself; several terms have far fewer candidates (all n-grams must be present);
-- - SET enable_seqscan = off: for a word in most documents the planner prefers a sequential scan that tests
--   `tokens @>` on every row, detoasting every token array (about 60 µs a row); the bitmap scan over the
--   GIN index needs no such test (GIN answers containment exactly) and reads only the matching rows.
CREATE FUNCTION search_rank(want text[], terms text[], skip integer, take integer)
  RETURNS TABLE (content_id uuid, revision integer, title_hits integer, body_hits integer, total integer, ord bigint)
  LANGUAGE plpgsql STABLE PARALLEL SAFE SET enable_seqscan = off AS $$
#variable_conflict use_column
BEGIN
  IF cardinality(terms) = 1 THEN
    RETURN QUERY
    SELECT m.content_id, m.revision, m.th, m.bh, m.total,
      skip + row_number() OVER (ORDER BY m.th > 0 DESC, m.th + m.bh DESC, m.published_at DESC, m.content_id DESC)
    FROM (
      SELECT c.*, (count(*) OVER ())::integer AS total
      FROM (
        SELECT d.content_id, d.revision, d.published_at,
          ((octet_length(d.title) - octet_length(replace(d.title, terms[1], ''))) / octet_length(terms[1]))::integer AS th,
          ((octet_length(d.body) - octet_length(replace(d.body, terms[1], ''))) / octet_length(terms[1]))::integer AS bh
        FROM search_documents d WHERE d.tokens @> want OFFSET 0
      ) c
      WHERE c.th + c.bh > 0
      ORDER BY c.th > 0 DESC, c.th + c.bh DESC, c.published_at DESC, c.content_id DESC OFFSET skip LIMIT take
    ) m;
  ELSE
    RETURN QUERY
    SELECT m.content_id, m.revision, m.th, m.bh, m.total,
      skip + row_number() OVER (ORDER BY m.title_terms DESC, m.th + m.bh DESC, m.published_at DESC, m.content_id DESC)
    FROM (
      SELECT c.*, (count(*) OVER ())::integer AS total
      FROM (
        SELECT d.content_id, d.revision, d.published_at, s.title_terms, s.th, s.bh, s.found
        FROM search_documents d
        CROSS JOIN LATERAL (
          SELECT count(*) FILTER (WHERE per.th > 0)::integer AS title_terms, bool_and(per.th + per.bh > 0) AS found,
            sum(per.th)::integer AS th, sum(per.bh)::integer AS bh
          FROM (SELECT (octet_length(d.title) - octet_length(replace(d.title, term, ''))) / octet_length(term) AS th,
                       (octet_length(d.body) - octet_length(replace(d.body, term, ''))) / octet_length(term) AS bh
                FROM unnest(terms) AS term) per
        ) s
        WHERE d.tokens @> want OFFSET 0
      ) c
      WHERE c.found
      ORDER BY c.title_terms DESC, c.th + c.bh DESC, c.published_at DESC, c.content_id DESC OFFSET skip LIMIT take
    ) m;
  END IF;
END $$;

-- The document of a content is its newest revision that is PUBLISHED on the portal, or none at all.
CREATE FUNCTION search_refresh(target uuid, force boolean) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  live record;
  current record;
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
  -- Delivery touches a publication several times; tokenizing a long body again each time would be waste.
  IF FOUND AND NOT force AND current.revision = live.revision AND current.published_at IS NOT DISTINCT FROM live.published_at THEN
    RETURN;
  END IF;
  INSERT INTO search_documents AS d (content_id, revision, title, body, tokens, published_at)
  SELECT target, live.revision, t.title, t.body, search_tokens(t.title || E'\n' || t.body), coalesce(live.published_at, now())
  FROM (SELECT search_normalize(live.title) AS title, search_document_text(live.html) AS body) t
  ON CONFLICT (content_id) DO UPDATE SET revision = EXCLUDED.revision, title = EXCLUDED.title, body = EXCLUDED.body,
    tokens = EXCLUDED.tokens, published_at = EXCLUDED.published_at;
END $$;

CREATE FUNCTION search_publications_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM search_refresh(OLD.content_id, false);
  ELSE
    PERFORM search_refresh(NEW.content_id, false);
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER search_publications_sync AFTER INSERT OR UPDATE OF status, revision, published_at ON publications
  FOR EACH ROW WHEN (NEW.channel = 'PORTAL') EXECUTE FUNCTION search_publications_changed();
CREATE TRIGGER search_publications_delete AFTER DELETE ON publications
  FOR EACH ROW WHEN (OLD.channel = 'PORTAL') EXECUTE FUNCTION search_publications_changed();

-- A rendition is rewritten in place when an approval is redone: the index must show the new text.
CREATE FUNCTION search_renditions_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM search_refresh(NEW.content_id, true);
  RETURN NULL;
END $$;
CREATE TRIGGER search_renditions_sync AFTER UPDATE OF title, html ON renditions
  FOR EACH ROW EXECUTE FUNCTION search_renditions_changed();

-- Backfill what was published before this migration.
SELECT search_refresh(content_id, true) FROM (SELECT DISTINCT content_id FROM publications WHERE channel = 'PORTAL' AND status = 'PUBLISHED') live;
