-- The learning network: a shared taxonomy of integration challenges, the challenges each
-- practice addresses and those each city faces (with a priority).
CREATE TABLE challenges (
  id text PRIMARY KEY,
  position integer NOT NULL,
  name text NOT NULL,
  description text,
  origin text NOT NULL,
  themes text[] NOT NULL DEFAULT '{}',
  sources jsonb NOT NULL DEFAULT '[]'
);
CREATE TABLE practice_challenges (
  practice_id text NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
  challenge_id text NOT NULL REFERENCES challenges (id),
  basis text,
  source jsonb,
  updated_by_id text REFERENCES users (id) ON DELETE SET NULL,
  updated_by_name text,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (practice_id, challenge_id)
);
CREATE INDEX practice_challenges_challenge_idx ON practice_challenges (challenge_id);
CREATE TABLE city_challenges (
  city_id text NOT NULL REFERENCES cities (id) ON DELETE CASCADE,
  challenge_id text NOT NULL REFERENCES challenges (id),
  priority text NOT NULL CHECK (priority IN ('high', 'medium', 'low')),
  basis text,
  source jsonb,
  updated_by_id text REFERENCES users (id) ON DELETE SET NULL,
  updated_by_name text,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (city_id, challenge_id)
);
CREATE INDEX city_challenges_challenge_idx ON city_challenges (challenge_id);
