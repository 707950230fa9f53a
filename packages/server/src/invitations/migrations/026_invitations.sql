-- An invitation to edit a city, sent by e-mail; the link works once until it expires.
-- Only the SHA-256 of the secret is stored.
CREATE TABLE invitations (
  id text PRIMARY KEY,
  token_hash text NOT NULL UNIQUE,
  email text NOT NULL,
  city_id text NOT NULL REFERENCES cities (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('editor')),
  invited_by text REFERENCES users (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  accepted_at timestamptz,
  accepted_by text REFERENCES users (id) ON DELETE SET NULL,
  revoked_at timestamptz
);
CREATE INDEX invitations_city_idx ON invitations (city_id, created_at);
