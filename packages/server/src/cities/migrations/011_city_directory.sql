-- What other domains may read of a city (to show its name next to their records, to filter by
-- its status): cities/service.ts exports the view's name as CITY_DIRECTORY.
CREATE VIEW city_directory AS SELECT id, name, country, status FROM cities;
