-- Mentoring programmes: themes with their toolkits, participating cities and partners, the
-- offers and requests cities post per theme, study visits at events, each city's action plan
-- and its answers to the themes' self-check questions.
CREATE TABLE mentoring_programmes (
  id text PRIMARY KEY,
  name text NOT NULL,
  description text,
  coordinator text,
  start_month text,
  end_month text,
  themes jsonb NOT NULL,
  partners jsonb NOT NULL DEFAULT '[]',
  source jsonb,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE mentoring_participants (
  programme_id text NOT NULL REFERENCES mentoring_programmes (id) ON DELETE CASCADE,
  city_id text NOT NULL REFERENCES cities (id) ON DELETE CASCADE,
  position integer NOT NULL,
  role text CHECK (role IN ('mentor', 'mentee')),
  PRIMARY KEY (programme_id, city_id)
);
-- Offers (capacity set) and requests (capacity null) share one table.
CREATE TABLE mentoring_posts (
  id text PRIMARY KEY,
  programme_id text NOT NULL REFERENCES mentoring_programmes (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('offer', 'request')),
  position integer NOT NULL,
  theme_id text NOT NULL,
  city_id text NOT NULL REFERENCES cities (id) ON DELETE CASCADE,
  capacity integer CHECK (capacity BETWEEN 1 AND 20),
  challenge_id text,
  languages text[] NOT NULL DEFAULT '{}',
  note text,
  contact jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((kind = 'offer') = (capacity IS NOT NULL))
);
CREATE INDEX mentoring_posts_programme_idx ON mentoring_posts (programme_id, kind);
CREATE TABLE mentoring_study_visits (
  id text PRIMARY KEY,
  programme_id text NOT NULL REFERENCES mentoring_programmes (id) ON DELETE CASCADE,
  title text NOT NULL,
  theme_id text,
  host_city_id text NOT NULL REFERENCES cities (id) ON DELETE CASCADE,
  event_id text NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  note text
);
CREATE TABLE mentoring_plans (
  programme_id text NOT NULL REFERENCES mentoring_programmes (id) ON DELETE CASCADE,
  city_id text NOT NULL REFERENCES cities (id) ON DELETE CASCADE,
  endorsed_by text,
  endorsed_on date,
  PRIMARY KEY (programme_id, city_id)
);
CREATE TABLE mentoring_actions (
  id text PRIMARY KEY,
  programme_id text NOT NULL,
  city_id text NOT NULL,
  position integer NOT NULL,
  title text NOT NULL,
  owner text,
  deadline date,
  status text NOT NULL CHECK (status IN ('planned', 'in-progress', 'done', 'dropped')),
  FOREIGN KEY (programme_id, city_id) REFERENCES mentoring_plans (programme_id, city_id) ON DELETE CASCADE
);
CREATE TABLE mentoring_self_checks (
  programme_id text NOT NULL REFERENCES mentoring_programmes (id) ON DELETE CASCADE,
  city_id text NOT NULL REFERENCES cities (id) ON DELETE CASCADE,
  theme_id text NOT NULL,
  answers jsonb NOT NULL,
  PRIMARY KEY (programme_id, city_id, theme_id)
);
