-- 蒙汉双语: an item may carry a version in another language (traditional Mongolian, 'mn-Mong'), linked to its
-- Chinese original. Each saved version is a revision of its own, gated like the item (verdict and findings);
-- the head row says where the translation stands and holds the approved rendition the Mongolian portal shows.
-- The Mongolian page is live only while the item's own publication is: retracting the item removes it too.
CREATE TABLE content_translations (
  content_id       uuid NOT NULL REFERENCES contents(id),
  lang             text NOT NULL CHECK (lang IN ('mn-Mong')),
  revision         integer NOT NULL CHECK (revision >= 1),
  -- The Chinese revision this text translates: a later edit of the original makes it out of date.
  source_revision  integer NOT NULL,
  title            text NOT NULL,
  summary          text NOT NULL DEFAULT '',
  body_html        text NOT NULL,
  verdict          text NOT NULL CHECK (verdict IN ('pass', 'warn', 'block')),
  findings         jsonb NOT NULL,
  created_by       uuid NOT NULL REFERENCES users(id),
  created_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (content_id, lang, revision)
);

CREATE TABLE translation_heads (
  content_id         uuid NOT NULL REFERENCES contents(id),
  lang               text NOT NULL CHECK (lang IN ('mn-Mong')),
  revision           integer NOT NULL,
  status             text NOT NULL CHECK (status IN ('IN_REVIEW', 'APPROVED', 'REJECTED')),
  review_comment     text,
  reviewed_by        uuid REFERENCES users(id),
  reviewed_at        timestamptz,
  -- What the public sees: the last approved revision's rendition (kept while a newer revision is in review).
  approved_revision  integer,
  title              text,
  summary            text,
  html               text,
  approved_at        timestamptz,
  -- Folded title and body text for the Mongolian search (search_fold_mn below).
  search_text        text,
  PRIMARY KEY (content_id, lang),
  FOREIGN KEY (content_id, lang, revision) REFERENCES content_translations(content_id, lang, revision)
);
CREATE INDEX translation_heads_status_idx ON translation_heads (status);

