-- The client's home location (from ClientRegistered) scopes who may read their aftercare (ADR 0024). Clients
-- registered before this column existed have none: only chain-wide staff see them until they register again.
alter table client add column home_location_id text;
