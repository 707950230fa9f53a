-- Sessions a participant added to their personal agenda; erased with the registration.
CREATE TABLE event_saved_sessions (
  participant_id text NOT NULL REFERENCES event_participants (id) ON DELETE CASCADE,
  session_id text NOT NULL,
  saved_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (participant_id, session_id)
);