-- Mongolian text as the search sees it. The free variation selectors (U+180B–U+180D, U+180F) and the vowel
-- separator (U+180E) only choose glyph shapes, and writers differ in using them (ᠰᠠᠷ᠎ᠠ and ᠰᠠᠷᠠ are the same
-- word); the narrow no-break space (U+202F) that attaches a case suffix is typed as a space or not at all, and
-- the joiners shape glyphs too. All are dropped before NFKC (which would turn U+202F into a plain space); a
-- query typed with a plain space before the suffix still matches, as its parts are separate terms.
CREATE FUNCTION search_fold_mn(input text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT btrim(regexp_replace(lower(normalize(translate(input, U&'\180B\180C\180D\180E\180F\202F\200C\200D', ''), NFKC)), '\s+', ' ', 'g'))
$$;

-- Category names in Mongolian: seeded for the standard catalogue (demo wording, for the unit's translator to
-- confirm); a category without one shows its Chinese name on the Mongolian portal.
ALTER TABLE categories ADD COLUMN name_mn text;
UPDATE categories k SET name_mn = v.name_mn FROM (VALUES
  ('zfxxgkzn', 'ᠵᠠᠰᠠᠭ ᠤᠨ ᠭᠠᠵᠠᠷ ᠤᠨ ᠮᠡᠳᠡᠭᠡ ᠢᠯᠡ ᠪᠣᠯᠭᠠᠬᠤ ᠵᠢᠭᠠᠪᠤᠷᠢ'),
  ('zfxxgkzd', 'ᠵᠠᠰᠠᠭ ᠤᠨ ᠭᠠᠵᠠᠷ ᠤᠨ ᠮᠡᠳᠡᠭᠡ ᠢᠯᠡ ᠪᠣᠯᠭᠠᠬᠤ ᠳᠦᠷᠢᠮ'),
  ('fdzdgknr', 'ᠬᠠᠤᠯᠢ ᠶᠢᠨ ᠳᠠᠭᠤᠤ ᠢᠯᠡ ᠪᠣᠯᠭᠠᠬᠤ ᠠᠭᠤᠯᠭ᠎ᠠ'),
  ('lzyj', 'ᠠᠯᠪᠠᠨ ᠲᠤᠱᠢᠶᠠᠯ ᠤᠨ ᠦᠨᠳᠦᠰᠦᠯᠡᠯ'),
  ('jgjj', 'ᠪᠠᠶᠢᠭᠤᠯᠯᠠᠭ᠎ᠠ ᠶᠢᠨ ᠲᠣᠪᠴᠢ ᠲᠠᠨᠢᠯᠴᠠᠭᠤᠯᠭ᠎ᠠ'),
  ('ghdt', 'ᠲᠥᠯᠥᠪᠯᠡᠭᠡᠨ ᠦ ᠪᠠᠶᠢᠳᠠᠯ'),
  ('rsrm', 'ᠠᠯᠪᠠᠨ ᠲᠤᠱᠢᠶᠠᠯ ᠤᠨ ᠲᠣᠮᠢᠯᠠᠯ'),
  ('xzxk', 'ᠵᠠᠰᠠᠭ ᠵᠠᠬᠢᠷᠭᠠᠨ ᠤ ᠵᠥᠪᠱᠢᠶᠡᠷᠡᠯ'),
  ('xzcf', 'ᠵᠠᠰᠠᠭ ᠵᠠᠬᠢᠷᠭᠠᠨ ᠤ ᠰᠢᠭᠲᠡᠭᠡᠯ'),
  ('tjxx', 'ᠲᠣᠭ᠎ᠠ ᠪᠦᠷᠢᠳᠬᠡᠯ ᠦᠨ ᠮᠡᠳᠡᠭᠡ'),
  ('zfcg', 'ᠵᠠᠰᠠᠭ ᠤᠨ ᠭᠠᠵᠠᠷ ᠤᠨ ᠬᠤᠳᠠᠯᠳᠤᠨ ᠠᠪᠤᠯᠭ᠎ᠠ'),
  ('sfml', 'ᠲᠥᠯᠪᠦᠷᠢ ᠬᠤᠷᠢᠶᠠᠬᠤ ᠭᠠᠷᠴᠠᠭ'),
  ('czyjs', 'ᠰᠠᠩᠬᠤ ᠶᠢᠨ ᠲᠥᠰᠥᠪ'),
  ('cjgs', 'ᠰᠢᠭᠲᠡᠭᠡᠯ ᠦᠨ ᠢᠯᠡ ᠪᠣᠯᠭᠠᠯ'),
  ('qzpl', 'ᠠᠯᠪᠠᠳᠠᠨ ᠢᠯᠡ ᠪᠣᠯᠭᠠᠬᠤ ᠮᠡᠳᠡᠭᠡ'),
  ('zcwj', 'ᠪᠣᠳᠣᠯᠭ᠎ᠠ ᠶᠢᠨ ᠪᠢᠴᠢᠭ'),
  ('zcjd', 'ᠪᠣᠳᠣᠯᠭ᠎ᠠ ᠶᠢᠨ ᠲᠠᠶᠢᠯᠪᠤᠷᠢ'),
  ('tzgg', 'ᠮᠡᠳᠡᠭᠳᠡᠯ ᠵᠠᠷᠯᠠᠯ'),
  ('gzdt', 'ᠠᠵᠢᠯ ᠤᠨ ᠪᠠᠶᠢᠳᠠᠯ'),
  ('zfxxgknb', 'ᠵᠠᠰᠠᠭ ᠤᠨ ᠭᠠᠵᠠᠷ ᠤᠨ ᠮᠡᠳᠡᠭᠡ ᠢᠯᠡ ᠪᠣᠯᠭᠠᠬᠤ ᠵᠢᠯ ᠦᠨ ᠲᠠᠶᠢᠯᠠᠨ')
) AS v(code, name_mn) WHERE k.code = v.code;

-- The Mongolian pages are cached like the Chinese ones (0012, 0016): a translation approved or replaced drops them.
CREATE TRIGGER translation_heads_portal_changed AFTER INSERT OR UPDATE OR DELETE
  ON translation_heads FOR EACH STATEMENT EXECUTE FUNCTION notify_portal_changed();
