-- Every message the platform sends, with its state: queued (no SMTP server configured, or
-- not yet sent), sent, or failed (with the SMTP server's error). Administrators read it.
CREATE TABLE mail_outbox (
  id text PRIMARY KEY,
  recipient text NOT NULL,
  user_id text REFERENCES users (id) ON DELETE SET NULL,
  template text NOT NULL,
  language text NOT NULL,
  subject text NOT NULL,
  body_text text NOT NULL,
  body_html text NOT NULL,
  headers jsonb NOT NULL DEFAULT '{}',
  state text NOT NULL CHECK (state IN ('queued', 'sent', 'failed')),
  error text,
  created_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz
);
CREATE INDEX mail_outbox_created_idx ON mail_outbox (created_at DESC, id);
CREATE TABLE mail_attachments (
  message_id text NOT NULL REFERENCES mail_outbox (id) ON DELETE CASCADE,
  position integer NOT NULL,
  filename text NOT NULL,
  content_type text NOT NULL,
  content bytea NOT NULL,
  PRIMARY KEY (message_id, position)
);
