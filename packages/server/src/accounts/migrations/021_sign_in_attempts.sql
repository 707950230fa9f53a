CREATE TABLE sign_in_attempts (
  client text NOT NULL,
  attempted_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sign_in_attempts_client_idx ON sign_in_attempts (client, attempted_at);
