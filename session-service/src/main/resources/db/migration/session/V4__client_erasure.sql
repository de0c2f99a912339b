-- Right to erasure (ADR 0030): an erased client keeps id and home location (who may read the audit trail); the
-- date of birth is forgotten, and a ClientRegistered replayed after erasure no longer opens to one.
alter table client
    alter column date_of_birth drop not null,
    add column erased_at timestamptz;
