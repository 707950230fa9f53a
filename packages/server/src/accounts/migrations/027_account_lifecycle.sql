-- Sessions get an opaque id (shown and revoked through the API instead of the token hash), when
-- they were last used and a short summary of the browser that holds them.
ALTER TABLE sessions ADD COLUMN id text NOT NULL DEFAULT ('session-' || gen_random_uuid()::text);
CREATE UNIQUE INDEX sessions_id_idx ON sessions (id);
ALTER TABLE sessions ADD COLUMN last_seen_at timestamptz;
ALTER TABLE sessions ADD COLUMN user_agent text;
-- An administrator may disable an account (it can no longer sign in; its sessions and API tokens
-- are refused). A deleted account keeps its row, emptied of personal data, so that the records
-- its member wrote stay attributed to "a former member".
ALTER TABLE users ADD COLUMN disabled_at timestamptz;
ALTER TABLE users ADD COLUMN deleted_at timestamptz;
ALTER TABLE users ALTER COLUMN email DROP NOT NULL;
ALTER TABLE users ADD CHECK (deleted_at IS NULL OR email IS NULL);
ALTER TABLE users ADD CHECK (deleted_at IS NOT NULL OR email IS NOT NULL);
