-- When an event was published and when its registration last opened (what a city's followers read in their digest).
ALTER TABLE events ADD COLUMN published_at timestamptz;
ALTER TABLE events ADD COLUMN registration_opened_at timestamptz;
UPDATE events SET published_at = updated_at WHERE status = 'published';
UPDATE events SET registration_opened_at = updated_at WHERE registration_open;
CREATE FUNCTION events_stamp_openings() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status = 'published' AND (TG_OP = 'INSERT' OR OLD.status <> 'published') THEN
    NEW.published_at := now();
  END IF;
  IF NEW.registration_open AND (TG_OP = 'INSERT' OR NOT OLD.registration_open) THEN
    NEW.registration_opened_at := now();
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER events_openings BEFORE INSERT OR UPDATE ON events FOR EACH ROW EXECUTE FUNCTION events_stamp_openings();
