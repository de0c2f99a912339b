-- Right to erasure (ADR 0030): an erased client keeps id, home location and registration time, for the chain's
-- accounts of their bookings; name, contact details and date of birth are gone.
alter table client
    alter column first_name drop not null,
    alter column last_name drop not null,
    alter column email drop not null,
    alter column date_of_birth drop not null,
    add column erased_at timestamptz;
alter table client add constraint client_erased_or_whole
    check (erased_at is not null or (first_name is not null and last_name is not null and email is not null
                                     and date_of_birth is not null));
