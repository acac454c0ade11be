-- 文字关 (the wording check): three dictionaries kept as data, each with a version that every edit bumps.
-- The shipped files (review/wording/dictionaries/) become version 1 of the typo and outdated lists on
-- first use; the roster starts empty (version 0). Edits are audited with the version they produced, and
-- each revision records the versions its findings came from.
CREATE TABLE wording_dictionaries (
  name        text PRIMARY KEY CHECK (name IN ('typo', 'outdated', 'roster')),
  version     integer NOT NULL DEFAULT 0 CHECK (version >= 0),
  updated_at  timestamptz NOT NULL DEFAULT now()
);
INSERT INTO wording_dictionaries (name) VALUES ('typo'), ('outdated'), ('roster');

-- 错别字: a wrong form, its correction, and where it is wrong (context rule, see review/wording/types.ts).
CREATE TABLE wording_typos (
  id          bigserial PRIMARY KEY,
  wrong       text NOT NULL UNIQUE CHECK (length(wrong) BETWEEN 1 AND 50),
  correction  text NOT NULL CHECK (length(correction) BETWEEN 1 AND 50),
  severity    text NOT NULL CHECK (severity IN ('block', 'warn', 'info')),
  context     text CHECK (context IN ('date_follows', 'clause_end', 'online', 'style', 'resolve')),
  note        text NOT NULL DEFAULT '',
  active      boolean NOT NULL DEFAULT true,
  updated_by  text NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now()
);

-- 过期提法: an abolished or renamed name, what replaced it, and the first day it is no longer current.
CREATE TABLE wording_outdated (
  id            bigserial PRIMARY KEY,
  term          text NOT NULL UNIQUE CHECK (length(term) BETWEEN 1 AND 50),
  current_name  text NOT NULL CHECK (length(current_name) BETWEEN 1 AND 50),
  ceased_on     date NOT NULL,
  note          text NOT NULL DEFAULT '',
  active        boolean NOT NULL DEFAULT true,
  updated_by    text NOT NULL,
  updated_at    timestamptz NOT NULL DEFAULT now()
);

-- 领导姓名职务: who holds which title in a unit, from when to when, and their order (1 first).
CREATE TABLE leader_roster (
  id          bigserial PRIMARY KEY,
  unit_id     uuid NOT NULL REFERENCES units(id),
  name        text NOT NULL CHECK (length(name) BETWEEN 2 AND 20),
  title       text NOT NULL CHECK (length(title) BETWEEN 1 AND 50),
  rank        integer NOT NULL CHECK (rank BETWEEN 1 AND 999),
  valid_from  date NOT NULL,
  valid_to    date,
  active      boolean NOT NULL DEFAULT true,
  updated_by  text NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now(),
  CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX leader_roster_unit ON leader_roster (unit_id) WHERE active;

-- {typo, outdated, roster}: the dictionary versions the revision's wording findings were produced with.
ALTER TABLE content_revisions ADD COLUMN wording_versions jsonb;
