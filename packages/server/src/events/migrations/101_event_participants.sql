-- Registrations are personal data: withdrawing deletes the row, its rankings and its assignments.
CREATE TABLE event_participants (
  id text PRIMARY KEY,
  event_id text NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  user_id text REFERENCES users (id) ON DELETE CASCADE,
  registration_no bigserial NOT NULL,
  name text NOT NULL,
  organisation text,
  city_id text REFERENCES cities (id),
  role text NOT NULL,
  email text NOT NULL,
  languages text[] NOT NULL DEFAULT '{}',
  accessibility_needs text,
  consent_at timestamptz NOT NULL,
  registered_by text REFERENCES users (id) ON DELETE SET NULL,
  registered_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX event_participants_user_idx ON event_participants (event_id, user_id) WHERE user_id IS NOT NULL;
CREATE INDEX event_participants_event_idx ON event_participants (event_id, registration_no);
CREATE TABLE event_rankings (
  participant_id text NOT NULL REFERENCES event_participants (id) ON DELETE CASCADE,
  choice_point_id text NOT NULL,
  option_ids text[] NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (participant_id, choice_point_id)
);
-- option_ids: one option per round; '{}' means on the waiting list.
CREATE TABLE event_assignments (
  participant_id text NOT NULL REFERENCES event_participants (id) ON DELETE CASCADE,
  choice_point_id text NOT NULL,
  option_ids text[] NOT NULL,
  assigned_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (participant_id, choice_point_id)
);
CREATE TABLE event_assignment_runs (
  id bigserial PRIMARY KEY,
  event_id text NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  run_by text REFERENCES users (id) ON DELETE SET NULL,
  waiting_list boolean NOT NULL,
  report jsonb NOT NULL,
  run_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX event_assignment_runs_event_idx ON event_assignment_runs (event_id, id);
