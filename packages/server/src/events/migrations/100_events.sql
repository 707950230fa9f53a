-- Events: the programme is one record (jsonb); settings, organisers and the ids it holds sit beside it.
CREATE TABLE events (
  id text PRIMARY KEY,
  name text NOT NULL,
  city_id text REFERENCES cities (id),
  start_date date NOT NULL,
  end_date date NOT NULL,
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
  record jsonb NOT NULL,
  registration_open boolean NOT NULL DEFAULT true,
  choices_open boolean NOT NULL DEFAULT true,
  waiting_list boolean NOT NULL DEFAULT false,
  version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (end_date >= start_date)
);
CREATE INDEX events_start_idx ON events (start_date);
-- Every nested id (venue, room, choice group, session, presentation) is unique across events.
CREATE TABLE event_items (
  item_id text PRIMARY KEY,
  event_id text NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  kind text NOT NULL,
  session_id text,
  practice_id text
);
CREATE INDEX event_items_event_idx ON event_items (event_id);
CREATE INDEX event_items_practice_idx ON event_items (practice_id);
CREATE TABLE event_organisers (
  event_id text NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  added_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (event_id, user_id)
);
CREATE TABLE event_rapporteurs (
  event_id text NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  session_id text NOT NULL,
  user_id text NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  PRIMARY KEY (event_id, session_id, user_id)
);
CREATE INDEX event_rapporteurs_user_idx ON event_rapporteurs (user_id);
