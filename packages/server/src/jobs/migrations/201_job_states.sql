-- What other domains may read of a job (the state of the work they queued): jobs/index.ts
-- exports the view's name as JOB_STATES.
CREATE VIEW job_states AS SELECT id, kind, status, progress, message, error, attempts, finished_at FROM jobs;
