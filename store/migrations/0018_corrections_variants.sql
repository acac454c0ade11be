-- 更正 (corrections) and per-channel copy (渠道文案).
--
-- A published item under correction is CORRECTING: its published revision stays live (approved_revision) while
-- the corrected revision is reviewed. Each revision written as a correction carries the editor's 更正说明; once
-- approved the row is APPLIED (with the time), and the portal lists every applied correction of the item.
ALTER TABLE contents DROP CONSTRAINT contents_status_check;
ALTER TABLE contents ADD CONSTRAINT contents_status_check
  CHECK (status IN ('DRAFT', 'IN_REVIEW', 'REJECTED', 'APPROVED', 'SCHEDULED', 'PUBLISHING', 'PUBLISHED', 'PARTIALLY_PUBLISHED', 'CORRECTING', 'RETRACTED'));

CREATE TABLE content_corrections (
  content_id     uuid NOT NULL,
  revision       integer NOT NULL,
  -- The published revision this one corrects.
  base_revision  integer NOT NULL,
  note           text NOT NULL CHECK (length(btrim(note)) BETWEEN 1 AND 500),
  status         text NOT NULL DEFAULT 'IN_REVIEW' CHECK (status IN ('IN_REVIEW', 'APPLIED', 'REJECTED', 'SUPERSEDED')),
  created_by     text NOT NULL,
  created_at     timestamptz NOT NULL DEFAULT now(),
  decided_at     timestamptz,
  PRIMARY KEY (content_id, revision),
  FOREIGN KEY (content_id, revision) REFERENCES content_revisions(content_id, revision)
);
CREATE INDEX content_corrections_applied_idx ON content_corrections (content_id, decided_at) WHERE status = 'APPLIED';

-- 渠道文案: per revision, as the editor wrote them (they are public text and pass the gate with the revision;
-- their findings are stored with the revision's). NULL means "derive from the item". The approved, de-identified
-- copy travels with the rendition (renditions.variants), which is what the adapters receive.
CREATE TABLE channel_variants (
  content_id      uuid NOT NULL,
  revision        integer NOT NULL,
  weibo_text      text CHECK (length(weibo_text) <= 500),
  wechat_digest   text CHECK (length(wechat_digest) <= 120),
  wechat_author   text CHECK (length(wechat_author) <= 16),
  source_url      text CHECK (source_url ~ '^https?://'),
  PRIMARY KEY (content_id, revision),
  FOREIGN KEY (content_id, revision) REFERENCES content_revisions(content_id, revision)
);
ALTER TABLE renditions ADD COLUMN variants jsonb;

-- The portal shows 更正说明 and the channel copy is part of what is published: changes drop cached pages.
CREATE TRIGGER content_corrections_portal_changed AFTER INSERT OR UPDATE OR DELETE
  ON content_corrections FOR EACH STATEMENT EXECUTE FUNCTION notify_portal_changed();
