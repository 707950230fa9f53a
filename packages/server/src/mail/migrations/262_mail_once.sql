-- Messages that go once per occasion (a reminder per participant and event): the occasion's key.
CREATE TABLE mail_once (
  key text PRIMARY KEY,
  message_id text REFERENCES mail_outbox (id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
