-- When the weekly digest was last e-mailed (the e-mail goes at most once a week).
ALTER TABLE follow_digests ADD COLUMN last_sent_at timestamptz;
