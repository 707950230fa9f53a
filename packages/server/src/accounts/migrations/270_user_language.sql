-- The interface language a signed-in user chose with the language switcher (restored at sign-in).
ALTER TABLE users ADD COLUMN language text CHECK (language IS NULL OR language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$');
