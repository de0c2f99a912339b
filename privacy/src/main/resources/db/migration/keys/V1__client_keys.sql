-- One data key per client (ADR 0030): it seals the personal fields of the client's events. Erasure deletes the row,
-- and with it every copy of those fields on every topic becomes unreadable (crypto-shredding).
create table client_keys (
    client_id  uuid        primary key,
    data_key   bytea       not null,
    created_at timestamptz not null
);
