-- Addresses that asked for no more messages of a kind (non-essential mail such as reminders).
CREATE TABLE mail_unsubscribes (
  email text NOT NULL,
  category text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (email, category)
);
-- The key that signs unsubscribe links (made once, on first use).
CREATE TABLE mail_keys (
  name text PRIMARY KEY,
  secret text NOT NULL
);
