-- The practice themes each policy lab deals with, kept in step with the lab's record
-- (themes) on every write; the theme pages read them.
CREATE TABLE lab_themes (
  lab_id text NOT NULL REFERENCES policy_labs (id) ON DELETE CASCADE,
  theme text NOT NULL,
  PRIMARY KEY (lab_id, theme)
);
CREATE INDEX lab_themes_theme_idx ON lab_themes (theme);
INSERT INTO lab_themes (lab_id, theme)
SELECT DISTINCT p.id, l ->> 'theme'
FROM policy_labs p
CROSS JOIN LATERAL jsonb_array_elements(COALESCE(p.record -> 'themes', '[]'::jsonb)) l;
