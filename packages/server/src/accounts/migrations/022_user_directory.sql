-- What other domains may read of an account (to name organisers, owners, authors): never its
-- password hash or sessions. accounts/service.ts exports the view's name as USER_DIRECTORY.
CREATE VIEW user_directory AS SELECT id, name, email FROM users;
