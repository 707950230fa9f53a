-- A reader asks to become the editor of a city; an administrator approves or refuses.
CREATE TABLE editor_requests (
  id text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  city_id text NOT NULL REFERENCES cities (id),
  reason text NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'refused')),
  created_at timestamptz NOT NULL DEFAULT now(),
  decided_at timestamptz,
  decided_by text REFERENCES users (id) ON DELETE SET NULL,
  CHECK ((status = 'pending') = (decided_at IS NULL))
);
-- One pending request per person at a time.
CREATE UNIQUE INDEX editor_requests_pending_idx ON editor_requests (user_id) WHERE status = 'pending';
CREATE INDEX editor_requests_status_idx ON editor_requests (status, created_at);
