-- Counters shared by every Byline process: sign-in attempts and request limits. UNLOGGED: they write no WAL,
-- so counting costs no fsync, and a database crash merely resets them (every counter starts afresh).

CREATE UNLOGGED TABLE login_attempts (
  key text PRIMARY KEY,
  count double precision NOT NULL,
  -- Milliseconds since the epoch, as the sign-in guard counts time.
  at bigint NOT NULL
);

CREATE UNLOGGED TABLE rate_limits (
  key text PRIMARY KEY,
  hits integer NOT NULL,
  reset_at timestamptz NOT NULL
);
CREATE INDEX rate_limits_by_reset ON rate_limits (reset_at);
