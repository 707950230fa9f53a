-- What other domains may read of a contact person (a policy lab lists its participants by name
-- and profile): never their email, phone or consent. stakeholders/service.ts exports the view's
-- name as CONTACT_DIRECTORY.
CREATE VIEW contact_directory AS SELECT id, city_id, stakeholder_id, name, profile FROM stakeholder_contacts;
