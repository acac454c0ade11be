-- Portal search (站内搜索): one search document per item live on the portal, indexed by character n-grams.
--
-- Why n-grams of our own and not pg_trgm: Chinese has no spaces, and the words people search for are mostly
-- two characters (补贴, 供暖). A trigram index cannot serve a two-character pattern: `LIKE '%补贴%'` yields no
-- complete trigram, so pg_trgm's GIN scan degenerates to "every row" and a recheck — a scan by another name.
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
-- whitespace runs collapsed, and no whitespace next to a non-ASCII character — Chinese does not use it, so
-- a line break inside 供暖\n补贴 must not hide the word 暖补.
CREATE FUNCTION search_normalize(input text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT btrim(regexp_replace(regexp_replace(lower(normalize(input, NFKC)), '\s+', ' ', 'g'), ' ?([^\x01-\x7f]) ?', '\1', 'g'))
$$;

-- The rendition is sanitized HTML. Inline tags vanish (<strong>供暖</strong>补贴 is one phrase), block tags
-- become a line break, which no query term contains, so words never join across paragraphs.
CREATE FUNCTION search_html_text(html text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT replace(replace(replace(replace(replace(replace(
    regexp_replace(
      regexp_replace(regexp_replace(html, '\s+', ' ', 'g'),
        '<\s*/?\s*(p|div|br|li|ul|ol|h[1-6]|table|thead|tbody|tr|td|th|blockquote|pre|hr|section|article|figure|figcaption|dl|dt|dd)\y[^>]*>', E'\n', 'gi'),
      '<[^>]*>', '', 'g'),
    '&nbsp;', ' '), '&lt;', '<'), '&gt;', '>'), '&quot;', '"'), '&#39;', ''''), '&amp;', '&')
$$;

-- Normalized text per line: search_normalize collapses \n with other whitespace, so lines are kept apart.
CREATE FUNCTION search_document_text(html text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(string_agg(search_normalize(line), E'\n') FILTER (WHERE search_normalize(line) <> ''), '')
  FROM string_to_table(search_html_text(html), E'\n') AS line
$$;

-- Distinct characters and adjacent pairs of normalized text; nothing that spans a space or a line break.
CREATE FUNCTION search_tokens(doc text) RETURNS text[] LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(DISTINCT tok), '{}')
  FROM (SELECT ch, lead(ch) OVER (ORDER BY n) AS nx FROM string_to_table(doc, NULL) WITH ORDINALITY AS c(ch, n)) chars
  CROSS JOIN LATERAL (VALUES (ch), (ch || nx)) AS t(tok)
  WHERE tok IS NOT NULL AND tok !~ '[ \n]'
$$;

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
