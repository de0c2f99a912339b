-- Right to erasure (ADR 0030): an erased client keeps id, home location and consent flags; name and addresses go.
alter table client
    alter column first_name drop not null,
    alter column email drop not null,
    add column erased_at timestamptz;
