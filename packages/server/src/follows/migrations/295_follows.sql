-- What each person follows (a city, a theme, a challenge) and when they last read their digest.
CREATE TABLE follows (
  user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('city', 'theme', 'challenge')),
  target text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, kind, target)
);
CREATE TABLE follow_digests (
  user_id text PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
  frequency text NOT NULL DEFAULT 'off' CHECK (frequency IN ('off', 'weekly')),
  last_digest_at timestamptz
);
