-- Accounts managed from the API (forced password change, lockout, last login) and the login throttle.

ALTER TABLE users
  ADD COLUMN must_change_password boolean NOT NULL DEFAULT false,
  ADD COLUMN locked_until timestamptz,
  ADD COLUMN last_login_at timestamptz;

-- Revoking all of a user's live sessions (disable, role change, reset) looks them up by user.
CREATE INDEX sessions_user_live_idx ON sessions (user_id) WHERE revoked_at IS NULL;

-- rate-limiter-flexible's PostgreSQL store, created here (not by the library at run time) so the
-- application role needs no CREATE privilege. Shared by every process of the hub.
CREATE TABLE auth_rate_limits (
  key     varchar(255) PRIMARY KEY,
  points  integer NOT NULL DEFAULT 0,
  expire  bigint
);

-- Hosts an admin allows images to be fetched from when re-hosting them on platforms (SSRF allowlist).
CREATE TABLE image_source_hosts (
  host        text PRIMARY KEY CHECK (host ~ '^(\*\.)?[a-z0-9]([a-z0-9.-]{0,251}[a-z0-9])?$'),
  added_by    text NOT NULL,
  added_at    timestamptz NOT NULL DEFAULT now()
);
