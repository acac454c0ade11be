-- Core schema of the hub: organisation, people, catalogue, content with revisions, review, publication,
-- channel accounts and the append-only audit trail.

CREATE TABLE units (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  code        text NOT NULL UNIQUE CHECK (code ~ '^[A-Za-z0-9_-]{1,64}$'),
  name        text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username       text NOT NULL CHECK (username ~ '^[A-Za-z0-9_.@-]{2,64}$'),
  display_name   text NOT NULL,
  email          text,
  password_hash  text NOT NULL,
  role           text NOT NULL CHECK (role IN ('editor', 'reviewer', 'channel_admin', 'overseer', 'admin')),
  unit_id        uuid NOT NULL REFERENCES units(id),
  active         boolean NOT NULL DEFAULT true,
  created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_username_key ON users (lower(username));

CREATE TABLE sessions (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  user_id     uuid NOT NULL REFERENCES users(id),
  token_hash  bytea NOT NULL UNIQUE,
  created_at  timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL,
  revoked_at  timestamptz
);

-- 主动公开基本目录: a tree of categories with stable codes.
CREATE TABLE categories (
  code                      text PRIMARY KEY CHECK (code ~ '^[a-z0-9_-]{1,64}$'),
  name                      text NOT NULL,
  parent_code               text REFERENCES categories(code),
  kind                      text NOT NULL DEFAULT 'general' CHECK (kind IN ('general', 'notice', 'policy', 'interpretation', 'penalty', 'guide')),
  required_approvals        integer NOT NULL DEFAULT 1 CHECK (required_approvals IN (1, 2)),
  sort_order                integer NOT NULL DEFAULT 0,
  active                    boolean NOT NULL DEFAULT true,
  created_at                timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE contents (
  id                 uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  unit_id            uuid NOT NULL REFERENCES units(id),
  author_id          uuid NOT NULL REFERENCES users(id),
  category_code      text NOT NULL REFERENCES categories(code),
  status             text NOT NULL CHECK (status IN ('DRAFT', 'IN_REVIEW', 'REJECTED', 'APPROVED', 'SCHEDULED', 'PUBLISHING', 'PUBLISHED', 'PARTIALLY_PUBLISHED', 'RETRACTED')),
  revision           integer NOT NULL,
  approved_revision  integer,
  disclosure         text NOT NULL DEFAULT 'proactive' CHECK (disclosure IN ('proactive', 'on_request', 'not_public')),
  disclosure_reason  text,
  channels           text[] NOT NULL,
  scheduled_at       timestamptz,
  published_at       timestamptz,
  retracted_at       timestamptz,
  retract_reason     text,
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  CHECK (disclosure = 'proactive' OR disclosure_reason IS NOT NULL)
);
CREATE INDEX contents_status_idx ON contents (status, updated_at DESC);
CREATE INDEX contents_unit_idx ON contents (unit_id);

-- Every update is a new revision; the gate's findings belong to the revision they were computed on.
CREATE TABLE content_revisions (
  content_id    uuid NOT NULL REFERENCES contents(id),
  revision      integer NOT NULL,
  title         text NOT NULL,
  body_html     text NOT NULL,
  summary       text NOT NULL DEFAULT '',
  content_hash  text NOT NULL,
  verdict       text CHECK (verdict IN ('pass', 'warn', 'block')),
  findings      jsonb,
  created_by    uuid NOT NULL REFERENCES users(id),
  created_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (content_id, revision)
);

-- A decision is bound to one revision and its content hash: an edit makes every earlier decision moot.
CREATE TABLE reviews (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  content_id    uuid NOT NULL REFERENCES contents(id),
  revision      integer NOT NULL,
  content_hash  text NOT NULL,
  reviewer_id   uuid NOT NULL REFERENCES users(id),
  decision      text NOT NULL CHECK (decision IN ('APPROVE', 'REJECT')),
  comment       text,
  kept_findings jsonb NOT NULL DEFAULT '[]',
  created_at    timestamptz NOT NULL DEFAULT now(),
  UNIQUE (content_id, revision, reviewer_id),
  FOREIGN KEY (content_id, revision) REFERENCES content_revisions(content_id, revision)
);

-- What leaves the building for one approved revision: sanitized and de-identified, never the draft.
CREATE TABLE renditions (
  content_id   uuid NOT NULL,
  revision     integer NOT NULL,
  title        text NOT NULL,
  html         text NOT NULL,
  summary      text NOT NULL,
  created_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (content_id, revision),
  FOREIGN KEY (content_id, revision) REFERENCES content_revisions(content_id, revision)
);

CREATE TABLE channel_accounts (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  channel          text NOT NULL CHECK (channel IN ('WECHAT', 'WEIBO')),
  name             text NOT NULL,
  unit_id          uuid NOT NULL REFERENCES units(id),
  credentials_enc  text NOT NULL,
  status           text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended', 'needs_reauth', 'closed')),
  created_by       uuid REFERENCES users(id),
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  UNIQUE (channel, unit_id, name)
);

-- One row per (approved revision x channel account): the unit of delivery, and its idempotency key.
CREATE TABLE publications (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  content_id       uuid NOT NULL REFERENCES contents(id),
  revision         integer NOT NULL,
  channel          text NOT NULL CHECK (channel IN ('PORTAL', 'WECHAT', 'WEIBO', 'APP')),
  account_id       uuid REFERENCES channel_accounts(id),
  idempotency_key  text NOT NULL UNIQUE,
  status           text NOT NULL CHECK (status IN ('PENDING', 'PUBLISHING', 'PUBLISHED', 'FAILED', 'RETRACTED', 'CANCELLED')),
  not_before       timestamptz NOT NULL,
  url              text,
  external_id      text,
  attempts         integer NOT NULL DEFAULT 0,
  last_error       text,
  published_at     timestamptz,
  retracted_at     timestamptz,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (content_id, revision) REFERENCES renditions(content_id, revision)
);
CREATE INDEX publications_content_idx ON publications (content_id);
CREATE INDEX publications_due_idx ON publications (not_before) WHERE status = 'PENDING';
CREATE INDEX publications_portal_idx ON publications (channel, status, published_at DESC);

-- Append-only, hash-chained audit trail. `audit_head` holds the chain's tip; locking its single row
-- serialises appends so that sequence numbers and hashes form one unbroken chain.
CREATE TABLE audit_events (
  seq          bigint PRIMARY KEY,
  at           timestamptz NOT NULL,
  actor        text NOT NULL,
  action       text NOT NULL,
  target_type  text,
  target_id    text,
  revision     integer,
  unit_code    text,
  details      jsonb NOT NULL DEFAULT '{}',
  prev_hash    text NOT NULL,
  hash         text NOT NULL
);
CREATE INDEX audit_events_target_idx ON audit_events (target_id, seq);
CREATE INDEX audit_events_actor_idx ON audit_events (actor, seq);

CREATE TABLE audit_head (
  id    boolean PRIMARY KEY DEFAULT true CHECK (id),
  seq   bigint NOT NULL,
  hash  text NOT NULL
);
INSERT INTO audit_head (seq, hash) VALUES (0, repeat('0', 64));

CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_events_no_update_delete BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION audit_events_append_only();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only();
