-- Oversight: the working-day calendar, the daily inspection (每天一次网上督查) and the account lifecycle.

-- Exceptions to "Monday to Friday are working days": public holidays that fall on weekdays, and the
-- weekend days that are worked in exchange (调休). Dates are calendar days in Asia/Shanghai.
CREATE TABLE calendar_days (
  day         date PRIMARY KEY,
  kind        text NOT NULL CHECK (kind IN ('holiday', 'workday')),
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
  updated_by  text NOT NULL DEFAULT 'system:migrate',
  updated_at  timestamptz NOT NULL DEFAULT now()
);

-- 国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）. Every day of each break is listed, weekends
-- included, so that the table reads like the notice; the worked weekend days follow each holiday.
INSERT INTO calendar_days (day, kind, name)
SELECT d::date, 'holiday', h.name
FROM (VALUES
  ('2026-01-01'::date, '2026-01-03'::date, '元旦'),
  ('2026-02-15', '2026-02-23', '春节'),
  ('2026-04-04', '2026-04-06', '清明节'),
  ('2026-05-01', '2026-05-05', '劳动节'),
  ('2026-06-19', '2026-06-21', '端午节'),
  ('2026-09-25', '2026-09-27', '中秋节'),
  ('2026-10-01', '2026-10-07', '国庆节')
) AS h(first_day, last_day, name)
CROSS JOIN LATERAL generate_series(h.first_day::timestamp, h.last_day::timestamp, interval '1 day') AS d;

INSERT INTO calendar_days (day, kind, name) VALUES
  ('2026-01-04', 'workday', '元旦调休上班'),
  ('2026-02-14', 'workday', '春节调休上班'),
  ('2026-02-28', 'workday', '春节调休上班'),
  ('2026-05-09', 'workday', '劳动节调休上班'),
  ('2026-09-20', 'workday', '国庆节调休上班'),
  ('2026-10-10', 'workday', '国庆节调休上班');

-- The inspection's thresholds, one row: only what differs from the defaults in workflow/inspection.ts
-- is stored, so a new rule added in code gets its default without a migration.
CREATE TABLE inspection_settings (
  id          boolean PRIMARY KEY DEFAULT true CHECK (id),
  overrides   jsonb NOT NULL DEFAULT '{}',
  updated_by  text,
  updated_at  timestamptz NOT NULL DEFAULT now()
);
INSERT INTO inspection_settings (overrides) VALUES ('{}');

CREATE TABLE inspection_reports (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  run_at        timestamptz NOT NULL,
  trigger       text NOT NULL CHECK (trigger IN ('schedule', 'manual')),
  requested_by  text NOT NULL,
  -- The thresholds this run applied: a report must stay explainable after the settings change.
  settings      jsonb NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX inspection_reports_run_idx ON inspection_reports (run_at DESC, id DESC);

CREATE TABLE inspection_findings (
  id           bigserial PRIMARY KEY,
  report_id    uuid NOT NULL REFERENCES inspection_reports(id) ON DELETE CASCADE,
  rule         text NOT NULL,
  severity     text NOT NULL CHECK (severity IN ('veto', 'warn', 'info')),
  -- NULL for what belongs to no unit (the portal's shared catalogue): only all-unit viewers see it.
  unit_id      uuid REFERENCES units(id),
  target_type  text NOT NULL,
  target_id    text NOT NULL,
  message      text NOT NULL,
  details      jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX inspection_findings_report_idx ON inspection_findings (report_id, unit_id);

-- 办事条件变更: such items must be out within a working day of approval (see the inspection rule).
ALTER TABLE contents ADD COLUMN service_change boolean NOT NULL DEFAULT false;

-- Why an account is suspended or closed, and since when: shown to channel admins beside the status.
ALTER TABLE channel_accounts ADD COLUMN status_reason text;
ALTER TABLE channel_accounts ADD COLUMN status_changed_at timestamptz;
