-- Cancellation: a queued job is failed at once with the code CANCELLED; a running one gets
-- cancel_requested_at, which its worker sees at its next heartbeat (or at once in-process) and stops.
ALTER TABLE jobs ADD COLUMN cancel_requested_at timestamptz;
