-- An account made by sign-up proves its address before it can sign in (email_verified_at);
-- accounts made by an administrator or on the command line count as verified, as do those
-- that existed before sign-up did.
-- Its language (users.language, 270_user_language.sql) is the one its e-mails use.
ALTER TABLE users ADD COLUMN email_verified_at timestamptz;
UPDATE users SET email_verified_at = created_at;
