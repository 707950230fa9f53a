-- When a city last saved its answers to a theme's self-check (who did is in the revision history).
ALTER TABLE mentoring_self_checks ADD COLUMN answered_at timestamptz NOT NULL DEFAULT now();
