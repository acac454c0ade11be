-- 依申请公开 (applications for disclosure) and 网民留言 (public messages): the public half of 政务公开.

CREATE TABLE disclosure_applications (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  reg_no           text NOT NULL UNIQUE,
  -- The applicant's 查询码, hashed: with the 登记号 it opens the tracking page.
  access_hash      text NOT NULL,
  unit_id          uuid NOT NULL REFERENCES units(id),
  source           text NOT NULL CHECK (source IN ('online', 'post', 'in_person', 'fax', 'email')),
  applicant_type   text NOT NULL CHECK (applicant_type IN ('natural_person', 'business', 'research', 'social_org', 'legal_service', 'other')),
  applicant_name   text NOT NULL,
  id_type          text NOT NULL,
  id_number        text NOT NULL,
  phone            text NOT NULL DEFAULT '',
  email            text NOT NULL DEFAULT '',
  address          text NOT NULL DEFAULT '',
  description      text NOT NULL,
  purpose          text NOT NULL DEFAULT '',
  delivery_form    text NOT NULL CHECK (delivery_form IN ('email', 'post', 'pickup', 'online')),
  status           text NOT NULL CHECK (status IN ('RECEIVED', 'IN_PROGRESS', 'CORRECTION_REQUESTED', 'CONSULTING', 'REPLIED', 'ABANDONED', 'WITHDRAWN')),
  -- The clock (政府信息公开条例 第三十条至第三十三条): 20 working days from clock_start (the day of receipt, or of
  -- the corrected application), plus an extension of up to 20, plus the working days spent consulting.
  received_on      date NOT NULL,
  clock_start      date NOT NULL,
  extension_days   integer NOT NULL DEFAULT 0 CHECK (extension_days BETWEEN 0 AND 20),
  extension_reason text,
  paused_days      integer NOT NULL DEFAULT 0 CHECK (paused_days >= 0),
  paused_since     date,
  correction_note  text,
  reply_type       text CHECK (reply_type IN ('PUBLIC', 'PARTIAL', 'NOT_PUBLIC', 'UNAVAILABLE', 'NOT_PROCESSED', 'OTHER')),
  reply_ground     text,
  reply_text       text,
  reply_findings   jsonb,
  replied_at       timestamptz,
  delivered_by     text CHECK (delivered_by IN ('email', 'post', 'pickup', 'online')),
  delivered_at     timestamptz,
  converted_content_id uuid REFERENCES contents(id),
  created_by       uuid REFERENCES users(id),
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX disclosure_applications_unit_status_idx ON disclosure_applications (unit_id, status);
CREATE INDEX disclosure_applications_received_idx ON disclosure_applications (received_on);

CREATE TABLE public_messages (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  reg_no           text NOT NULL UNIQUE,
  access_hash      text NOT NULL,
  unit_id          uuid REFERENCES units(id),
  -- 咨询 / 建议 / 投诉 / 求助 / 其他: each kind has its own default time to answer.
  category         text NOT NULL DEFAULT 'consult' CHECK (category IN ('consult', 'suggestion', 'complaint', 'help', 'other')),
  subject          text NOT NULL,
  body             text NOT NULL,
  contact_phone    text NOT NULL DEFAULT '',
  -- What the public list shows of the message: the gate's rendition, never the raw text.
  public_subject   text NOT NULL,
  public_body      text NOT NULL,
  findings         jsonb NOT NULL,
  status           text NOT NULL CHECK (status IN ('RECEIVED', 'ACCEPTED', 'REPLIED', 'REJECTED')),
  received_at      timestamptz NOT NULL,
  accepted_on      date,
  due_on           date,
  reply_text       text,
  public_reply     text,
  reply_findings   jsonb,
  reply_unit_id    uuid REFERENCES units(id),
  replied_on       date,
  reject_reason    text,
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX public_messages_status_idx ON public_messages (status, due_on);
CREATE INDEX public_messages_replied_idx ON public_messages (replied_on DESC) WHERE status = 'REPLIED';

-- Registration numbers run per year and kind without gaps a reader would notice: one row per (kind, year).
CREATE TABLE registration_counters (
  kind   text NOT NULL,
  year   integer NOT NULL,
  last   integer NOT NULL,
  PRIMARY KEY (kind, year)
);

-- Per-address limits of the public forms (rate-limiter-flexible's PostgreSQL layout).
CREATE TABLE public_form_rate_limits (
  key     varchar(255) PRIMARY KEY,
  points  integer NOT NULL DEFAULT 0,
  expire  bigint
);

-- The 政府信息公开工作年度报告: what staff enter (tables the hub cannot count, and the text sections); the
-- application table is computed from disclosure_applications when the report is generated.
CREATE TABLE annual_reports (
  unit_id     uuid NOT NULL REFERENCES units(id),
  year        integer NOT NULL CHECK (year BETWEEN 2008 AND 2200),
  entries     jsonb NOT NULL DEFAULT '{}',
  content_id  uuid REFERENCES contents(id),
  updated_by  text NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (unit_id, year)
);
