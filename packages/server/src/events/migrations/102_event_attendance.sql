-- Calendar subscriptions: one secret address per registration, stored only as its SHA-256 hash.
-- Revoking deletes the row; renewing replaces the hash, so the old address stops answering.
CREATE TABLE event_calendar_feeds (
  participant_id text PRIMARY KEY REFERENCES event_participants (id) ON DELETE CASCADE,
  token_hash text NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now()
);
-- Check-in codes printed on badges (as QR codes): random, unguessable, one per registration.
CREATE TABLE event_checkin_codes (
  participant_id text PRIMARY KEY REFERENCES event_participants (id) ON DELETE CASCADE,
  code text NOT NULL UNIQUE
);
-- Attendance: at the event (session_id '') and, optionally, at single sessions; recorded once.
CREATE TABLE event_attendance (
  participant_id text NOT NULL REFERENCES event_participants (id) ON DELETE CASCADE,
  event_id text NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  session_id text NOT NULL DEFAULT '',
  checked_in_by text REFERENCES users (id) ON DELETE SET NULL,
  checked_in_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (participant_id, session_id)
);
CREATE INDEX event_attendance_event_idx ON event_attendance (event_id, session_id);
