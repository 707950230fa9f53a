-- Where a city is: its centre in WGS 84 decimal degrees (both or neither), kept in step with the
-- record's latitude and longitude by every write (queries.ts), so maps can be drawn from the directory.
ALTER TABLE cities
  ADD COLUMN latitude double precision CHECK (latitude BETWEEN -90 AND 90),
  ADD COLUMN longitude double precision CHECK (longitude BETWEEN -180 AND 180),
  ADD CONSTRAINT cities_location_pair CHECK ((latitude IS NULL) = (longitude IS NULL));
UPDATE cities SET latitude = (record->>'latitude')::double precision, longitude = (record->>'longitude')::double precision
  WHERE jsonb_typeof(record->'latitude') = 'number' AND jsonb_typeof(record->'longitude') = 'number';
CREATE OR REPLACE VIEW city_directory AS SELECT id, name, country, status, latitude, longitude FROM cities;
