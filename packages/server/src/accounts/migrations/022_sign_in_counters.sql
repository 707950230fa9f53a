-- Sign-in attempts are counted per client address and per account in one row each, per
-- one-minute window, so that one INSERT … ON CONFLICT … RETURNING counts atomically.
DROP TABLE sign_in_attempts;
CREATE TABLE sign_in_attempts (
  scope text NOT NULL CHECK (scope IN ('client', 'account')),
  key text NOT NULL,
  window_start timestamptz NOT NULL DEFAULT now(),
  attempts integer NOT NULL DEFAULT 1,
  PRIMARY KEY (scope, key)
);
CREATE INDEX sign_in_attempts_window_idx ON sign_in_attempts (window_start);
CREATE INDEX sessions_expires_idx ON sessions (expires_at);
