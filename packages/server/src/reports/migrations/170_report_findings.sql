-- The cross-city conclusions (common challenges, connection points, outreach review)
-- that the State-of-the-Art report quotes; one row per findings document.
CREATE TABLE report_findings (
  id text PRIMARY KEY,
  record jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
