-- The practice themes each session deals with, kept in step with the programme record
-- (sessions[].themes) on every write; the theme pages read them.
CREATE TABLE event_session_themes (
  event_id text NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  session_id text NOT NULL,
  theme text NOT NULL,
  PRIMARY KEY (event_id, session_id, theme)
);
CREATE INDEX event_session_themes_theme_idx ON event_session_themes (theme);
INSERT INTO event_session_themes (event_id, session_id, theme)
SELECT DISTINCT e.id, s ->> 'id', l ->> 'theme'
FROM events e
CROSS JOIN LATERAL jsonb_array_elements(COALESCE(e.record -> 'sessions', '[]'::jsonb)) s
CROSS JOIN LATERAL jsonb_array_elements(COALESCE(s -> 'themes', '[]'::jsonb)) l;
