-- 信息索引: the metadata every government information item carries (GB/T 21063 style information box).
--
-- 索引号 is assigned once, when the item is created, as <unit code>/<category>-<year>-<sequence>: the
-- sequence counts per unit, category and Beijing calendar year. It is assigned by a trigger so that every
-- path creating content (API, CLI, demo seed, a manual INSERT) gets one, and a counter row updated with
-- INSERT … ON CONFLICT DO UPDATE serialises concurrent creations on that row: no duplicates, no gaps
-- except from rolled-back creations.
CREATE TABLE info_index_sequences (
  unit_id        uuid NOT NULL REFERENCES units(id),
  category_code  text NOT NULL REFERENCES categories(code),
  year           integer NOT NULL,
  last_value     integer NOT NULL,
  PRIMARY KEY (unit_id, category_code, year)
);

CREATE TABLE content_info (
  content_id     uuid PRIMARY KEY REFERENCES contents(id),
  index_number   text NOT NULL UNIQUE,
  -- 发布机构: NULL means the publishing unit's own name.
  issuing_body   text,
  -- 文号 such as 巴政办字〔2018〕62号; validated by the workflow.
  doc_number     text,
  written_on     date,
  -- 主题分类 (the State Council's subject classification).
  topic          text,
  validity       text NOT NULL DEFAULT 'valid' CHECK (validity IN ('valid', 'expired', 'repealed')),
  validity_date  date,
  updated_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX content_info_doc_number_idx ON content_info (doc_number);

CREATE FUNCTION content_info_assign() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  yr integer := extract(year FROM (NEW.created_at AT TIME ZONE 'Asia/Shanghai'))::integer;
  seq integer;
  unit_code text;
BEGIN
  INSERT INTO info_index_sequences AS s (unit_id, category_code, year, last_value) VALUES (NEW.unit_id, NEW.category_code, yr, 1)
    ON CONFLICT (unit_id, category_code, year) DO UPDATE SET last_value = s.last_value + 1
    RETURNING last_value INTO seq;
  SELECT code INTO unit_code FROM units WHERE id = NEW.unit_id;
  INSERT INTO content_info (content_id, index_number) VALUES (NEW.id, unit_code || '/' || NEW.category_code || '-' || yr || '-' || lpad(seq::text, 5, '0'));
  RETURN NULL;
END $$;
CREATE TRIGGER content_info_on_create AFTER INSERT ON contents FOR EACH ROW EXECUTE FUNCTION content_info_assign();

-- Items created before this migration get their numbers in creation order.
DO $$
DECLARE
  c record;
BEGIN
  FOR c IN SELECT id, unit_id, category_code, created_at FROM contents ORDER BY created_at, id LOOP
    WITH next AS (
      INSERT INTO info_index_sequences AS s (unit_id, category_code, year, last_value)
      VALUES (c.unit_id, c.category_code, extract(year FROM (c.created_at AT TIME ZONE 'Asia/Shanghai'))::integer, 1)
      ON CONFLICT (unit_id, category_code, year) DO UPDATE SET last_value = s.last_value + 1
      RETURNING year, last_value
    )
    INSERT INTO content_info (content_id, index_number)
    SELECT c.id, u.code || '/' || c.category_code || '-' || next.year || '-' || lpad(next.last_value::text, 5, '0') FROM next, units u WHERE u.id = c.unit_id;
  END LOOP;
END $$;

-- 信息索引 is searchable: 索引号, 文号, 发布机构 and 主题分类 join the body text of the search document (on a
-- line of their own, so no term spans them and the body).
CREATE FUNCTION search_info_text(target uuid) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT coalesce((SELECT search_normalize(concat_ws(E'\n', i.index_number, i.doc_number, i.issuing_body, i.topic))
    FROM content_info i WHERE i.content_id = target), '')
$$;

CREATE OR REPLACE FUNCTION search_refresh(target uuid, force boolean) RETURNS void LANGUAGE plpgsql AS $$
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
  IF FOUND AND NOT force AND current.revision = live.revision AND current.published_at IS NOT DISTINCT FROM live.published_at THEN
    RETURN;
  END IF;
  INSERT INTO search_documents AS d (content_id, revision, title, body, tokens, published_at)
  SELECT target, live.revision, t.title, t.body, search_tokens(t.title || E'\n' || t.body), coalesce(live.published_at, now())
  FROM (SELECT search_normalize(live.title) AS title, search_document_text(live.html) || E'\n' || search_info_text(target) AS body) t
  ON CONFLICT (content_id) DO UPDATE SET revision = EXCLUDED.revision, title = EXCLUDED.title, body = EXCLUDED.body,
    tokens = EXCLUDED.tokens, published_at = EXCLUDED.published_at;
END $$;

CREATE FUNCTION search_info_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM search_refresh(NEW.content_id, true);
  RETURN NULL;
END $$;
CREATE TRIGGER search_info_sync AFTER UPDATE OF index_number, doc_number, issuing_body, topic ON content_info
  FOR EACH ROW EXECUTE FUNCTION search_info_changed();

-- The site's identity (网站名称, 主办单位, 网站标识码, ICP备案号 …): one row, a JSON document validated by the
-- workflow, so adding a setting needs no migration.
CREATE TABLE site_settings (
  id          boolean PRIMARY KEY DEFAULT true CHECK (id),
  settings    jsonb NOT NULL,
  updated_by  text NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now()
);

-- 附件: files attached to an item, kept in the media store (MediaStore: DATA_DIR/media by default) under the
-- SHA-256 of their bytes. Each is scanned by the gate at upload; its findings are stored with it. A removed
-- attachment keeps its row (removed_at), so every version of an item's attachments stays on record.
CREATE TABLE attachments (
  id           uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  content_id   uuid NOT NULL REFERENCES contents(id),
  file_name    text NOT NULL,
  media_type   text NOT NULL,
  type_label   text NOT NULL,
  size_bytes   integer NOT NULL CHECK (size_bytes >= 0),
  sha256       text NOT NULL,
  text_chars   integer NOT NULL DEFAULT 0,
  verdict      text NOT NULL CHECK (verdict IN ('pass', 'warn', 'block')),
  findings     jsonb NOT NULL DEFAULT '[]',
  uploaded_by  text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  removed_at   timestamptz,
  removed_by   text
);
CREATE INDEX attachments_content_idx ON attachments (content_id) WHERE removed_at IS NULL;

-- 公示期: a category's default period in days (NULL: items stay up) and an item's own 公示截止日期 (the last
-- Beijing day it is shown). The expiry job retracts items whose period has run out with the reason 公示期满.
ALTER TABLE categories ADD COLUMN publicity_days integer CHECK (publicity_days BETWEEN 1 AND 3650);
ALTER TABLE content_info ADD COLUMN publicity_until date;
